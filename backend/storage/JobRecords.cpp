#include "JobRecords.h"

#include "RecordFields.h"
#include "core/TextRules.h"

#include <QUuid>

namespace rebound::records {

using namespace fields;

void relinkFeedback(Store &store, WriteTransaction &tx, const QList<Feedback> &asWas,
                    const std::optional<QString> &applicationId, const std::optional<QString> &interviewId) {
    for (const Feedback &f : asWas) {
        const auto now = find<Feedback>(store, f.id);
        if (!now)
            continue;
        Feedback next = *now;
        next.applicationId = applicationId.value_or(f.applicationId);
        next.interviewId = interviewId.value_or(f.interviewId);
        update(store, tx, *now, next);
    }
}

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QDateTime fromMs(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// --- applications
const EntitySchema &Codec<JobApplication>::schema() {
    static const EntitySchema s =
        schemaOf("application", "applications",
                 {"company", "role", "link", "source", "location", "work_mode", "salary_min", "salary_max",
                  "salary_currency", "notes", "stage", "stage_date"});
    return s;
}
QList<FieldValue> Codec<JobApplication>::fields(const JobApplication &a) {
    return stamped(a, {{QStringLiteral("company"), a.company},
                       {QStringLiteral("role"), a.role},
                       {QStringLiteral("link"), a.link},
                       {QStringLiteral("source"), a.source},
                       {QStringLiteral("location"), a.location},
                       {QStringLiteral("work_mode"), a.workMode},
                       {QStringLiteral("salary_min"), optional(a.salaryMin)},
                       {QStringLiteral("salary_max"), optional(a.salaryMax)},
                       {QStringLiteral("salary_currency"), a.salaryCurrency},
                       {QStringLiteral("notes"), a.notes},
                       {QStringLiteral("stage"), a.stage},
                       {QStringLiteral("stage_date"), day(a.stageDate)}});
}
JobApplication Codec<JobApplication>::read(const Statement &st) {
    JobApplication a;
    a.id = st.text(0);
    a.company = st.text(1);
    a.role = st.text(2);
    a.link = st.text(3);
    a.source = st.text(4);
    a.location = st.text(5);
    a.workMode = st.text(6);
    a.salaryMin = optionalOf(st, 7);
    a.salaryMax = optionalOf(st, 8);
    a.salaryCurrency = st.text(9);
    a.notes = st.text(10);
    a.stage = st.text(11);
    a.stageDate = dayOf(st.text(12));
    readStamps(a, st, 13);
    return a;
}

// --- stage events
const EntitySchema &Codec<StageEvent>::schema() {
    static const EntitySchema s =
        schemaOf("stage_event", "stage_events", {"application_id", "stage", "event_date", "note"});
    return s;
}
QList<FieldValue> Codec<StageEvent>::fields(const StageEvent &e) {
    return stamped(e, {{QStringLiteral("application_id"), e.applicationId},
                       {QStringLiteral("stage"), e.stage},
                       {QStringLiteral("event_date"), day(e.date)},
                       {QStringLiteral("note"), e.note}});
}
StageEvent Codec<StageEvent>::read(const Statement &st) {
    StageEvent e;
    e.id = st.text(0);
    e.applicationId = st.text(1);
    e.stage = st.text(2);
    e.date = dayOf(st.text(3));
    e.note = st.text(4);
    readStamps(e, st, 5);
    return e;
}

// --- people
const EntitySchema &Codec<JobPerson>::schema() {
    static const EntitySchema s = schemaOf("job_person", "job_people",
                                           {"application_id", "interview_id", "role", "name", "email", "contact_id"});
    return s;
}
QList<FieldValue> Codec<JobPerson>::fields(const JobPerson &p) {
    return stamped(p, {{QStringLiteral("application_id"), p.applicationId},
                       {QStringLiteral("interview_id"), p.interviewId},
                       {QStringLiteral("role"), p.role},
                       {QStringLiteral("name"), p.name},
                       {QStringLiteral("email"), p.email},
                       {QStringLiteral("contact_id"), p.contactId}});
}
JobPerson Codec<JobPerson>::read(const Statement &st) {
    JobPerson p;
    p.id = st.text(0);
    p.applicationId = st.text(1);
    p.interviewId = st.text(2);
    p.role = st.text(3);
    p.name = st.text(4);
    p.email = st.text(5);
    p.contactId = st.text(6);
    readStamps(p, st, 7);
    return p;
}

// --- interviews
const EntitySchema &Codec<Interview>::schema() {
    static const EntitySchema s =
        schemaOf("interview", "interviews",
                 {"application_id", "starts_at", "kind", "confidence_before", "confidence_after", "stumped",
                  "less_confident", "went_well", "do_differently", "notes"});
    return s;
}
QList<FieldValue> Codec<Interview>::fields(const Interview &i) {
    return stamped(i, {{QStringLiteral("application_id"), i.applicationId},
                       {QStringLiteral("starts_at"), i.startsAt.toString(kLocalMinute)},
                       {QStringLiteral("kind"), i.kind},
                       {QStringLiteral("confidence_before"), qint64(i.confidenceBefore)},
                       {QStringLiteral("confidence_after"), qint64(i.confidenceAfter)},
                       {QStringLiteral("stumped"), i.stumped},
                       {QStringLiteral("less_confident"), i.lessConfident},
                       {QStringLiteral("went_well"), i.wentWell},
                       {QStringLiteral("do_differently"), i.doDifferently},
                       {QStringLiteral("notes"), i.notes}});
}
Interview Codec<Interview>::read(const Statement &st) {
    Interview i;
    i.id = st.text(0);
    i.applicationId = st.text(1);
    i.startsAt = QDateTime::fromString(st.text(2), kLocalMinute);
    i.kind = st.text(3);
    i.confidenceBefore = int(st.int64(4));
    i.confidenceAfter = int(st.int64(5));
    i.stumped = st.text(6);
    i.lessConfident = st.text(7);
    i.wentWell = st.text(8);
    i.doDifferently = st.text(9);
    i.notes = st.text(10);
    readStamps(i, st, 11);
    return i;
}

// --- feedback
const EntitySchema &Codec<Feedback>::schema() {
    static const EntitySchema s =
        schemaOf("feedback", "feedback",
                 {"application_id", "interview_id", "source", "received_on", "body", "strengths", "weaknesses"});
    return s;
}
QList<FieldValue> Codec<Feedback>::fields(const Feedback &f) {
    return stamped(f, {{QStringLiteral("application_id"), f.applicationId},
                       {QStringLiteral("interview_id"), f.interviewId},
                       {QStringLiteral("source"), f.source},
                       {QStringLiteral("received_on"), day(f.receivedOn)},
                       {QStringLiteral("body"), f.text},
                       {QStringLiteral("strengths"), text::joinList(f.strengths)},
                       {QStringLiteral("weaknesses"), text::joinList(f.weaknesses)}});
}
Feedback Codec<Feedback>::read(const Statement &st) {
    Feedback f;
    f.id = st.text(0);
    f.applicationId = st.text(1);
    f.interviewId = st.text(2);
    f.source = st.text(3);
    f.receivedOn = dayOf(st.text(4));
    f.text = st.text(5);
    f.strengths = text::splitList(st.text(6));
    f.weaknesses = text::splitList(st.text(7));
    readStamps(f, st, 8);
    return f;
}

// --- skills
const EntitySchema &Codec<Skill>::schema() {
    static const EntitySchema s = schemaOf("skill", "skills", {"name", "pitch"});
    return s;
}
QList<FieldValue> Codec<Skill>::fields(const Skill &s) {
    return stamped(s, {{QStringLiteral("name"), s.name}, {QStringLiteral("pitch"), s.pitch}});
}
Skill Codec<Skill>::read(const Statement &st) {
    Skill s;
    s.id = st.text(0);
    s.name = st.text(1);
    s.pitch = st.text(2);
    readStamps(s, st, 3);
    return s;
}

// --- skill actions
const EntitySchema &Codec<SkillAction>::schema() {
    static const EntitySchema s =
        schemaOf("skill_action", "skill_actions", {"skill_id", "kind", "title", "status", "due_on"});
    return s;
}
QList<FieldValue> Codec<SkillAction>::fields(const SkillAction &a) {
    return stamped(a, {{QStringLiteral("skill_id"), a.skillId},
                       {QStringLiteral("kind"), a.kind},
                       {QStringLiteral("title"), a.title},
                       {QStringLiteral("status"), a.status},
                       {QStringLiteral("due_on"), day(a.dueOn)}});
}
SkillAction Codec<SkillAction>::read(const Statement &st) {
    SkillAction a;
    a.id = st.text(0);
    a.skillId = st.text(1);
    a.kind = st.text(2);
    a.title = st.text(3);
    a.status = st.text(4);
    a.dueOn = dayOf(st.text(5));
    readStamps(a, st, 6);
    return a;
}

// --- reminders
const EntitySchema &Codec<Reminder>::schema() {
    static const EntitySchema s = schemaOf("reminder", "reminders",
                                           {"kind", "due_on", "title", "note", "subject_kind", "subject_id", "done"});
    return s;
}
QList<FieldValue> Codec<Reminder>::fields(const Reminder &r) {
    return stamped(r, {{QStringLiteral("kind"), r.kind},
                       {QStringLiteral("due_on"), day(r.dueOn)},
                       {QStringLiteral("title"), r.title},
                       {QStringLiteral("note"), r.note},
                       {QStringLiteral("subject_kind"), r.subjectKind},
                       {QStringLiteral("subject_id"), r.subjectId},
                       {QStringLiteral("done"), qint64(r.done ? 1 : 0)}});
}
Reminder Codec<Reminder>::read(const Statement &st) {
    Reminder r;
    r.id = st.text(0);
    r.kind = st.text(1);
    r.dueOn = dayOf(st.text(2));
    r.title = st.text(3);
    r.note = st.text(4);
    r.subjectKind = st.text(5);
    r.subjectId = st.text(6);
    r.done = st.int64(7) != 0;
    readStamps(r, st, 8);
    return r;
}

// --- rejection flows
const EntitySchema &Codec<RejectionFlow>::schema() {
    static const EntitySchema s =
        schemaOf("rejection_flow", "rejection_flows",
                 {"application_id", "rejected_on", "states", "journal_entry_id", "feedback_message", "case_note",
                  "thank_you_message", "win_id", "closed"});
    return s;
}
QList<FieldValue> Codec<RejectionFlow>::fields(const RejectionFlow &f) {
    // states are positional ("done,skipped,,,"): join them ourselves, joinList drops empties
    QStringList padded = f.states;
    while (padded.size() < rejectionstep::all().size())
        padded.append(QString());
    return stamped(f, {{QStringLiteral("application_id"), f.applicationId},
                       {QStringLiteral("rejected_on"), day(f.rejectedOn)},
                       {QStringLiteral("states"), padded.join(u',')},
                       {QStringLiteral("journal_entry_id"), f.journalEntryId},
                       {QStringLiteral("feedback_message"), f.feedbackMessage},
                       {QStringLiteral("case_note"), f.caseNote},
                       {QStringLiteral("thank_you_message"), f.thankYouMessage},
                       {QStringLiteral("win_id"), f.winId},
                       {QStringLiteral("closed"), qint64(f.closed ? 1 : 0)}});
}
RejectionFlow Codec<RejectionFlow>::read(const Statement &st) {
    RejectionFlow f;
    f.id = st.text(0);
    f.applicationId = st.text(1);
    f.rejectedOn = dayOf(st.text(2));
    f.states = st.text(3).split(u',');
    while (f.states.size() < rejectionstep::all().size())
        f.states.append(QString());
    f.journalEntryId = st.text(4);
    f.feedbackMessage = st.text(5);
    f.caseNote = st.text(6);
    f.thankYouMessage = st.text(7);
    f.winId = st.text(8);
    f.closed = st.int64(9) != 0;
    readStamps(f, st, 10);
    return f;
}

} // namespace rebound::records
