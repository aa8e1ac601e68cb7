#include "ReminderMarkRepository.h"

#include "Store.h"

#include <QSet>

namespace rebound {

namespace {
QDateTime timeOf(const Statement &st, int column) {
    return st.isNull(column) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(st.int64(column), Qt::UTC);
}
} // namespace

ReminderMarkRepository::ReminderMarkRepository(Store &store)
    : m_store(store) {}

QHash<QString, ReminderMark> ReminderMarkRepository::marks(const QStringList &keys) {
    QHash<QString, ReminderMark> out;
    if (keys.isEmpty())
        return out;
    // One query for all marks: there are few (old ones are pruned), keys many.
    const QSet<QString> wanted(keys.cbegin(), keys.cend());
    Statement st = m_store.db().query(
        QStringLiteral("SELECT key, seen_at, notified_at, dismissed_at, snoozed_until FROM reminder_marks"));
    while (st.step()) {
        const QString key = st.text(0);
        if (!wanted.contains(key))
            continue;
        out.insert(key, ReminderMark{key, timeOf(st, 1), timeOf(st, 2), timeOf(st, 3), timeOf(st, 4)});
    }
    return out;
}

namespace {
const QString kTable = QStringLiteral("reminder_marks");

// Sets one column of a key's mark, creating the row when needed (no UPSERT in SQLite 3.15).
void setColumn(WriteTransaction &tx, qint64 now, const QString &key, const QString &column, const QVariant &value) {
    tx.writeLocal(kTable, QStringLiteral("INSERT OR IGNORE INTO reminder_marks(key, touched_at) VALUES (?1, ?2)"),
                  {key, now});
    tx.writeLocal(kTable, QStringLiteral("UPDATE reminder_marks SET %1 = ?2, touched_at = ?3 WHERE key = ?1").arg(column),
                  {key, value, now});
}

void setForKeys(Store &store, const QStringList &keys, const QString &column) {
    if (keys.isEmpty())
        return;
    const qint64 now = store.clock().nowMs();
    WriteTransaction tx(store);
    for (const QString &key : keys)
        setColumn(tx, now, key, column, now);
    tx.commit();
}
} // namespace

void ReminderMarkRepository::markSeen(const QStringList &keys) {
    setForKeys(m_store, keys, QStringLiteral("seen_at"));
}

void ReminderMarkRepository::markNotified(const QStringList &keys) {
    setForKeys(m_store, keys, QStringLiteral("notified_at"));
}

void ReminderMarkRepository::dismiss(const QString &key) {
    setForKeys(m_store, {key}, QStringLiteral("dismissed_at"));
}

void ReminderMarkRepository::undismiss(const QString &key) {
    WriteTransaction tx(m_store);
    setColumn(tx, m_store.clock().nowMs(), key, QStringLiteral("dismissed_at"), QVariant());
    tx.commit();
}

void ReminderMarkRepository::snooze(const QString &key, const QDateTime &until) {
    const qint64 now = m_store.clock().nowMs();
    WriteTransaction tx(m_store);
    setColumn(tx, now, key, QStringLiteral("snoozed_until"),
              until.isValid() ? QVariant(until.toMSecsSinceEpoch()) : QVariant());
    // A snoozed reminder notifies and shows as new again when the snooze ends.
    setColumn(tx, now, key, QStringLiteral("notified_at"), QVariant());
    setColumn(tx, now, key, QStringLiteral("seen_at"), QVariant());
    tx.commit();
}

int ReminderMarkRepository::prune(const QDateTime &before) {
    WriteTransaction tx(m_store);
    const int n = tx.writeLocal(kTable, QStringLiteral("DELETE FROM reminder_marks WHERE touched_at < ?1 AND dismissed_at IS NULL"),
                                {before.toMSecsSinceEpoch()});
    tx.commit();
    return n;
}

} // namespace rebound
