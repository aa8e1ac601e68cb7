#include "SyncEngine.h"

#include "SyncFormat.h"
#include "SyncStateKeys.h"
#include "core/Error.h"
#include "core/Logging.h"
#include "storage/Store.h"
#include "storage/SyncRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>
#include <QSet>
#include <sodium.h>

namespace rebound {

using namespace syncformat;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Sync)
};

namespace key = syncstate;

QByteArray number(qint64 v) {
    return QByteArray::number(v);
}

QByteArray randomId() {
    QByteArray id(kIdBytes, '\0');
    ensureSodium();
    randombytes_buf(id.data(), size_t(id.size()));
    return id;
}

SecureBytes toSecure(QByteArray &bytes) {
    SecureBytes out(reinterpret_cast<const unsigned char *>(bytes.constData()), size_t(bytes.size()));
    wipe(bytes);
    return out;
}

QByteArray fromSecure(const SecureBytes &bytes) {
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
}

// Apache calls an ETag weak (W/"...") while its file is under a second old and
// strong later: the same version either way.
bool sameEtag(const QString &a, const QString &b) {
    const auto strong = [](const QString &e) { return e.startsWith(QLatin1String("W/")) ? e.mid(2) : e; };
    return !a.isEmpty() && strong(a) == strong(b);
}

[[noreturn]] void notSetUp() {
    throw Error(ErrorCode::Remote, Tr::tr("Sync is not set up on this device."));
}

} // namespace

struct SyncEngine::Local {
    QByteArray vaultId;
    SecureBytes kek;
    KeyRing ring;
    quint32 revision = 0;
    QString headerEtag;
    KdfParams kdf;
    QByteArray folder;
    QString folderHex;
    quint64 ownSeq = 0;
    QByteArray ownHash;
    qint64 pushed = 0;
    QString ownHeadEtag;
    QString label;
    bool republishAll = false;
};

struct SyncEngine::Progress {
    const SyncProgressFn &fn;
    int done = 0;
    int total = 0;
    QString phase;
    void report() {
        if (fn)
            fn(SyncProgress{done, total, phase});
    }
    void step(const QString &newPhase) {
        phase = newPhase;
        report();
    }
};

SyncEngine::SyncEngine(Store &store, SyncRepository &repo, RemoteStore &remote, const Clock &clock)
    : m_store(store)
    , m_repo(repo)
    , m_remote(remote)
    , m_clock(clock) {}

QString SyncEngine::batchPath(const QString &folder, quint64 seq) {
    return QStringLiteral("%1/%2/%3").arg(kBatchFolder, folder).arg(seq, 10, 10, QLatin1Char('0'));
}

QString SyncEngine::snapshotPath(const QString &folder, quint64 gen, quint32 part) {
    return QStringLiteral("%1/%2/%3-%4")
        .arg(kSnapshotFolder, folder)
        .arg(gen, 10, 10, QLatin1Char('0'))
        .arg(part, 6, 10, QLatin1Char('0'));
}

bool SyncEngine::isSetUp() {
    return m_repo.state(key::kKeys).has_value();
}

void SyncEngine::loadLocal(Local &l) {
    const auto get = [this](const QString &k) {
        auto v = m_repo.state(k);
        if (!v)
            notSetUp();
        return *v;
    };
    l.vaultId = get(key::kVaultId);
    QByteArray kek = get(key::kKek);
    l.kek = toSecure(kek);
    QByteArray keys = get(key::kKeys);
    l.ring = KeyRing::deserialize(keys);
    wipe(keys);
    l.revision = get(key::kRevision).toUInt();
    l.headerEtag = QString::fromUtf8(m_repo.state(key::kHeaderEtag).value_or(QByteArray()));
    l.kdf.memLimitBytes = get(key::kKdfMem).toULongLong();
    l.kdf.opsLimit = get(key::kKdfOps).toULongLong();
    l.folder = get(key::kFolder);
    l.folderHex = QString::fromLatin1(l.folder.toHex());
    l.ownSeq = m_repo.state(key::kOwnSeq).value_or(number(0)).toULongLong();
    l.ownHash = m_repo.state(key::kOwnHash).value_or(zeroHash());
    l.pushed = m_repo.state(key::kPushed).value_or(number(0)).toLongLong();
    l.ownHeadEtag = QString::fromUtf8(m_repo.state(key::kOwnHeadEtag).value_or(QByteArray()));
    l.label = QString::fromUtf8(m_repo.state(key::kLabel).value_or(QByteArray()));
    l.republishAll = m_repo.state(key::kRepublish).value_or(number(0)) == number(1);
}

void SyncEngine::checkCancel() const {
    if (m_cancel && m_cancel->load())
        throw Error(ErrorCode::Network, Tr::tr("Sync was stopped. It picks up where it left off next time."));
}

void SyncEngine::writeHeader(Local &l, quint32 revision, const KdfParams &kdf, const SecureBytes &kek,
                             const KeyRing &ring) {
    const QByteArray bytes = buildHeader(revision, l.vaultId, kdf, kek, ring);
    const auto etag = m_remote.replace(kHeaderPath, bytes, l.headerEtag);
    if (!etag)
        throw Error(ErrorCode::Remote, Tr::tr("The sync header changed on the server meanwhile (another device?). "
                                          "Sync, then try again."));
    QByteArray kekBytes = fromSecure(kek);
    QByteArray keys = ring.serialize();
    m_repo.setStates({{key::kKek, kekBytes},
                      {key::kKeys, keys},
                      {key::kRevision, number(revision)},
                      {key::kHeaderEtag, etag->toUtf8()},
                      {key::kKdfMem, number(qint64(kdf.memLimitBytes))},
                      {key::kKdfOps, number(qint64(kdf.opsLimit))},
                      {key::kNeedsPassphrase, number(0)}});
    wipe(kekBytes);
    wipe(keys);
}

void SyncEngine::create(const SecureBytes &passphrase, const KdfParams &kdf, const QString &label) {
    const auto root = m_remote.list(QString());
    if (!root)
        m_remote.makeFolder(QString());
    else
        for (const RemoteEntry &e : *root)
            if (e.name == kHeaderPath)
                throw Error(ErrorCode::Remote, Tr::tr("There is already a Rebound sync in this folder. Join it "
                                                  "instead, or choose an empty folder."));
    const QByteArray vaultId = randomId();
    const QByteArray folder = randomId();
    KeyRing ring;
    ring.addKey();
    const SecureBytes kek = deriveKey(passphrase, kdf);
    m_remote.makeFolder(kBatchFolder + QLatin1Char('/') + QString::fromLatin1(folder.toHex()));
    const auto etag = m_remote.create(kHeaderPath, buildHeader(1, vaultId, kdf, kek, ring));
    if (!etag)
        throw Error(ErrorCode::Remote, Tr::tr("Another device set up sync in this folder at the same moment. "
                                          "Join it instead."));
    m_repo.clearState();
    QByteArray kekBytes = fromSecure(kek);
    QByteArray keys = ring.serialize();
    m_repo.setStates({{key::kVaultId, vaultId},
                      {key::kKek, kekBytes},
                      {key::kKeys, keys},
                      {key::kRevision, number(1)},
                      {key::kHeaderEtag, etag->toUtf8()},
                      {key::kKdfMem, number(qint64(kdf.memLimitBytes))},
                      {key::kKdfOps, number(qint64(kdf.opsLimit))},
                      {key::kFolder, folder},
                      {key::kLabel, label.toUtf8()},
                      {key::kRepublish, number(1)},
                      // The first device has no snapshots to start from: spare the listing.
                      {key::kSnapshotsChecked, number(1)}});
    wipe(kekBytes);
    wipe(keys);
    qCInfo(lcSync) << "set up a new sync at" << m_remote.displayName();
}

void SyncEngine::join(const SecureBytes &passphrase, const QString &label) {
    const auto header = m_remote.get(kHeaderPath);
    if (!header)
        throw Error(ErrorCode::Remote, Tr::tr("There is no Rebound sync in this folder yet. Set one up instead."));
    const VaultHeader parsed = parseHeader(header->data);
    const SecureBytes kek = deriveKey(passphrase, parsed.kdf);
    const KeyRing ring = openHeader(header->data, parsed, kek);
    const QByteArray folder = randomId();
    m_remote.makeFolder(kBatchFolder + QLatin1Char('/') + QString::fromLatin1(folder.toHex()));
    m_repo.clearState();
    QByteArray kekBytes = fromSecure(kek);
    QByteArray keys = ring.serialize();
    m_repo.setStates({{key::kVaultId, parsed.vaultId},
                      {key::kKek, kekBytes},
                      {key::kKeys, keys},
                      {key::kRevision, number(parsed.revision)},
                      {key::kHeaderEtag, header->etag.toUtf8()},
                      {key::kKdfMem, number(qint64(parsed.kdf.memLimitBytes))},
                      {key::kKdfOps, number(qint64(parsed.kdf.opsLimit))},
                      {key::kFolder, folder},
                      {key::kLabel, label.toUtf8()}});
    wipe(kekBytes);
    wipe(keys);
    qCInfo(lcSync) << "joined the sync at" << m_remote.displayName();
}

void SyncEngine::refreshHeader(Local &l, const std::optional<RemoteEntry> &entry, bool force) {
    if (!entry)
        throw Error(ErrorCode::Remote, Tr::tr("The sync header is missing from the server. If the folder was "
                                          "emptied on purpose, turn sync off and set it up again."));
    if (!force && sameEtag(entry->etag, l.headerEtag))
        return;
    const auto header = m_remote.get(kHeaderPath);
    if (!header)
        throw Error(ErrorCode::Remote, Tr::tr("The sync header is missing from the server."));
    const VaultHeader parsed = parseHeader(header->data);
    if (parsed.vaultId != l.vaultId)
        throw Error(ErrorCode::Tampered, Tr::tr("The folder on the server now holds a different sync. Nothing was "
                                            "changed here; check the server address."));
    KeyRing ring;
    try {
        ring = openHeader(header->data, parsed, l.kek);
    } catch (const Error &e) {
        if (e.code() != ErrorCode::WrongPassphrase)
            throw;
        m_repo.setState(key::kNeedsPassphrase, number(1));
        throw Error(ErrorCode::WrongPassphrase, Tr::tr("The sync passphrase was changed on another device. Enter the "
                                                   "new one to keep syncing."));
    }
    // Only now is the header authentic: a lower revision is a server rolled back.
    if (parsed.revision < l.revision)
        throw Error(ErrorCode::Tampered, Tr::tr("The server holds an older copy of the sync header than this device "
                                            "has seen. It was refused; check the server's backups."));
    for (const auto &[id, k] : l.ring.keys())
        if (!ring.has(id))
            throw Error(ErrorCode::Tampered, Tr::tr("The sync header on the server lost a key. It was refused."));
    l.ring = std::move(ring);
    l.revision = parsed.revision;
    l.headerEtag = header->etag;
    l.kdf = parsed.kdf;
    QByteArray keys = l.ring.serialize();
    m_repo.setStates({{key::kKeys, keys},
                      {key::kRevision, number(l.revision)},
                      {key::kHeaderEtag, l.headerEtag.toUtf8()},
                      {key::kKdfMem, number(qint64(l.kdf.memLimitBytes))},
                      {key::kKdfOps, number(qint64(l.kdf.opsLimit))}});
    wipe(keys);
}

SyncReport SyncEngine::run(const SyncProgressFn &progressFn, const std::atomic_bool *cancel) {
    QElapsedTimer timer;
    timer.start();
    m_cancel = cancel;
    m_remote.resetStats();
    if (m_repo.state(key::kNeedsPassphrase).value_or(number(0)) == number(1))
        throw Error(ErrorCode::WrongPassphrase, Tr::tr("The sync passphrase was changed on another device. Enter "
                                                   "the new one to keep syncing."));
    Local l;
    loadLocal(l);
    Progress progress{progressFn, 0, 0, {}};
    progress.step(Tr::tr("Checking the server"));
    const auto root = m_remote.list(QString());
    if (!root)
        throw Error(ErrorCode::Remote, Tr::tr("The sync folder is gone from the server. If it was deleted on purpose, "
                                          "turn sync off and set it up again."));
    std::optional<RemoteEntry> header;
    std::optional<RemoteEntry> ownHead;
    QList<RemoteEntry> heads;
    for (const RemoteEntry &e : *root) {
        if (e.isFolder)
            continue;
        if (e.name == kHeaderPath)
            header = e;
        else if (e.name == l.folderHex + kHeadSuffix)
            ownHead = e;
        else if (e.name.endsWith(kHeadSuffix))
            heads.append(e);
    }
    refreshHeader(l, header, false);
    SyncReport report;
    if (!m_repo.state(key::kSnapshotsChecked)) {
        // A new device starts from the snapshots instead of every batch ever written.
        progress.step(Tr::tr("Receiving the saved state"));
        loadSnapshots(l, progress, report);
        m_repo.setState(key::kSnapshotsChecked, number(1));
    }
    pull(l, heads, progress, report);
    push(l, ownHead, progress, report);
    const auto counter = [this](const QString &k) { return m_repo.state(k).value_or(number(0)).toLongLong(); };
    m_repo.setStates(
        {{key::kUncoveredBatches, number(counter(key::kUncoveredBatches) + report.batchesReceived + report.batchesSent)},
         {key::kUncoveredOps, number(counter(key::kUncoveredOps) + report.opsReceived + report.opsSent)}});
    maybeWriteSnapshot(l, report);
    compact(l);
    const RemoteStats stats = m_remote.stats();
    report.requests = stats.requests;
    report.bytesUp = stats.bytesUp;
    report.bytesDown = stats.bytesDown;
    report.elapsedMs = timer.elapsed();
    qCInfo(lcSync) << "sync done:" << report.batchesReceived << "batches in," << report.batchesSent << "out,"
                   << report.requests << "requests," << report.elapsedMs << "ms";
    return report;
}

void SyncEngine::pull(Local &l, const QList<RemoteEntry> &heads, Progress &progress, SyncReport &report) {
    progress.step(Tr::tr("Receiving changes"));
    for (const RemoteEntry &entry : heads) {
        checkCancel();
        pullPeer(l, entry, progress, report);
    }
}

void SyncEngine::pullPeer(Local &l, const RemoteEntry &entry, Progress &progress, SyncReport &report) {
    const QString folderHex = entry.name.chopped(kHeadSuffix.size());
    const QByteArray folder = QByteArray::fromHex(folderHex.toLatin1());
    if (folder.size() != kIdBytes || QString::fromLatin1(folder.toHex()) != folderHex) {
        qCWarning(lcSync) << "ignoring a file that is not a device head:" << entry.name;
        return;
    }
    SyncPeer peer = m_repo.peer(folderHex).value_or(SyncPeer{folderHex, 0, zeroHash(), {}, {}, {}, {}});
    if (sameEtag(entry.etag, peer.headEtag))
        return;
    const auto object = m_remote.get(entry.name);
    if (!object)
        return; // removed between the listing and now: next time
    const ObjectContext headContext{ObjectKind::Head, l.vaultId, folder, 0, zeroHash()};
    const Head head = decodeHead(openObject(l.ring.contentKey(objectKeyId(object->data)), headContext, object->data));
    const QString who = head.label.isEmpty() ? Tr::tr("another device") : head.label;
    if (head.hlc.wallMs > m_clock.nowMs() + kMaxFutureMs)
        throw Error(ErrorCode::Tampered,
                    Tr::tr("Changes from %1 are dated more than 5 minutes ahead of this device's clock, so they were "
                       "not applied. Check the date and time on both devices.")
                        .arg(who));
    if (head.seq < quint64(peer.seq))
        throw Error(ErrorCode::Tampered, Tr::tr("The server shows an older state of %1 than this device has already "
                                            "received (a rollback). Nothing was applied.")
                                             .arg(who));
    if (head.seq == quint64(peer.seq) && head.lastHash != peer.hash)
        throw Error(ErrorCode::Tampered, Tr::tr("The history of %1 on the server does not match what this device "
                                            "received before. Nothing was applied.")
                                             .arg(who));
    for (const ChainPoint &p : head.applied)
        if (p.folder == l.folder)
            m_repo.setState(key::acked(folderHex), number(qint64(p.seq)));
    progress.total += int(head.seq - peer.seq);
    QByteArray prev = peer.hash;
    bool triedSnapshots = false;
    for (quint64 seq = peer.seq + 1; seq <= head.seq; ++seq) {
        checkCancel();
        const auto batch = m_remote.get(batchPath(folderHex, seq));
        if (!batch && !triedSnapshots) {
            // Deleted after compaction: a snapshot covers it, or it is really missing.
            triedSnapshots = true;
            loadSnapshots(l, progress, report);
            const SyncPeer after = m_repo.peer(folderHex).value_or(peer);
            if (quint64(after.seq) >= seq) {
                peer = after;
                prev = after.hash;
                seq = after.seq; // the loop continues after it
                if (seq == head.seq && prev != head.lastHash)
                    throw Error(ErrorCode::Tampered, Tr::tr("The latest changes from %1 do not match its head on the "
                                                        "server. Nothing more was applied.")
                                                         .arg(who));
                continue;
            }
        }
        if (!batch)
            throw Error(ErrorCode::Tampered, Tr::tr("A batch of changes from %1 is missing on the server (number %2 "
                                                "of %3). Nothing after it was applied.")
                                                 .arg(who)
                                                 .arg(seq)
                                                 .arg(head.seq));
        const ObjectContext context{ObjectKind::Batch, l.vaultId, folder, seq, prev};
        const QByteArray plain = openObject(l.ring.contentKey(objectKeyId(batch->data)), context, batch->data);
        QList<SyncOp> ops = decodeOps(unpack(plain));
        for (const SyncOp &op : ops)
            if (op.hlc.wallMs > m_clock.nowMs() + kMaxFutureMs)
                throw Error(ErrorCode::Tampered,
                            Tr::tr("Changes from %1 are dated more than 5 minutes ahead of this device's clock, so "
                               "they were not applied. Check the date and time on both devices.")
                                .arg(who));
        prev = objectHash(batch->data);
        SyncPeer next = peer;
        next.seq = seq;
        next.hash = prev;
        next.deviceId = head.deviceId;
        next.label = head.label;
        next.lastSeen = QDateTime::fromMSecsSinceEpoch(head.writtenAtMs, Qt::UTC);
        if (seq == head.seq) {
            if (prev != head.lastHash)
                throw Error(ErrorCode::Tampered, Tr::tr("The latest changes from %1 do not match its head on the "
                                                    "server. Nothing more was applied.")
                                                     .arg(who));
            next.headEtag = object->etag;
        }
        const ApplyResult applied = m_repo.apply(ops, next);
        peer = next;
        report.batchesReceived += 1;
        report.opsReceived += int(ops.size());
        report.changedRecords += applied.changedRecords;
        report.conflicts += applied.conflicts;
        progress.done += 1;
        progress.report();
    }
    if (head.seq == quint64(peer.seq) && !sameEtag(object->etag, peer.headEtag)) {
        peer.headEtag = object->etag;
        peer.deviceId = head.deviceId;
        peer.label = head.label;
        peer.lastSeen = QDateTime::fromMSecsSinceEpoch(head.writtenAtMs, Qt::UTC);
        m_repo.savePeer(peer);
    }
}

void SyncEngine::uploadBatch(const QString &path, const QByteArray &object) {
    const auto created = m_remote.create(path, object);
    if (!created) {
        // Something is there: our own earlier attempt whose answer got lost is fine.
        const auto existing = m_remote.get(path);
        if (!existing || existing->data != object)
            throw Error(ErrorCode::Tampered, Tr::tr("Another writer used this device's place on the server. Turn sync "
                                                "off on this device and join again."));
    }
    const auto stat = m_remote.stat(path);
    if (!stat || (stat->size >= 0 && stat->size != object.size()))
        throw Error(ErrorCode::Remote, Tr::tr("The server said it saved the changes but did not keep them. Nothing "
                                          "was lost here; sync again later or check the server."));
}

void SyncEngine::push(Local &l, const std::optional<RemoteEntry> &ownHead, Progress &progress,
                      SyncReport &report) {
    progress.step(Tr::tr("Sending changes"));
    bool headStale = !ownHead || !sameEtag(ownHead->etag, l.ownHeadEtag);
    if (headStale && ownHead && l.ownHeadEtag.isEmpty()
        && ownHead->size == m_repo.state(key::kOwnHeadSize).value_or(number(-1)).toLongLong()) {
        // Apache answers a PUT without an ETag: the listing after it tells it.
        l.ownHeadEtag = ownHead->etag;
        m_repo.setState(key::kOwnHeadEtag, l.ownHeadEtag.toUtf8());
        headStale = false;
    } else if (ownHead && !l.ownHeadEtag.isEmpty() && !sameEtag(ownHead->etag, l.ownHeadEtag)) {
        qCWarning(lcSync) << "this device's head on the server is not the one it wrote: rewriting it";
    }
    if (!ownHead && l.ownSeq > 0)
        qCWarning(lcSync) << "this device's head is missing on the server: rewriting it";
    // A head write that failed after its batch went up.
    if (m_repo.state(key::kOwnHeadSeq).value_or(number(0)).toULongLong() < l.ownSeq)
        headStale = true;
    // A device that only reads still tells the others how far it got now and
    // then, so they can delete old batches (not after every batch: requests).
    qint64 appliedTotal = 0;
    for (const SyncPeer &peer : m_repo.peers())
        appliedTotal += peer.seq;
    if (appliedTotal - m_repo.state(key::kAdvertised).value_or(number(0)).toLongLong() >= kSnapshotAfterBatches / 2)
        headStale = true;

    // An upload whose outcome is unknown goes again, byte for byte.
    if (auto outbox = m_repo.state(key::kOutbox); outbox && !outbox->isEmpty()) {
        const qsizetype sep1 = outbox->indexOf(' ');
        const qsizetype sep2 = outbox->indexOf(' ', sep1 + 1);
        const quint64 seq = outbox->left(sep1).toULongLong();
        const qint64 covered = outbox->mid(sep1 + 1, sep2 - sep1 - 1).toLongLong();
        const QByteArray object = outbox->mid(sep2 + 1);
        if (seq == l.ownSeq + 1) {
            sendBatch(l, seq, covered, object, report);
            headStale = true;
        } else {
            m_repo.setState(key::kOutbox, {});
        }
    }

    const int pending = m_repo.pendingCount(l.pushed);
    progress.total += (pending + kMaxOpsPerBatch - 1) / kMaxOpsPerBatch;
    progress.report();
    const int sentBefore = report.batchesSent;
    if (l.republishAll) {
        // A new sync starts with everything this vault holds, also what it once
        // received from devices of an earlier sync: the merged state, compact.
        const qint64 last = m_repo.lastLocalSeq();
        int offset = 0;
        for (;;) {
            checkCancel();
            const QList<SyncOp> page = m_repo.currentState(offset, kMaxOpsPerBatch);
            if (page.isEmpty())
                break;
            offset += int(page.size());
            sendOps(l, page, l.pushed, progress, report);
        }
        l.pushed = std::max(l.pushed, last);
        l.republishAll = false;
        m_repo.setStates({{key::kPushed, number(l.pushed)}, {key::kRepublish, number(0)}});
    }
    for (;;) {
        checkCancel();
        qint64 covered = l.pushed;
        const QList<SyncOp> ops = m_repo.localOpsAfter(l.pushed, kMaxOpsPerBatch, &covered);
        if (ops.isEmpty()) {
            if (covered > l.pushed) { // only superseded rows: nothing to send, move on
                l.pushed = covered;
                m_repo.setState(key::kPushed, number(covered));
            }
            break;
        }
        sendOps(l, ops, covered, progress, report);
    }
    if (report.batchesSent > sentBefore)
        headStale = true;
    if (headStale)
        writeHead(l, ownHead);
}

void SyncEngine::sendOps(Local &l, const QList<SyncOp> &ops, qint64 covered, Progress &progress,
                         SyncReport &report) {
    const QByteArray encoded = encodeOps(ops);
    if (encoded.size() > kMaxBatchBytes && ops.size() > 1) {
        // Long texts: split, the first half without moving the cursor (a stop in
        // between sends it again, which is harmless).
        const qsizetype half = ops.size() / 2;
        sendOps(l, ops.first(half), l.pushed, progress, report);
        sendOps(l, ops.sliced(half), covered, progress, report);
        return;
    }
    const quint64 seq = l.ownSeq + 1;
    const ObjectContext context{ObjectKind::Batch, l.vaultId, l.folder, seq, l.ownHash};
    const QByteArray object =
        sealObject(l.ring.contentKey(l.ring.currentId()), l.ring.currentId(), context, pack(encoded));
    // Kept until verified: if the answer is lost, the same bytes go again.
    m_repo.setState(key::kOutbox, number(qint64(seq)) + ' ' + number(covered) + ' ' + object);
    sendBatch(l, seq, covered, object, report);
    report.opsSent += int(ops.size());
    progress.done += 1;
    progress.report();
}

// Uploads one sealed batch and, once the server verifiably holds it, moves this
// device's chain and change cursor past it and empties the outbox.
void SyncEngine::sendBatch(Local &l, quint64 seq, qint64 covered, const QByteArray &object, SyncReport &report) {
    uploadBatch(batchPath(l.folderHex, seq), object);
    l.ownSeq = seq;
    l.ownHash = objectHash(object);
    l.pushed = std::max(l.pushed, covered);
    m_repo.setStates({{key::kOwnSeq, number(qint64(seq))},
                      {key::kOwnHash, l.ownHash},
                      {key::kPushed, number(l.pushed)},
                      {key::kOutbox, {}}});
    report.batchesSent += 1;
}

void SyncEngine::writeHead(Local &l, const std::optional<RemoteEntry> &ownHead) {
    Head head;
    head.seq = l.ownSeq;
    head.lastHash = l.ownSeq == 0 ? zeroHash() : l.ownHash;
    head.hlc = m_store.hlc().last();
    head.writtenAtMs = m_clock.nowMs();
    head.deviceId = m_store.deviceId();
    head.label = l.label;
    head.applied = appliedPoints(l);
    const ObjectContext context{ObjectKind::Head, l.vaultId, l.folder, 0, zeroHash()};
    const QByteArray object =
        sealObject(l.ring.contentKey(l.ring.currentId()), l.ring.currentId(), context, encodeHead(head));
    const QString path = l.folderHex + kHeadSuffix;
    std::optional<QString> etag;
    if (!ownHead)
        etag = m_remote.create(path, object);
    else
        etag = m_remote.replace(path, object, ownHead->etag);
    if (!etag)
        throw Error(ErrorCode::Tampered, Tr::tr("Another writer changed this device's head on the server. Turn sync off "
                                            "on this device and join again."));
    l.ownHeadEtag = *etag;
    qint64 advertised = 0;
    for (const ChainPoint &p : head.applied)
        advertised += qint64(p.seq);
    m_repo.setStates({{key::kOwnHeadEtag, etag->toUtf8()},
                      {key::kOwnHeadSize, number(object.size())},
                      {key::kOwnHeadSeq, number(qint64(l.ownSeq))},
                      {key::kAdvertised, number(advertised)}});
}

QList<ChainPoint> SyncEngine::appliedPoints(const Local &l) {
    QList<ChainPoint> points;
    for (const SyncPeer &p : m_repo.peers()) {
        const QByteArray folder = QByteArray::fromHex(p.folder.toLatin1());
        if (folder.size() == kIdBytes && folder != l.folder && p.hash.size() == kHashBytes)
            points.append(ChainPoint{folder, quint64(p.seq), p.hash});
    }
    return points;
}

bool SyncEngine::loadSnapshots(Local &l, Progress &progress, SyncReport &report) {
    const auto writers = m_remote.list(kSnapshotFolder);
    if (!writers)
        return false;
    QHash<QByteArray, ChainPoint> best;
    for (const RemoteEntry &writer : *writers) {
        const QByteArray folder = QByteArray::fromHex(writer.name.toLatin1());
        if (!writer.isFolder || folder.size() != kIdBytes || folder == l.folder)
            continue;
        const auto files = m_remote.list(kSnapshotFolder + QLatin1Char('/') + writer.name);
        if (!files)
            continue;
        // gen -> part indexes present
        QMap<quint64, QSet<quint32>> gens;
        for (const RemoteEntry &f : *files) {
            const QStringList bits = f.name.split(QLatin1Char('-'));
            bool okGen = false;
            bool okPart = false;
            const quint64 gen = bits.value(0).toULongLong(&okGen);
            const quint32 part = bits.value(1).toUInt(&okPart);
            if (bits.size() == 2 && okGen && okPart)
                gens[gen].insert(part);
        }
        // The newest complete generation; an older one may still be whole while a new one is written.
        for (auto gen = gens.constEnd(); gen != gens.constBegin();) {
            --gen;
            QList<QList<SyncOp>> parts;
            QList<ChainPoint> coverage;
            bool complete = false;
            for (quint32 i = 0; gen->contains(i); ++i) {
                checkCancel();
                const auto object = m_remote.get(snapshotPath(writer.name, gen.key(), i));
                if (!object)
                    break;
                const ObjectContext context{ObjectKind::Snapshot, l.vaultId, folder, gen.key(), zeroHash()};
                SnapshotPart part = decodeSnapshotPart(
                    unpack(openObject(l.ring.contentKey(objectKeyId(object->data)), context, object->data)));
                if (part.index != i || (i > 0 && part.coverage != coverage))
                    throw Error(ErrorCode::Tampered, Tr::tr("A saved state on the server is mixed up from different "
                                                        "parts. It was not applied."));
                coverage = part.coverage;
                parts.append(std::move(part.ops));
                if (part.last) {
                    complete = true;
                    break;
                }
            }
            if (!complete)
                continue;
            for (const QList<SyncOp> &ops : parts) {
                checkCancel();
                const ApplyResult applied = m_repo.apply(ops);
                report.opsReceived += int(ops.size());
                report.changedRecords += applied.changedRecords;
                report.conflicts += applied.conflicts;
                progress.done += 1;
                progress.report();
            }
            for (const ChainPoint &p : coverage)
                if (!best.contains(p.folder) || best[p.folder].seq < p.seq)
                    best.insert(p.folder, p);
            break;
        }
    }
    bool advanced = false;
    for (const ChainPoint &p : std::as_const(best)) {
        if (p.folder == l.folder)
            continue;
        const QString hex = QString::fromLatin1(p.folder.toHex());
        SyncPeer peer = m_repo.peer(hex).value_or(SyncPeer{hex, 0, zeroHash(), {}, {}, {}, {}});
        if (peer.seq >= qint64(p.seq))
            continue;
        peer.seq = qint64(p.seq);
        peer.hash = p.hash;
        peer.headEtag.clear(); // read its head again
        m_repo.savePeer(peer);
        advanced = true;
    }
    return advanced;
}

void SyncEngine::maybeWriteSnapshot(Local &l, SyncReport &report) {
    const qint64 batches = m_repo.state(key::kUncoveredBatches).value_or(number(0)).toLongLong();
    const qint64 ops = m_repo.state(key::kUncoveredOps).value_or(number(0)).toLongLong();
    if (batches < kSnapshotAfterBatches)
        return;
    if (ops / batches >= kMaxOpsPerBatch / 4) {
        // Big batches: a snapshot would save no requests.
        m_repo.setStates({{key::kUncoveredBatches, number(0)}, {key::kUncoveredOps, number(0)}});
        return;
    }
    const quint64 gen = m_repo.state(key::kSnapshotGen).value_or(number(0)).toULongLong() + 1;
    QList<ChainPoint> coverage = appliedPoints(l);
    if (l.ownSeq > 0)
        coverage.append(ChainPoint{l.folder, l.ownSeq, l.ownHash});
    m_remote.makeFolder(kSnapshotFolder + QLatin1Char('/') + l.folderHex);
    const auto pageAt = [this](int offset) { return m_repo.currentState(offset, kMaxOpsPerBatch); };
    int offset = 0;
    QList<SyncOp> page = pageAt(offset);
    quint32 index = 0;
    for (;;) {
        checkCancel();
        offset += int(page.size());
        QList<SyncOp> next = page.isEmpty() ? QList<SyncOp>{} : pageAt(offset);
        SnapshotPart part{index, next.isEmpty(), coverage, page};
        const ObjectContext context{ObjectKind::Snapshot, l.vaultId, l.folder, gen, zeroHash()};
        const QByteArray object = sealObject(l.ring.contentKey(l.ring.currentId()), l.ring.currentId(), context,
                                             pack(encodeSnapshotPart(part)));
        uploadBatch(snapshotPath(l.folderHex, gen, index), object);
        if (part.last)
            break;
        page = std::move(next);
        ++index;
    }
    m_repo.setStates({{key::kSnapshotGen, number(qint64(gen))},
                      {key::kSnapshotSelf, number(qint64(l.ownSeq))},
                      {key::kUncoveredBatches, number(0)},
                      {key::kUncoveredOps, number(0)}});
    // Older generations of this device's snapshot are no longer needed.
    const QString mine = kSnapshotFolder + QLatin1Char('/') + l.folderHex;
    for (const RemoteEntry &f : m_remote.list(mine).value_or(QList<RemoteEntry>{}))
        if (f.name.section(QLatin1Char('-'), 0, 0).toULongLong() < gen)
            m_remote.remove(mine + QLatin1Char('/') + f.name);
    qCInfo(lcSync) << "wrote snapshot" << gen << "in" << index + 1 << "parts";
    Q_UNUSED(report);
}

void SyncEngine::compact(Local &l) {
    quint64 upTo = m_repo.state(key::kSnapshotSelf).value_or(number(0)).toULongLong();
    if (upTo == 0)
        return;
    for (const SyncPeer &p : m_repo.peers())
        upTo = std::min(upTo, m_repo.state(key::acked(p.folder)).value_or(number(0)).toULongLong());
    quint64 deleted = m_repo.state(key::kDeletedUpTo).value_or(number(0)).toULongLong();
    int budget = kMaxDeletesPerSync;
    while (deleted < upTo && budget-- > 0) {
        m_remote.remove(batchPath(l.folderHex, deleted + 1));
        ++deleted;
        m_repo.setState(key::kDeletedUpTo, number(qint64(deleted)));
    }
}

void SyncEngine::enterPassphrase(const SecureBytes &passphrase) {
    Local l;
    loadLocal(l);
    const auto header = m_remote.get(kHeaderPath);
    if (!header)
        throw Error(ErrorCode::Remote, Tr::tr("The sync header is missing from the server."));
    const VaultHeader parsed = parseHeader(header->data);
    if (parsed.vaultId != l.vaultId)
        throw Error(ErrorCode::Tampered, Tr::tr("The folder on the server now holds a different sync."));
    const SecureBytes kek = deriveKey(passphrase, parsed.kdf);
    const KeyRing ring = openHeader(header->data, parsed, kek);
    if (parsed.revision < l.revision)
        throw Error(ErrorCode::Tampered, Tr::tr("The server holds an older copy of the sync header than this device "
                                            "has seen. It was refused."));
    QByteArray kekBytes = fromSecure(kek);
    QByteArray keys = ring.serialize();
    m_repo.setStates({{key::kKek, kekBytes},
                      {key::kKeys, keys},
                      {key::kRevision, number(parsed.revision)},
                      {key::kHeaderEtag, header->etag.toUtf8()},
                      {key::kKdfMem, number(qint64(parsed.kdf.memLimitBytes))},
                      {key::kKdfOps, number(qint64(parsed.kdf.opsLimit))},
                      {key::kNeedsPassphrase, number(0)}});
    wipe(kekBytes);
    wipe(keys);
}

// Reads the newest header before rewriting it: a passphrase change or key
// rotation must start from what the server holds, and proves our KEK still fits.
void SyncEngine::loadCurrentHeader(Local &l) {
    loadLocal(l);
    const auto root = m_remote.list(QString());
    std::optional<RemoteEntry> header;
    for (const RemoteEntry &e : root.value_or(QList<RemoteEntry>{}))
        if (e.name == kHeaderPath)
            header = e;
    refreshHeader(l, header, true);
}

void SyncEngine::changePassphrase(const SecureBytes &next, const KdfParams &kdf) {
    Local l;
    loadCurrentHeader(l);
    const SecureBytes kek = deriveKey(next, kdf);
    writeHeader(l, l.revision + 1, kdf, kek, l.ring);
}

void SyncEngine::rotateKey() {
    Local l;
    loadCurrentHeader(l); // the KDF salt comes from the header
    l.ring.addKey();
    writeHeader(l, l.revision + 1, l.kdf, l.kek, l.ring);
}

} // namespace rebound
