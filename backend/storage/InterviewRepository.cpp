#include "InterviewRepository.h"

#include "ApplicationRepository.h"
#include "JobRecords.h"
#include "core/Error.h"
#include "core/TextRules.h"

#include <QCoreApplication>

namespace rebound {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(JobSearch)
};

const QString kLocalMinute = QStringLiteral("yyyy-MM-ddTHH:mm");

QString reflection(const QString &value, const char *what) {
    return text::cleanMultiline(value, Interview::kMaxReflectionChars, what);
}

} // namespace

InterviewRepository::InterviewRepository(Store &store)
    : m_store(store) {}

QDate InterviewRepository::prepDay(const QDateTime &startsAt, const QDate &today) {
    const QDate day = startsAt.date();
    if (!day.isValid() || day < today)
        return {};
    return std::max(day.addDays(-1), today);
}

Interview InterviewRepository::clean(const Interview &draft) {
    Interview i = draft;
    if (!i.startsAt.isValid())
        throw Error(ErrorCode::InvalidInput, Tr::tr("Give the interview a date and time."));
    // minute precision, as stored
    i.startsAt = QDateTime(i.startsAt.date(), QTime(i.startsAt.time().hour(), i.startsAt.time().minute()));
    const QDate today = localToday(m_store.clock());
    if (i.startsAt.date().year() < 1900 || i.startsAt.date() > today.addYears(2))
        throw Error(ErrorCode::InvalidInput, Tr::tr("Pick an interview date between 1900 and two years from now."));
    if (i.kind.isEmpty())
        i.kind = QStringLiteral("phone_screen");
    if (!interviewkind::isValid(i.kind))
        throw Error(ErrorCode::InvalidInput, Tr::tr("Unknown kind of interview: %1.").arg(i.kind));
    for (int c : {i.confidenceBefore, i.confidenceAfter})
        if (c < 0 || c > 5)
            throw Error(ErrorCode::InvalidInput, Tr::tr("Confidence goes from 1 to 5."));
    i.stumped = reflection(i.stumped, QT_TRANSLATE_NOOP("TextRules", "Questions that stumped you"));
    i.lessConfident = reflection(i.lessConfident, QT_TRANSLATE_NOOP("TextRules", "Moments you felt less confident"));
    i.wentWell = reflection(i.wentWell, QT_TRANSLATE_NOOP("TextRules", "What went well"));
    i.doDifferently = reflection(i.doDifferently, QT_TRANSLATE_NOOP("TextRules", "What you would do differently"));
    i.notes = reflection(i.notes, QT_TRANSLATE_NOOP("TextRules", "The notes"));
    return i;
}

void InterviewRepository::syncPrepReminder(WriteTransaction &tx, const Interview &interview) {
    const QDate due = prepDay(interview.startsAt, localToday(m_store.clock()));
    const auto existing = records::select<Reminder>(
        m_store, QStringLiteral("WHERE subject_id = ?1 AND kind = ?2 AND done = 0"),
        {interview.id, reminderkind::kInterviewPrep});
    const auto app = records::find<JobApplication>(m_store, interview.applicationId);
    Reminder r;
    r.kind = reminderkind::kInterviewPrep;
    r.dueOn = due;
    r.title = app ? Tr::tr("Prepare for your interview at %1").arg(app->company) : Tr::tr("Prepare for your interview");
    // e.g. "Technical · 27/11/2026 at 15:00"
    r.note = Tr::tr("%1 · %2 at %3")
                 .arg(interviewkind::label(interview.kind),
                      QLocale().toString(interview.startsAt.date(), QLocale::ShortFormat),
                      interview.startsAt.time().toString(QStringLiteral("HH:mm")));
    r.subjectKind = QStringLiteral("interview");
    r.subjectId = interview.id;
    if (existing.isEmpty()) {
        if (due.isValid())
            records::insert(m_store, tx, r);
        return;
    }
    const Reminder &current = existing.constFirst();
    if (!due.isValid()) {
        records::remove(tx, current);
        return;
    }
    r.done = current.done;
    records::update(m_store, tx, current, r);
}

Interview InterviewRepository::create(const Interview &draft, const QList<JobPerson> &interviewers) {
    Interview i = clean(draft);
    WriteTransaction tx(m_store);
    if (!records::find<JobApplication>(m_store, i.applicationId))
        throw Error(ErrorCode::NotFound, Tr::tr("That application no longer exists."));
    i = records::insert(m_store, tx, i);
    for (JobPerson p : interviewers) {
        p.applicationId = i.applicationId;
        p.interviewId = i.id;
        if (p.role.isEmpty())
            p.role = QStringLiteral("interviewer");
        if (p.name.trimmed().isEmpty())
            continue;
        records::insert(m_store, tx, ApplicationRepository::cleanPerson(p));
    }
    syncPrepReminder(tx, i);
    tx.commit();
    return i;
}

Interview InterviewRepository::update(const Interview &changed) {
    Interview next = clean(changed);
    WriteTransaction tx(m_store);
    const auto current = find(next.id);
    if (!current)
        throw Error(ErrorCode::NotFound, Tr::tr("That interview no longer exists."));
    next.applicationId = current->applicationId;
    next = records::update(m_store, tx, *current, next);
    if (next.startsAt != current->startsAt || next.kind != current->kind)
        syncPrepReminder(tx, next);
    tx.commit();
    return next;
}

std::optional<Interview> InterviewRepository::find(const QString &id) {
    return records::find<Interview>(m_store, id);
}

QList<Interview> InterviewRepository::forApplication(const QString &applicationId) {
    return records::select<Interview>(m_store, QStringLiteral("WHERE application_id = ?1 ORDER BY starts_at, id"),
                                      {applicationId});
}

QList<Interview> InterviewRepository::upcoming(const QDateTime &from, int limit) {
    return records::select<Interview>(m_store, QStringLiteral("WHERE starts_at >= ?1 ORDER BY starts_at, id LIMIT ?2"),
                                      {from.toString(kLocalMinute), limit});
}

QList<Interview> InterviewRepository::latest(int limit) {
    return records::select<Interview>(m_store, QStringLiteral("ORDER BY starts_at DESC, id LIMIT ?1"), {limit});
}

QList<JobPerson> InterviewRepository::interviewers(const QString &interviewId) {
    return records::select<JobPerson>(m_store, QStringLiteral("WHERE interview_id = ?1 ORDER BY name COLLATE NOCASE"),
                                      {interviewId});
}

RemovedInterview InterviewRepository::remove(const QString &id) {
    WriteTransaction tx(m_store);
    RemovedInterview r;
    const auto interview = find(id);
    if (!interview)
        throw Error(ErrorCode::NotFound, Tr::tr("That interview no longer exists."));
    r.interview = *interview;
    r.interviewers = interviewers(id);
    r.reminders = records::select<Reminder>(m_store, QStringLiteral("WHERE subject_id = ?1"), {id});
    for (const JobPerson &p : r.interviewers)
        r.reminders += records::select<Reminder>(m_store, QStringLiteral("WHERE subject_id = ?1"), {p.id});
    r.feedback = records::select<Feedback>(m_store, QStringLiteral("WHERE interview_id = ?1"), {id});
    records::removeAll(tx, r.interviewers);
    records::removeAll(tx, r.reminders);
    // still about the application
    records::relinkFeedback(m_store, tx, r.feedback, interview->applicationId, QString());
    records::remove(tx, r.interview);
    tx.commit();
    return r;
}

void InterviewRepository::restore(const RemovedInterview &r) {
    WriteTransaction tx(m_store);
    records::restore(tx, r.interview);
    records::restoreAll(tx, r.interviewers);
    records::restoreAll(tx, r.reminders);
    records::relinkFeedback(m_store, tx, r.feedback, std::nullopt, std::nullopt);
    tx.commit();
}

int InterviewRepository::countBetween(const QDate &from, const QDate &to) {
    // starts_at is local "yyyy-MM-ddTHH:mm": its first ten characters are the day.
    Statement st = m_store.db().query(
        QStringLiteral("SELECT count(*) FROM interviews WHERE substr(starts_at, 1, 10) BETWEEN ?1 AND ?2"));
    st.bind(1, from.toString(Qt::ISODate)).bind(2, to.toString(Qt::ISODate));
    st.step();
    return int(st.int64(0));
}

} // namespace rebound
