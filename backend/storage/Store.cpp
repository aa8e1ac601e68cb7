#include "Store.h"

#include "core/Error.h"

#include <QCoreApplication>

namespace rebound {

const QString WriteTransaction::kDeletedField = QStringLiteral("_deleted");

namespace {
// Resume after the newest stamp we ever issued, so a clock that went backwards
// between sessions cannot produce older timestamps.
HlcTimestamp lastIssued(Database &db) {
    return HlcTimestamp::parse(db.queryText(QStringLiteral("SELECT max(hlc) FROM change_log")))
        .value_or(HlcTimestamp{});
}
} // namespace

Store::Store(Database db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_hlc(clock, lastIssued(m_db)) {
    m_deviceId = m_db.queryText(QStringLiteral("SELECT value FROM meta WHERE key = 'device_id'"));
    if (m_deviceId.isEmpty())
        throw Error(ErrorCode::VaultCorrupt,
                    QCoreApplication::translate("Storage", "The vault database has no device identity."));
}

WriteTransaction::WriteTransaction(Store &store)
    : m_store(store) {
    m_store.db().exec(QStringLiteral("BEGIN IMMEDIATE"), WriteAccess());
    // The app and rebound-cli may both write: catch up with stamps issued by the
    // other process since we opened (we hold the write lock now).
    m_store.hlc().observe(lastIssued(m_store.db()));
}

WriteTransaction::~WriteTransaction() {
    if (!m_done) {
        try {
            m_store.db().exec(QStringLiteral("ROLLBACK"), WriteAccess());
        } catch (const Error &) {
            // SQLite may already have rolled back (e.g. after SQLITE_FULL).
        }
    }
}

void WriteTransaction::checkFields(const EntitySchema &schema, const QList<FieldValue> &fields) {
    for (const auto &f : fields) {
        if (!schema.fields.contains(f.field))
            throw Error(ErrorCode::Storage,
                        QStringLiteral("Unknown field %1.%2").arg(schema.entity, f.field));
    }
}

void WriteTransaction::log(const EntitySchema &schema, const QString &id, const QString &field,
                           const QVariant &value, const QString &hlc) {
    Statement st = m_store.db().prepareWrite(
        QStringLiteral("INSERT INTO change_log(entity, record_id, field, value, hlc, device_id) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        WriteAccess());
    st.bind(1, schema.entity)
        .bind(2, id)
        .bind(3, field)
        .bind(4, value)
        .bind(5, hlc)
        .bind(6, m_store.deviceId());
    st.step();
}

void WriteTransaction::insert(const EntitySchema &schema, const QString &id,
                              const QList<FieldValue> &fields) {
    checkFields(schema, fields);
    QStringList columns{QStringLiteral("id")};
    QStringList marks{QStringLiteral("?")};
    for (const auto &f : fields) {
        columns << f.field;
        marks << QStringLiteral("?");
    }
    Statement st = m_store.db().prepareWrite(QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                                                 .arg(schema.table, columns.join(u','), marks.join(u',')),
                                             WriteAccess());
    st.bind(1, id);
    for (int i = 0; i < fields.size(); ++i)
        st.bind(i + 2, fields[i].value);
    st.step();
    const QString hlc = m_store.hlc().now().toString();
    for (const auto &f : fields)
        log(schema, id, f.field, f.value, hlc);
}

void WriteTransaction::update(const EntitySchema &schema, const QString &id,
                              const QList<FieldValue> &fields) {
    checkFields(schema, fields);
    if (fields.isEmpty())
        return;
    QStringList sets;
    for (const auto &f : fields)
        sets << f.field + QStringLiteral(" = ?");
    Statement st = m_store.db().prepareWrite(
        QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(schema.table, sets.join(u',')), WriteAccess());
    int i = 1;
    for (const auto &f : fields)
        st.bind(i++, f.value);
    st.bind(i, id);
    st.step();
    if (m_store.db().changes() != 1)
        throw Error(ErrorCode::NotFound,
                    QCoreApplication::translate("Storage", "That record no longer exists."));
    const QString hlc = m_store.hlc().now().toString();
    for (const auto &f : fields)
        log(schema, id, f.field, f.value, hlc);
}

void WriteTransaction::remove(const EntitySchema &schema, const QString &id) {
    Statement st = m_store.db().prepareWrite(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(schema.table),
                                             WriteAccess());
    st.bind(1, id);
    st.step();
    if (m_store.db().changes() != 1)
        throw Error(ErrorCode::NotFound,
                    QCoreApplication::translate("Storage", "That record no longer exists."));
    const QString hlc = m_store.hlc().now().toString();
    Statement tomb = m_store.db().prepareWrite(
        QStringLiteral(
            "INSERT OR REPLACE INTO tombstones(entity, record_id, hlc, device_id) VALUES (?, ?, ?, ?)"),
        WriteAccess());
    tomb.bind(1, schema.entity).bind(2, id).bind(3, hlc).bind(4, m_store.deviceId());
    tomb.step();
    log(schema, id, kDeletedField, QVariant(qint64(1)), hlc);
}

void WriteTransaction::restore(const EntitySchema &schema, const QString &id,
                               const QList<FieldValue> &fields) {
    Statement st = m_store.db().prepareWrite(
        QStringLiteral("DELETE FROM tombstones WHERE entity = ? AND record_id = ?"), WriteAccess());
    st.bind(1, schema.entity).bind(2, id);
    st.step();
    // Only what was deleted can come back: never invent records under chosen ids.
    if (m_store.db().changes() != 1)
        throw Error(ErrorCode::NotFound,
                    QCoreApplication::translate("Storage", "There is nothing deleted to bring back."));
    insert(schema, id, fields);
    // "_deleted" = 0 at the insert's stamp: on other devices this newer value
    // beats the delete, so the undo syncs (see SyncRepository).
    log(schema, id, kDeletedField, QVariant(qint64(0)), m_store.hlc().last().toString());
}

const QStringList WriteTransaction::kLocalTables{QStringLiteral("reminder_marks"), QStringLiteral("sync_state"),
                                                 QStringLiteral("sync_peers"), QStringLiteral("sync_conflicts")};

Statement WriteTransaction::prepareMerge(const QString &sql, MergeAccess) {
    return m_store.db().prepareWrite(sql, WriteAccess());
}

int WriteTransaction::writeLocal(const QString &table, const QString &sql, const QVariantList &binds) {
    // The statement must name only the declared local table (a cheap guard, not a parser).
    if (!kLocalTables.contains(table) || !sql.contains(table) || sql.contains(QLatin1Char(';')))
        throw Error(ErrorCode::Storage, QStringLiteral("Refused a local write outside %1").arg(kLocalTables.join(u',')));
    Statement st = m_store.db().prepareWrite(sql, WriteAccess());
    for (int i = 0; i < binds.size(); ++i)
        st.bind(i + 1, binds[i]);
    st.step();
    return m_store.db().changes();
}

void WriteTransaction::commit() {
    m_store.db().exec(QStringLiteral("COMMIT"), WriteAccess());
    m_done = true;
}

QList<FieldValue> changedFields(const QList<FieldValue> &before, const QList<FieldValue> &after,
                                const QStringList &skip) {
    QList<FieldValue> diff;
    for (qsizetype i = 0; i < after.size(); ++i) {
        Q_ASSERT(i < before.size() && before[i].field == after[i].field);
        if (!skip.contains(after[i].field) && after[i].value != before[i].value)
            diff.append(after[i]);
    }
    return diff;
}

void removeRecord(Store &store, const EntitySchema &schema, const QString &id) {
    WriteTransaction tx(store);
    tx.remove(schema, id);
    tx.commit();
}

} // namespace rebound
