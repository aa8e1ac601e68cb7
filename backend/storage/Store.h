#pragma once
#include "Sqlite.h"
#include "core/Hlc.h"

#include <QStringList>

namespace rebound {

// What every repository needs: the open database, this device's id and its HLC.
class Store {
public:
    Store(Database db, const Clock &clock);

    Database &db() { return m_db; }
    const QString &deviceId() const { return m_deviceId; }
    HybridLogicalClock &hlc() { return m_hlc; }
    const Clock &clock() const { return m_clock; }

private:
    Database m_db;
    const Clock &m_clock;
    QString m_deviceId;
    HybridLogicalClock m_hlc;
};

// Describes a synced table: which columns are fields that the change log records.
struct EntitySchema {
    QString entity; // name in the change log, e.g. "journal_entry"
    QString table;
    QStringList fields;
};

struct FieldValue {
    QString field;
    QVariant value;
};

// Passkey: only sync writes synced tables outside the change log (it merges
// received ops, which it logs as received).
class SyncRepository;
class MergeAccess {
    MergeAccess() = default;
    friend class SyncRepository;
};

// The only way to modify synced data. Every insert, update and delete appends
// field-level rows (entity, record, field, value, HLC, device) to change_log in
// the same SQLite transaction, so data and log can never disagree.
class WriteTransaction {
public:
    explicit WriteTransaction(Store &store); // BEGIN IMMEDIATE
    ~WriteTransaction();                     // rolls back unless committed
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    void insert(const EntitySchema &schema, const QString &id, const QList<FieldValue> &fields);
    // Only the given fields are written and logged; throws NotFound if the record is gone.
    void update(const EntitySchema &schema, const QString &id, const QList<FieldValue> &fields);
    // Deletes the row and records a tombstone; throws NotFound if already gone.
    void remove(const EntitySchema &schema, const QString &id);
    // Undo of remove: inserts the record again under its old id and clears its tombstone.
    void restore(const EntitySchema &schema, const QString &id, const QList<FieldValue> &fields);
    // Writes a per-device table that never syncs (kLocalTables), outside the change
    // log; returns the number of rows changed. Anything else is refused.
    int writeLocal(const QString &table, const QString &sql, const QVariantList &binds = {});
    // For SyncRepository only: a write statement in this transaction, not logged.
    Statement prepareMerge(const QString &sql, MergeAccess);
    void commit();

    static const QStringList kLocalTables;

    static const QString kDeletedField; // field name of tombstone rows in change_log

private:
    void log(const EntitySchema &schema, const QString &id, const QString &field, const QVariant &value,
             const QString &hlc);
    static void checkFields(const EntitySchema &schema, const QList<FieldValue> &fields);

    Store &m_store;
    bool m_done = false;
};

// The fields of `after` whose values differ from `before` (same fields, same
// order, as a repository builds them), skipping the named bookkeeping fields.
QList<FieldValue> changedFields(const QList<FieldValue> &before, const QList<FieldValue> &after,
                                const QStringList &skip = {});
// Deletes one record with its tombstone in a transaction of its own.
void removeRecord(Store &store, const EntitySchema &schema, const QString &id);

} // namespace rebound
