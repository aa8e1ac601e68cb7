#pragma once
#include "Sqlite.h"
#include "crypto/KeyDerivation.h"

#include <QByteArray>
#include <QString>

namespace rebound {

// The small plaintext file beside the database: everything needed to turn a
// passphrase into the database key, and nothing about the user.
struct VaultHeader {
    static constexpr int kFormatVersion = 1;
    static inline const QString kFormatName = QStringLiteral("rebound-vault");
    static inline const QString kKdfName = QStringLiteral("argon2id13");
    static inline const QString kAeadName = QStringLiteral("xchacha20poly1305-ietf");

    int version = kFormatVersion;
    QString vaultId;
    QString created; // ISO 8601 UTC
    KdfParams kdf;
    SealedBox wrappedKey;
    CipherSettings cipher;

    QByteArray toJson() const;
    // Strict: any damage gives VaultCorrupt, an unknown version UnsupportedVersion,
    // Argon2id parameters under the floor WeakKdf.
    static VaultHeader fromJson(const QByteArray &json);

    // Binds the wrapped key to every security-relevant header field: changing any
    // of them makes unwrapping fail.
    QByteArray associatedData() const;

private:
    QByteArray checksum() const; // detects accidental damage before we blame the passphrase
};

} // namespace rebound
