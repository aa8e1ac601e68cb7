// rebound-cli: job applications and interviews.
#include "CliCommands.h"

#include "core/TextRules.h"
#include "services/AppSettings.h"
#include "services/ApplicationExport.h"
#include "services/RejectionCoach.h"
#include "storage/AtomicFile.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>

namespace rebound::cli {

using namespace opt;

namespace {

constexpr int kAll = 1'000'000; // "every" for repository calls that take a limit
constexpr int kCellChars = 32;  // longest text in a table cell before it is cut

const QStringList kApplicationTextOptions{kCompany, kRole, kLink, kSource, kLocation, kCurrency, kNotes};
const QStringList kInterviewTextOptions{kStumped, kLessConfident, kWentWell, kDifferently, kNotes};

QString identity(const QString &key) {
    return key;
}

// "Ana Ruiz:recruiter<ana@example.com>", "Ana Ruiz <ana@example.com>", "Ana:hiring manager".
JobPerson parseContact(const QString &text) {
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*([^:<>]+?)\s*(?::\s*([^:<>]*?)\s*)?(?:<\s*([^<>]*?)\s*>)?\s*$)"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch() || m.captured(1).trimmed().isEmpty())
        throw UsageError(CliText::tr("--contact takes NAME, NAME:ROLE, \"NAME <EMAIL>\" or \"NAME:ROLE<EMAIL>\" "
                            "(not “%1”).")
                             .arg(text));
    JobPerson p;
    // The vault's own rules, checked now so that nothing is half-written later.
    p.name =
        text::cleanLine(m.captured(1), JobPerson::kMaxNameChars, QT_TRANSLATE_NOOP("TextRules", "The name"));
    p.role = parseKey(m.captured(2), personrole::all(), personrole::label,
                      QStringLiteral("The role of --contact"), true);
    p.email = text::cleanLine(m.captured(3), JobPerson::kMaxNameChars,
                              QT_TRANSLATE_NOOP("TextRules", "The e-mail address"));
    if (!p.email.isEmpty() && (!p.email.contains(u'@') || p.email.contains(u' ')))
        throw Error(ErrorCode::InvalidInput, CliText::tr("“%1” does not look like an e-mail address.").arg(p.email));
    return p;
}

QString placeLabel(const JobApplication &app) {
    QStringList parts;
    if (!app.location.isEmpty())
        parts << app.location;
    if (!app.workMode.isEmpty())
        parts << workmode::label(app.workMode);
    return parts.join(QStringLiteral(" · "));
}

QString minute(const QDateTime &t) {
    return t.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QDateTime now(Vault &vault) {
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(vault.store().clock().nowMs());
    return QDateTime(t.date(), QTime(t.time().hour(), t.time().minute()));
}

} // namespace

// ---- shared ------------------------------------------------------------------------

struct Commands::ApplicationOptions {
    QHash<QString, QString> texts; // option -> value as typed ("-": stdin)
    std::optional<QString> workMode;
    bool salaryGiven = false;
    std::optional<qint64> salaryMin, salaryMax;
    QString stage;
    QDate date;
    QString note;
    QList<JobPerson> contacts;
};

Commands::ApplicationOptions Commands::applicationOptions(bool editing) const {
    ApplicationOptions o;
    for (const QString &name : kApplicationTextOptions)
        if (a.has(name))
            o.texts.insert(name, a.value(name));
    checkSingleStdin(kApplicationTextOptions);
    if (a.has(kRemote))
        o.workMode = parseKey(a.value(kRemote), workmode::all(), workmode::label, kRemote, true);
    if (a.has(kSalary)) {
        o.salaryGiven = true;
        std::tie(o.salaryMin, o.salaryMax) = parseSalary(a.value(kSalary));
    }
    if (!editing) {
        if (a.has(kStage))
            o.stage = parseKey(a.value(kStage), stage::all(), stage::label, kStage);
        if (a.has(kDate))
            o.date = parseDate(a.value(kDate));
        o.note = a.value(kNote);
    }
    for (const QString &raw : a.options.value(kContact)) // names may hold commas: no splitting
        o.contacts.append(parseContact(raw));
    return o;
}

void Commands::applyOptions(const ApplicationOptions &o, JobApplication &app) {
    const QHash<QString, QString *> fields{{kCompany, &app.company},   {kRole, &app.role},
                                           {kLink, &app.link},         {kSource, &app.source},
                                           {kLocation, &app.location}, {kCurrency, &app.salaryCurrency},
                                           {kNotes, &app.notes}};
    for (auto it = o.texts.constBegin(); it != o.texts.constEnd(); ++it)
        *fields.value(it.key()) = it.value();
    if (o.workMode)
        app.workMode = *o.workMode;
    if (o.salaryGiven) {
        app.salaryMin = o.salaryMin;
        app.salaryMax = o.salaryMax;
    }
}

void Commands::addContacts(Vault &vault, const QString &applicationId, const ApplicationOptions &o) {
    const QList<JobPerson> existing = vault.applications().people(applicationId);
    for (JobPerson p : o.contacts) {
        const auto same = std::find_if(existing.cbegin(), existing.cend(), [&](const JobPerson &e) {
            return e.interviewId.isEmpty() && e.name.compare(p.name, Qt::CaseInsensitive) == 0;
        });
        if (same == existing.cend()) {
            p.applicationId = applicationId;
            vault.applications().addPerson(p);
            continue;
        }
        JobPerson next = *same; // given parts change, the rest stays
        if (!p.role.isEmpty())
            next.role = p.role;
        if (!p.email.isEmpty())
            next.email = p.email;
        if (next != *same)
            vault.applications().updatePerson(next);
    }
}

QString Commands::resolveApplication(Vault &vault, const QString &prefix) {
    if (prefix.isEmpty())
        throw UsageError(CliText::tr("Which application? Give its ID (see \"app list\")."));
    QStringList ids;
    for (const JobApplication &app : vault.applications().list())
        ids << app.id;
    return matchPrefix(ids, prefix, CliText::tr("No application has the ID %1."));
}

QString Commands::resolveInterview(Vault &vault, const QString &prefix) {
    if (prefix.isEmpty())
        throw UsageError(CliText::tr("Which interview? Give its ID (see \"interview list\")."));
    QStringList ids;
    for (const Interview &i : vault.interviews().latest(kAll))
        ids << i.id;
    return matchPrefix(ids, prefix, CliText::tr("No interview has the ID %1."));
}

QString Commands::salaryLabel(const JobApplication &app) {
    const QString currency = app.salaryCurrency.isEmpty() ? QString() : u' ' + app.salaryCurrency;
    if (app.salaryMin && app.salaryMax)
        return (*app.salaryMin == *app.salaryMax
                    ? QString::number(*app.salaryMin)
                    : QStringLiteral("%1–%2").arg(*app.salaryMin).arg(*app.salaryMax)) +
               currency;
    if (app.salaryMin)
        return CliText::tr("from %1").arg(*app.salaryMin) + currency;
    if (app.salaryMax)
        return CliText::tr("up to %1").arg(*app.salaryMax) + currency;
    return {};
}

QString Commands::titleOf(const JobApplication &app) {
    return app.role.isEmpty() ? app.company : QStringLiteral("%1 — %2").arg(app.company, app.role);
}

QString Commands::confidenceLabel(const Interview &i) {
    if (!i.confidenceBefore && !i.confidenceAfter)
        return {};
    const QString before = i.confidenceBefore ? QString::number(i.confidenceBefore) : QStringLiteral("?");
    const QString after = i.confidenceAfter ? QString::number(i.confidenceAfter) : QStringLiteral("?");
    return CliText::tr("confidence %1 → %2").arg(before, after);
}

QJsonObject Commands::toJson(const JobApplication &app) {
    return {{QStringLiteral("id"), app.id},
            {QStringLiteral("company"), app.company},
            {QStringLiteral("role"), app.role},
            {QStringLiteral("link"), app.link},
            {QStringLiteral("source"), app.source},
            {QStringLiteral("location"), app.location},
            {QStringLiteral("work_mode"), optionalJson(app.workMode)},
            // JSON numbers are doubles: exact up to the 10^12 salary limit.
            {QStringLiteral("salary_min"), app.salaryMin ? QJsonValue(double(*app.salaryMin)) : QJsonValue()},
            {QStringLiteral("salary_max"), app.salaryMax ? QJsonValue(double(*app.salaryMax)) : QJsonValue()},
            {QStringLiteral("salary_currency"), optionalJson(app.salaryCurrency)},
            {QStringLiteral("stage"), app.stage},
            {QStringLiteral("stage_date"), day(app.stageDate)},
            {QStringLiteral("closed"), stage::isClosed(app.stage)},
            {QStringLiteral("notes"), app.notes},
            {QStringLiteral("created"), stamp(app.createdAt)},
            {QStringLiteral("updated"), stamp(app.updatedAt)}};
}

QJsonObject Commands::toJson(const StageEvent &e) {
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("stage"), e.stage},
            {QStringLiteral("date"), day(e.date)},
            {QStringLiteral("note"), e.note},
            {QStringLiteral("created"), stamp(e.createdAt)}};
}

QJsonObject Commands::toJson(const JobPerson &p) {
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("role"), p.role},
            {QStringLiteral("email"), optionalJson(p.email)},
            {QStringLiteral("interview_id"), optionalJson(p.interviewId)}};
}

QJsonObject Commands::toJson(const Reminder &r) {
    return {{QStringLiteral("id"), r.id},          {QStringLiteral("kind"), r.kind},
            {QStringLiteral("due"), day(r.dueOn)}, {QStringLiteral("title"), r.title},
            {QStringLiteral("note"), r.note},      {QStringLiteral("done"), r.done}};
}

QJsonObject Commands::toJson(Vault &vault, const Interview &i) {
    QJsonObject o{{QStringLiteral("id"), i.id},
                  {QStringLiteral("application_id"), i.applicationId},
                  {QStringLiteral("starts_at"), i.startsAt.toString(QStringLiteral("yyyy-MM-ddTHH:mm"))},
                  {QStringLiteral("kind"), i.kind},
                  {QStringLiteral("confidence_before"),
                   i.confidenceBefore ? QJsonValue(i.confidenceBefore) : QJsonValue()},
                  {QStringLiteral("confidence_after"),
                   i.confidenceAfter ? QJsonValue(i.confidenceAfter) : QJsonValue()},
                  {QStringLiteral("stumped"), i.stumped},
                  {QStringLiteral("less_confident"), i.lessConfident},
                  {QStringLiteral("went_well"), i.wentWell},
                  {QStringLiteral("do_differently"), i.doDifferently},
                  {QStringLiteral("notes"), i.notes},
                  {QStringLiteral("created"), stamp(i.createdAt)},
                  {QStringLiteral("updated"), stamp(i.updatedAt)}};
    if (const auto app = vault.applications().find(i.applicationId)) {
        o.insert(QStringLiteral("company"), app->company);
        o.insert(QStringLiteral("role"), app->role);
    }
    QJsonArray with;
    for (const JobPerson &p : vault.interviews().interviewers(i.id))
        with.append(p.name);
    o.insert(QStringLiteral("interviewers"), with);
    return o;
}

QJsonObject Commands::detailsJson(Vault &vault, const JobApplication &app) {
    QJsonObject o = toJson(app);
    QJsonArray history, people, interviews, feedback, reminders;
    for (const StageEvent &e : vault.applications().history(app.id))
        history.append(toJson(e));
    for (const JobPerson &p : vault.applications().people(app.id))
        people.append(toJson(p));
    QList<Reminder> due = vault.reminders().forSubject(app.id);
    for (const Interview &i : vault.interviews().forApplication(app.id)) {
        interviews.append(toJson(vault, i));
        due += vault.reminders().forSubject(i.id);
    }
    for (const Feedback &f : vault.feedback().forApplication(app.id))
        feedback.append(toJson(vault, f));
    std::stable_sort(due.begin(), due.end(),
                     [](const Reminder &x, const Reminder &y) { return x.dueOn < y.dueOn; });
    for (const Reminder &r : due)
        reminders.append(toJson(r));
    o.insert(QStringLiteral("history"), history);
    o.insert(QStringLiteral("people"), people);
    o.insert(QStringLiteral("interviews"), interviews);
    o.insert(QStringLiteral("feedback"), feedback);
    o.insert(QStringLiteral("reminders"), reminders);
    const auto flow = vault.rejectionFlows().forApplication(app.id);
    o.insert(QStringLiteral("rejection_flow"),
             flow
                 ? QJsonValue(QJsonObject{{QStringLiteral("id"), flow->id},
                                          {QStringLiteral("rejected_on"), day(flow->rejectedOn)},
                                          {QStringLiteral("current_step"), optionalJson(flow->currentStep())},
                                          {QStringLiteral("closed"), flow->closed}})
                 : QJsonValue());
    return o;
}

void Commands::printDetails(Vault &vault, const JobApplication &app) {
    out << titleOf(app) << '\n';
    QList<QStringList> fields{
        {CliText::tr("ID:"), app.id},
        {CliText::tr("Stage:"), CliText::tr("%1 since %2").arg(stage::label(app.stage), day(app.stageDate))}};
    if (!app.link.isEmpty())
        fields.append({CliText::tr("Link:"), app.link});
    if (!app.source.isEmpty())
        fields.append({CliText::tr("Source:"), app.source});
    if (!placeLabel(app).isEmpty())
        fields.append({CliText::tr("Where:"), placeLabel(app)});
    if (!salaryLabel(app).isEmpty())
        fields.append({CliText::tr("Salary:"), salaryLabel(app)});
    else if (!app.salaryCurrency.isEmpty())
        fields.append({CliText::tr("Currency:"), app.salaryCurrency});
    fields.append({CliText::tr("Added:"), app.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))});
    printTable(fields);

    out << '\n' << CliText::tr("History") << '\n';
    QList<QStringList> history;
    for (const StageEvent &e : vault.applications().history(app.id))
        history.append({day(e.date), stage::label(e.stage),
                        e.note.isEmpty() ? QString() : QStringLiteral("“%1”").arg(e.note)});
    printTable(history, QStringLiteral("  "));

    const QList<JobPerson> people = vault.applications().people(app.id);
    if (!people.isEmpty()) {
        out << '\n' << CliText::tr("People") << '\n';
        QList<QStringList> rows;
        for (const JobPerson &p : people)
            rows.append({p.name, personrole::label(p.role),
                         p.email.isEmpty() ? QString() : QStringLiteral("<%1>").arg(p.email)});
        printTable(rows, QStringLiteral("  "));
    }

    const QList<Interview> interviews = vault.interviews().forApplication(app.id);
    QList<Reminder> due = vault.reminders().forSubject(app.id);
    if (!interviews.isEmpty()) {
        out << '\n' << CliText::tr("Interviews") << '\n';
        for (const Interview &i : interviews) {
            due += vault.reminders().forSubject(i.id);
            QStringList names;
            for (const JobPerson &p : vault.interviews().interviewers(i.id))
                names << p.name;
            QStringList line{i.id.left(kShortId), minute(i.startsAt), interviewkind::label(i.kind)};
            if (!names.isEmpty())
                line << CliText::tr("with %1").arg(names.join(QStringLiteral(", ")));
            if (!confidenceLabel(i).isEmpty())
                line << confidenceLabel(i);
            out << "  " << line.join(QStringLiteral("  ")) << '\n';
            const QList<QPair<QString, QString>> reflection{{CliText::tr("Stumped me"), i.stumped},
                                                            {CliText::tr("Less confident"), i.lessConfident},
                                                            {CliText::tr("Went well"), i.wentWell},
                                                            {CliText::tr("Next time"), i.doDifferently},
                                                            {CliText::tr("Notes"), i.notes}};
            for (const auto &[label, text] : reflection)
                if (!text.isEmpty())
                    out << "    " << label << ": " << preview(text, 100) << '\n';
        }
    }

    const QList<Feedback> feedback = vault.feedback().forApplication(app.id);
    if (!feedback.isEmpty()) {
        out << '\n' << CliText::tr("Feedback") << '\n';
        QHash<QString, QString> skillNames;
        for (const Skill &s : vault.feedback().skills())
            skillNames.insert(s.id, s.name);
        for (const Feedback &f : feedback) {
            QStringList line{f.id.left(kShortId), day(f.receivedOn), feedbacksource::label(f.source)};
            QStringList skills; // as feedback list shows them: +strength −weakness
            for (const QString &id : f.strengths)
                skills << u'+' + skillNames.value(id);
            for (const QString &id : f.weaknesses)
                skills << QChar(0x2212) + skillNames.value(id);
            if (!skills.isEmpty())
                line << skills.join(u' ');
            out << "  " << line.join(QStringLiteral("  ")) << '\n';
            if (!f.text.isEmpty())
                out << "    " << preview(f.text, 100) << '\n';
        }
    }

    if (!due.isEmpty()) {
        std::stable_sort(due.begin(), due.end(),
                         [](const Reminder &x, const Reminder &y) { return x.dueOn < y.dueOn; });
        out << '\n' << CliText::tr("Reminders") << '\n';
        QList<QStringList> rows;
        for (const Reminder &r : due)
            rows.append({r.done ? QStringLiteral("[x]") : QStringLiteral("[ ]"), day(r.dueOn), r.title});
        printTable(rows, QStringLiteral("  "));
    }

    if (const auto flow = vault.rejectionFlows().forApplication(app.id); flow && !flow->closed) {
        const auto settled = std::count_if(flow->states.cbegin(), flow->states.cend(),
                                           [](const QString &state) { return !state.isEmpty(); });
        out << '\n'
            << (settled == 0
                    ? CliText::tr("The guided rejection flow is waiting for you in the app.")
                    : CliText::tr("The guided rejection flow is waiting for you in the app (%1 of %2 steps done).")
                          .arg(settled)
                          .arg(rejectionstep::all().size()))
            << '\n';
    }

    if (!app.notes.isEmpty())
        out << '\n' << CliText::tr("Notes") << '\n' << app.notes << '\n';
}

// ---- app -----------------------------------------------------------------------------

int Commands::appAdd() {
    a.allowOnly({kCompany, kRole, kLink, kSource, kLocation, kRemote, kSalary, kCurrency, kStage, kDate,
                 kNote, kNotes, kContact},
                true);
    a.allowWords(2);
    if (!a.has(kCompany))
        throw UsageError(CliText::tr("Which company? app add needs --company NAME."));
    // Everything is parsed before unlocking: a typo never costs a passphrase prompt.
    const ApplicationOptions o = applicationOptions(false);
    auto vault = unlock();
    JobApplication draft;
    draft.stage = o.stage;    // "" = applied
    draft.stageDate = o.date; // invalid = today
    ApplicationOptions withText = o;
    for (const QString &name : kApplicationTextOptions)
        if (const auto text = textOption(name)) // "-": read from stdin now, after the passphrase
            withText.texts.insert(name, *text);
    applyOptions(withText, draft);
    const JobApplication app = vault->applications().create(draft, o.note);
    try {
        addContacts(*vault, app.id, o);
    } catch (const Error &) {
        vault->applications().remove(app.id); // all or nothing
        throw;
    }
    if (a.json)
        printJson(detailsJson(*vault, app));
    else
        out << app.id << '\n';
    return Ok;
}

int Commands::appList() {
    a.allowOnly({kStage, kOpen, kClosed, kSearch, kSource, kRemote}, true);
    a.allowWords(2);
    if (a.has(kOpen) && a.has(kClosed))
        throw UsageError(CliText::tr("Give --open or --closed, not both (without either, all are listed)."));
    ApplicationFilter filter;
    for (const QString &s : a.list(kStage))
        filter.stages << parseKey(s, stage::all(), stage::label, kStage);
    if (a.has(kOpen) || a.has(kClosed)) {
        const bool closed = a.has(kClosed);
        QStringList wanted = filter.stages.isEmpty() ? stage::all() : filter.stages;
        wanted.removeIf([&](const QString &key) { return stage::isClosed(key) != closed; });
        filter.stages = wanted;
    }
    const bool nothingCanMatch = a.has(kStage) && filter.stages.isEmpty(); // e.g. --stage offer --closed
    filter.text = a.value(kSearch);
    filter.source = a.value(kSource).trimmed();
    if (a.has(kRemote))
        filter.workMode = parseKey(a.value(kRemote), workmode::all(), workmode::label, kRemote);
    auto vault = unlock();
    const QList<JobApplication> apps =
        nothingCanMatch ? QList<JobApplication>() : vault->applications().list(filter);
    if (a.json) {
        QJsonArray arr;
        for (const JobApplication &app : apps)
            arr.append(toJson(app));
        printJson(arr);
        return Ok;
    }
    const bool filtered =
        a.has(kStage) || a.has(kOpen) || a.has(kClosed) || a.has(kSearch) || a.has(kSource) || a.has(kRemote);
    if (apps.isEmpty()) {
        out << (filtered ? CliText::tr("No applications match.")
                         : CliText::tr("No applications yet. Add one with \"rebound-cli app add --company NAME\"."))
            << '\n';
        return Ok;
    }
    // One table (columns line up across stages) with a heading before each stage.
    QList<QStringList> rows;
    QMap<qsizetype, QString> headings;
    for (const JobApplication &app : apps) {
        if (rows.isEmpty() || app.stage != apps[rows.size() - 1].stage) {
            const auto inStage = std::count_if(apps.cbegin(), apps.cend(),
                                               [&](const JobApplication &x) { return x.stage == app.stage; });
            headings.insert(rows.size(), CliText::tr("%1 (%2)").arg(stage::label(app.stage)).arg(inStage));
        }
        rows.append({app.id.left(kShortId), preview(app.company, kCellChars), preview(app.role, kCellChars),
                     day(app.stageDate), preview(placeLabel(app), kCellChars),
                     preview(app.source, kCellChars)});
    }
    printTable(rows, QStringLiteral("  "), headings);
    return Ok;
}

int Commands::appShow() {
    a.allowOnly({}, true);
    a.allowWords(3);
    auto vault = unlock();
    const auto app = vault->applications().find(resolveApplication(*vault, a.words.value(2)));
    if (!app) // deleted by another process a moment ago
        throw Error(ErrorCode::NotFound, CliText::tr("That application no longer exists."));
    if (a.json) {
        out << QJsonDocument(detailsJson(*vault, *app)).toJson(QJsonDocument::Indented);
        return Ok;
    }
    printDetails(*vault, *app);
    return Ok;
}

int Commands::appStage() {
    a.allowOnly({kDate, kNote}, true);
    a.allowWords(4);
    if (a.words.size() < 4)
        throw UsageError(CliText::tr("app stage needs the application's ID and the new stage, e.g. "
                            "\"app stage 3f2a interviewing\"."));
    const QString stageKey = parseKey(a.words.value(3), stage::all(), stage::label, CliText::tr("The stage"));
    const QDate date = a.has(kDate) ? parseDate(a.value(kDate)) : QDate(); // the repository's today
    const QString note = a.value(kNote);
    auto vault = unlock();
    const QString id = resolveApplication(*vault, a.words.value(2));
    const auto before = vault->applications().find(id);
    if (!before)
        throw Error(ErrorCode::NotFound, CliText::tr("That application no longer exists."));
    const StageEvent event = vault->applications().moveTo(id, stageKey, date, note);
    const JobApplication app = vault->applications().find(id).value_or(*before);
    const bool isCurrent = app.stage == event.stage && app.stageDate == event.date;

    // A new rejection: prepare the guided flow so it is waiting in the app. It is a
    // conversation (feelings, drafts to edit, reminders to choose), not a terminal form.
    std::optional<RejectionFlow> flow;
    std::optional<RejectionCoach::ReviewSuggestion> review;
    if (event.stage == stage::kRejected && isCurrent && before->stage != stage::kRejected) {
        RejectionCoach coach(*vault, AppSettings().rejection());
        flow = coach.start(id);
        review = coach.reviewSuggestion();
    }

    if (a.json) {
        printJson(
            QJsonObject{{QStringLiteral("event"), toJson(event)},
                        {QStringLiteral("application"), toJson(app)},
                        {QStringLiteral("rejection_flow"), flow ? QJsonValue(flow->id) : QJsonValue()}});
    }
    if (isCurrent)
        err << CliText::tr("%1 is now at %2 (since %3).")
                   .arg(titleOf(app), stage::label(app.stage), day(app.stageDate))
            << Qt::endl;
    else
        err << CliText::tr("Recorded %1 on %2 in the history; %3 stays at %4, a later step.")
                   .arg(stage::label(event.stage), day(event.date), titleOf(app), stage::label(app.stage))
            << Qt::endl;
    if (flow) {
        err << CliText::tr("I'm sorry. A rejection stings, and it says nothing final about what you are worth.\n"
                  "Rebound has a short guided flow for this moment: name how you feel, ask for\n"
                  "feedback, keep the door open, note what went well. It is a conversation, not a\n"
                  "command, so it does not run here: it is waiting for you in the app, on this\n"
                  "application.")
            << Qt::endl;
        if (review && review->suggested)
            err << CliText::tr("That is %1 rejections in the last %2 days. When you are ready, a goal review\n"
                      "in the app can help you decide what to change, and what to keep.")
                       .arg(review->rejections)
                       .arg(review->windowDays)
                << Qt::endl;
    }
    return Ok;
}

int Commands::appEdit() {
    if (a.has(kStage) || a.has(kDate) || a.has(kNote))
        throw UsageError(
            CliText::tr("The stage changes with \"app stage ID STAGE [--date D] [--note N]\", which keeps "
               "its history; app edit changes the other fields."));
    a.allowOnly({kCompany, kRole, kLink, kSource, kLocation, kRemote, kSalary, kCurrency, kNotes, kContact},
                true);
    a.allowWords(3);
    const ApplicationOptions o = applicationOptions(true);
    auto vault = unlock();
    const QString id = resolveApplication(*vault, a.words.value(2));
    const auto current = vault->applications().find(id);
    if (!current)
        throw Error(ErrorCode::NotFound, CliText::tr("That application no longer exists."));
    JobApplication next = *current;
    ApplicationOptions withText = o;
    for (const QString &name : kApplicationTextOptions)
        if (const auto text = textOption(name))
            withText.texts.insert(name, *text);
    applyOptions(withText, next);
    const QList<JobPerson> peopleBefore = vault->applications().people(id);
    const JobApplication stored = vault->applications().update(next);
    addContacts(*vault, id, o);
    const bool changed = stored != *current || vault->applications().people(id) != peopleBefore;
    if (a.json)
        printJson(detailsJson(*vault, stored));
    err << (changed ? CliText::tr("Updated %1.") : CliText::tr("Nothing to change in %1.")).arg(titleOf(stored)) << Qt::endl;
    return Ok;
}

int Commands::appDelete() {
    a.allowOnly({kYes}, false);
    a.allowWords(3);
    if (a.words.size() < 3)
        throw UsageError(CliText::tr("Which application? Give its ID (see \"app list\")."));
    const bool sure = a.has(kYes);
    if (!sure && !in.interactive())
        throw UsageError(
            CliText::tr("Deleting cannot be undone here: add --yes to confirm (there is no terminal to ask on)."));
    auto vault = unlock();
    const QString id = resolveApplication(*vault, a.words.value(2));
    const auto app = vault->applications().find(id);
    if (!app)
        throw Error(ErrorCode::NotFound, CliText::tr("That application no longer exists."));
    if (!sure) {
        const auto interviews = vault->interviews().forApplication(id).size();
        const QString question = interviews
                                     ? CliText::tr("Delete %1 with its stage history, people and %2 interview(s)?")
                                           .arg(titleOf(*app))
                                           .arg(interviews)
                                     : CliText::tr("Delete %1 with its stage history and people?").arg(titleOf(*app));
        if (!confirm(question)) {
            err << CliText::tr("Nothing was deleted.") << Qt::endl;
            return Failure;
        }
    }
    const RemovedApplication removed = vault->applications().remove(id);
    err << CliText::tr("Deleted %1.").arg(titleOf(*app)) << Qt::endl;
    if (!removed.feedback.isEmpty())
        err << CliText::tr("Its feedback stays in your skills plan.") << Qt::endl;
    return Ok;
}

int Commands::appExport() {
    a.allowOnly({kFormat, kOutput}, false);
    a.allowWords(2);
    const QString format = parseKey(a.value(kFormat, QStringLiteral("csv")),
                                    {QStringLiteral("csv"), QStringLiteral("json")}, identity, kFormat);
    const QString path = a.value(kOutput);
    if (a.has(kOutput)) {
        const QFileInfo file(path);
        if (path.trimmed().isEmpty() || file.isDir())
            throw UsageError(CliText::tr("--output takes the name of a file to write."));
        if (!file.absoluteDir().exists())
            throw Error(ErrorCode::Io, CliText::tr("The folder %1 does not exist; nothing was written.")
                                           .arg(QDir::toNativeSeparators(file.absolutePath())));
    }
    auto vault = unlock();
    const QList<ApplicationRecord> records = exporting::collect(*vault);
    const QByteArray bytes =
        format == u"json" ? exporting::applicationsJson(records) : exporting::applicationsCsv(records);
    if (a.has(kOutput)) {
        try {
            writeFileAtomically(path, bytes);
        } catch (const Error &e) {
            if (e.code() == ErrorCode::DiskFull)
                throw;
            throw Error(e.code(), CliText::tr("Could not write %1 (is the folder writable?). Nothing was written.")
                                      .arg(QDir::toNativeSeparators(path)));
        }
        err << CliText::tr("Exported %1 application(s) to %2.").arg(records.size()).arg(QDir::toNativeSeparators(path))
            << Qt::endl
            << CliText::tr("Warning: the export is not encrypted. Anyone who can read the file can read your "
                  "applications; delete it when you no longer need it.")
            << Qt::endl;
        return Ok;
    }
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF))) // the byte-order mark is for spreadsheets opening a file, not pipes
        text.remove(0, 1);
    out << text;
    out.flush();
    err << CliText::tr("Warning: the export is not encrypted; take care where you keep it.") << Qt::endl;
    return Ok;
}

// ---- interviews ------------------------------------------------------------------------

struct Commands::InterviewOptions {
    std::optional<QDateTime> at;
    QString kind;
    std::optional<int> before, after;
    QStringList with;
};

Commands::InterviewOptions Commands::interviewOptions() const {
    InterviewOptions o;
    if (a.has(kAt))
        o.at = parseDateTime(a.value(kAt));
    if (a.has(kKind))
        o.kind = parseKey(a.value(kKind), interviewkind::all(), interviewkind::label, kKind);
    if (a.has(kBefore))
        o.before = parseScale(a.value(kBefore), kBefore);
    if (a.has(kAfter))
        o.after = parseScale(a.value(kAfter), kAfter);
    for (const QString &name : a.options.value(kWith)) {
        const QString clean =
            text::cleanLine(name, JobPerson::kMaxNameChars, QT_TRANSLATE_NOOP("TextRules", "The name"));
        if (clean.isEmpty())
            throw UsageError(CliText::tr("--with takes a name."));
        o.with << clean;
    }
    checkSingleStdin(kInterviewTextOptions);
    return o;
}

namespace {
void applyReflection(const QHash<QString, QString> &texts, Interview &i) {
    const QHash<QString, QString *> fields{{kStumped, &i.stumped},
                                           {kLessConfident, &i.lessConfident},
                                           {kWentWell, &i.wentWell},
                                           {kDifferently, &i.doDifferently},
                                           {kNotes, &i.notes}};
    for (auto it = texts.constBegin(); it != texts.constEnd(); ++it)
        *fields.value(it.key()) = it.value();
}
} // namespace

int Commands::interviewAdd() {
    const QStringList options{kAt,      kKind,          kWith,     kBefore,      kAfter,
                              kStumped, kLessConfident, kWentWell, kDifferently, kNotes};
    a.allowOnly(options, true);
    a.allowWords(3);
    if (a.words.size() < 3)
        throw UsageError(CliText::tr("Which application? interview add needs its ID (see \"app list\")."));
    if (!a.has(kAt))
        throw UsageError(CliText::tr("When is it? interview add needs --at \"YYYY-MM-DD HH:MM\"."));
    const InterviewOptions o = interviewOptions();
    auto vault = unlock();
    Interview draft;
    draft.applicationId = resolveApplication(*vault, a.words.value(2));
    draft.startsAt = *o.at;
    draft.kind = o.kind; // "" = phone screen
    draft.confidenceBefore = o.before.value_or(0);
    draft.confidenceAfter = o.after.value_or(0);
    QHash<QString, QString> texts;
    for (const QString &name : kInterviewTextOptions)
        if (const auto text = textOption(name))
            texts.insert(name, *text);
    applyReflection(texts, draft);
    QList<JobPerson> interviewers;
    for (const QString &name : o.with) {
        JobPerson p;
        p.name = name;
        interviewers << p;
    }
    const Interview interview = vault->interviews().create(draft, interviewers);
    if (a.json)
        printJson(toJson(*vault, interview));
    else
        out << interview.id << '\n';
    for (const Reminder &r : vault->reminders().forSubject(interview.id))
        if (r.kind == reminderkind::kInterviewPrep && !r.done)
            err << CliText::tr("Reminder to prepare: %1.").arg(day(r.dueOn)) << Qt::endl;
    return Ok;
}

int Commands::interviewEdit() {
    const QStringList options{kAt,      kKind,          kWith,     kBefore,      kAfter,
                              kStumped, kLessConfident, kWentWell, kDifferently, kNotes};
    a.allowOnly(options, true);
    a.allowWords(3);
    const InterviewOptions o = interviewOptions();
    auto vault = unlock();
    const QString id = resolveInterview(*vault, a.words.value(2));
    const auto current = vault->interviews().find(id);
    if (!current)
        throw Error(ErrorCode::NotFound, CliText::tr("That interview no longer exists."));
    Interview next = *current;
    if (o.at)
        next.startsAt = *o.at;
    if (!o.kind.isEmpty())
        next.kind = o.kind;
    if (o.before)
        next.confidenceBefore = *o.before;
    if (o.after)
        next.confidenceAfter = *o.after;
    QHash<QString, QString> texts;
    for (const QString &name : kInterviewTextOptions)
        if (const auto text = textOption(name))
            texts.insert(name, *text);
    applyReflection(texts, next);
    const Interview stored = vault->interviews().update(next);
    bool changed = stored != *current;
    const QList<JobPerson> already = vault->interviews().interviewers(id);
    for (const QString &name : o.with) {
        const bool known = std::any_of(already.cbegin(), already.cend(), [&](const JobPerson &p) {
            return p.name.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (known)
            continue;
        JobPerson p;
        p.applicationId = stored.applicationId;
        p.interviewId = stored.id;
        p.role = QStringLiteral("interviewer");
        p.name = name;
        vault->applications().addPerson(p);
        changed = true;
    }
    if (a.json)
        printJson(toJson(*vault, stored));
    err << (changed ? CliText::tr("Updated the interview of %1.") : CliText::tr("Nothing to change in the interview of %1."))
               .arg(minute(stored.startsAt))
        << Qt::endl;
    return Ok;
}

int Commands::interviewList() {
    a.allowOnly({kUpcoming}, true);
    a.allowWords(3);
    const bool upcoming = a.has(kUpcoming);
    auto vault = unlock();
    const QDateTime from = now(*vault);
    QList<Interview> interviews;
    if (a.words.size() > 2) {
        interviews = vault->interviews().forApplication(resolveApplication(*vault, a.words.value(2)));
        if (upcoming)
            interviews.removeIf([&](const Interview &i) { return i.startsAt < from; });
    } else {
        interviews = upcoming ? vault->interviews().upcoming(from, kAll) : vault->interviews().latest(kAll);
    }
    if (a.json) {
        QJsonArray arr;
        for (const Interview &i : interviews)
            arr.append(toJson(*vault, i));
        printJson(arr);
        return Ok;
    }
    if (interviews.isEmpty()) {
        out << (upcoming ? CliText::tr("No interviews ahead.") : CliText::tr("No interviews yet.")) << '\n';
        return Ok;
    }
    QHash<QString, QString> titles;
    for (const JobApplication &app : vault->applications().list())
        titles.insert(app.id, preview(titleOf(app), kCellChars * 2));
    QList<QStringList> rows;
    for (const Interview &i : interviews) {
        QStringList names;
        for (const JobPerson &p : vault->interviews().interviewers(i.id))
            names << p.name;
        rows.append({i.id.left(kShortId), minute(i.startsAt), interviewkind::label(i.kind),
                     titles.value(i.applicationId),
                     names.isEmpty()
                         ? QString()
                         : CliText::tr("with %1").arg(preview(names.join(QStringLiteral(", ")), kCellChars)),
                     confidenceLabel(i)});
    }
    printTable(rows);
    return Ok;
}

} // namespace rebound::cli
