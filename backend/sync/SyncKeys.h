#pragma once
#include "crypto/KeyDerivation.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QList>
#include <map>

// The sync vault header ("rebound.vault" on the server) and the keys it wraps.
//
// sync passphrase --Argon2id(params, salt in the header)--> KEK
// KEK wraps each random 256-bit sync key (id, epoch) with XChaCha20-Poly1305;
// a MAC keyed from the KEK covers the whole header, so an edited header (weaker
// KDF, dropped keys, older revision) fails before anything is trusted.
// Changing the passphrase re-wraps the same keys under a new KEK; rotating adds
// a key that all new writes use. Content keys are subkeys (crypto_kdf) of a
// sync key, so a sync key never encrypts anything directly.
namespace rebound::syncformat {

constexpr quint8 kKdfArgon2id13 = 1;
constexpr int kMaxKeys = 64;

class KeyRing {
public:
    struct Key {
        quint32 epoch = 0;
        SecureBytes secret; // 32 bytes
    };

    bool isEmpty() const { return m_keys.empty(); }
    quint32 currentId() const { return m_current; }
    bool has(quint32 id) const { return m_keys.count(id) > 0; }
    // Adds a fresh random key and makes it current; returns its id.
    quint32 addKey();
    void insert(quint32 id, quint32 epoch, SecureBytes secret);
    void setCurrent(quint32 id) { m_current = id; }
    // XChaCha20-Poly1305 key for objects sealed under key `id`.
    SecureBytes contentKey(quint32 id) const;
    const std::map<quint32, Key> &keys() const { return m_keys; }

    // Local storage form (inside the encrypted vault only).
    QByteArray serialize() const;
    static KeyRing deserialize(const QByteArray &data);

private:
    std::map<quint32, Key> m_keys;
    quint32 m_current = 0;
};

struct VaultHeader {
    quint16 formatVersion = 1;
    quint32 revision = 1;
    QByteArray vaultId; // kIdBytes
    KdfParams kdf;
    quint32 currentKeyId = 0;
    struct Wrapped {
        quint32 id = 0;
        quint32 epoch = 0;
        QByteArray nonce;
        QByteArray ciphertext;
    };
    QList<Wrapped> wrapped;
    QByteArray mac;
};

// Parses the structure only (no key needed). Refuses unknown versions and KDF
// parameters outside [floor, ceiling].
VaultHeader parseHeader(const QByteArray &bytes);
// Wraps every key of the ring under kek and MACs the result.
QByteArray buildHeader(quint32 revision, const QByteArray &vaultId, const KdfParams &kdf, const SecureBytes &kek,
                       const KeyRing &ring);
// Verifies the MAC with kek and unwraps every key. Throws
// Error(WrongPassphrase) when the kek does not fit (wrong or changed passphrase).
KeyRing openHeader(const QByteArray &bytes, const VaultHeader &header, const SecureBytes &kek);

} // namespace rebound::syncformat
