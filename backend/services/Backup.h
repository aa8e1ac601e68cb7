#pragma once
// One encrypted file holding everything a vault syncs, and restoring it into a
// new vault. The content is the vault's merged state as sync ops (every
// record's winning field values and tombstones, with their clocks), so a
// restored vault is the same replica: it can join the old sync, and a newer app
// version can still read an old backup.
//
// File: "RBNDBKUP" | u16 version | u64 Argon2id memory | u64 ops | 16-byte salt
// | secretstream header | chunks of (u32 length, XChaCha20-Poly1305
// secretstream ciphertext). Every chunk is authenticated with the fixed header
// as associated data; the stream's order and its FINAL tag make reordered,
// dropped, repeated or truncated chunks fail. Chunks: an info chunk, op pages
// (packed like sync batches), a trailer with counts, then an empty FINAL.
#include "core/SyncOp.h"
#include "crypto/KeyDerivation.h"

#include <QDateTime>
#include <QString>
#include <functional>
#include <memory>

namespace rebound {

class Vault;

namespace backup {

inline constexpr quint16 kFormatVersion = 1;
inline const QString kFileSuffix = QStringLiteral("rebound-backup");
// The path with ".rebound-backup" added unless it ends so already.
inline QString withSuffix(const QString &path) {
    const QString suffix = QLatin1Char('.') + kFileSuffix;
    return path.endsWith(suffix) ? path : path + suffix;
}

struct Info {
    QDateTime createdAt; // UTC
    QString appVersion;  // of the app that wrote it
    QString vaultId;     // the vault it was made from
    qint64 records = 0;  // records, deleted ones included (their tombstones)
    qint64 ops = 0;      // field values
};

// done/total in arbitrary units, for a progress bar. Throwing from it cancels.
using Progress = std::function<void(qint64 done, qint64 total)>;

// Writes the backup of `vault` to `path` (replaced only once complete).
Info create(Vault &vault, const QString &path, const SecureBytes &passphrase,
            const KdfParams &kdf = KdfParams::recommended(), const Progress &progress = {});

// Reads and authenticates the whole file, handing each page of ops to `sink` in
// order. Throws Error: WrongPassphrase (the first chunk does not open),
// VaultCorrupt (damaged, truncated or not a backup), UnsupportedVersion, Io.
// On a throw the sink may already have seen pages.
Info read(const QString &path, const SecureBytes &passphrase,
          const std::function<void(const QList<SyncOp> &)> &sink, const Progress &progress = {});

// Checks the whole file first, then creates a vault in `vaultDir` (which must not
// hold one) protected by `vaultPassphrase` and merges the backup into it. All or
// nothing: on any failure no vault is left behind.
std::unique_ptr<Vault> restore(const QString &path, const SecureBytes &backupPassphrase,
                               const QString &vaultDir, const SecureBytes &vaultPassphrase,
                               const KdfParams &kdf = KdfParams::recommended(),
                               const Progress &progress = {});

} // namespace backup
} // namespace rebound
