#include "SyncRepository.h"

#include "SyncSchemas.h"
#include "core/Error.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QSet>
#include <QtEndian>
#include <algorithm>
#include <sodium.h>

namespace rebound {

namespace {

const QString kDeleted = WriteTransaction::kDeletedField;

HlcTimestamp hlcOf(const QString &text) {
    return HlcTimestamp::parse(text).value_or(HlcTimestamp{});
}

QDateTime timeOf(const Statement &st, int column) {
    return st.isNull(column) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(st.int64(column), Qt::UTC);
}

// A long-text value as the user sees it (null and non-text count as empty).
QString textOf(const QVariant &value) {
    return value.typeId() == QMetaType::QString ? value.toString() : QString();
}

struct LoggedOp {
    SyncOp op;
    qint64 seq = 0;
    bool hasBase = false; // base stored (received ops); else it follows from seq
};

// The winner of one field: highest (HLC, device id).
std::optional<LoggedOp> winnerOf(Store &store, const QString &entity, const QString &record,
                                 const QString &field) {
    Statement st = store.db().query(QStringLiteral("SELECT value, hlc, device_id, base, seq FROM change_log "
                                                   "WHERE entity = ?1 AND record_id = ?2 AND field = ?3"
                                                   " ORDER BY hlc DESC, device_id DESC LIMIT 1"));
    st.bind(1, entity).bind(2, record).bind(3, field);
    if (!st.step())
        return std::nullopt;
    LoggedOp w;
    w.op = SyncOp{entity, record, field, st.value(0), hlcOf(st.text(1)), st.text(2), {}};
    w.hasBase = !st.isNull(3);
    w.op.base = hlcOf(st.text(3));
    w.seq = st.int64(4);
    return w;
}

// What the writer of a local op had seen: the newest other version logged before
// it. Own rows in (ownAfter, seq) never left this device and are left out.
HlcTimestamp baseBefore(Store &store, const QString &entity, const QString &record, const QString &field,
                        qint64 seq, qint64 ownAfter) {
    Statement st = store.db().query(
        QStringLiteral("SELECT max(hlc) FROM change_log WHERE entity = ?1 AND record_id = ?2 AND field = ?3"
                       " AND seq < ?4 AND NOT (device_id = ?5 AND seq > ?6)"));
    st.bind(1, entity)
        .bind(2, record)
        .bind(3, field)
        .bind(4, seq)
        .bind(5, store.deviceId())
        .bind(6, ownAfter);
    st.step();
    return hlcOf(st.text(0));
}

// Had the writer of `op` (already here) seen a version stamped at or after t?
// An own op's writer never saw the op being received now, whatever its own
// earlier stamps; only versions received from others before it tell.
HlcTimestamp baseOf(Store &store, const LoggedOp &op) {
    if (op.hasBase)
        return op.op.base;
    return baseBefore(store, op.op.entity, op.op.recordId, op.op.field, op.seq, -1);
}

// Typed, length-prefixed encoding for the state hash.
class Hasher {
public:
    Hasher() { crypto_generichash_init(&m_state, nullptr, 0, crypto_generichash_BYTES); }
    void bytes(char type, const QByteArray &data) { add(type, data.constData(), data.size()); }
    void text(const QString &s) { bytes('t', s.toUtf8()); }
    void value(const QVariant &v) {
        switch (v.typeId()) {
        case QMetaType::LongLong:
        case QMetaType::Int: {
            const qint64 le = qToLittleEndian(v.toLongLong());
            add('i', &le, sizeof le);
            break;
        }
        case QMetaType::Double: {
            const double d = v.toDouble();
            add('r', &d, sizeof d);
            break;
        }
        case QMetaType::QByteArray:
            bytes('b', v.toByteArray());
            break;
        case QMetaType::QString:
            text(v.toString());
            break;
        default:
            add('n', nullptr, 0);
        }
    }
    QByteArray finish() {
        QByteArray out(crypto_generichash_BYTES, Qt::Uninitialized);
        crypto_generichash_final(&m_state, reinterpret_cast<unsigned char *>(out.data()),
                                 std::size_t(out.size()));
        return out;
    }

private:
    void add(char type, const void *data, qsizetype size) {
        const quint64 len = qToLittleEndian(quint64(size));
        crypto_generichash_update(&m_state, reinterpret_cast<const unsigned char *>(&type), 1);
        crypto_generichash_update(&m_state, reinterpret_cast<const unsigned char *>(&len), sizeof len);
        if (size > 0)
            crypto_generichash_update(&m_state, static_cast<const unsigned char *>(data), std::size_t(size));
    }
    crypto_generichash_state m_state;
};

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Sync)
};

} // namespace

SyncRepository::SyncRepository(Store &store)
    : m_store(store) {}

// ---- outgoing ----

QList<SyncOp> SyncRepository::localOpsAfter(qint64 afterSeq, int maxOps, qint64 *lastSeq) {
    Statement st =
        m_store.db().query(QStringLiteral("SELECT seq, entity, record_id, field, value, hlc FROM change_log"
                                          " WHERE device_id = ?1 AND seq > ?2 ORDER BY seq"));
    st.bind(1, m_store.deviceId()).bind(2, afterSeq);
    QList<LoggedOp> newest;
    QHash<QString, qsizetype> index; // (entity, record, field) -> position in newest
    qint64 covered = afterSeq;
    while (st.step()) {
        const QString entity = st.text(1), record = st.text(2), field = st.text(3);
        const QString key = entity + QChar(0) + record + QChar(0) + field;
        const auto found = index.constFind(key);
        if (found == index.cend() && newest.size() >= maxOps)
            break;
        LoggedOp op{SyncOp{entity, record, field, st.value(4), hlcOf(st.text(5)), m_store.deviceId(), {}},
                    st.int64(0), false};
        if (found == index.cend()) {
            index.insert(key, newest.size());
            newest.append(op);
        } else {
            newest[*found] = op;
        }
        covered = op.seq;
    }
    std::sort(newest.begin(), newest.end(),
              [](const LoggedOp &a, const LoggedOp &b) { return a.seq < b.seq; });
    QList<SyncOp> out;
    out.reserve(newest.size());
    for (LoggedOp &op : newest) {
        if (isLongText(op.op.entity, op.op.field))
            op.op.base = baseBefore(m_store, op.op.entity, op.op.recordId, op.op.field, op.seq, afterSeq);
        out.append(op.op);
    }
    if (lastSeq)
        *lastSeq = covered;
    return out;
}

qint64 SyncRepository::lastLocalSeq() {
    Statement st = m_store.db().query(QStringLiteral("SELECT max(seq) FROM change_log WHERE device_id = ?1"));
    st.bind(1, m_store.deviceId());
    st.step();
    return st.isNull(0) ? 0 : st.int64(0);
}

qint64 SyncRepository::changeLogSize() {
    Statement st = m_store.db().query(QStringLiteral("SELECT count(*) FROM change_log"));
    st.step();
    return st.int64(0);
}

int SyncRepository::pendingCount(qint64 pushedSeq) {
    Statement st = m_store.db().query(
        QStringLiteral("SELECT count(*) FROM change_log WHERE device_id = ?1 AND seq > ?2"));
    st.bind(1, m_store.deviceId()).bind(2, pushedSeq);
    st.step();
    return int(st.int64(0));
}

// ---- merging ----

ApplyResult SyncRepository::apply(const QList<SyncOp> &ops, const std::optional<SyncPeer> &peer) {
    WriteTransaction tx(m_store);
    ApplyResult result;
    Statement exists = m_store.db().query(
        QStringLiteral("SELECT 1 FROM change_log WHERE entity = ?1 AND record_id = ?2 AND field = ?3"
                       " AND hlc = ?4 AND device_id = ?5"));
    Statement insert = tx.prepareMerge(
        QStringLiteral("INSERT INTO change_log(entity, record_id, field, value, hlc, device_id, base)"
                       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"),
        MergeAccess());
    QList<QPair<QString, QString>> touched;
    QSet<QPair<QString, QString>> seen;
    // Local stamps stay after everything received (the engine refused far-future
    // ones). Once per batch: each receive() ticks the counter.
    HlcTimestamp newest;
    for (const SyncOp &op : ops)
        newest = std::max(newest, op.hlc);
    if (!ops.isEmpty())
        m_store.hlc().receive(newest);
    for (const SyncOp &op : ops) {
        const QString hlc = op.hlc.toString();
        exists.reset();
        exists.bind(1, op.entity).bind(2, op.recordId).bind(3, op.field).bind(4, hlc).bind(5, op.deviceId);
        if (exists.step())
            continue; // a replay
        const bool longText = isLongText(op.entity, op.field);
        if (longText)
            result.conflicts += keepConflict(tx, op);
        insert.reset();
        insert.bind(1, op.entity)
            .bind(2, op.recordId)
            .bind(3, op.field)
            .bind(4, op.value)
            .bind(5, hlc)
            .bind(6, op.deviceId);
        if (longText)
            insert.bind(7, op.base.toString());
        else
            insert.bindNull(7);
        insert.step();
        ++result.applied;
        const QPair<QString, QString> record{op.entity, op.recordId};
        if (!seen.contains(record)) {
            seen.insert(record);
            touched.append(record);
        }
    }
    for (const auto &[entity, record] : touched) {
        if (materialize(tx, entity, record))
            ++result.changedRecords;
    }
    if (peer)
        writePeer(tx, *peer);
    tx.commit();
    if (result.applied > 0)
        qCInfo(lcSync) << "merged" << result.applied << "ops," << result.changedRecords << "records changed,"
                       << result.conflicts << "conflict revisions";
    return result;
}

int SyncRepository::keepConflict(WriteTransaction &tx, const SyncOp &incoming) {
    const std::optional<LoggedOp> previous =
        winnerOf(m_store, incoming.entity, incoming.recordId, incoming.field);
    if (!previous)
        return 0;
    const SyncOp &current = previous->op;
    const QString currentText = textOf(current.value), incomingText = textOf(incoming.value);
    if (currentText.isEmpty() || incomingText.isEmpty() || currentText == incomingText)
        return 0;
    const SyncOp *loser = nullptr;
    const SyncOp *winner = nullptr;
    if (incoming.winsOver(current)) {
        if (incoming.base < current.hlc) // the new text was written without seeing the current one
            loser = &current, winner = &incoming;
    } else if (baseOf(m_store, *previous) < incoming.hlc) {
        loser = &incoming, winner = &current;
    }
    if (!loser)
        return 0;
    // UNIQUE(entity, record_id, field, hlc, device_id): a loser is kept once.
    return tx.writeLocal(
        QStringLiteral("sync_conflicts"),
        QStringLiteral("INSERT OR IGNORE INTO sync_conflicts(entity, record_id, field, text, hlc, device_id,"
                       " winner_text, detected_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"),
        {loser->entity, loser->recordId, loser->field, textOf(loser->value), loser->hlc.toString(),
         loser->deviceId, textOf(winner->value), m_store.clock().nowMs()});
}

bool SyncRepository::materialize(WriteTransaction &tx, const QString &entity, const QString &recordId) {
    const EntitySchema *schema = syncSchemaFor(entity);
    if (!schema)
        return false; // a newer app's entity: kept in the log, not shown
    struct Winner {
        QVariant value;
        QString hlc;
        QString deviceId;
    };
    QHash<QString, Winner> winners;
    Statement st = m_store.db().query(QStringLiteral(
        "SELECT field, value, hlc, device_id FROM change_log WHERE entity = ?1 AND record_id = ?2"
        " ORDER BY field, hlc DESC, device_id DESC"));
    st.bind(1, entity).bind(2, recordId);
    while (st.step()) {
        const QString field = st.text(0);
        if (!winners.contains(field))
            winners.insert(field, Winner{st.value(1), st.text(2), st.text(3)});
    }

    const auto deleted = winners.constFind(kDeleted);
    if (deleted != winners.cend() && deleted->value.toLongLong() == 1) {
        Statement del =
            tx.prepareMerge(QStringLiteral("DELETE FROM %1 WHERE id = ?1").arg(schema->table), MergeAccess());
        del.bind(1, recordId);
        del.step();
        const bool removed = m_store.db().changes() == 1;
        // The winning delete's stamp: the same tombstone on every device.
        Statement tomb = tx.prepareMerge(QStringLiteral("INSERT OR REPLACE INTO tombstones(entity, "
                                                        "record_id, hlc, device_id) VALUES (?1, ?2, ?3, ?4)"),
                                         MergeAccess());
        tomb.bind(1, entity).bind(2, recordId).bind(3, deleted->hlc).bind(4, deleted->deviceId);
        tomb.step();
        return removed;
    }

    Statement untomb = tx.prepareMerge(
        QStringLiteral("DELETE FROM tombstones WHERE entity = ?1 AND record_id = ?2"), MergeAccess());
    untomb.bind(1, entity).bind(2, recordId);
    untomb.step();

    QList<FieldValue> fields;
    for (const QString &field : schema->fields) {
        const auto w = winners.constFind(field);
        if (w != winners.cend())
            fields.append({field, w->value});
    }
    if (fields.isEmpty())
        return false;
    QStringList names;
    for (const FieldValue &f : fields)
        names << f.field;
    Statement row = m_store.db().query(
        QStringLiteral("SELECT %1 FROM %2 WHERE id = ?1").arg(names.join(u','), schema->table));
    row.bind(1, recordId);
    std::optional<QVariantList> current;
    if (row.step()) {
        current.emplace();
        for (int i = 0; i < fields.size(); ++i)
            current->append(row.value(i));
    }
    row = Statement();
    try {
        if (current) {
            QStringList sets;
            QVariantList binds;
            for (int i = 0; i < fields.size(); ++i) {
                const QVariant &now = current->at(i);
                if (now.typeId() == fields[i].value.typeId() && now == fields[i].value)
                    continue;
                sets << fields[i].field + QStringLiteral(" = ?");
                binds << fields[i].value;
            }
            if (sets.isEmpty())
                return false;
            Statement up = tx.prepareMerge(
                QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(schema->table, sets.join(u',')),
                MergeAccess());
            int i = 1;
            for (const QVariant &v : binds)
                up.bind(i++, v);
            up.bind(i, recordId);
            up.step();
            return true;
        }
        for (const QString &column : requiredColumns(schema->table)) {
            if (!names.contains(column)) {
                qCDebug(lcSync) << "record of" << entity << "pending: its required fields have not arrived";
                return false;
            }
        }
        QStringList marks{QStringLiteral("?")};
        for (int i = 0; i < fields.size(); ++i)
            marks << QStringLiteral("?");
        Statement ins = tx.prepareMerge(QStringLiteral("INSERT INTO %1(id,%2) VALUES (%3)")
                                            .arg(schema->table, names.join(u','), marks.join(u',')),
                                        MergeAccess());
        ins.bind(1, recordId);
        for (int i = 0; i < fields.size(); ++i)
            ins.bind(i + 2, fields[i].value);
        ins.step();
        return true;
    } catch (const Error &e) {
        // Constraint failures (a required field whose op has not arrived yet): the
        // statement alone is rolled back and the record waits for the rest.
        if (e.code() != ErrorCode::InvalidInput)
            throw;
        qCDebug(lcSync) << "record of" << entity << "pending: its required fields have not arrived";
        return false;
    }
}

// NOT NULL columns without a default: an insert without them waits (checked
// first, so the expected case does not show up as a storage failure in logs).
const QStringList &SyncRepository::requiredColumns(const QString &table) {
    auto found = m_required.constFind(table);
    if (found == m_required.cend()) {
        QStringList columns;
        Statement st = m_store.db().query(QStringLiteral("PRAGMA table_info(%1)").arg(table));
        while (st.step()) {
            if (st.int64(3) != 0 && st.isNull(4) && st.text(1) != QStringLiteral("id"))
                columns << st.text(1);
        }
        found = m_required.insert(table, columns);
    }
    return *found;
}

QList<SyncOp> SyncRepository::currentState(int offset, int limit) {
    // Paging by OFFSET rescans what it skips: a follow-up page continues after the
    // last key returned instead (the usual pattern: offset = previous offset + count).
    const bool resume = offset > 0 && m_stateCursor.nextOffset == offset;
    Statement st = m_store.db().query(
        QStringLiteral(
            "SELECT c.entity, c.record_id, c.field, c.value, c.hlc, c.device_id, c.base FROM change_log c"
            " WHERE %1 NOT EXISTS (SELECT 1 FROM change_log d WHERE d.entity = c.entity"
            " AND d.record_id = c.record_id AND d.field = c.field"
            " AND (d.hlc > c.hlc OR (d.hlc = c.hlc AND d.device_id > c.device_id)))"
            " ORDER BY c.entity, c.record_id, c.field LIMIT ?4 OFFSET ?5")
            .arg(resume ? QStringLiteral("(c.entity > ?1 OR (c.entity = ?1 AND (c.record_id > ?2"
                                         " OR (c.record_id = ?2 AND c.field > ?3)))) AND")
                        : QString()));
    if (resume)
        st.bind(1, m_stateCursor.entity).bind(2, m_stateCursor.recordId).bind(3, m_stateCursor.field);
    st.bind(4, qint64(limit)).bind(5, resume ? qint64(0) : qint64(offset));
    QList<SyncOp> out;
    while (st.step()) {
        out.append(SyncOp{st.text(0), st.text(1), st.text(2), st.value(3), hlcOf(st.text(4)), st.text(5),
                          hlcOf(st.text(6))});
    }
    if (!out.isEmpty()) {
        m_stateCursor = {offset + int(out.size()), out.constLast().entity, out.constLast().recordId,
                         out.constLast().field};
    } else {
        m_stateCursor = {};
    }
    return out;
}

// ---- local bookkeeping ----

std::optional<QByteArray> SyncRepository::state(const QString &key) {
    Statement st = m_store.db().query(QStringLiteral("SELECT value FROM sync_state WHERE key = ?1"));
    st.bind(1, key);
    if (!st.step())
        return std::nullopt;
    return st.blob(0);
}

void SyncRepository::setState(const QString &key, const QByteArray &value) {
    setStates({{key, value}});
}

void SyncRepository::setStates(const QHash<QString, QByteArray> &values) {
    WriteTransaction tx(m_store);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        // A blob, even when empty (value is NOT NULL).
        tx.writeLocal(QStringLiteral("sync_state"),
                      QStringLiteral("INSERT OR REPLACE INTO sync_state(key, value) VALUES (?1, ?2)"),
                      {it.key(), it.value().isNull() ? QByteArray("") : it.value()});
    }
    tx.commit();
}

void SyncRepository::clearState() {
    // Conflict revisions stay: they are the user's text.
    WriteTransaction tx(m_store);
    tx.writeLocal(QStringLiteral("sync_state"), QStringLiteral("DELETE FROM sync_state"));
    tx.writeLocal(QStringLiteral("sync_peers"), QStringLiteral("DELETE FROM sync_peers"));
    tx.commit();
}

namespace {
const QString kPeerColumns = QStringLiteral("folder, seq, hash, head_etag, device_id, label, last_seen");

SyncPeer readPeer(const Statement &st) {
    return SyncPeer{st.text(0), st.int64(1), st.blob(2), st.text(3), st.text(4), st.text(5), timeOf(st, 6)};
}
} // namespace

QList<SyncPeer> SyncRepository::peers() {
    Statement st =
        m_store.db().query(QStringLiteral("SELECT %1 FROM sync_peers ORDER BY folder").arg(kPeerColumns));
    QList<SyncPeer> out;
    while (st.step())
        out.append(readPeer(st));
    return out;
}

std::optional<SyncPeer> SyncRepository::peer(const QString &folder) {
    Statement st =
        m_store.db().query(QStringLiteral("SELECT %1 FROM sync_peers WHERE folder = ?1").arg(kPeerColumns));
    st.bind(1, folder);
    if (!st.step())
        return std::nullopt;
    return readPeer(st);
}

void SyncRepository::savePeer(const SyncPeer &peer) {
    WriteTransaction tx(m_store);
    writePeer(tx, peer);
    tx.commit();
}

void SyncRepository::writePeer(WriteTransaction &tx, const SyncPeer &peer) {
    tx.writeLocal(QStringLiteral("sync_peers"),
                  QStringLiteral("INSERT OR REPLACE INTO sync_peers(%1) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                      .arg(kPeerColumns),
                  {peer.folder, peer.seq, peer.hash.isNull() ? QByteArray("") : peer.hash, peer.headEtag,
                   peer.deviceId, peer.label,
                   peer.lastSeen.isValid() ? QVariant(peer.lastSeen.toMSecsSinceEpoch()) : QVariant()});
}

namespace {
const QString kConflictColumns =
    QStringLiteral("id, entity, record_id, field, text, hlc, device_id, winner_text, detected_at");

SyncConflict readConflict(const Statement &st) {
    return SyncConflict{st.int64(0),       st.text(1), st.text(2), st.text(3),   st.text(4),
                        hlcOf(st.text(5)), st.text(6), st.text(7), timeOf(st, 8)};
}
} // namespace

QList<SyncConflict> SyncRepository::conflicts() {
    Statement st =
        m_store.db().query(QStringLiteral("SELECT %1 FROM sync_conflicts ORDER BY detected_at DESC, id DESC")
                               .arg(kConflictColumns));
    QList<SyncConflict> out;
    while (st.step())
        out.append(readConflict(st));
    return out;
}

int SyncRepository::conflictCount() {
    return int(m_store.db().queryInt(QStringLiteral("SELECT count(*) FROM sync_conflicts")));
}

void SyncRepository::restoreConflict(qint64 id) {
    Statement st = m_store.db().query(
        QStringLiteral("SELECT %1 FROM sync_conflicts WHERE id = ?1").arg(kConflictColumns));
    st.bind(1, id);
    if (!st.step())
        throw Error(ErrorCode::NotFound, Tr::tr("That earlier version is no longer kept."));
    const SyncConflict conflict = readConflict(st);
    st = Statement();
    const EntitySchema *schema = syncSchemaFor(conflict.entity);
    if (!schema)
        throw Error(ErrorCode::NotFound,
                    Tr::tr("That earlier version belongs to something this version of Rebound cannot show."));
    WriteTransaction tx(m_store);
    QList<FieldValue> fields{{conflict.field, conflict.text}};
    if (schema->fields.contains(QStringLiteral("updated_at")))
        fields.append({QStringLiteral("updated_at"), m_store.clock().nowMs()});
    try {
        tx.update(*schema, conflict.recordId, fields);
    } catch (const Error &e) {
        if (e.code() != ErrorCode::NotFound)
            throw;
        throw Error(ErrorCode::NotFound,
                    Tr::tr("What this earlier version belongs to was deleted, so it cannot be restored."));
    }
    tx.writeLocal(QStringLiteral("sync_conflicts"),
                  QStringLiteral("DELETE FROM sync_conflicts WHERE id = ?1"), {id});
    tx.commit();
}

void SyncRepository::dismissConflict(qint64 id) {
    WriteTransaction tx(m_store);
    tx.writeLocal(QStringLiteral("sync_conflicts"),
                  QStringLiteral("DELETE FROM sync_conflicts WHERE id = ?1"), {id});
    tx.commit();
}

// ---- convergence ----

QList<QVariantList> SyncRepository::rows(const EntitySchema &schema) {
    Statement st = m_store.db().query(
        QStringLiteral("SELECT id, %1 FROM %2 ORDER BY id").arg(schema.fields.join(u','), schema.table));
    const int columns = int(schema.fields.size()) + 1;
    QList<QVariantList> out;
    while (st.step()) {
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row.append(st.value(i));
        out.append(row);
    }
    return out;
}

QByteArray SyncRepository::stateHash() {
    Hasher h;
    for (const EntitySchema *schema : allSyncSchemas()) {
        h.text(schema->entity);
        Statement rows = m_store.db().query(QStringLiteral("SELECT id, %1 FROM %2 ORDER BY id")
                                                .arg(schema->fields.join(u','), schema->table));
        Statement logged = m_store.db().query(
            QStringLiteral("SELECT DISTINCT field FROM change_log WHERE entity = ?1 AND record_id = ?2"));
        while (rows.step()) {
            const QString id = rows.text(0);
            // Only what the change log made: base data (defaults a migration wrote
            // with each device's own time and language) is not sync's state.
            logged.reset();
            logged.bind(1, schema->entity).bind(2, id);
            QSet<QString> fields;
            while (logged.step())
                fields.insert(logged.text(0));
            if (fields.isEmpty())
                continue;
            h.text(id);
            for (int i = 0; i < schema->fields.size(); ++i) {
                if (!fields.contains(schema->fields[i]))
                    continue;
                h.text(schema->fields[i]);
                h.value(rows.value(i + 1));
            }
        }
    }
    h.text(QStringLiteral("tombstones"));
    Statement tombs = m_store.db().query(QStringLiteral(
        "SELECT entity, record_id, hlc, device_id FROM tombstones ORDER BY entity, record_id"));
    while (tombs.step()) {
        for (int i = 0; i < 4; ++i)
            h.text(tombs.text(i));
    }
    return h.finish();
}

} // namespace rebound
