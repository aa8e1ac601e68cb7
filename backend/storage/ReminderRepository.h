#pragma once
#include "core/Reminder.h"

#include <QList>
#include <optional>

namespace rebound {

class Store;

// All SQL for reminders. They are plain data until the reminders engine (People
// issue) notifies; the app lists pending ones by due day.
class ReminderRepository {
public:
    explicit ReminderRepository(Store &store);

    Reminder create(const Reminder &draft);
    Reminder update(const Reminder &changed);
    Reminder setDone(const QString &id, bool done);
    void remove(const QString &id);
    void restore(const Reminder &removed);
    std::optional<Reminder> find(const QString &id);
    QList<Reminder> pending(int limit); // not done, soonest first
    QList<Reminder> forSubject(const QString &subjectId);

    // Input rules, shared with writers that add reminders inside their own transaction.
    static Reminder clean(const Reminder &draft, const QDate &today);

private:
    Store &m_store;
};

} // namespace rebound
