#pragma once
#include "Store.h"
#include "core/SyncOp.h"

#include <QDateTime>
#include <QHash>
#include <optional>

namespace rebound {

// A remote device's progress as this device has verified it (local, never synced).
struct SyncPeer {
    QString folder;      // the remote device folder name (random hex)
    qint64 seq = 0;      // highest batch applied
    QByteArray hash;     // BLAKE2b-256 of that batch object (chain link)
    QString headEtag;    // last head ETag seen (skip unchanged heads)
    QString deviceId;    // change_log device id, from its head
    QString label;       // e.g. "Laptop", from its head
    QDateTime lastSeen;  // when its head last advanced (its own clock, UTC)
};

// A losing version of a long text kept for the user (journal body, notes ...).
struct SyncConflict {
    qint64 id = 0;
    QString entity;
    QString recordId;
    QString field;
    QString text;          // the version that lost
    HlcTimestamp hlc;      // when it was written
    QString deviceId;      // who wrote it
    QString winnerText;    // the version shown now (at the time of the conflict)
    QDateTime detectedAt;  // UTC
};

struct ApplyResult {
    int applied = 0;        // ops new to this device
    int changedRecords = 0; // records whose visible state changed
    int conflicts = 0;      // conflict revisions kept
};

// All SQL of sync: reading this device's ops to send, merging received ops,
// sync bookkeeping (local tables sync_state, sync_peers, sync_conflicts, which
// never enter the change log), and a state hash for convergence tests.
//
// Merge rules (the same on every device, so replicas converge):
// - every received op is stored in change_log as received (device id and HLC
//   kept; duplicates skipped: replays are harmless);
// - a record's visible row is rebuilt from the winning op per field, the
//   winner being the highest (HLC, device id) (SyncOp::winsOver);
// - "_deleted" is a field like any other: winner 1 = the row is absent and a
//   tombstone is kept; winner 0 (an undo) = present. Edits never resurrect:
//   only a newer "_deleted" = 0 does;
// - a record whose ops cannot make a valid row yet (e.g. an edit arrived before
//   the insert from a third device) stays pending in change_log and appears as
//   soon as the missing ops arrive;
// - unknown entities or fields (a newer app version) are stored, not shown;
// - for long-text fields, a loser that the winner's writer had not seen (its
//   base HLC is older than the loser) is kept in sync_conflicts, once.
class SyncRepository {
public:
    explicit SyncRepository(Store &store);

    // This device's own ops with change_log.seq > afterSeq, in seq order,
    // compacted to the newest op per (entity, record, field) within the range,
    // with base HLCs filled in for long-text fields. At most maxOps ops; *lastSeq
    // receives the change_log seq covered (== afterSeq when nothing is pending).
    QList<SyncOp> localOpsAfter(qint64 afterSeq, int maxOps, qint64 *lastSeq);
    qint64 lastLocalSeq();
    // Own ops not yet covered by `pushedSeq` (for "pending changes" in status).
    int pendingCount(qint64 pushedSeq);

    // Merges ops in one transaction. If `peer` is given its progress is stored in
    // the same transaction, so applying and recording can never disagree.
    ApplyResult apply(const QList<SyncOp> &ops, const std::optional<SyncPeer> &peer = std::nullopt);

    // Every op that makes today's visible state (the winner per field, incl.
    // tombstones and pending ones), for snapshots: in (entity, record) order.
    QList<SyncOp> currentState(int offset, int limit);
    // Every op ever logged: an upper bound of currentState's size, for progress.
    qint64 changeLogSize();

    // Local key/value state (keys, cursors, settings of sync itself).
    std::optional<QByteArray> state(const QString &key);
    void setState(const QString &key, const QByteArray &value); // own transaction
    void setStates(const QHash<QString, QByteArray> &values);   // one transaction
    void clearState();                                          // sync turned off

    QList<SyncPeer> peers();
    std::optional<SyncPeer> peer(const QString &folder);
    void savePeer(const SyncPeer &peer);

    QList<SyncConflict> conflicts();
    int conflictCount();
    // Makes the kept text the current value again (a normal, synced edit).
    void restoreConflict(qint64 id);
    void dismissConflict(qint64 id);

    // A synced table's visible rows, by id: id, then schema.fields in order (full exports).
    QList<QVariantList> rows(const EntitySchema &schema);

    // BLAKE2b-256 over every synced table's rows (by id, all columns) and the
    // tombstones: equal on replicas that have merged the same ops.
    QByteArray stateHash();

private:
    int keepConflict(WriteTransaction &tx, const SyncOp &incoming);
    bool materialize(WriteTransaction &tx, const QString &entity, const QString &recordId);
    void writePeer(WriteTransaction &tx, const SyncPeer &peer);
    const QStringList &requiredColumns(const QString &table);

    Store &m_store;
    // Where the last currentState() page ended (see there).
    struct StateCursor {
        int nextOffset = -1;
        QString entity, recordId, field;
    } m_stateCursor;
    QHash<QString, QStringList> m_required; // per table, see requiredColumns()
};

} // namespace rebound
