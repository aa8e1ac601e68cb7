#pragma once
#include "core/Feedback.h"
#include "core/Interview.h"
#include "core/JobApplication.h"
#include "core/Reminder.h"

#include <QList>
#include <optional>

namespace rebound {

class Store;

struct RemovedInterview {
    Interview interview;
    QList<JobPerson> interviewers;
    QList<Reminder> reminders;
    QList<Feedback> feedback; // as linked; the feedback stays, unlinked from the interview
};

// All SQL for interviews. Keeps each interview's prep reminder (the day before,
// see prepDay) in step with its time, in the same transaction.
class InterviewRepository {
public:
    explicit InterviewRepository(Store &store);

    // The day a prep reminder is due: the day before, or today for an interview
    // today; none (invalid) for one already past.
    static QDate prepDay(const QDateTime &startsAt, const QDate &today);

    // interviewers: names (role interviewer) added with it.
    Interview create(const Interview &draft, const QList<JobPerson> &interviewers = {});
    Interview update(const Interview &changed);
    std::optional<Interview> find(const QString &id);
    QList<Interview> forApplication(const QString &applicationId); // by time
    // Starting at or after `from`, soonest first.
    QList<Interview> upcoming(const QDateTime &from, int limit);
    QList<Interview> latest(int limit); // newest first
    int countBetween(const QDate &from, const QDate &to); // interviews on days in [from, to]
    QList<JobPerson> interviewers(const QString &interviewId);

    RemovedInterview remove(const QString &id);
    void restore(const RemovedInterview &removed);

private:
    Interview clean(const Interview &draft);
    void syncPrepReminder(class WriteTransaction &tx, const Interview &interview);
    Store &m_store;
};

} // namespace rebound
