#pragma once
#include "core/SyncOp.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QList>

// The bytes that go to the server, and nothing else: op batches, heads and
// their encryption. Pure functions: the engine does the I/O, the fuzzer and the
// tampering tests call these directly. Every decoder is strict and throws
// Error(ErrorCode::Tampered) on anything malformed, before allocating sizes it
// has not checked against the input.
namespace rebound::syncformat {

constexpr quint16 kFormatVersion = 1;
constexpr int kIdBytes = 16;   // vault id, device folder id
constexpr int kHashBytes = 32; // BLAKE2b-256
constexpr int kKeyBytes = 32;
// Decoded plaintext may not exceed this (a hostile size prefix cannot make us
// allocate more).
constexpr qsizetype kMaxPlainBytes = 256 * 1024 * 1024;

// --- ops (the plaintext of a batch or snapshot) ---
QByteArray encodeOps(const QList<SyncOp> &ops);
QList<SyncOp> decodeOps(const QByteArray &data);

// --- compression and padding to size buckets (sizes reveal little) ---
// 512 B, 1 KiB, 2 KiB ... 1 MiB, then whole MiBs.
qsizetype bucketFor(qsizetype size);
QByteArray pack(const QByteArray &payload);
QByteArray unpack(const QByteArray &padded);

// --- encrypted objects: XChaCha20-Poly1305 with associated data ---
enum class ObjectKind : quint8 { Batch = 1, Head = 2, Snapshot = 3 };

// Everything an object is bound to: moving it to another path, another device,
// another place in the chain or another vault makes it fail to open.
struct ObjectContext {
    ObjectKind kind = ObjectKind::Batch;
    QByteArray vaultId;  // kIdBytes
    QByteArray folder;   // kIdBytes: the writing device's folder id
    quint64 seq = 0;     // batch number (0 for heads)
    QByteArray prevHash; // kHashBytes: previous batch object's hash (zeros for the first, and heads)
};

QByteArray associatedData(const ObjectContext &context, quint32 keyId);
QByteArray sealObject(const SecureBytes &contentKey, quint32 keyId, const ObjectContext &context,
                      const QByteArray &plaintext);
// The key id an object says it was sealed with (checked again by opening).
quint32 objectKeyId(const QByteArray &object);
QByteArray openObject(const SecureBytes &contentKey, const ObjectContext &context, const QByteArray &object);
QByteArray objectHash(const QByteArray &object);

// A point in a device's chain: its batches up to seq, the last one hashing to hash.
struct ChainPoint {
    QByteArray folder; // kIdBytes
    quint64 seq = 0;
    QByteArray hash;   // kHashBytes
    bool operator==(const ChainPoint &) const = default;
};

// --- a device's head: where its chain ends ---
struct Head {
    quint64 seq = 0;
    QByteArray lastHash; // kHashBytes; zeros when seq == 0
    HlcTimestamp hlc;    // the device's clock when it wrote the head
    qint64 writtenAtMs = 0;
    QString deviceId;    // change_log device id: ops in its batches must carry it
    QString label;
    // How far this device has applied each other device's chain: a device
    // deletes its own old batches only once every device has them.
    QList<ChainPoint> applied;
    bool operator==(const Head &) const = default;
};
QByteArray encodeHead(const Head &head);
Head decodeHead(const QByteArray &data);

// --- snapshots: the whole merged state in parts, for a fast first sync ---
// Every part repeats the coverage (which chains it includes), its index and
// whether it is the last, so parts cannot be swapped, dropped or mixed.
struct SnapshotPart {
    quint32 index = 0;
    bool last = true;
    QList<ChainPoint> coverage;
    QList<SyncOp> ops;
};
QByteArray encodeSnapshotPart(const SnapshotPart &part);
SnapshotPart decodeSnapshotPart(const QByteArray &data);

QByteArray zeroHash();

} // namespace rebound::syncformat
