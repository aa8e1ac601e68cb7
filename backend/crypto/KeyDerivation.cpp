#include "KeyDerivation.h"

#include "core/Error.h"

#include <QCoreApplication>
#include <sodium.h>

namespace rebound {

namespace {
QByteArray randomBytes(int size) {
    ensureSodium();
    QByteArray out(size, Qt::Uninitialized);
    randombytes_buf(out.data(), std::size_t(size));
    return out;
}
} // namespace

KdfParams KdfParams::recommended() {
    KdfParams p;
    p.salt = randomBytes(kSaltBytes);
    return p;
}

KdfParams KdfParams::floor() {
    KdfParams p;
    p.memLimitBytes = kFloorMemBytes;
    p.opsLimit = kFloorOps;
    p.salt = randomBytes(kSaltBytes);
    return p;
}

KdfParams KdfParams::withNewSalt() const {
    KdfParams p = *this;
    p.salt = randomBytes(kSaltBytes);
    return p;
}

SecureBytes deriveKey(const SecureBytes &passphrase, const KdfParams &params) {
    ensureSodium();
    static_assert(crypto_pwhash_SALTBYTES == KdfParams::kSaltBytes);
    if (params.salt.size() != KdfParams::kSaltBytes)
        throw Error(ErrorCode::VaultCorrupt,
                    QCoreApplication::translate("Crypto", "The key-derivation salt is damaged."));
    SecureBytes key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    const auto *pw = reinterpret_cast<const char *>(passphrase.data());
    if (crypto_pwhash(key.data(), key.size(), pw ? pw : "", passphrase.size(),
                      reinterpret_cast<const unsigned char *>(params.salt.constData()), params.opsLimit,
                      std::size_t(params.memLimitBytes), crypto_pwhash_ALG_ARGON2ID13) != 0) {
        throw Error(ErrorCode::Crypto, QCoreApplication::translate(
                                           "Crypto", "Not enough memory to derive the key (%1 MiB needed).")
                                           .arg(params.memLimitBytes / (1024 * 1024)));
    }
    return key;
}

SealedBox seal(const SecureBytes &key, const SecureBytes &plaintext, const QByteArray &associatedData) {
    ensureSodium();
    SealedBox box;
    box.nonce = randomBytes(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    box.ciphertext.resize(qsizetype(plaintext.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES));
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(box.ciphertext.data()), &written, plaintext.data(),
        plaintext.size(), reinterpret_cast<const unsigned char *>(associatedData.constData()),
        std::size_t(associatedData.size()), nullptr,
        reinterpret_cast<const unsigned char *>(box.nonce.constData()), key.data());
    box.ciphertext.resize(qsizetype(written));
    return box;
}

SecureBytes open(const SecureBytes &key, const SealedBox &box, const QByteArray &associatedData) {
    ensureSodium();
    if (box.nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES ||
        box.ciphertext.size() < qsizetype(crypto_aead_xchacha20poly1305_ietf_ABYTES) ||
        key.size() != crypto_aead_xchacha20poly1305_ietf_KEYBYTES)
        return {};
    SecureBytes plain(std::size_t(box.ciphertext.size()) - crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            plain.data(), &written, nullptr,
            reinterpret_cast<const unsigned char *>(box.ciphertext.constData()),
            std::size_t(box.ciphertext.size()),
            reinterpret_cast<const unsigned char *>(associatedData.constData()),
            std::size_t(associatedData.size()),
            reinterpret_cast<const unsigned char *>(box.nonce.constData()), key.data()) != 0)
        return {};
    return plain;
}

QByteArray blake2b256(const QByteArray &data) {
    ensureSodium();
    QByteArray out(32, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), std::size_t(out.size()),
                       reinterpret_cast<const unsigned char *>(data.constData()), std::size_t(data.size()),
                       nullptr, 0);
    return out;
}

} // namespace rebound
