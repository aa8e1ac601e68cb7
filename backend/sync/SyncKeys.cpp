#include "SyncKeys.h"

#include "Bytes.h"
#include "SyncFormat.h"

#include <sodium.h>

namespace rebound::syncformat {

namespace {

constexpr char kHeaderMagic[] = "RBvh";
constexpr int kMagicBytes = 4;
constexpr int kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int kWrappedBytes = kKeyBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr int kMacBytes = 32;
// crypto_kdf contexts are exactly 8 bytes.
constexpr char kContentContext[] = "RBcontnt";
constexpr char kMacContext[] = "RBhdrmac";
constexpr quint64 kContentSubkeyId = 1;
constexpr quint64 kMacSubkeyId = 1;

SecureBytes subkey(const SecureBytes &key, quint64 id, const char *context) {
    ensureSodium();
    SecureBytes out(kKeyBytes);
    crypto_kdf_derive_from_key(out.data(), out.size(), id, context, key.data());
    return out;
}

QByteArray wrapAd(const QByteArray &vaultId, quint32 id, quint32 epoch) {
    ByteWriter w;
    w.raw(QByteArrayLiteral("Rebound sync key"));
    w.raw(vaultId);
    w.u32(id);
    w.u32(epoch);
    return w.data();
}

QByteArray mac(const SecureBytes &kek, const QByteArray &signedPart) {
    const SecureBytes macKey = subkey(kek, kMacSubkeyId, kMacContext);
    QByteArray out(kMacBytes, '\0');
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), kMacBytes,
                       reinterpret_cast<const unsigned char *>(signedPart.constData()), quint64(signedPart.size()),
                       macKey.data(), macKey.size());
    return out;
}

[[noreturn]] void wrongPassphrase() {
    throw Error(ErrorCode::WrongPassphrase,
                QCoreApplication::translate("Sync", "That sync passphrase does not open this sync. If it was "
                                                    "changed on another device, enter the new one."));
}

} // namespace

quint32 KeyRing::addKey() {
    quint32 id = 1;
    quint32 epoch = 1;
    if (!m_keys.empty()) {
        id = m_keys.rbegin()->first + 1;
        for (const auto &[_, k] : m_keys)
            epoch = std::max(epoch, k.epoch + 1);
    }
    insert(id, epoch, SecureBytes::random(kKeyBytes));
    m_current = id;
    return id;
}

void KeyRing::insert(quint32 id, quint32 epoch, SecureBytes secret) {
    m_keys[id] = Key{epoch, std::move(secret)};
}

SecureBytes KeyRing::contentKey(quint32 id) const {
    auto it = m_keys.find(id);
    if (it == m_keys.end())
        throw Error(ErrorCode::Tampered,
                    QCoreApplication::translate("Sync", "Sync data uses a key this device does not have. Sync "
                                                        "again after the other device has finished."));
    return subkey(it->second.secret, kContentSubkeyId, kContentContext);
}

QByteArray KeyRing::serialize() const {
    ByteWriter w;
    w.u32(m_current);
    w.u32(quint32(m_keys.size()));
    for (const auto &[id, k] : m_keys) {
        w.u32(id);
        w.u32(k.epoch);
        w.raw(QByteArray(reinterpret_cast<const char *>(k.secret.data()), qsizetype(k.secret.size())));
    }
    return w.data();
}

KeyRing KeyRing::deserialize(const QByteArray &data) {
    ByteReader r(data);
    KeyRing ring;
    ring.m_current = r.u32();
    const quint32 n = r.u32();
    if (n > quint32(kMaxKeys))
        malformed("key count");
    for (quint32 i = 0; i < n; ++i) {
        const quint32 id = r.u32();
        const quint32 epoch = r.u32();
        QByteArray secret = r.raw(kKeyBytes);
        ring.insert(id, epoch,
                    SecureBytes(reinterpret_cast<const unsigned char *>(secret.constData()), size_t(secret.size())));
        wipe(secret);
    }
    if (!ring.has(ring.m_current))
        malformed("current key");
    return ring;
}

VaultHeader parseHeader(const QByteArray &bytes) {
    ByteReader r(bytes);
    if (r.raw(kMagicBytes) != QByteArray(kHeaderMagic, kMagicBytes))
        malformed("not a Rebound sync header");
    VaultHeader h;
    h.formatVersion = r.u16();
    if (h.formatVersion > kFormatVersion)
        throw Error(ErrorCode::UnsupportedVersion,
                    QCoreApplication::translate("Sync", "This sync was set up by a newer Rebound. Update the app "
                                                        "on this device to join it."));
    if (h.formatVersion < kFormatVersion)
        throw Error(ErrorCode::Tampered, QCoreApplication::translate(
                                             "Sync", "The sync header on the server is of an older, refused format."));
    h.revision = r.u32();
    h.vaultId = r.raw(kIdBytes);
    if (r.u8() != kKdfArgon2id13)
        malformed("key derivation");
    h.kdf.memLimitBytes = r.u64();
    h.kdf.opsLimit = r.u64();
    h.kdf.salt = r.raw(KdfParams::kSaltBytes);
    if (!h.kdf.meetsFloor())
        throw Error(ErrorCode::WeakKdf, QCoreApplication::translate(
                                            "Sync", "The sync header on the server asks for a weaker key derivation "
                                                    "than Rebound allows. It was refused."));
    if (!h.kdf.withinCeiling())
        malformed("key derivation cost");
    h.currentKeyId = r.u32();
    const quint8 n = r.u8();
    if (n == 0 || n > kMaxKeys)
        malformed("key count");
    for (int i = 0; i < n; ++i) {
        VaultHeader::Wrapped k;
        k.id = r.u32();
        k.epoch = r.u32();
        k.nonce = r.raw(kNonceBytes);
        k.ciphertext = r.raw(kWrappedBytes);
        h.wrapped.append(k);
    }
    h.mac = r.raw(kMacBytes);
    if (!r.atEnd())
        malformed("trailing bytes");
    return h;
}

QByteArray buildHeader(quint32 revision, const QByteArray &vaultId, const KdfParams &kdf, const SecureBytes &kek,
                       const KeyRing &ring) {
    ensureSodium();
    if (ring.isEmpty() || ring.keys().size() > size_t(kMaxKeys))
        throw Error(ErrorCode::Crypto, QStringLiteral("Bad key ring"));
    ByteWriter w;
    w.raw(QByteArray(kHeaderMagic, kMagicBytes));
    w.u16(kFormatVersion);
    w.u32(revision);
    w.raw(vaultId);
    w.u8(kKdfArgon2id13);
    w.u64(kdf.memLimitBytes);
    w.u64(kdf.opsLimit);
    w.raw(kdf.salt);
    w.u32(ring.currentId());
    w.u8(quint8(ring.keys().size()));
    for (const auto &[id, k] : ring.keys()) {
        const QByteArray ad = wrapAd(vaultId, id, k.epoch);
        QByteArray nonce(kNonceBytes, '\0');
        randombytes_buf(nonce.data(), size_t(nonce.size()));
        QByteArray ct(kWrappedBytes, '\0');
        unsigned long long written = 0;
        crypto_aead_xchacha20poly1305_ietf_encrypt(
            reinterpret_cast<unsigned char *>(ct.data()), &written, k.secret.data(), k.secret.size(),
            reinterpret_cast<const unsigned char *>(ad.constData()), quint64(ad.size()), nullptr,
            reinterpret_cast<const unsigned char *>(nonce.constData()), kek.data());
        w.u32(id);
        w.u32(k.epoch);
        w.raw(nonce);
        w.raw(ct);
    }
    w.raw(mac(kek, w.data()));
    return w.data();
}

KeyRing openHeader(const QByteArray &bytes, const VaultHeader &header, const SecureBytes &kek) {
    ensureSodium();
    const QByteArray signedPart = bytes.left(bytes.size() - kMacBytes);
    const QByteArray expected = mac(kek, signedPart);
    if (header.mac.size() != kMacBytes
        || sodium_memcmp(expected.constData(), header.mac.constData(), size_t(kMacBytes)) != 0)
        wrongPassphrase();
    KeyRing ring;
    for (const auto &k : header.wrapped) {
        const QByteArray ad = wrapAd(header.vaultId, k.id, k.epoch);
        SecureBytes secret(kKeyBytes);
        unsigned long long written = 0;
        if (crypto_aead_xchacha20poly1305_ietf_decrypt(
                secret.data(), &written, nullptr, reinterpret_cast<const unsigned char *>(k.ciphertext.constData()),
                quint64(k.ciphertext.size()), reinterpret_cast<const unsigned char *>(ad.constData()),
                quint64(ad.size()), reinterpret_cast<const unsigned char *>(k.nonce.constData()), kek.data())
            != 0)
            wrongPassphrase();
        ring.insert(k.id, k.epoch, std::move(secret));
    }
    if (!ring.has(header.currentKeyId))
        malformed("current key");
    ring.setCurrent(header.currentKeyId);
    return ring;
}

} // namespace rebound::syncformat
