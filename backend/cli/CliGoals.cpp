// rebound-cli: goals, re-evaluation checklists and reviews.
#include "CliCommands.h"

#include "services/AppSettings.h"
#include "services/GoalProgress.h"
#include "services/ReviewExport.h"
#include "services/ReviewSchedule.h"
#include "services/ReviewSummary.h"
#include "storage/AtomicFile.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <algorithm>

namespace rebound::cli {

using namespace opt;

namespace {

constexpr int kCellChars = 48; // longest title in a table cell before it is cut

// Goal kinds a concrete goal can have (the north star has its own command).
QStringList concreteKinds() {
    QStringList kinds = goalkind::all();
    kinds.removeAll(goalkind::kNorthStar);
    return kinds;
}

int parsePerWeek(const QString &text) {
    bool ok = false;
    const int n = text.trimmed().toInt(&ok);
    if (!ok || n < 1 || n > Goal::kMaxWeeklyTarget)
        throw UsageError(CliText::tr("--per-week takes a whole number from 1 to %1.").arg(Goal::kMaxWeeklyTarget));
    return n;
}

// A date option where "" clears it.
QDate parseOptionalDate(const QString &text) {
    return text.trimmed().isEmpty() ? QDate() : parseDate(text.trimmed());
}

// Checks the form of --metric before the vault is opened; effort names are
// resolved against the catalog afterwards (resolveMetric).
void checkMetricForm(const QString &text) {
    const QString m = text.trimmed();
    if (effortmetric::builtIns().contains(m.toLower()))
        return;
    if (m.startsWith(effortmetric::kEffortPrefix, Qt::CaseInsensitive) &&
        m.size() > effortmetric::kEffortPrefix.size())
        return;
    throw UsageError(CliText::tr("--metric takes one of: %1, or effort:NAME for check-ins tagged with an effort "
                        "(not “%2”).")
                         .arg(effortmetric::builtIns().join(QStringLiteral(", ")), text));
}

// "GOAL_ID:STATUS" for --follow-up-status.
QPair<QString, QString> parseGoalStatus(const QString &text) {
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0 || colon == text.size() - 1)
        throw UsageError(CliText::tr("--follow-up-status takes GOAL_ID:STATUS, e.g. 1a2b3c4d:paused."));
    return {text.left(colon).trimmed(),
            parseKey(text.mid(colon + 1), goalstatus::all(), goalstatus::label, kFollowUpStatus)};
}

// Weeks start where the app's do (the locale's first day), so the counts agree.
Qt::DayOfWeek firstDayOfWeek() {
    return QLocale().firstDayOfWeek();
}

QString countLabel(int answered, int total) {
    return QStringLiteral("%1/%2").arg(answered).arg(total);
}

QString signedNumber(double value) {
    return (value > 0 ? QStringLiteral("+") : QString()) + QString::number(value, 'f', 1);
}

} // namespace

// ---- shared ------------------------------------------------------------------------------

QString Commands::resolveGoal(Vault &vault, const QString &prefix) {
    if (prefix.trimmed().isEmpty())
        throw UsageError(CliText::tr("Which goal? Give its ID (see \"goal list --all\")."));
    QStringList ids;
    for (const Goal &g : vault.goals().list(true))
        ids << g.id;
    return matchPrefix(ids, prefix, CliText::tr("No goal has the ID %1."));
}

QString Commands::resolveReview(Vault &vault, const QString &prefix) {
    if (prefix.trimmed().isEmpty())
        throw UsageError(CliText::tr("Which review? Give its ID (see \"review list\")."));
    QStringList ids;
    for (const Review &r : vault.reviews().list())
        ids << r.id;
    return matchPrefix(ids, prefix, CliText::tr("No review has the ID %1."));
}

Checklist Commands::resolveChecklist(Vault &vault, const QString &nameOrId) {
    if (nameOrId.trimmed().isEmpty()) {
        if (const auto standard = vault.checklists().find(ChecklistRepository::kDefaultId))
            return *standard;
        const QList<Checklist> all = vault.checklists().list();
        if (all.isEmpty())
            throw Error(ErrorCode::NotFound, CliText::tr("There is no checklist to review; add one in the app."));
        return all.constFirst();
    }
    if (const auto named = vault.checklists().findByName(nameOrId.trimmed()))
        return *named;
    QStringList ids, names;
    for (const Checklist &c : vault.checklists().list()) {
        ids << c.id;
        names << QStringLiteral("“%1”").arg(c.name);
    }
    try {
        const auto found = vault.checklists().find(matchPrefix(ids, nameOrId, QStringLiteral("%1")));
        if (found)
            return *found;
    } catch (const Error &) {
    }
    throw Error(ErrorCode::NotFound, CliText::tr("No checklist is called or has the ID “%1”. Checklists: %2.")
                                         .arg(nameOrId, names.join(QStringLiteral(", "))));
}

QString Commands::resolveMetric(Vault &vault, const QString &text) {
    const QString m = text.trimmed();
    if (effortmetric::builtIns().contains(m.toLower()))
        return m.toLower();
    const QString name = m.mid(effortmetric::kEffortPrefix.size()).trimmed();
    std::optional<CatalogItem> effort = vault.catalog().resolve(CatalogItem::Kind::Effort, name);
    if (!effort) // "effort:reached-out" for the item with id "effort:reached-out"
        effort = vault.catalog().resolve(CatalogItem::Kind::Effort, effortmetric::kEffortPrefix + name);
    if (!effort) // "reached-out" for "Reached out"
        effort = vault.catalog().resolve(CatalogItem::Kind::Effort, QString(name).replace(u'-', u' '));
    if (!effort) {
        QStringList known;
        for (const CatalogItem &item : vault.catalog().visibleItems(CatalogItem::Kind::Effort))
            known << item.name;
        throw Error(
            ErrorCode::NotFound,
            CliText::tr("There is no effort called “%1”. Efforts: %2.").arg(name, known.join(QStringLiteral(", "))));
    }
    return effortmetric::kEffortPrefix + effort->id;
}

QString Commands::metricLabel(Vault &vault, const QString &metric) {
    if (metric.startsWith(effortmetric::kEffortPrefix))
        return effortmetric::label(metric,
                                   vault.catalog().nameOf(metric.mid(effortmetric::kEffortPrefix.size())));
    return effortmetric::label(metric);
}

QJsonObject Commands::toJson(Vault &vault, const Goal &g) {
    QJsonObject o{{QStringLiteral("id"), g.id},
                  {QStringLiteral("kind"), g.kind},
                  {QStringLiteral("title"), g.title},
                  {QStringLiteral("notes"), g.notes},
                  {QStringLiteral("status"), g.status},
                  {QStringLiteral("status_on"), optionalJson(g.statusOn)},
                  {QStringLiteral("alternative_to"), optionalJson(g.parentId)},
                  {QStringLiteral("by"), optionalJson(g.targetDate)},
                  {QStringLiteral("created"), stamp(g.createdAt)},
                  {QStringLiteral("updated"), stamp(g.updatedAt)}};
    if (g.kind == goalkind::kEffort) {
        o.insert(QStringLiteral("metric"), g.metric);
        o.insert(QStringLiteral("metric_label"), metricLabel(vault, g.metric));
        o.insert(QStringLiteral("per_week"), g.weeklyTarget);
    }
    return o;
}

QJsonObject Commands::toJson(const Review &r) {
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("checklist_id"), r.checklistId},
            {QStringLiteral("checklist"), r.checklistName},
            {QStringLiteral("started"), day(r.startedOn)},
            {QStringLiteral("finished"), optionalJson(r.finishedOn)},
            {QStringLiteral("in_progress"), !r.isFinished()},
            {QStringLiteral("summary"), r.summary}};
}

QJsonObject Commands::toJson(const ReviewAnswer &answer) {
    QJsonObject o{{QStringLiteral("id"), answer.id},
                  {QStringLiteral("number"), answer.position},
                  {QStringLiteral("question"), answer.itemText},
                  {QStringLiteral("hint"), answer.itemHint},
                  {QStringLiteral("answer"), optionalJson(answer.answer)},
                  {QStringLiteral("note"), answer.note}};
    if (answer.followUp.isEmpty()) {
        o.insert(QStringLiteral("follow_up"), QJsonValue());
    } else {
        o.insert(QStringLiteral("follow_up"),
                 QJsonObject{{QStringLiteral("kind"), answer.followUp.kind},
                             {QStringLiteral("title"), answer.followUp.title},
                             {QStringLiteral("target"), answer.followUp.target},
                             {QStringLiteral("detail"), answer.followUp.detail},
                             {QStringLiteral("created_id"), optionalJson(answer.followUpId)}});
    }
    return o;
}

QString Commands::followUpText(Vault &vault, const FollowUp &f) {
    if (f.kind == followup::kNewGoal)
        return CliText::tr("new goal “%1” (%2)").arg(f.title, goalkind::label(f.target));
    if (f.kind == followup::kGoalStatus) {
        const auto goal = vault.goals().find(f.target);
        const QString title = goal ? goal->title : f.title;
        return CliText::tr("goal “%1” → %2").arg(title, goalstatus::label(f.detail));
    }
    if (f.kind == followup::kSkillAction)
        return CliText::tr("skills action “%1” for %2 (%3)").arg(f.title, f.target, actionkind::label(f.detail));
    return {};
}

// ---- goals ---------------------------------------------------------------------------------

int Commands::goalAdd() {
    a.allowOnly({kKind, kNotes, kBy, kMetric, kPerWeek, kAlternativeTo}, true);
    const QString title = a.words.mid(2).join(u' ').trimmed();
    if (title.isEmpty())
        throw UsageError(CliText::tr("What is the goal? e.g. goal add \"Backend engineer\" --kind role."));
    Goal draft;
    draft.title = title;
    const bool effortOptions = a.has(kMetric) || a.has(kPerWeek);
    if (a.has(kKind))
        draft.kind = parseKey(a.value(kKind), concreteKinds(), goalkind::label, kKind);
    else if (effortOptions)
        draft.kind = goalkind::kEffort;
    else
        draft.kind = QString(); // the parent's kind for an alternative, else "other"
    if (draft.kind == goalkind::kEffort && !(a.has(kMetric) && a.has(kPerWeek)))
        throw UsageError(CliText::tr("A weekly effort goal needs --metric and --per-week, e.g. --metric applications "
                            "--per-week 10."));
    if (effortOptions && !draft.kind.isEmpty() && draft.kind != goalkind::kEffort)
        throw UsageError(CliText::tr("--metric and --per-week are for weekly effort goals (--kind effort)."));
    if (a.has(kMetric))
        checkMetricForm(a.value(kMetric));
    if (a.has(kPerWeek))
        draft.weeklyTarget = parsePerWeek(a.value(kPerWeek));
    if (a.has(kBy))
        draft.targetDate = parseOptionalDate(a.value(kBy));
    draft.notes = a.value(kNotes);
    auto vault = unlock();
    if (a.has(kAlternativeTo)) {
        draft.parentId = resolveGoal(*vault, a.value(kAlternativeTo));
        if (draft.kind.isEmpty())
            if (const auto parent = vault->goals().find(draft.parentId))
                draft.kind = parent->kind;
        if (draft.kind == goalkind::kEffort && !a.has(kMetric))
            throw UsageError(CliText::tr("A weekly effort goal needs --metric and --per-week, e.g. --metric "
                                "applications --per-week 10."));
    }
    if (draft.kind.isEmpty())
        draft.kind = goalkind::kOther;
    if (a.has(kMetric))
        draft.metric = resolveMetric(*vault, a.value(kMetric));
    const Goal g = vault->goals().create(draft);
    if (a.json)
        printJson(toJson(*vault, g));
    else
        out << g.id << '\n';
    return Ok;
}

int Commands::goalNorthStar() {
    a.allowOnly({kNotes}, true);
    auto show = [&](Vault &vault, const std::optional<Goal> &star) {
        if (a.json) {
            printJson(QJsonObject{
                {QStringLiteral("north_star"), star ? QJsonValue(toJson(vault, *star)) : QJsonValue()}});
            return;
        }
        if (!star) {
            out << CliText::tr("No north star yet. Set the long-term goal you keep your eye on: rebound-cli goal "
                      "north-star \"TEXT\".")
                << '\n';
            return;
        }
        out << star->title << '\n';
        if (!star->notes.isEmpty())
            out << '\n' << star->notes << '\n';
    };
    if (a.words.size() <= 2) {
        if (a.has(kNotes))
            throw UsageError(
                CliText::tr("Give the north star's text with --notes, e.g. goal north-star \"TEXT\" --notes "
                   "\"why it matters\"."));
        auto vault = unlock();
        show(*vault, vault->goals().northStar());
        return Ok;
    }
    const QString title = a.words.mid(2).join(u' ').trimmed();
    auto vault = unlock();
    QString notes = a.value(kNotes);
    if (!a.has(kNotes)) // notes stay unless given
        if (const auto current = vault->goals().northStar())
            notes = current->notes;
    const auto star = vault->goals().setNorthStar(title, notes);
    if (a.json)
        show(*vault, star);
    err << (star ? CliText::tr("Your north star: %1").arg(star->title) : CliText::tr("Cleared your north star.")) << Qt::endl;
    return Ok;
}

int Commands::goalList() {
    a.allowOnly({kShowAll}, true);
    a.allowWords(2);
    auto vault = unlock();
    const bool all = a.has(kShowAll);
    const QDate today = localToday(vault->store().clock());
    GoalProgress progress(*vault, firstDayOfWeek());
    const QDate weekStart = progress.weekStart(today);
    const auto star = vault->goals().northStar();
    const QList<Goal> goals = vault->goals().list(all);
    QHash<QString, int> thisWeek; // effort goal id -> count this week
    for (const Goal &g : goals)
        if (g.kind == goalkind::kEffort && g.isOpen())
            thisWeek.insert(g.id, progress.progress(g, weekStart, today).thisWeek);

    // Alternatives go under their goal; one whose goal is not listed stands alone.
    QHash<QString, bool> listed;
    for (const Goal &g : goals)
        listed.insert(g.id, true);
    QList<const Goal *> ordered;
    for (const Goal &g : goals) {
        if (!g.parentId.isEmpty() && listed.contains(g.parentId))
            continue;
        ordered << &g;
        for (const Goal &alt : goals)
            if (alt.parentId == g.id)
                ordered << &alt;
    }

    if (a.json) {
        QJsonArray arr;
        for (const Goal *g : ordered) {
            QJsonObject o = toJson(*vault, *g);
            if (thisWeek.contains(g->id)) {
                o.insert(QStringLiteral("week_start"), day(weekStart));
                o.insert(QStringLiteral("this_week"), thisWeek.value(g->id));
            }
            arr.append(o);
        }
        printJson(QJsonObject{
            {QStringLiteral("date"), day(today)},
            {QStringLiteral("north_star"), star ? QJsonValue(toJson(*vault, *star)) : QJsonValue()},
            {QStringLiteral("goals"), arr}});
        return Ok;
    }
    if (star)
        out << CliText::tr("North star: %1").arg(star->title) << "\n\n";
    if (ordered.isEmpty()) {
        out << (all ? CliText::tr("No goals yet.") : CliText::tr("No open goals.")) << ' '
            << CliText::tr("Add one: rebound-cli goal add \"Backend engineer\" --kind role.") << '\n';
        return Ok;
    }
    QList<QStringList> rows;
    QMap<qsizetype, QString> headings;
    QString kind;
    for (const Goal *g : ordered) {
        const bool alternative = !g->parentId.isEmpty() && listed.contains(g->parentId);
        if (!alternative && g->kind != kind) {
            kind = g->kind;
            headings.insert(rows.size(),
                            (rows.isEmpty() ? QString() : QStringLiteral("\n")) + goalkind::label(kind));
        }
        QStringList details;
        if (g->status != goalstatus::kActive)
            details << goalstatus::label(g->status);
        if (g->targetDate.isValid())
            details << CliText::tr("by %1").arg(day(g->targetDate));
        if (thisWeek.contains(g->id))
            details << CliText::tr("%1 of %2 this week (%3)")
                           .arg(thisWeek.value(g->id))
                           .arg(g->weeklyTarget)
                           .arg(metricLabel(*vault, g->metric));
        else if (g->kind == goalkind::kEffort)
            details << CliText::tr("%1, %2 a week").arg(metricLabel(*vault, g->metric)).arg(g->weeklyTarget);
        const QString title = preview(g->title, kCellChars);
        rows.append({g->id.left(kShortId), alternative ? CliText::tr("  ↳ %1").arg(title) : title,
                     details.join(QStringLiteral(" · "))});
    }
    printTable(rows, QStringLiteral("  "), headings);
    return Ok;
}

int Commands::goalEdit() {
    a.allowOnly({kTitle, kKind, kNotes, kBy, kStatus, kMetric, kPerWeek}, true);
    a.allowWords(3);
    if (a.words.size() < 3)
        throw UsageError(CliText::tr("Which goal? Give its ID (see \"goal list --all\")."));
    if (a.options.isEmpty())
        throw UsageError(
            CliText::tr("Nothing to change: give --title, --notes, --by, --status, --metric or --per-week."));
    std::optional<QString> kind, status, metric;
    std::optional<int> perWeek;
    std::optional<QDate> by;
    if (a.has(kKind))
        kind = parseKey(a.value(kKind), concreteKinds(), goalkind::label, kKind);
    if (a.has(kStatus))
        status = parseKey(a.value(kStatus), goalstatus::all(), goalstatus::label, kStatus);
    if (a.has(kMetric)) {
        checkMetricForm(a.value(kMetric));
        metric = a.value(kMetric);
    }
    if (a.has(kPerWeek))
        perWeek = parsePerWeek(a.value(kPerWeek));
    if (a.has(kBy))
        by = parseOptionalDate(a.value(kBy));
    auto vault = unlock();
    const auto current = vault->goals().find(resolveGoal(*vault, a.words.value(2)));
    if (!current)
        throw Error(ErrorCode::NotFound, CliText::tr("That goal no longer exists."));
    Goal next = *current;
    if (a.has(kTitle))
        next.title = a.value(kTitle);
    if (a.has(kNotes))
        next.notes = a.value(kNotes);
    if (kind)
        next.kind = *kind;
    if (status)
        next.status = *status;
    if (by)
        next.targetDate = *by;
    if ((metric || perWeek) && next.kind != goalkind::kEffort)
        throw UsageError(CliText::tr("--metric and --per-week are for weekly effort goals (--kind effort)."));
    if (metric)
        next.metric = resolveMetric(*vault, *metric);
    if (perWeek)
        next.weeklyTarget = *perWeek;
    const Goal stored = vault->goals().update(next);
    if (a.json)
        printJson(toJson(*vault, stored));
    err << (stored == *current ? CliText::tr("Nothing changed for “%1”.") : CliText::tr("Saved “%1”.")).arg(stored.title)
        << Qt::endl;
    return Ok;
}

int Commands::goalDone() {
    a.allowOnly({}, true);
    a.allowWords(3);
    if (a.words.size() < 3)
        throw UsageError(CliText::tr("Which goal? Give its ID (see \"goal list\")."));
    auto vault = unlock();
    const QString id = resolveGoal(*vault, a.words.value(2));
    const auto current = vault->goals().find(id);
    if (!current)
        throw Error(ErrorCode::NotFound, CliText::tr("That goal no longer exists."));
    const Goal stored = vault->goals().setStatus(id, goalstatus::kAchieved);
    if (a.json)
        printJson(toJson(*vault, stored));
    err << (current->status == goalstatus::kAchieved ? CliText::tr("“%1” was already achieved.")
                                                     : CliText::tr("Achieved: “%1”. Well done."))
               .arg(stored.title)
        << Qt::endl;
    return Ok;
}

int Commands::goalDelete() {
    a.allowOnly({kYes}, false);
    a.allowWords(3);
    if (a.words.size() < 3)
        throw UsageError(CliText::tr("Which goal? Give its ID (see \"goal list --all\")."));
    const bool sure = a.has(kYes);
    if (!sure && !in.interactive())
        throw UsageError(
            CliText::tr("Deleting cannot be undone here: add --yes to confirm (there is no terminal to ask on)."));
    auto vault = unlock();
    const QString id = resolveGoal(*vault, a.words.value(2));
    const auto goal = vault->goals().find(id);
    if (!goal)
        throw Error(ErrorCode::NotFound, CliText::tr("That goal no longer exists."));
    if (!sure && !confirm(CliText::tr("Delete “%1” and its alternative paths?").arg(goal->title))) {
        err << CliText::tr("Nothing was deleted.") << Qt::endl;
        return Failure;
    }
    const RemovedGoal removed = vault->goals().remove(id);
    err << (removed.alternatives.isEmpty() ? CliText::tr("Deleted “%1”.").arg(goal->title)
                                           : CliText::tr("Deleted “%1” and %2 alternative path(s).")
                                                 .arg(goal->title)
                                                 .arg(removed.alternatives.size()))
        << Qt::endl;
    return Ok;
}

// ---- checklists ----------------------------------------------------------------------------

int Commands::checklistList() {
    a.allowOnly({}, true);
    a.allowWords(2);
    auto vault = unlock();
    const QList<Checklist> all = vault->checklists().list();
    AppSettings settings;
    ReviewSchedule schedule(*vault, settings.rejection());
    QHash<QString, ReviewDue> due;
    for (const ReviewDue &d : schedule.scheduled())
        due.insert(d.checklist.id, d);
    if (a.json) {
        QJsonArray arr;
        for (const Checklist &c : all) {
            const ReviewDue d = due.value(c.id);
            arr.append(QJsonObject{{QStringLiteral("id"), c.id},
                                   {QStringLiteral("name"), c.name},
                                   {QStringLiteral("default"), c.id == ChecklistRepository::kDefaultId},
                                   {QStringLiteral("questions"), vault->checklists().items(c.id).size()},
                                   {QStringLiteral("every_weeks"), c.everyWeeks},
                                   {QStringLiteral("last_reviewed"), optionalJson(d.lastReviewed)},
                                   {QStringLiteral("due"), optionalJson(d.dueOn)},
                                   {QStringLiteral("in_progress"), optionalJson(d.inProgressId)}});
        }
        printJson(arr);
        return Ok;
    }
    if (all.isEmpty()) {
        out << CliText::tr("No checklists. Add one in the app (Goals → Reviews).") << '\n';
        return Ok;
    }
    QList<QStringList> rows;
    for (const Checklist &c : all) {
        const qsizetype questions = vault->checklists().items(c.id).size();
        QStringList when;
        if (c.everyWeeks > 0) {
            when << (c.everyWeeks == 1 ? CliText::tr("every week") : CliText::tr("every %1 weeks").arg(c.everyWeeks));
            if (due.contains(c.id) && due.value(c.id).dueOn.isValid())
                when << CliText::tr("due %1").arg(day(due.value(c.id).dueOn));
        } else {
            when << CliText::tr("not scheduled");
        }
        rows.append({c.id.left(kShortId), c.name,
                     questions == 1 ? CliText::tr("1 question") : CliText::tr("%1 questions").arg(questions),
                     when.join(QStringLiteral(", ")),
                     c.id == ChecklistRepository::kDefaultId ? CliText::tr("(default)") : QString()});
    }
    printTable(rows);
    return Ok;
}

// ---- reviews ---------------------------------------------------------------------------------

int Commands::reviewStart() {
    a.allowOnly({kChecklist}, true);
    a.allowWords(2);
    auto vault = unlock();
    const Checklist checklist = resolveChecklist(*vault, a.value(kChecklist));
    bool resumed = false;
    for (const Review &r : vault->reviews().inProgress())
        resumed = resumed || r.checklistId == checklist.id;
    const Review review = vault->reviews().start(checklist.id);
    const QList<ReviewAnswer> answers = vault->reviews().answers(review.id);
    int answered = 0;
    for (const ReviewAnswer &ans : answers)
        answered += ans.answer.isEmpty() ? 0 : 1;
    if (a.json) {
        QJsonObject o = toJson(review);
        QJsonArray arr;
        for (const ReviewAnswer &ans : answers)
            arr.append(toJson(ans));
        o.insert(QStringLiteral("resumed"), resumed);
        o.insert(QStringLiteral("answers"), arr);
        printJson(o);
        return Ok;
    }
    out << review.id << '\n';
    out << CliText::tr("Review of “%1”, started %2: %3 of %4 answered.")
               .arg(review.checklistName, day(review.startedOn))
               .arg(answered)
               .arg(answers.size())
        << '\n';
    for (qsizetype i = 0; i < answers.size(); ++i) {
        out << QStringLiteral("%1. ").arg(i + 1, 3) << answers[i].itemText;
        if (!answers[i].answer.isEmpty())
            out << "  [" << reviewanswer::label(answers[i].answer) << ']';
        out << '\n';
    }
    if (resumed)
        err << CliText::tr("Resumed the review you started on %1.").arg(day(review.startedOn)) << Qt::endl;
    err << CliText::tr("Answer with: rebound-cli review answer %1 N yes|no|unsure [--note TEXT]")
               .arg(review.id.left(kShortId))
        << Qt::endl;
    return Ok;
}

int Commands::reviewAnswer() {
    a.allowOnly(
        {kNote, kFollowUpGoal, kGoalKind, kFollowUpAction, kSkill, kActionKind, kFollowUpStatus, kNoFollowUp},
        true);
    a.allowWords(5);
    if (a.words.size() < 5)
        throw UsageError(
            CliText::tr("review answer needs the review's ID, the question's number and yes, no or unsure, "
               "e.g. review answer 1a2b3c4d 2 yes."));
    bool numberOk = false;
    const int number = a.words.value(3).toInt(&numberOk);
    if (!numberOk || number < 1)
        throw UsageError(
            CliText::tr("The question's number is a whole number from 1 (not “%1”).").arg(a.words.value(3)));
    const QString answer =
        parseKey(a.words.value(4), reviewanswer::all(), reviewanswer::label, CliText::tr("The answer"));
    const int followUps = int(a.has(kFollowUpGoal)) + int(a.has(kFollowUpAction)) +
                          int(a.has(kFollowUpStatus)) + int(a.has(kNoFollowUp));
    if (followUps > 1)
        throw UsageError(
            CliText::tr("Give at most one of --follow-up-goal, --follow-up-action, --follow-up-status and "
               "--no-follow-up."));
    if (a.has(kGoalKind) && !a.has(kFollowUpGoal))
        throw UsageError(CliText::tr("--goal-kind goes with --follow-up-goal."));
    if ((a.has(kSkill) || a.has(kActionKind)) && !a.has(kFollowUpAction))
        throw UsageError(CliText::tr("--skill and --action-kind go with --follow-up-action."));
    std::optional<FollowUp> followUp; // nullopt: keep the one there is
    if (a.has(kNoFollowUp))
        followUp = FollowUp{};
    if (a.has(kFollowUpGoal)) {
        FollowUp f{followup::kNewGoal, a.value(kFollowUpGoal), goalkind::kOther, {}};
        if (a.has(kGoalKind)) {
            QStringList kinds = concreteKinds(); // effort goals need a metric: goal add makes those
            kinds.removeAll(goalkind::kEffort);
            f.target = parseKey(a.value(kGoalKind), kinds, goalkind::label, kGoalKind);
        }
        if (f.title.trimmed().isEmpty())
            throw UsageError(CliText::tr("--follow-up-goal needs the new goal's title."));
        followUp = f;
    }
    if (a.has(kFollowUpAction)) {
        if (!a.has(kSkill) || a.value(kSkill).trimmed().isEmpty())
            throw UsageError(CliText::tr("--follow-up-action needs --skill NAME: the skill it works on."));
        FollowUp f{followup::kSkillAction, a.value(kFollowUpAction), a.value(kSkill).trimmed(),
                   QStringLiteral("practice")};
        if (a.has(kActionKind))
            f.detail = parseKey(a.value(kActionKind), actionkind::all(), actionkind::label, kActionKind);
        if (f.title.trimmed().isEmpty())
            throw UsageError(CliText::tr("--follow-up-action needs the action's title."));
        followUp = f;
    }
    QPair<QString, QString> goalStatus;
    if (a.has(kFollowUpStatus))
        goalStatus = parseGoalStatus(a.value(kFollowUpStatus));

    auto vault = unlock();
    const auto review = vault->reviews().find(resolveReview(*vault, a.words.value(2)));
    if (!review)
        throw Error(ErrorCode::NotFound, CliText::tr("That review no longer exists."));
    if (review->isFinished())
        throw Error(ErrorCode::InvalidInput,
                    CliText::tr("That review was finished on %1 and can no longer be changed; "
                       "start a new one with \"rebound-cli review start\".")
                        .arg(day(review->finishedOn)));
    const QList<ReviewAnswer> answers = vault->reviews().answers(review->id);
    if (number > answers.size())
        throw Error(ErrorCode::InvalidInput,
                    CliText::tr("This review has %1 questions; give a number from 1 to %1 (not %2).")
                        .arg(answers.size())
                        .arg(number));
    const ReviewAnswer &current = answers[number - 1];
    if (a.has(kFollowUpStatus)) {
        const QString goalId = resolveGoal(*vault, goalStatus.first);
        const auto goal = vault->goals().find(goalId);
        followUp = FollowUp{followup::kGoalStatus, goal ? goal->title : QString(), goalId, goalStatus.second};
    }
    const QString note = a.has(kNote) ? a.value(kNote) : current.note;
    const ReviewAnswer stored =
        vault->reviews().answer(current.id, answer, note, followUp.value_or(current.followUp));
    if (a.json) {
        printJson(toJson(stored));
        return Ok;
    }
    int open = 0;
    for (const ReviewAnswer &ans : answers)
        open += (ans.id != stored.id && ans.answer.isEmpty()) ? 1 : 0;
    err << CliText::tr("%1. %2 — %3").arg(number).arg(stored.itemText, reviewanswer::label(stored.answer)) << Qt::endl;
    if (!stored.followUp.isEmpty())
        err << CliText::tr("Follow-up when you finish: %1").arg(followUpText(*vault, stored.followUp)) << Qt::endl;
    err << (open == 0 ? CliText::tr("Every question is answered: rebound-cli review finish %1")
                            .arg(review->id.left(kShortId))
                      : CliText::tr("%1 still to answer.").arg(open))
        << Qt::endl;
    return Ok;
}

int Commands::reviewFinish() {
    a.allowOnly({}, true);
    a.allowWords(3);
    if (a.words.size() < 3)
        throw UsageError(CliText::tr("Which review? Give its ID (see \"review list\")."));
    auto vault = unlock();
    const auto review = vault->reviews().find(resolveReview(*vault, a.words.value(2)));
    if (!review)
        throw Error(ErrorCode::NotFound, CliText::tr("That review no longer exists."));
    if (review->isFinished())
        throw Error(ErrorCode::InvalidInput,
                    CliText::tr("That review was already finished on %1.").arg(day(review->finishedOn)));
    const FinishedReview finished = vault->reviews().finish(review->id);
    const QList<ReviewAnswer> answers = vault->reviews().answers(review->id);
    if (a.json) {
        QJsonObject o = toJson(finished.review);
        QJsonArray arr;
        for (const ReviewAnswer &ans : answers)
            arr.append(toJson(ans));
        o.insert(QStringLiteral("answers"), arr);
        o.insert(QStringLiteral("goal_ids"), QJsonArray::fromStringList(finished.goalIds));
        o.insert(QStringLiteral("action_ids"), QJsonArray::fromStringList(finished.actionIds));
        o.insert(QStringLiteral("reminders_done"), finished.remindersDone);
        printJson(o);
        return Ok;
    }
    int answered = 0;
    QStringList done;
    for (const ReviewAnswer &ans : answers) {
        answered += ans.answer.isEmpty() ? 0 : 1;
        if (ans.followUp.isEmpty())
            continue;
        QString line = followUpText(*vault, ans.followUp);
        if (ans.followUp.kind == followup::kNewGoal)
            line = CliText::tr("Added %1").arg(line);
        else if (ans.followUp.kind == followup::kSkillAction)
            line = CliText::tr("Planned %1").arg(line);
        else
            line = CliText::tr("Changed %1").arg(line);
        if (!ans.followUpId.isEmpty())
            line += QStringLiteral("  ") + ans.followUpId.left(kShortId);
        done << line;
    }
    out << CliText::tr("Finished the review of “%1” on %2: %3 of %4 answered.")
               .arg(finished.review.checklistName, day(finished.review.finishedOn))
               .arg(answered)
               .arg(answers.size())
        << '\n';
    for (const QString &line : done)
        out << "  " << line << '\n';
    if (done.isEmpty())
        out << "  " << CliText::tr("No follow-ups.") << '\n';
    if (!finished.actionIds.isEmpty()) // the plan lists them, named in feedback or not
        out << "  " << CliText::tr("See them in your skills plan: rebound-cli skills") << '\n';
    if (finished.remindersDone > 0)
        out << "  " << CliText::tr("Marked %1 goal-review reminder(s) done.").arg(finished.remindersDone) << '\n';
    return Ok;
}

int Commands::reviewList() {
    a.allowOnly({}, true);
    a.allowWords(2);
    auto vault = unlock();
    const QDate today = localToday(vault->store().clock());
    const QList<Review> reviews = vault->reviews().list();
    struct Row {
        Review review;
        ReviewSummaryData summary;
    };
    QList<Row> rows;
    for (const Review &r : reviews)
        rows.append({r, ReviewSummary::compute(*vault, r, today, firstDayOfWeek())});
    if (a.json) {
        QJsonArray arr;
        for (const Row &row : rows) {
            QJsonObject o = toJson(row.review);
            o.insert(QStringLiteral("answered"), row.summary.answered);
            o.insert(QStringLiteral("total"), row.summary.total);
            o.insert(QStringLiteral("previous_id"),
                     row.summary.previous ? QJsonValue(row.summary.previous->id) : QJsonValue());
            o.insert(QStringLiteral("changes"), row.summary.changes.size());
            arr.append(o);
        }
        printJson(arr);
        return Ok;
    }
    if (rows.isEmpty()) {
        out << CliText::tr("No reviews yet. Start one: rebound-cli review start") << '\n';
        return Ok;
    }
    QList<QStringList> table;
    for (const Row &row : rows) {
        const Review &r = row.review;
        QString changed;
        if (!r.isFinished())
            changed = CliText::tr("in progress");
        else if (!row.summary.previous)
            changed = CliText::tr("first review");
        else if (row.summary.changes.isEmpty())
            changed = CliText::tr("no answers changed");
        else
            changed = row.summary.changes.size() == 1
                          ? CliText::tr("1 answer changed")
                          : CliText::tr("%1 answers changed").arg(row.summary.changes.size());
        table.append({r.id.left(kShortId), day(r.isFinished() ? r.finishedOn : r.startedOn),
                      preview(r.checklistName, kCellChars),
                      countLabel(row.summary.answered, row.summary.total), changed});
    }
    printTable(table);
    return Ok;
}

QJsonObject Commands::summaryJson(Vault &vault, const ReviewSummaryData &s) {
    QJsonArray changes, effort, goals, feedback, gaps;
    for (const AnswerChange &c : s.changes)
        changes.append(QJsonObject{{QStringLiteral("question"), c.question},
                                   {QStringLiteral("before"), optionalJson(c.before)},
                                   {QStringLiteral("after"), optionalJson(c.after)}});
    for (const EffortProgress &e : s.effort)
        effort.append(QJsonObject{{QStringLiteral("goal_id"), e.goal.id},
                                  {QStringLiteral("title"), e.goal.title},
                                  {QStringLiteral("metric"), e.goal.metric},
                                  {QStringLiteral("metric_label"), metricLabel(vault, e.goal.metric)},
                                  {QStringLiteral("per_week"), e.target},
                                  {QStringLiteral("weeks"), e.weeks.size()},
                                  {QStringLiteral("weeks_met"), e.weeksMet},
                                  {QStringLiteral("average_per_week"), e.averagePerWeek},
                                  {QStringLiteral("this_week"), e.thisWeek}});
    for (const Goal &g : s.goalsChanged)
        goals.append(QJsonObject{{QStringLiteral("id"), g.id},
                                 {QStringLiteral("title"), g.title},
                                 {QStringLiteral("status"), g.status},
                                 {QStringLiteral("status_on"), optionalJson(g.statusOn)}});
    for (const Feedback &f : s.recentFeedback)
        feedback.append(toJson(vault, f));
    for (const RankedSkill &r : s.topGaps)
        gaps.append(toJson(r, false));
    return {{QStringLiteral("previous_id"), s.previous ? QJsonValue(s.previous->id) : QJsonValue()},
            {QStringLiteral("previous_finished"),
             s.previous ? optionalJson(s.previous->finishedOn) : QJsonValue()},
            {QStringLiteral("from"), day(s.from)},
            {QStringLiteral("to"), day(s.to)},
            {QStringLiteral("answered"), s.answered},
            {QStringLiteral("total"), s.total},
            {QStringLiteral("changes"), changes},
            {QStringLiteral("effort"), effort},
            {QStringLiteral("mood"),
             QJsonObject{{QStringLiteral("average"), s.mood.days ? QJsonValue(s.mood.average) : QJsonValue()},
                         {QStringLiteral("days"), s.mood.days},
                         {QStringLiteral("previous_average"),
                          s.mood.previousDays ? QJsonValue(s.mood.previousAverage) : QJsonValue()},
                         {QStringLiteral("previous_days"), s.mood.previousDays}}},
            {QStringLiteral("pipeline"), QJsonObject{{QStringLiteral("applied"), s.pipeline.applied},
                                                     {QStringLiteral("interviews"), s.pipeline.interviews},
                                                     {QStringLiteral("offers"), s.pipeline.offers},
                                                     {QStringLiteral("rejections"), s.pipeline.rejections},
                                                     {QStringLiteral("open"), s.pipeline.open}}},
            {QStringLiteral("goals_changed"), goals},
            {QStringLiteral("recent_feedback"), feedback},
            {QStringLiteral("top_gaps"), gaps}};
}

int Commands::reviewShow() {
    a.allowOnly({}, true);
    a.allowWords(3);
    if (a.words.size() < 3)
        throw UsageError(CliText::tr("Which review? Give its ID (see \"review list\")."));
    auto vault = unlock();
    const auto review = vault->reviews().find(resolveReview(*vault, a.words.value(2)));
    if (!review)
        throw Error(ErrorCode::NotFound, CliText::tr("That review no longer exists."));
    const QDate today = localToday(vault->store().clock());
    const QList<ReviewAnswer> answers = vault->reviews().answers(review->id);
    const ReviewSummaryData s = ReviewSummary::compute(*vault, *review, today, firstDayOfWeek());
    if (a.json) {
        QJsonObject o = toJson(*review);
        QJsonArray arr;
        for (const ReviewAnswer &ans : answers)
            arr.append(toJson(ans));
        o.insert(QStringLiteral("answers"), arr);
        o.insert(QStringLiteral("since_last_review"), summaryJson(*vault, s));
        printJson(o);
        return Ok;
    }
    out << CliText::tr("Review of “%1”").arg(review->checklistName) << '\n';
    out << (review->isFinished()
                ? CliText::tr("Started %1, finished %2").arg(day(review->startedOn), day(review->finishedOn))
                : CliText::tr("Started %1, in progress").arg(day(review->startedOn)))
        << QStringLiteral(" · ") << CliText::tr("%1 of %2 answered").arg(s.answered).arg(s.total) << '\n';
    QHash<QString, QString> before; // question -> previous answer, for the ones that changed
    for (const AnswerChange &c : s.changes)
        before.insert(c.question, c.before);
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const ReviewAnswer &ans = answers[i];
        out << '\n' << QStringLiteral("%1. ").arg(i + 1, 3) << ans.itemText << '\n';
        QString line = reviewanswer::label(ans.answer);
        if (before.contains(ans.itemText))
            line +=
                QStringLiteral(" ") + CliText::tr("(was: %1)").arg(reviewanswer::label(before.value(ans.itemText)));
        out << "     " << line << '\n';
        if (!ans.note.isEmpty())
            out << "     " << CliText::tr("Note: %1").arg(ans.note.simplified()) << '\n';
        if (!ans.followUp.isEmpty())
            out << "     "
                << (ans.followUpId.isEmpty() ? CliText::tr("Follow-up: %1") : CliText::tr("Follow-up (done): %1"))
                       .arg(followUpText(*vault, ans.followUp))
                << '\n';
    }
    if (!review->summary.isEmpty())
        out << '\n' << CliText::tr("Summary: %1").arg(review->summary.simplified()) << '\n';

    out << '\n'
        << (s.previous ? CliText::tr("Since the last review (finished %1), from %2 to %3:")
                             .arg(day(s.previous->finishedOn), day(s.from), day(s.to))
                       : CliText::tr("First review of this checklist. From %1 to %2:").arg(day(s.from), day(s.to)))
        << '\n';
    if (s.previous)
        out << "  "
            << (s.changes.isEmpty() ? CliText::tr("Answers: none changed.")
                                    : CliText::tr("Answers: %1 changed.").arg(s.changes.size()))
            << '\n';
    for (const AnswerChange &c : s.changes)
        out << "    "
            << CliText::tr("%1 %2 → %3").arg(c.question, reviewanswer::label(c.before), reviewanswer::label(c.after))
            << '\n';
    for (const EffortProgress &e : s.effort)
        out << "  "
            << CliText::tr("Effort: %1 (%2, %3 a week): met %4 of %5 weeks, %6 a week on average")
                   .arg(e.goal.title, metricLabel(*vault, e.goal.metric))
                   .arg(e.target)
                   .arg(e.weeksMet)
                   .arg(e.weeks.size())
                   .arg(QString::number(e.averagePerWeek, 'f', 1))
            << '\n';
    if (s.mood.days == 0)
        out << "  " << CliText::tr("Mood: no check-ins in this period.") << '\n';
    else if (s.mood.hasTrend())
        out << "  "
            << CliText::tr("Mood: %1 on average over %2 day(s) (%3 before that, %4)")
                   .arg(QString::number(s.mood.average, 'f', 1))
                   .arg(s.mood.days)
                   .arg(QString::number(s.mood.previousAverage, 'f', 1), signedNumber(s.mood.change()))
            << '\n';
    else
        out << "  "
            << CliText::tr("Mood: %1 on average over %2 day(s)")
                   .arg(QString::number(s.mood.average, 'f', 1))
                   .arg(s.mood.days)
            << '\n';
    out << "  "
        << CliText::tr("Applications: %1 sent, %2 interview(s), %3 offer(s), %4 rejection(s); %5 open now")
               .arg(s.pipeline.applied)
               .arg(s.pipeline.interviews)
               .arg(s.pipeline.offers)
               .arg(s.pipeline.rejections)
               .arg(s.pipeline.open)
        << '\n';
    for (const Goal &g : s.goalsChanged)
        out << "  " << CliText::tr("Goal “%1”: %2 on %3").arg(g.title, goalstatus::label(g.status), day(g.statusOn))
            << '\n';
    if (!s.recentFeedback.isEmpty())
        out << "  " << CliText::tr("Feedback received: %1").arg(s.recentFeedback.size()) << '\n';
    if (!s.topGaps.isEmpty()) {
        QStringList names;
        for (const RankedSkill &r : s.topGaps)
            names << r.skill.name;
        out << "  " << CliText::tr("Top skills to work on: %1").arg(names.join(QStringLiteral(", "))) << '\n';
    }
    return Ok;
}

int Commands::reviewExport() {
    a.allowOnly({kOutput}, false);
    a.allowWords(3);
    if (a.words.size() < 3)
        throw UsageError(CliText::tr("Which review? Give its ID (see \"review list\")."));
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
    const auto review = vault->reviews().find(resolveReview(*vault, a.words.value(2)));
    if (!review)
        throw Error(ErrorCode::NotFound, CliText::tr("That review no longer exists."));
    const QDate today = localToday(vault->store().clock());
    const QString markdown = ReviewExport::markdown(
        ReviewSummary::compute(*vault, *review, today, firstDayOfWeek()),
        vault->reviews().answers(review->id), vault->goals().northStar(), vault->goals().list(false));
    if (a.has(kOutput)) {
        try {
            writeFileAtomically(path, markdown.toUtf8());
        } catch (const Error &e) {
            if (e.code() == ErrorCode::DiskFull)
                throw;
            throw Error(e.code(), CliText::tr("Could not write %1 (is the folder writable?). Nothing was written.")
                                      .arg(QDir::toNativeSeparators(path)));
        }
        err << CliText::tr("Exported the review to %1.").arg(QDir::toNativeSeparators(path)) << Qt::endl
            << CliText::tr("Warning: the export is not encrypted. Anyone who can read the file can read your answers; "
                  "delete it when you no longer need it.")
            << Qt::endl;
        return Ok;
    }
    out << markdown;
    out.flush();
    err << CliText::tr("Warning: the export is not encrypted; take care where you keep it.") << Qt::endl;
    return Ok;
}

} // namespace rebound::cli
