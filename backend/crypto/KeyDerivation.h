#pragma once
#include "SecureBytes.h"

#include <QByteArray>

namespace rebound {

// Argon2id parameters, stored with whatever they protect so they can be raised later.
struct KdfParams {
    static constexpr quint64 kRecommendedMemBytes = 64ull * 1024 * 1024;
    static constexpr quint64 kRecommendedOps = 3;
    // Anything weaker is refused when read from a header (downgrade protection).
    static constexpr quint64 kFloorMemBytes = 19ull * 1024 * 1024;
    static constexpr quint64 kFloorOps = 2;
    static constexpr int kSaltBytes = 16;
    // Anything stronger is not a setting we would ever write: refuse it rather than
    // let an edited header make unlocking run for hours or exhaust memory.
    static constexpr quint64 kCeilingMemBytes = 1024ull * 1024 * 1024;
    static constexpr quint64 kCeilingOps = 16;

    quint64 memLimitBytes = kRecommendedMemBytes;
    quint64 opsLimit = kRecommendedOps;
    QByteArray salt;

    static KdfParams recommended(); // fresh random salt
    static KdfParams floor();       // the minimum: for tests and slow devices
    bool meetsFloor() const { return memLimitBytes >= kFloorMemBytes && opsLimit >= kFloorOps; }
    bool withinCeiling() const { return memLimitBytes <= kCeilingMemBytes && opsLimit <= kCeilingOps; }
    KdfParams withNewSalt() const;
};

// passphrase → 256-bit key-encryption key (Argon2id v1.3).
SecureBytes deriveKey(const SecureBytes &passphrase, const KdfParams &params);

// XChaCha20-Poly1305 (IETF) with associated data.
struct SealedBox {
    QByteArray nonce;
    QByteArray ciphertext;
};
SealedBox seal(const SecureBytes &key, const SecureBytes &plaintext, const QByteArray &associatedData);
// Returns an empty SecureBytes when authentication fails (wrong key or altered data).
SecureBytes open(const SecureBytes &key, const SealedBox &box, const QByteArray &associatedData);

QByteArray blake2b256(const QByteArray &data);

} // namespace rebound
