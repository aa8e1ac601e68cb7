#pragma once
#include "RemoteStore.h"
#include "SyncFormat.h"
#include "SyncKeys.h"
#include "SyncService.h"

#include <QHash>
#include <atomic>

namespace rebound {

class Store;
class SyncRepository;

// The sync protocol over a RemoteStore. Remote layout under the sync root:
//   rebound.vault                    header: KDF params, wrapped keys, MAC
//   <folder>.head                    each device's encrypted head (seq, hash, HLC)
//   batches/<folder>/<seq, 10 digits> write-once encrypted op batches, chained
//   snapshots/<folder>/<gen>-<part>  the merged state as one device last saw it
// <folder> is a random id per device and join; nothing in a name depends on content.
//
// Compaction: after many small batches a device writes a snapshot (the whole
// merged state and which chains it covers). A new device starts from the
// snapshots and fetches only later batches. A device deletes its own batches
// once one of its snapshots covers them and every other device's head says it
// has applied them.
//
// A sync: list the root (one PROPFIND: header and every head with ETags),
// re-read the header only when its ETag changed, pull every head that changed
// and the batches it adds (each verified against its chain before it is applied),
// then push this device's new ops as batches (each verified with a stat before
// the head points at it) and rewrite the head. Interrupted anywhere, the next
// run resumes: received batches are applied with the peer's progress in one
// transaction, and an upload in flight is kept byte-for-byte until it is verified.
class SyncEngine {
public:
    static inline const QString kHeaderPath = QStringLiteral("rebound.vault");
    static inline const QString kHeadSuffix = QStringLiteral(".head");
    static inline const QString kBatchFolder = QStringLiteral("batches");
    static constexpr int kMaxOpsPerBatch = 8192;
    static constexpr qsizetype kMaxBatchBytes = 4 * 1024 * 1024;
    static constexpr qint64 kMaxFutureMs = 5 * 60 * 1000;
    static inline const QString kSnapshotFolder = QStringLiteral("snapshots");
    // A snapshot is written once this many batches arrived or left since the
    // last one, if they were small (big ones are already as compact).
    static constexpr int kSnapshotAfterBatches = 64;
    // At most this many old batches are deleted per sync (bounded requests).
    static constexpr int kMaxDeletesPerSync = 64;

    SyncEngine(Store &store, SyncRepository &repo, RemoteStore &remote, const Clock &clock);

    bool isSetUp();
    void create(const SecureBytes &passphrase, const KdfParams &kdf, const QString &label);
    void join(const SecureBytes &passphrase, const QString &label);
    SyncReport run(const SyncProgressFn &progress, const std::atomic_bool *cancel);
    void enterPassphrase(const SecureBytes &passphrase);
    void changePassphrase(const SecureBytes &next, const KdfParams &kdf);
    void rotateKey();

    static QString batchPath(const QString &folder, quint64 seq);
    static QString snapshotPath(const QString &folder, quint64 gen, quint32 part);

private:
    struct Local;
    struct Progress;

    void loadLocal(Local &local);
    void refreshHeader(Local &local, const std::optional<RemoteEntry> &entry, bool force);
    void pull(Local &local, const QList<RemoteEntry> &heads, Progress &progress, SyncReport &report);
    void pullPeer(Local &local, const RemoteEntry &entry, Progress &progress, SyncReport &report);
    void push(Local &local, const std::optional<RemoteEntry> &ownHead, Progress &progress, SyncReport &report);
    void uploadBatch(const QString &path, const QByteArray &object);
    void sendOps(Local &local, const QList<SyncOp> &ops, qint64 covered, Progress &progress, SyncReport &report);
    void sendBatch(Local &local, quint64 seq, qint64 covered, const QByteArray &object, SyncReport &report);
    void loadCurrentHeader(Local &local);
    void writeHead(Local &local, const std::optional<RemoteEntry> &ownHead);
    void writeHeader(Local &local, quint32 revision, const KdfParams &kdf, const SecureBytes &kek,
                     const syncformat::KeyRing &ring);
    void checkCancel() const;
    bool loadSnapshots(Local &local, Progress &progress, SyncReport &report);
    void maybeWriteSnapshot(Local &local, SyncReport &report);
    void compact(Local &local);
    QList<syncformat::ChainPoint> appliedPoints(const Local &local);

    Store &m_store;
    SyncRepository &m_repo;
    RemoteStore &m_remote;
    const Clock &m_clock;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace rebound
