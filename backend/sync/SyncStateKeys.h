#pragma once

#include <QString>

// Keys of the local sync_state table (inside the encrypted vault, never synced). The engine and
// the service both read some of them, so they are named once here.
namespace rebound::syncstate {

// Set by SyncService.
inline const QString kAccount = QStringLiteral("account");
inline const QString kLastSync = QStringLiteral("last_sync");
inline const QString kLastAttempt = QStringLiteral("last_attempt");
inline const QString kLastError = QStringLiteral("last_error");

// Set by SyncEngine.
inline const QString kVaultId = QStringLiteral("vault_id");
inline const QString kKek = QStringLiteral("kek");
inline const QString kKeys = QStringLiteral("keys");
inline const QString kRevision = QStringLiteral("header_revision");
inline const QString kHeaderEtag = QStringLiteral("header_etag");
inline const QString kKdfMem = QStringLiteral("kdf_mem");
inline const QString kKdfOps = QStringLiteral("kdf_ops");
inline const QString kFolder = QStringLiteral("folder");
inline const QString kOwnSeq = QStringLiteral("own_seq");
inline const QString kOwnHash = QStringLiteral("own_hash");
inline const QString kPushed = QStringLiteral("pushed_change_seq");
inline const QString kOwnHeadEtag = QStringLiteral("own_head_etag");
inline const QString kOutbox = QStringLiteral("outbox");
inline const QString kLabel = QStringLiteral("label");
inline const QString kNeedsPassphrase = QStringLiteral("needs_passphrase");
inline const QString kRepublish = QStringLiteral("republish_all");
inline const QString kSnapshotsChecked = QStringLiteral("snapshots_checked");
inline const QString kSnapshotGen = QStringLiteral("snapshot_gen");
inline const QString kSnapshotSelf = QStringLiteral("snapshot_self_seq");
inline const QString kUncoveredBatches = QStringLiteral("uncovered_batches");
inline const QString kUncoveredOps = QStringLiteral("uncovered_ops");
inline const QString kDeletedUpTo = QStringLiteral("deleted_up_to");
inline const QString kAdvertised = QStringLiteral("head_applied_total");
inline const QString kOwnHeadSize = QStringLiteral("own_head_size");
inline const QString kOwnHeadSeq = QStringLiteral("own_head_seq");

// How far this device has seen a peer acknowledge its own chain.
inline QString acked(const QString &peerFolder) {
    return QStringLiteral("acked/") + peerFolder;
}

} // namespace rebound::syncstate
