#include "ApplicationRepository.h"

#include "JobRecords.h"
#include "SearchText.h"
#include "core/Error.h"
#include "core/TextRules.h"

#include <QCoreApplication>
#include <QUrl>

namespace rebound {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(JobSearch)
};

[[noreturn]] void invalid(const QString &message) {
    throw Error(ErrorCode::InvalidInput, message);
}

QString cleanLink(const QString &raw) {
    QString link = text::cleanLine(raw, JobApplication::kMaxLinkChars, QT_TRANSLATE_NOOP("TextRules", "The link"));
    if (link.isEmpty())
        return link;
    if (!link.contains(QStringLiteral("://")))
        link.prepend(QStringLiteral("https://"));
    // Tolerant: pasted links hold spaces, '|' or '{'; what was typed is kept, so
    // a stored link always passes this check again on the next edit.
    const QUrl url(link, QUrl::TolerantMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty())
        invalid(Tr::tr("The link must be a web address (http or https)."));
    return link;
}

void checkSalary(const std::optional<qint64> &value) {
    if (value && (*value < 0 || *value > JobApplication::kMaxSalary))
        invalid(Tr::tr("A salary must be a whole number from 0 to 1,000,000,000,000."));
}

} // namespace

JobPerson ApplicationRepository::cleanPerson(const JobPerson &draft) {
    JobPerson p = draft;
    p.name = text::cleanLine(p.name, JobPerson::kMaxNameChars, QT_TRANSLATE_NOOP("TextRules", "The name"));
    if (p.name.isEmpty())
        invalid(Tr::tr("A person needs a name."));
    if (p.role.isEmpty())
        p.role = p.interviewId.isEmpty() ? QStringLiteral("recruiter") : QStringLiteral("interviewer");
    if (!personrole::isValid(p.role))
        invalid(Tr::tr("Unknown role: %1.").arg(p.role));
    p.email = text::cleanLine(p.email, JobPerson::kMaxNameChars, QT_TRANSLATE_NOOP("TextRules", "The e-mail address"));
    if (!p.email.isEmpty() && (!p.email.contains(u'@') || p.email.contains(u' ')))
        invalid(Tr::tr("\"%1\" does not look like an e-mail address.").arg(p.email));
    if (!p.contactId.isEmpty())
        p.contactId = text::cleanIds({p.contactId}, 1, QT_TRANSLATE_NOOP("TextRules", "The contact")).value(0);
    return p;
}

namespace {

bool matchesWords(const QString &haystack, const QStringList &words) {
    const QString doc = QLatin1Char(' ') + search::indexText(haystack);
    for (const QString &word : words)
        if (!doc.contains(QLatin1Char(' ') + word))
            return false;
    return true;
}

} // namespace

ApplicationRepository::ApplicationRepository(Store &store)
    : m_store(store) {}

JobApplication ApplicationRepository::clean(const JobApplication &draft) {
    JobApplication a = draft;
    a.company =
        text::cleanLine(a.company, JobApplication::kMaxCompanyChars, QT_TRANSLATE_NOOP("TextRules", "The company"));
    if (a.company.isEmpty())
        invalid(Tr::tr("Name the company."));
    a.role = text::cleanLine(a.role, JobApplication::kMaxRoleChars, QT_TRANSLATE_NOOP("TextRules", "The role"));
    a.link = cleanLink(a.link);
    a.source = text::cleanLine(a.source, JobApplication::kMaxSourceChars, QT_TRANSLATE_NOOP("TextRules", "The source"));
    a.location =
        text::cleanLine(a.location, JobApplication::kMaxLocationChars, QT_TRANSLATE_NOOP("TextRules", "The location"));
    if (!workmode::isValid(a.workMode))
        invalid(Tr::tr("Unknown way of working: %1.").arg(a.workMode));
    checkSalary(a.salaryMin);
    checkSalary(a.salaryMax);
    if (a.salaryMin && a.salaryMax && *a.salaryMin > *a.salaryMax)
        invalid(Tr::tr("The lowest salary is above the highest."));
    a.salaryCurrency = a.salaryCurrency.trimmed().toUpper();
    if (!a.salaryCurrency.isEmpty()) {
        const bool letters = a.salaryCurrency.size() == 3 &&
                             std::all_of(a.salaryCurrency.cbegin(), a.salaryCurrency.cend(),
                                         [](QChar c) { return c >= u'A' && c <= u'Z'; });
        if (!letters)
            invalid(Tr::tr("A currency is three letters, such as EUR or USD."));
    }
    a.notes = text::cleanMultiline(a.notes, JobApplication::kMaxNotesChars, QT_TRANSLATE_NOOP("TextRules", "The notes"));
    return a;
}

JobApplication ApplicationRepository::create(const JobApplication &draft, const QString &stageNote) {
    JobApplication a = clean(draft);
    const QDate today = localToday(m_store.clock());
    if (a.stage.isEmpty())
        a.stage = stage::kApplied;
    if (!stage::isValid(a.stage))
        invalid(Tr::tr("Unknown stage: %1.").arg(a.stage));
    if (!a.stageDate.isValid())
        a.stageDate = today;
    text::checkDate(a.stageDate, today);
    StageEvent event;
    event.stage = a.stage;
    event.date = a.stageDate;
    event.note = text::cleanLine(stageNote, JobApplication::kMaxSourceChars * 5, QT_TRANSLATE_NOOP("TextRules", "The note"));
    WriteTransaction tx(m_store);
    a = records::insert(m_store, tx, a);
    event.applicationId = a.id;
    records::insert(m_store, tx, event);
    tx.commit();
    return a;
}

JobApplication ApplicationRepository::update(const JobApplication &changed) {
    JobApplication next = clean(changed);
    WriteTransaction tx(m_store);
    const auto current = find(next.id);
    if (!current)
        throw Error(ErrorCode::NotFound, Tr::tr("That application no longer exists."));
    next.stage = current->stage;
    next.stageDate = current->stageDate;
    next = records::update(m_store, tx, *current, next);
    tx.commit();
    return next;
}

std::optional<JobApplication> ApplicationRepository::find(const QString &id) {
    return records::find<JobApplication>(m_store, id);
}

QList<JobApplication> ApplicationRepository::list(const ApplicationFilter &filter) {
    QList<JobApplication> all =
        records::select<JobApplication>(m_store, QStringLiteral("ORDER BY stage_date DESC, updated_at DESC"));
    const QStringList words = search::indexText(filter.text).split(u' ', Qt::SkipEmptyParts);
    QHash<QString, QString> names; // application id -> people's names, only when searching
    if (!words.isEmpty()) {
        for (const JobPerson &p : records::select<JobPerson>(m_store, QString()))
            names[p.applicationId] += QLatin1Char(' ') + p.name;
    }
    QList<JobApplication> out;
    for (const JobApplication &a : all) {
        if (!filter.stages.isEmpty() && !filter.stages.contains(a.stage))
            continue;
        if (!filter.workMode.isEmpty() && a.workMode != filter.workMode)
            continue;
        if (!filter.source.isEmpty() && a.source.compare(filter.source, Qt::CaseInsensitive) != 0)
            continue;
        if (!words.isEmpty() &&
            !matchesWords(QStringList{a.company, a.role, a.location, a.source, a.notes, names.value(a.id)}.join(u' '),
                          words))
            continue;
        out.append(a);
    }
    std::stable_sort(out.begin(), out.end(), [](const JobApplication &x, const JobApplication &y) {
        return stage::all().indexOf(x.stage) < stage::all().indexOf(y.stage);
    });
    return out;
}

int ApplicationRepository::count() {
    return int(m_store.db().queryInt(QStringLiteral("SELECT count(*) FROM applications")));
}

QStringList ApplicationRepository::sources() {
    Statement st = m_store.db().query(QStringLiteral("SELECT source FROM applications WHERE source <> ''"));
    QHash<QString, QPair<QString, int>> counts; // folded -> (first spelling, count); folded in every script
    while (st.step()) {
        const QString source = st.text(0);
        auto &entry = counts[source.toCaseFolded()];
        if (entry.first.isEmpty())
            entry.first = source;
        ++entry.second;
    }
    QList<QPair<QString, int>> sorted = counts.values();
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first.compare(b.first, Qt::CaseInsensitive) < 0;
    });
    QStringList out;
    for (const auto &[source, count] : sorted)
        out.append(source);
    return out;
}

namespace {
// The stage an application is in: its latest event.
std::optional<StageEvent> latestEvent(Store &store, const QString &applicationId) {
    const auto events = records::select<StageEvent>(
        store, QStringLiteral("WHERE application_id = ?1 ORDER BY event_date DESC, created_at DESC, id DESC LIMIT 1"),
        {applicationId});
    if (events.isEmpty())
        return std::nullopt;
    return events.constFirst();
}
} // namespace

StageEvent ApplicationRepository::moveTo(const QString &applicationId, const QString &stageKey, const QDate &date,
                                         const QString &note) {
    if (!stage::isValid(stageKey))
        invalid(Tr::tr("Unknown stage: %1.").arg(stageKey));
    const QDate today = localToday(m_store.clock());
    StageEvent event;
    event.applicationId = applicationId;
    event.stage = stageKey;
    event.date = date.isValid() ? date : today;
    text::checkDate(event.date, today);
    event.note = text::cleanLine(note, 500, QT_TRANSLATE_NOOP("TextRules", "The note"));
    WriteTransaction tx(m_store);
    const auto app = find(applicationId);
    if (!app)
        throw Error(ErrorCode::NotFound, Tr::tr("That application no longer exists."));
    // Recorded after every earlier event, even within one millisecond: the
    // latest event on a day is the current stage.
    const qint64 newest = [&] {
        Statement st = m_store.db().query(
            QStringLiteral("SELECT coalesce(max(created_at), 0) FROM stage_events WHERE application_id = ?1"));
        st.bind(1, applicationId);
        st.step();
        return st.int64(0);
    }();
    event.id = records::newId();
    event.createdAt = records::fromMs(std::max(m_store.clock().nowMs(), newest + 1));
    event.updatedAt = event.createdAt;
    tx.insert(records::Codec<StageEvent>::schema(), event.id, records::Codec<StageEvent>::fields(event));
    const StageEvent latest = latestEvent(m_store, applicationId).value_or(event);
    JobApplication next = *app;
    next.stage = latest.stage;
    next.stageDate = latest.date;
    records::update(m_store, tx, *app, next);
    tx.commit();
    return event;
}

void ApplicationRepository::removeStageEvent(const QString &eventId) {
    WriteTransaction tx(m_store);
    const auto event = records::find<StageEvent>(m_store, eventId);
    if (!event)
        throw Error(ErrorCode::NotFound, Tr::tr("That stage is already gone."));
    const qint64 events = history(event->applicationId).size();
    if (events <= 1)
        invalid(Tr::tr("An application keeps at least one stage."));
    records::remove(tx, *event);
    if (const auto app = find(event->applicationId)) {
        const StageEvent latest = *latestEvent(m_store, event->applicationId);
        JobApplication next = *app;
        next.stage = latest.stage;
        next.stageDate = latest.date;
        records::update(m_store, tx, *app, next);
    }
    tx.commit();
}

QList<StageEvent> ApplicationRepository::history(const QString &applicationId) {
    return records::select<StageEvent>(
        m_store, QStringLiteral("WHERE application_id = ?1 ORDER BY event_date, created_at, id"), {applicationId});
}

int ApplicationRepository::countEntered(const QString &stageKey, const QDate &from, const QDate &to) {
    Statement st = m_store.db().query(QStringLiteral(
        "SELECT count(DISTINCT application_id) FROM stage_events WHERE stage = ?1 AND event_date BETWEEN ?2 AND ?3"));
    st.bind(1, stageKey).bind(2, from.toString(Qt::ISODate)).bind(3, to.toString(Qt::ISODate));
    st.step();
    return int(st.int64(0));
}

QList<StageEvent> ApplicationRepository::eventsBetween(const QDate &from, const QDate &to) {
    return records::select<StageEvent>(m_store,
                                       QStringLiteral("WHERE event_date BETWEEN ?1 AND ?2 ORDER BY event_date, created_at"),
                                       {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
}

JobPerson ApplicationRepository::addPerson(const JobPerson &draft) {
    JobPerson p = cleanPerson(draft);
    WriteTransaction tx(m_store);
    if (!find(p.applicationId))
        throw Error(ErrorCode::NotFound, Tr::tr("That application no longer exists."));
    if (!p.interviewId.isEmpty()) {
        const auto interview = records::find<Interview>(m_store, p.interviewId);
        if (!interview || interview->applicationId != p.applicationId)
            throw Error(ErrorCode::NotFound, Tr::tr("That interview no longer exists."));
    }
    p = records::insert(m_store, tx, p);
    tx.commit();
    return p;
}

JobPerson ApplicationRepository::updatePerson(const JobPerson &changed) {
    JobPerson next = cleanPerson(changed);
    WriteTransaction tx(m_store);
    const auto current = records::find<JobPerson>(m_store, next.id);
    if (!current)
        throw Error(ErrorCode::NotFound, Tr::tr("That person is no longer on the application."));
    next.applicationId = current->applicationId;
    next.interviewId = current->interviewId;
    next = records::update(m_store, tx, *current, next);
    tx.commit();
    return next;
}

void ApplicationRepository::removePerson(const QString &id) {
    WriteTransaction tx(m_store);
    const auto current = records::find<JobPerson>(m_store, id);
    if (!current)
        throw Error(ErrorCode::NotFound, Tr::tr("That person is no longer on the application."));
    for (const Reminder &r : records::select<Reminder>(m_store, QStringLiteral("WHERE subject_id = ?1"), {id}))
        records::remove(tx, r); // "keep in touch with ..." goes with the person
    records::remove(tx, *current);
    tx.commit();
}

QList<JobPerson> ApplicationRepository::people(const QString &applicationId) {
    return records::select<JobPerson>(m_store, QStringLiteral("WHERE application_id = ?1 ORDER BY name COLLATE NOCASE, created_at, id"),
                                      {applicationId});
}

RemovedApplication ApplicationRepository::remove(const QString &id) {
    WriteTransaction tx(m_store);
    RemovedApplication r;
    const auto app = find(id);
    if (!app)
        throw Error(ErrorCode::NotFound, Tr::tr("That application no longer exists."));
    r.application = *app;
    r.events = history(id);
    r.people = people(id);
    r.interviews = records::select<Interview>(m_store, QStringLiteral("WHERE application_id = ?1"), {id});
    // Reminders about the application, its interviews and its people.
    QVariantList subjects{id};
    QStringList marks{QStringLiteral("?1")};
    for (const Interview &i : r.interviews) {
        subjects.append(i.id);
        marks.append(QStringLiteral("?%1").arg(subjects.size()));
    }
    const QStringList interviewMarks = marks;
    const QVariantList interviewSubjects = subjects;
    for (const JobPerson &p : r.people) {
        subjects.append(p.id);
        marks.append(QStringLiteral("?%1").arg(subjects.size()));
    }
    r.reminders = records::select<Reminder>(
        m_store, QStringLiteral("WHERE subject_id IN (%1)").arg(marks.join(u',')), subjects);
    r.flows = records::select<RejectionFlow>(m_store, QStringLiteral("WHERE application_id = ?1"), {id});
    r.feedback = records::select<Feedback>(
        m_store, QStringLiteral("WHERE application_id = ?1 OR interview_id IN (%1)").arg(interviewMarks.join(u',')),
        interviewSubjects);

    records::removeAll(tx, r.events);
    records::removeAll(tx, r.people);
    records::removeAll(tx, r.interviews);
    records::removeAll(tx, r.reminders);
    records::removeAll(tx, r.flows);
    records::relinkFeedback(m_store, tx, r.feedback, QString(), QString());
    records::remove(tx, r.application);
    tx.commit();
    return r;
}

void ApplicationRepository::restore(const RemovedApplication &r) {
    WriteTransaction tx(m_store);
    records::restore(tx, r.application);
    records::restoreAll(tx, r.events);
    records::restoreAll(tx, r.people);
    records::restoreAll(tx, r.interviews);
    records::restoreAll(tx, r.reminders);
    records::restoreAll(tx, r.flows);
    records::relinkFeedback(m_store, tx, r.feedback, std::nullopt, std::nullopt);
    tx.commit();
}

} // namespace rebound
