#include "SyncFormat.h"

#include "Bytes.h"
#include "crypto/KeyDerivation.h"

#include <QHash>
#include <QtEndian>
#include <sodium.h>

namespace rebound::syncformat {

namespace {

constexpr char kObjectMagic[] = "RBo1";
constexpr int kMagicBytes = 4;
constexpr int kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int kTagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr int kObjectHeaderBytes = kMagicBytes + 1 + 2 + 4;
constexpr qsizetype kMinBucket = 512;
constexpr qsizetype kMiB = 1024 * 1024;

enum ValueTag : quint8 { Null = 0, Integer = 1, Real = 2, Text = 3, Blob = 4 };

quint64 packHlc(HlcTimestamp t) {
    return (quint64(t.wallMs) << 16) | t.counter;
}
HlcTimestamp unpackHlc(quint64 v) {
    return {qint64(v >> 16), quint16(v & 0xffff)};
}

quint64 zigzag(qint64 v) {
    return (quint64(v) << 1) ^ quint64(v >> 63);
}
qint64 unzigzag(quint64 v) {
    return qint64(v >> 1) ^ -qint64(v & 1);
}

void writeValue(ByteWriter &w, const QVariant &value) {
    if (!value.isValid() || value.isNull()) {
        w.u8(Null);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        w.u8(Integer);
        w.varint(zigzag(value.toLongLong()));
        return;
    case QMetaType::Double:
    case QMetaType::Float: {
        w.u8(Real);
        const double d = value.toDouble();
        quint64 bits;
        static_assert(sizeof bits == sizeof d);
        memcpy(&bits, &d, sizeof bits);
        w.u64(bits);
        return;
    }
    case QMetaType::QByteArray:
        w.u8(Blob);
        w.bytes(value.toByteArray());
        return;
    default:
        w.u8(Text);
        w.text(value.toString());
        return;
    }
}

QVariant readValue(ByteReader &r) {
    switch (r.u8()) {
    case Null:
        return {};
    case Integer:
        return QVariant(unzigzag(r.varint()));
    case Real: {
        const quint64 bits = r.u64();
        double d;
        memcpy(&d, &bits, sizeof d);
        return QVariant(d);
    }
    case Text:
        return QVariant(r.text());
    case Blob:
        return QVariant(r.bytes());
    default:
        malformed("value type");
    }
}

// Entity, field and device names repeat in every op: send each once.
class StringTable {
public:
    quint64 index(const QString &s) {
        auto it = m_index.constFind(s);
        if (it != m_index.constEnd())
            return *it;
        m_strings.append(s);
        return m_index.insert(s, quint64(m_strings.size() - 1)).value();
    }
    const QStringList &strings() const { return m_strings; }

private:
    QHash<QString, quint64> m_index;
    QStringList m_strings;
};

} // namespace

QByteArray encodeOps(const QList<SyncOp> &ops) {
    StringTable table;
    ByteWriter body;
    for (const SyncOp &op : ops) {
        body.varint(table.index(op.entity));
        body.text(op.recordId);
        body.varint(table.index(op.field));
        writeValue(body, op.value);
        body.u64(packHlc(op.hlc));
        body.varint(table.index(op.deviceId));
        body.u64(packHlc(op.base));
    }
    ByteWriter w;
    w.varint(quint64(table.strings().size()));
    for (const QString &s : table.strings())
        w.text(s);
    w.varint(quint64(ops.size()));
    w.raw(body.data());
    return w.data();
}

QList<SyncOp> decodeOps(const QByteArray &data) {
    ByteReader r(data);
    const quint64 stringCount = r.varint();
    if (stringCount > quint64(r.left())) // every string takes at least one byte
        malformed("string count");
    QStringList strings;
    strings.reserve(qsizetype(stringCount));
    for (quint64 i = 0; i < stringCount; ++i)
        strings.append(r.text());
    const auto stringAt = [&strings](quint64 i) -> const QString & {
        if (i >= quint64(strings.size()))
            malformed("string index");
        return strings[qsizetype(i)];
    };
    const quint64 count = r.varint();
    constexpr int kMinOpBytes = 1 + 1 + 1 + 1 + 8 + 1 + 8;
    if (count > quint64(r.left() / kMinOpBytes))
        malformed("op count");
    QList<SyncOp> ops;
    ops.reserve(qsizetype(count));
    for (quint64 i = 0; i < count; ++i) {
        SyncOp op;
        op.entity = stringAt(r.varint());
        op.recordId = r.text();
        op.field = stringAt(r.varint());
        op.value = readValue(r);
        op.hlc = unpackHlc(r.u64());
        op.deviceId = stringAt(r.varint());
        op.base = unpackHlc(r.u64());
        if (op.entity.isEmpty() || op.recordId.isEmpty() || op.field.isEmpty() || op.deviceId.isEmpty())
            malformed("empty name");
        ops.append(std::move(op));
    }
    if (!r.atEnd())
        malformed("trailing bytes");
    return ops;
}

qsizetype bucketFor(qsizetype size) {
    if (size <= kMinBucket)
        return kMinBucket;
    if (size <= kMiB)
        return qsizetype(qNextPowerOfTwo(quint64(size - 1)));
    return (size + kMiB - 1) / kMiB * kMiB;
}

QByteArray pack(const QByteArray &payload) {
    // qCompress prefixes the uncompressed size (big-endian u32).
    const QByteArray compressed = qCompress(payload, 6);
    ByteWriter w;
    w.u32(quint32(compressed.size()));
    w.raw(compressed);
    QByteArray out = w.data();
    out.append(QByteArray(bucketFor(out.size()) - out.size(), '\0'));
    return out;
}

QByteArray unpack(const QByteArray &padded) {
    ByteReader r(padded);
    const quint32 size = r.u32();
    const QByteArray compressed = r.raw(qsizetype(size));
    const QByteArray rest = r.raw(r.left());
    if (rest.count('\0') != rest.size())
        malformed("padding");
    if (compressed.size() < 4)
        malformed("compressed size");
    const quint32 expected = qFromBigEndian<quint32>(compressed.constData());
    if (expected > quint32(kMaxPlainBytes))
        malformed("size");
    if (expected == 0)
        return {};
    QByteArray out = qUncompress(compressed);
    if (out.size() != qsizetype(expected))
        malformed("compression");
    return out;
}

QByteArray zeroHash() {
    return QByteArray(kHashBytes, '\0');
}

QByteArray associatedData(const ObjectContext &c, quint32 keyId) {
    if (c.vaultId.size() != kIdBytes || c.folder.size() != kIdBytes || c.prevHash.size() != kHashBytes)
        throw Error(ErrorCode::Crypto, QStringLiteral("Bad sync object context"));
    ByteWriter w;
    w.raw(QByteArrayLiteral("Rebound sync object"));
    w.u8(quint8(c.kind));
    w.u16(kFormatVersion);
    w.u32(keyId);
    w.raw(c.vaultId);
    w.raw(c.folder);
    w.u64(c.seq);
    w.raw(c.prevHash);
    return w.data();
}

QByteArray sealObject(const SecureBytes &key, quint32 keyId, const ObjectContext &context,
                      const QByteArray &plaintext) {
    ensureSodium();
    if (key.size() != kKeyBytes)
        throw Error(ErrorCode::Crypto, QStringLiteral("Bad content key"));
    const QByteArray ad = associatedData(context, keyId);
    ByteWriter w;
    w.raw(QByteArray(kObjectMagic, kMagicBytes));
    w.u8(quint8(context.kind));
    w.u16(kFormatVersion);
    w.u32(keyId);
    QByteArray nonce(kNonceBytes, '\0');
    randombytes_buf(nonce.data(), size_t(nonce.size()));
    w.raw(nonce);
    QByteArray out = w.data();
    const qsizetype start = out.size();
    out.resize(start + plaintext.size() + kTagBytes);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(out.data() + start), &written,
        reinterpret_cast<const unsigned char *>(plaintext.constData()), quint64(plaintext.size()),
        reinterpret_cast<const unsigned char *>(ad.constData()), quint64(ad.size()), nullptr,
        reinterpret_cast<const unsigned char *>(nonce.constData()), key.data());
    out.resize(start + qsizetype(written));
    return out;
}

quint32 objectKeyId(const QByteArray &object) {
    ByteReader r(object);
    if (r.raw(kMagicBytes) != QByteArray(kObjectMagic, kMagicBytes))
        malformed("not a Rebound sync object");
    r.u8();
    const quint16 version = r.u16();
    if (version != kFormatVersion)
        throw Error(ErrorCode::UnsupportedVersion,
                    QCoreApplication::translate("Sync", "This sync was written by a newer Rebound. Update the "
                                                        "app on this device to keep syncing."));
    return r.u32();
}

QByteArray openObject(const SecureBytes &key, const ObjectContext &context, const QByteArray &object) {
    ensureSodium();
    const quint32 keyId = objectKeyId(object);
    ByteReader r(object, kMagicBytes);
    if (r.u8() != quint8(context.kind))
        malformed("object kind");
    r.u16();
    r.u32();
    const QByteArray nonce = r.raw(kNonceBytes);
    const qsizetype start = r.pos();
    const qsizetype cipherBytes = object.size() - start;
    if (cipherBytes < kTagBytes)
        malformed("truncated");
    if (key.size() != kKeyBytes)
        throw Error(ErrorCode::Crypto, QStringLiteral("Bad content key"));
    const QByteArray ad = associatedData(context, keyId);
    QByteArray plain(cipherBytes - kTagBytes, Qt::Uninitialized);
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char *>(plain.data()), &written, nullptr,
            reinterpret_cast<const unsigned char *>(object.constData() + start), quint64(cipherBytes),
            reinterpret_cast<const unsigned char *>(ad.constData()), quint64(ad.size()),
            reinterpret_cast<const unsigned char *>(nonce.constData()), key.data())
        != 0)
        throw Error(ErrorCode::Tampered,
                    QCoreApplication::translate(
                        "Sync", "Sync data on the server failed its integrity check: it was altered, moved "
                                "or replaced. Nothing from it was applied."));
    plain.resize(qsizetype(written));
    return plain;
}

QByteArray objectHash(const QByteArray &object) {
    return blake2b256(object);
}

namespace {
void writePoints(ByteWriter &w, const QList<ChainPoint> &points) {
    w.varint(quint64(points.size()));
    for (const ChainPoint &p : points) {
        if (p.folder.size() != kIdBytes || p.hash.size() != kHashBytes)
            throw Error(ErrorCode::Crypto, QStringLiteral("Bad chain point"));
        w.raw(p.folder);
        w.u64(p.seq);
        w.raw(p.hash);
    }
}

QList<ChainPoint> readPoints(ByteReader &r) {
    const quint64 n = r.varint();
    if (n > quint64(r.left() / (kIdBytes + 8 + kHashBytes)))
        malformed("chain point count");
    QList<ChainPoint> points;
    for (quint64 i = 0; i < n; ++i) {
        ChainPoint p;
        p.folder = r.raw(kIdBytes);
        p.seq = r.u64();
        p.hash = r.raw(kHashBytes);
        points.append(p);
    }
    return points;
}
} // namespace

QByteArray encodeSnapshotPart(const SnapshotPart &part) {
    ByteWriter w;
    w.u32(part.index);
    w.u8(part.last ? 1 : 0);
    writePoints(w, part.coverage);
    w.raw(encodeOps(part.ops));
    return w.data();
}

SnapshotPart decodeSnapshotPart(const QByteArray &data) {
    ByteReader r(data);
    SnapshotPart part;
    part.index = r.u32();
    const quint8 last = r.u8();
    if (last > 1)
        malformed("snapshot part");
    part.last = last == 1;
    part.coverage = readPoints(r);
    part.ops = decodeOps(r.raw(r.left()));
    return part;
}

QByteArray encodeHead(const Head &head) {
    ByteWriter w;
    w.u64(head.seq);
    w.raw(head.lastHash.size() == kHashBytes ? head.lastHash : zeroHash());
    w.u64(packHlc(head.hlc));
    w.u64(quint64(head.writtenAtMs));
    w.text(head.deviceId);
    w.text(head.label);
    writePoints(w, head.applied);
    return w.data();
}

Head decodeHead(const QByteArray &data) {
    ByteReader r(data);
    Head h;
    h.seq = r.u64();
    h.lastHash = r.raw(kHashBytes);
    h.hlc = unpackHlc(r.u64());
    h.writtenAtMs = qint64(r.u64());
    h.deviceId = r.text();
    h.label = r.text();
    h.applied = readPoints(r);
    if (!r.atEnd())
        malformed("trailing bytes");
    if (h.deviceId.isEmpty())
        malformed("device");
    return h;
}

} // namespace rebound::syncformat
