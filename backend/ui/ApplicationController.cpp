#include "ApplicationController.h"

#include "JobVariant.h"
#include "core/Error.h"
#include "services/ApplicationExport.h"
#include "services/VaultSession.h"
#include "storage/AtomicFile.h"
#include "storage/ContactRepository.h"
#include "storage/Vault.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardPaths>
#include <cmath>

namespace rebound {

namespace {

const QString kId = QStringLiteral("id");

[[noreturn]] void invalid(const QString &message) {
    throw Error(ErrorCode::InvalidInput, message);
}

bool has(const QVariantMap &fields, const char *key) {
    return fields.contains(QLatin1String(key));
}

QString str(const QVariantMap &fields, const char *key) {
    return fields.value(QLatin1String(key)).toString();
}

// A day from QML: "yyyy-MM-dd", a QDate, or a Date (read by its UTC day when it
// is a QDate that went through QML as UTC midnight, else by its local day).
// Empty gives an invalid QDate (the repositories' default: today).
QDate dayFrom(const QVariant &value) {
    if (!value.isValid() || value.isNull())
        return {};
    switch (value.typeId()) {
    case QMetaType::QDate:
        return value.toDate();
    case QMetaType::QDateTime: {
        const QDateTime t = value.toDateTime();
        const QDateTime utc = t.toUTC();
        return utc.time() == QTime(0, 0) ? utc.date() : t.toLocalTime().date();
    }
    default:
        break;
    }
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return {};
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!day.isValid())
        invalid(ApplicationController::tr("\"%1\" is not a date. Use the form 2026-11-24.").arg(text));
    return day;
}

// A salary as typed: 65000, "65,000", "65 000", "65.000", "65k"; empty = none.
std::optional<qint64> salaryFrom(const QVariant &value) {
    const QString bad = ApplicationController::tr("Write a salary as a whole number, such as 65000 or 65k.");
    if (!value.isValid() || value.isNull())
        return std::nullopt;
    if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Float) {
        const double d = value.toDouble();
        if (d != std::floor(d) || std::abs(d) > double(JobApplication::kMaxSalary) * 10)
            invalid(bad);
        return qint64(d);
    }
    if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong ||
        value.typeId() == QMetaType::UInt || value.typeId() == QMetaType::ULongLong)
        return value.toLongLong();
    QString text = value.toString().trimmed().toLower();
    if (text.isEmpty())
        return std::nullopt;
    qint64 factor = 1;
    if (text.endsWith(u'k')) {
        factor = 1000;
        text.chop(1);
        text = text.trimmed();
    }
    static const QRegularExpression plain(QStringLiteral("^\\d+$"));
    static const QRegularExpression grouped(QStringLiteral("^\\d{1,3}([,.' \\x{00A0}\\x{202F}]\\d{3})+$"));
    if (!plain.match(text).hasMatch()) {
        if (!grouped.match(text).hasMatch())
            invalid(bad);
        text.remove(QRegularExpression(QStringLiteral("\\D")));
    }
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    if (!ok || number > JobApplication::kMaxSalary)
        invalid(ApplicationController::tr("A salary must be a whole number from 0 to 1,000,000,000,000."));
    return number * factor;
}

QVariant salaryValue(const std::optional<qint64> &value) {
    return value ? QVariant(double(*value)) : QVariant::fromValue(nullptr);
}

QStringList namesFrom(const QVariant &value) {
    QStringList out;
    for (const QString &raw : value.toStringList()) {
        const QString name = raw.simplified();
        if (!name.isEmpty() && !out.contains(name, Qt::CaseInsensitive))
            out.append(name);
    }
    return out;
}


} // namespace

ApplicationController::ApplicationController(VaultSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session) {
    connect(&m_session, &VaultSession::stateChanged, this, [this] {
        if (!m_session.vault()) { // locked: keep nothing of the vault, not even an error naming it
            m_id.clear();
            m_removed = std::monostate{};
            setError({});
        }
        reload();
    });
}

QString ApplicationController::interviewWhen(const QDateTime &startsAt, const QDate &today) {
    const QLocale locale;
    // Hours and minutes: some locales' short format has seconds.
    static const QRegularExpression seconds(QStringLiteral("[:.]ss"));
    const QString time = locale.toString(startsAt.time(), locale.timeFormat(QLocale::ShortFormat).remove(seconds));
    const qint64 days = today.daysTo(startsAt.date());
    if (days == 0)
        return tr("Today, %1").arg(time);
    if (days == 1)
        return tr("Tomorrow, %1").arg(time);
    if (days == -1)
        return tr("Yesterday, %1").arg(time);
    //: A QDate format for a short day, e.g. "Thu 27 Nov"; reorder as your language does.
    const QString dayFormat = startsAt.date().year() == today.year() ? tr("ddd d MMM") : tr("d MMM yyyy");
    return tr("%1, %2").arg(locale.toString(startsAt.date(), dayFormat), time);
}

QString ApplicationController::salaryText(const JobApplication &a) {
    const QLocale locale;
    const QString currency = a.salaryCurrency.isEmpty() ? QString() : QLatin1Char(' ') + a.salaryCurrency;
    if (a.salaryMin && a.salaryMax) {
        if (*a.salaryMin == *a.salaryMax)
            return locale.toString(*a.salaryMin) + currency;
        return tr("%1–%2").arg(locale.toString(*a.salaryMin), locale.toString(*a.salaryMax)) + currency;
    }
    if (a.salaryMin)
        return tr("from %1").arg(locale.toString(*a.salaryMin) + currency);
    if (a.salaryMax)
        return tr("up to %1").arg(locale.toString(*a.salaryMax) + currency);
    return {};
}

QVariantList ApplicationController::stageChoices() const {
    QVariantList out;
    for (const QString &key : stage::all())
        out.append(QVariantMap{{QStringLiteral("key"), key},
                               {QStringLiteral("label"), stage::label(key)},
                               {QStringLiteral("closed"), stage::isClosed(key)}});
    return out;
}

QVariantList ApplicationController::workModeChoices() const {
    return keyLabels(workmode::all(), &workmode::label);
}

QVariantList ApplicationController::interviewKindChoices() const {
    return keyLabels(interviewkind::all(), &interviewkind::label);
}

QVariantList ApplicationController::feedbackSourceChoices() const {
    return keyLabels(feedbacksource::all(), &feedbacksource::label);
}

QVariantList ApplicationController::personRoleChoices() const {
    return keyLabels(personrole::all(), &personrole::label);
}

QString ApplicationController::undoKind() const {
    switch (m_removed.index()) {
    case 1:
        return QStringLiteral("application");
    case 2:
        return QStringLiteral("interview");
    case 3:
        return QStringLiteral("feedback");
    default:
        return {};
    }
}

void ApplicationController::setError(const QString &message) {
    if (m_error != message) {
        m_error = message;
        emit errorMessageChanged();
    }
}

void ApplicationController::clearState() {
    m_application.clear();
    m_history.clear();
    m_people.clear();
    m_interviews.clear();
    m_feedback.clear();
    m_reminders.clear();
    m_skillNames.clear();
    m_sources.clear();
}

bool ApplicationController::load(const QString &id) {
    m_id = id;
    reload();
    return loaded();
}

void ApplicationController::close() {
    m_id.clear();
    reload();
}

void ApplicationController::reload() {
    clearState();
    Vault *vault = m_session.vault();
    if (!vault) {
        emit changed();
        return;
    }
    try {
        const QDate today = localToday(m_session.clock());
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_session.clock().nowMs());
        QHash<QString, QString> skillNames; // id -> name
        for (const Skill &s : vault->feedback().skills()) {
            skillNames.insert(s.id, s.name);
            m_skillNames.append(s.name);
        }
        m_sources = vault->applications().sources();
        const auto found = m_id.isEmpty() ? std::nullopt : vault->applications().find(m_id);
        if (found) {
            const JobApplication &a = *found;
            m_application = QVariantMap{
                {kId, a.id},
                {QStringLiteral("company"), a.company},
                {QStringLiteral("role"), a.role},
                {QStringLiteral("link"), a.link},
                {QStringLiteral("source"), a.source},
                {QStringLiteral("location"), a.location},
                {QStringLiteral("workMode"), a.workMode},
                {QStringLiteral("workModeLabel"), a.workMode.isEmpty() ? QString() : workmode::label(a.workMode)},
                {QStringLiteral("salaryMin"), salaryValue(a.salaryMin)},
                {QStringLiteral("salaryMax"), salaryValue(a.salaryMax)},
                {QStringLiteral("salaryCurrency"), a.salaryCurrency},
                {QStringLiteral("salaryText"), salaryText(a)},
                {QStringLiteral("notes"), a.notes},
                {QStringLiteral("stage"), a.stage},
                {QStringLiteral("stageLabel"), stage::label(a.stage)},
                {QStringLiteral("stageDate"), a.stageDate},
                {QStringLiteral("stageDay"), a.stageDate.toString(Qt::ISODate)},
                {QStringLiteral("daysInStage"), int(std::max<qint64>(0, a.stageDate.daysTo(today)))},
                {QStringLiteral("closed"), stage::isClosed(a.stage)},
                {QStringLiteral("createdAt"), a.createdAt}};

            const QList<StageEvent> events = vault->applications().history(a.id);
            for (qsizetype i = 0; i < events.size(); ++i) {
                const StageEvent &e = events.at(i);
                m_history.append(QVariantMap{{kId, e.id},
                                             {QStringLiteral("stage"), e.stage},
                                             {QStringLiteral("label"), stage::label(e.stage)},
                                             {QStringLiteral("date"), e.date},
                                             {QStringLiteral("day"), e.date.toString(Qt::ISODate)},
                                             {QStringLiteral("note"), e.note},
                                             {QStringLiteral("closed"), stage::isClosed(e.stage)},
                                             {QStringLiteral("current"), i == events.size() - 1}});
            }

            QHash<QString, QStringList> interviewerNames, interviewerIds;
            for (const JobPerson &p : vault->applications().people(a.id)) {
                if (!p.interviewId.isEmpty()) {
                    interviewerNames[p.interviewId].append(p.name);
                    interviewerIds[p.interviewId].append(p.id);
                    continue;
                }
                m_people.append(QVariantMap{{kId, p.id},
                                            {QStringLiteral("name"), p.name},
                                            {QStringLiteral("email"), p.email},
                                            {QStringLiteral("role"), p.role},
                                            {QStringLiteral("roleLabel"), personrole::label(p.role)},
                                            {QStringLiteral("contactId"), p.contactId}});
            }

            QHash<QString, QString> interviewLabels;
            QStringList subjects{a.id};
            for (const Interview &i : vault->interviews().forApplication(a.id)) {
                subjects.append(i.id);
                const QString when = interviewWhen(i.startsAt, today);
                interviewLabels.insert(i.id, tr("%1 · %2").arg(interviewkind::label(i.kind), when));
                const bool reflected = !(i.stumped.isEmpty() && i.lessConfident.isEmpty() && i.wentWell.isEmpty() &&
                                         i.doDifferently.isEmpty());
                m_interviews.append(QVariantMap{
                    {kId, i.id},
                    {QStringLiteral("startsAt"), i.startsAt},
                    {QStringLiteral("day"), i.startsAt.date().toString(Qt::ISODate)},
                    {QStringLiteral("hour"), i.startsAt.time().hour()},
                    {QStringLiteral("minute"), i.startsAt.time().minute()},
                    {QStringLiteral("when"), when},
                    {QStringLiteral("upcoming"), i.startsAt >= now},
                    {QStringLiteral("kind"), i.kind},
                    {QStringLiteral("kindLabel"), interviewkind::label(i.kind)},
                    {QStringLiteral("confidenceBefore"), i.confidenceBefore},
                    {QStringLiteral("confidenceAfter"), i.confidenceAfter},
                    {QStringLiteral("stumped"), i.stumped},
                    {QStringLiteral("lessConfident"), i.lessConfident},
                    {QStringLiteral("wentWell"), i.wentWell},
                    {QStringLiteral("doDifferently"), i.doDifferently},
                    {QStringLiteral("notes"), i.notes},
                    {QStringLiteral("hasReflection"), reflected},
                    {QStringLiteral("interviewers"), interviewerNames.value(i.id)},
                    {QStringLiteral("interviewerIds"), interviewerIds.value(i.id)}});
            }

            for (const Feedback &f : vault->feedback().forApplication(a.id)) {
                QStringList strengths, weaknesses;
                for (const QString &id : f.strengths)
                    strengths.append(skillNames.value(id, id));
                for (const QString &id : f.weaknesses)
                    weaknesses.append(skillNames.value(id, id));
                m_feedback.append(QVariantMap{
                    {kId, f.id},
                    {QStringLiteral("source"), f.source},
                    {QStringLiteral("sourceLabel"), feedbacksource::label(f.source)},
                    {QStringLiteral("receivedOn"), f.receivedOn},
                    {QStringLiteral("day"), f.receivedOn.toString(Qt::ISODate)},
                    {QStringLiteral("text"), f.text},
                    {QStringLiteral("interviewId"), f.interviewId},
                    {QStringLiteral("about"), f.interviewId.isEmpty() ? tr("The application")
                                                                      : interviewLabels.value(f.interviewId)},
                    {QStringLiteral("strengths"), strengths},
                    {QStringLiteral("weaknesses"), weaknesses}});
            }

            QList<Reminder> reminders;
            for (const QString &subject : subjects)
                reminders.append(vault->reminders().forSubject(subject));
            std::stable_sort(reminders.begin(), reminders.end(), [](const Reminder &x, const Reminder &y) {
                return std::tie(x.done, x.dueOn) < std::tie(y.done, y.dueOn);
            });
            for (const Reminder &r : reminders)
                m_reminders.append(QVariantMap{{kId, r.id},
                                               {QStringLiteral("kind"), r.kind},
                                               {QStringLiteral("title"), r.title},
                                               {QStringLiteral("note"), r.note},
                                               {QStringLiteral("dueOn"), r.dueOn},
                                               {QStringLiteral("day"), r.dueOn.toString(Qt::ISODate)},
                                               {QStringLiteral("done"), r.done},
                                               {QStringLiteral("overdue"), !r.done && r.dueOn < today}});
        }
    } catch (const Error &e) {
        setError(e.message());
    }
    emit changed();
}

// Every write: run it on the open vault, then refresh what is shown and tell
// the other views. Errors become errorMessage; nothing else changes.
template <typename F> bool ApplicationController::write(F &&f) {
    Vault *vault = m_session.vault();
    if (!vault) {
        setError(tr("The vault is locked."));
        return false;
    }
    try {
        f(*vault);
        setError({});
        reload();
        emit dataWritten();
        return true;
    } catch (const Error &e) {
        setError(e.message());
        return false;
    }
}

QString ApplicationController::requireOpen() const {
    if (m_id.isEmpty() || !loaded())
        throw Error(ErrorCode::NotFound, tr("Open an application first."));
    return m_id;
}

JobApplication ApplicationController::applyFields(JobApplication a, const QVariantMap &fields) const {
    if (has(fields, "company"))
        a.company = str(fields, "company");
    if (has(fields, "role"))
        a.role = str(fields, "role");
    if (has(fields, "link"))
        a.link = str(fields, "link");
    if (has(fields, "source"))
        a.source = str(fields, "source");
    if (has(fields, "location"))
        a.location = str(fields, "location");
    if (has(fields, "workMode"))
        a.workMode = str(fields, "workMode");
    if (has(fields, "salaryMin"))
        a.salaryMin = salaryFrom(fields.value(QStringLiteral("salaryMin")));
    if (has(fields, "salaryMax"))
        a.salaryMax = salaryFrom(fields.value(QStringLiteral("salaryMax")));
    if (has(fields, "salaryCurrency"))
        a.salaryCurrency = str(fields, "salaryCurrency");
    if (has(fields, "notes"))
        a.notes = str(fields, "notes");
    return a;
}

QString ApplicationController::create(const QVariantMap &fields) {
    QString id;
    write([&](Vault &vault) {
        JobApplication draft = applyFields({}, fields);
        draft.stage = str(fields, "stage");
        draft.stageDate = dayFrom(fields.value(QStringLiteral("stageDate")));
        id = vault.applications().create(draft, str(fields, "stageNote")).id;
    });
    return id;
}

QString ApplicationController::save(const QVariantMap &fields) {
    QString id;
    write([&](Vault &vault) {
        const auto current = vault.applications().find(fields.value(kId).toString());
        if (!current)
            throw Error(ErrorCode::NotFound, tr("That application no longer exists."));
        id = vault.applications().update(applyFields(*current, fields)).id;
    });
    return id;
}

bool ApplicationController::moveTo(const QString &stageKey, const QVariant &date, const QString &note) {
    if (m_id.isEmpty()) {
        setError(tr("Open an application first."));
        return false;
    }
    return moveApplication(m_id, stageKey, date, note);
}

bool ApplicationController::moveApplication(const QString &applicationId, const QString &stageKey,
                                            const QVariant &date, const QString &note) {
    QString nowIn;
    const bool ok = write([&](Vault &vault) {
        vault.applications().moveTo(applicationId, stageKey, dayFrom(date), note);
        const auto moved = vault.applications().find(applicationId);
        nowIn = moved ? moved->stage : QString();
    });
    // Only when the application is now rejected: a back-dated "rejected" before a
    // later stage does not start the flow.
    if (ok && stageKey == stage::kRejected && nowIn == stage::kRejected)
        emit rejected(applicationId);
    return ok;
}

bool ApplicationController::removeStageEvent(const QString &eventId) {
    return write([&](Vault &vault) { vault.applications().removeStageEvent(eventId); });
}

bool ApplicationController::remove(const QString &applicationId) {
    return write([&](Vault &vault) {
        m_removed = vault.applications().remove(applicationId);
        if (applicationId == m_id)
            m_id.clear();
    });
}

bool ApplicationController::undoRemove() {
    if (!canUndo())
        return false;
    return write([&](Vault &vault) {
        if (const auto *app = std::get_if<RemovedApplication>(&m_removed))
            vault.applications().restore(*app);
        else if (const auto *interview = std::get_if<RemovedInterview>(&m_removed))
            vault.interviews().restore(*interview);
        else if (const auto *feedback = std::get_if<Feedback>(&m_removed))
            vault.feedback().restore(*feedback);
        m_removed = std::monostate{};
    });
}

QString ApplicationController::addPerson(const QString &name, const QString &email, const QString &role,
                                         const QString &contactId, bool saveAsContact) {
    QString id;
    write([&](Vault &vault) {
        JobPerson p;
        p.applicationId = requireOpen();
        p.name = name;
        p.email = email;
        p.role = role;
        id = vault.applications().addPerson(p).id;
        try {
            if (!contactId.isEmpty())
                vault.contacts().linkPerson(id, contactId);
            else if (saveAsContact)
                vault.contacts().createFromPerson(id);
        } catch (const Error &) {
            vault.applications().removePerson(id); // all or nothing: the dialog stays open to retry
            id.clear();
            throw;
        }
    });
    return id;
}

bool ApplicationController::removePerson(const QString &personId) {
    return write([&](Vault &vault) { vault.applications().removePerson(personId); });
}

bool ApplicationController::linkPerson(const QString &personId, const QString &contactId) {
    return write([&](Vault &vault) { vault.contacts().linkPerson(personId, contactId); });
}

QString ApplicationController::saveAsContact(const QString &personId) {
    QString id;
    write([&](Vault &vault) { id = vault.contacts().createFromPerson(personId).id; });
    return id;
}

Interview ApplicationController::applyInterviewFields(Interview i, const QVariantMap &fields) const {
    QDate day = i.startsAt.date();
    QTime time = i.startsAt.isValid() ? i.startsAt.time() : QTime(0, 0);
    if (has(fields, "day"))
        day = dayFrom(fields.value(QStringLiteral("day")));
    if (has(fields, "hour") || has(fields, "minute")) {
        const int hour = has(fields, "hour") ? fields.value(QStringLiteral("hour")).toInt() : time.hour();
        const int minute = has(fields, "minute") ? fields.value(QStringLiteral("minute")).toInt() : time.minute();
        if (!QTime::isValid(hour, minute, 0))
            invalid(tr("Pick a time between 00:00 and 23:59."));
        time = QTime(hour, minute);
    }
    i.startsAt = day.isValid() ? QDateTime(day, time) : QDateTime();
    if (has(fields, "kind"))
        i.kind = str(fields, "kind");
    if (has(fields, "confidenceBefore"))
        i.confidenceBefore = fields.value(QStringLiteral("confidenceBefore")).toInt();
    if (has(fields, "confidenceAfter"))
        i.confidenceAfter = fields.value(QStringLiteral("confidenceAfter")).toInt();
    if (has(fields, "stumped"))
        i.stumped = str(fields, "stumped");
    if (has(fields, "lessConfident"))
        i.lessConfident = str(fields, "lessConfident");
    if (has(fields, "wentWell"))
        i.wentWell = str(fields, "wentWell");
    if (has(fields, "doDifferently"))
        i.doDifferently = str(fields, "doDifferently");
    if (has(fields, "notes"))
        i.notes = str(fields, "notes");
    return i;
}

void ApplicationController::syncInterviewers(Vault &vault, const Interview &interview, const QStringList &names) {
    const QList<JobPerson> current = vault.interviews().interviewers(interview.id);
    for (const JobPerson &p : current)
        if (!names.contains(p.name, Qt::CaseInsensitive))
            vault.applications().removePerson(p.id);
    for (const QString &name : names) {
        const bool known = std::any_of(current.cbegin(), current.cend(), [&](const JobPerson &p) {
            return p.name.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (known)
            continue;
        JobPerson p;
        p.applicationId = interview.applicationId;
        p.interviewId = interview.id;
        p.role = QStringLiteral("interviewer");
        p.name = name;
        vault.applications().addPerson(p);
    }
}

QString ApplicationController::createInterview(const QVariantMap &fields) {
    QString id;
    write([&](Vault &vault) {
        Interview draft;
        draft.applicationId = requireOpen();
        draft = applyInterviewFields(draft, fields);
        QList<JobPerson> interviewers;
        for (const QString &name : namesFrom(fields.value(QStringLiteral("interviewers")))) {
            JobPerson p;
            p.role = QStringLiteral("interviewer");
            p.name = name;
            interviewers.append(p);
        }
        id = vault.interviews().create(draft, interviewers).id;
    });
    return id;
}

QString ApplicationController::saveInterview(const QVariantMap &fields) {
    QString id;
    write([&](Vault &vault) {
        const auto current = vault.interviews().find(fields.value(kId).toString());
        if (!current)
            throw Error(ErrorCode::NotFound, tr("That interview no longer exists."));
        const Interview saved = vault.interviews().update(applyInterviewFields(*current, fields));
        if (has(fields, "interviewers"))
            syncInterviewers(vault, saved, namesFrom(fields.value(QStringLiteral("interviewers"))));
        id = saved.id;
    });
    return id;
}

bool ApplicationController::removeInterview(const QString &interviewId) {
    return write([&](Vault &vault) { m_removed = vault.interviews().remove(interviewId); });
}

QString ApplicationController::createFeedback(const QVariantMap &fields) {
    QString id;
    write([&](Vault &vault) {
        Feedback draft;
        draft.applicationId = requireOpen();
        draft.interviewId = str(fields, "interviewId");
        draft.source = str(fields, "source");
        draft.receivedOn = dayFrom(fields.value(QStringLiteral("receivedOn")));
        draft.text = str(fields, "text");
        id = vault.feedback()
                 .create(draft, fields.value(QStringLiteral("strengths")).toStringList(),
                         fields.value(QStringLiteral("weaknesses")).toStringList())
                 .id;
    });
    return id;
}

QString ApplicationController::saveFeedback(const QVariantMap &fields) {
    QString id;
    write([&](Vault &vault) {
        const auto current = vault.feedback().find(fields.value(kId).toString());
        if (!current)
            throw Error(ErrorCode::NotFound, tr("That feedback no longer exists."));
        Feedback next = *current;
        if (has(fields, "interviewId")) {
            next.interviewId = str(fields, "interviewId");
            if (next.interviewId.isEmpty() && next.applicationId.isEmpty())
                next.applicationId = m_id;
        }
        if (has(fields, "source"))
            next.source = str(fields, "source");
        if (has(fields, "receivedOn"))
            next.receivedOn = dayFrom(fields.value(QStringLiteral("receivedOn")));
        if (has(fields, "text"))
            next.text = str(fields, "text");
        // Skills are stored by id: names not given keep the stored ones.
        QHash<QString, QString> names;
        for (const Skill &s : vault.feedback().skills())
            names.insert(s.id, s.name);
        auto storedNames = [&](const QStringList &ids) {
            QStringList out;
            for (const QString &skillId : ids)
                out.append(names.value(skillId));
            return out;
        };
        const QStringList strengths = has(fields, "strengths")
                                          ? fields.value(QStringLiteral("strengths")).toStringList()
                                          : storedNames(current->strengths);
        const QStringList weaknesses = has(fields, "weaknesses")
                                           ? fields.value(QStringLiteral("weaknesses")).toStringList()
                                           : storedNames(current->weaknesses);
        id = vault.feedback().update(next, strengths, weaknesses).id;
    });
    return id;
}

bool ApplicationController::removeFeedback(const QString &feedbackId) {
    return write([&](Vault &vault) {
        const auto current = vault.feedback().find(feedbackId);
        if (!current)
            throw Error(ErrorCode::NotFound, tr("That feedback no longer exists."));
        vault.feedback().remove(feedbackId);
        m_removed = *current;
    });
}

bool ApplicationController::setReminderDone(const QString &reminderId, bool done) {
    return write([&](Vault &vault) { vault.reminders().setDone(reminderId, done); });
}

QUrl ApplicationController::suggestedExportFile(const QString &format) const {
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::HomeLocation);
    const QString name = tr("job-applications") + QLatin1Char('.') + (format == u"json" ? format : QStringLiteral("csv"));
    return QUrl::fromLocalFile(QDir(folder).filePath(name));
}

bool ApplicationController::exportApplications(const QString &format, const QUrl &fileUrl) {
    Vault *vault = m_session.vault();
    if (!vault) {
        setError(tr("The vault is locked."));
        return false;
    }
    const QString path = fileUrl.isLocalFile() ? fileUrl.toLocalFile() : fileUrl.toString();
    try {
        if (format != u"csv" && format != u"json")
            invalid(tr("Export as \"csv\" or \"json\"."));
        if (path.isEmpty() || (!fileUrl.isLocalFile() && !fileUrl.scheme().isEmpty()))
            invalid(tr("Choose a file on this device to export to."));
        if (QFileInfo(path).isDir())
            invalid(tr("\"%1\" is a folder. Choose a file name.").arg(path));
        const auto records = exporting::collect(*vault);
        const QByteArray content =
            format == u"csv" ? exporting::applicationsCsv(records) : exporting::applicationsJson(records);
        try {
            writeFileAtomically(path, content);
        } catch (const Error &e) {
            if (e.code() != ErrorCode::Io)
                throw;
            throw Error(ErrorCode::Io, tr("Could not write \"%1\". Check that the folder exists and you may write "
                                          "there.")
                                           .arg(QFileInfo(path).fileName()));
        }
        setError({});
        return true;
    } catch (const Error &e) {
        setError(e.message());
        return false;
    }
}

} // namespace rebound
