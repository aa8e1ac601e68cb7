#pragma once
#include <QDateTime>
#include <QHash>
#include <QStringList>

namespace rebound {

class Store;

// What happened to one occurrence of a reminder, keyed by DueReminder::key.
struct ReminderMark {
    QString key;
    QDateTime seenAt;       // looked at in the inbox
    QDateTime notifiedAt;   // shown as an OS notification on this device
    QDateTime dismissedAt;  // the user said "done" for this occurrence
    QDateTime snoozedUntil; // fire again at this time instead
};

// Per-device bookkeeping of the reminders engine, inside the encrypted vault but
// outside the change log: which occurrences were seen, notified, dismissed or
// snoozed. Occurrence keys include the due day, so when the data moves a due day
// (a logged call) the new occurrence starts clean.
class ReminderMarkRepository {
public:
    explicit ReminderMarkRepository(Store &store);

    QHash<QString, ReminderMark> marks(const QStringList &keys);
    void markSeen(const QStringList &keys);
    void markNotified(const QStringList &keys);
    void dismiss(const QString &key);
    void snooze(const QString &key, const QDateTime &until); // invalid `until` clears
    void undismiss(const QString &key); // undo of dismiss
    // Drops marks not touched since `before` (their occurrences are long gone); dismissed
    // ones stay, or a long-overdue occurrence would come back.
    int prune(const QDateTime &before);

private:
    Store &m_store;
};

} // namespace rebound
