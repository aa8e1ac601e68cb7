#pragma once
#include "core/Feedback.h"
#include "core/Interview.h"
#include "core/JobApplication.h"
#include "core/RejectionFlow.h"
#include "core/Reminder.h"

#include <QList>
#include <optional>

namespace rebound {

class Store;

struct ApplicationFilter {
    QString text;       // words matched (case- and accent-insensitive, as prefixes) in company,
                        // role, location, source, notes and people's names
    QStringList stages; // empty = every stage
    QString workMode;   // "" = any
    QString source;     // "" = any; compared case-insensitively
};

// Everything that goes when an application is deleted, so undo can bring it back.
struct RemovedApplication {
    JobApplication application;
    QList<StageEvent> events;
    QList<JobPerson> people;
    QList<Interview> interviews;
    QList<Reminder> reminders;
    QList<RejectionFlow> flows;
    QList<Feedback> feedback; // as it was linked; the feedback itself stays, unlinked
};

// All SQL for applications, their stage history and the people in them.
class ApplicationRepository {
public:
    explicit ApplicationRepository(Store &store);

    // The draft's stage and stageDate (default: applied, today) become its first
    // stage event.
    JobApplication create(const JobApplication &draft, const QString &stageNote = {});
    // Writes the changed fields; stage and stageDate change only through moveTo().
    JobApplication update(const JobApplication &changed);
    std::optional<JobApplication> find(const QString &id);
    // Board order: pipeline stage, then most recently moved first.
    QList<JobApplication> list(const ApplicationFilter &filter = {});
    int count();
    QStringList sources(); // distinct, for filter suggestions

    // Records that the application reached `stage` on `date` (default today). The
    // current stage is the latest event (by date, then by when it was recorded).
    StageEvent moveTo(const QString &applicationId, const QString &stage, const QDate &date = {},
                      const QString &note = {});
    // Corrects a mistaken event; the last remaining one cannot go.
    void removeStageEvent(const QString &eventId);
    QList<StageEvent> history(const QString &applicationId); // oldest first
    // Distinct applications that entered `stage` within [from, to].
    int countEntered(const QString &stage, const QDate &from, const QDate &to);
    QList<StageEvent> eventsBetween(const QDate &from, const QDate &to);

    // Input rules for people (name, role, e-mail), shared with interviewers.
    static JobPerson cleanPerson(const JobPerson &draft);
    JobPerson addPerson(const JobPerson &draft);
    JobPerson updatePerson(const JobPerson &changed);
    void removePerson(const QString &id);
    // The application's people and its interviews' people, by name.
    QList<JobPerson> people(const QString &applicationId);

    RemovedApplication remove(const QString &id);
    void restore(const RemovedApplication &removed);

private:
    JobApplication clean(const JobApplication &draft);
    Store &m_store;
};

} // namespace rebound
