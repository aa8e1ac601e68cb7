#include "GoalsController.h"

#include "JobVariant.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "services/AppSettings.h"
#include "services/GoalProgress.h"
#include "services/VaultSession.h"
#include "storage/CatalogRepository.h"
#include "storage/Vault.h"

#include <QLocale>

namespace rebound {

namespace {

const QString kDayFormat = QStringLiteral("yyyy-MM-dd");
constexpr int kEffortWeeks = 8; // the strip under each effort goal
constexpr int kDaysPerWeek = 7;

// "Active since 3 Nov", "Paused since 3 Nov", "Achieved on 12 Nov", "Dropped on 1 Oct".
QString statusText(const Goal &g, const QDate &today) {
    const QString day = shortDate(g.statusOn, today);
    if (day.isEmpty())
        return goalstatus::label(g.status);
    if (g.status == goalstatus::kActive)
        return GoalsController::tr("Active since %1").arg(day);
    if (g.status == goalstatus::kPaused)
        return GoalsController::tr("Paused since %1").arg(day);
    if (g.status == goalstatus::kAchieved)
        return GoalsController::tr("Achieved on %1").arg(day);
    return GoalsController::tr("Dropped on %1").arg(day);
}

// "since 3 Nov" for open goals, "on 12 Nov" for closed ones (beside a status chip).
QString statusDateText(const Goal &g, const QDate &today) {
    const QString day = shortDate(g.statusOn, today);
    if (day.isEmpty())
        return {};
    return g.isOpen() ? GoalsController::tr("since %1").arg(day) : GoalsController::tr("on %1").arg(day);
}

QString targetDateText(const QDate &date, const QDate &today) {
    if (!date.isValid())
        return {};
    return GoalsController::tr("by %1").arg(shortDate(date, today));
}

// The effort catalog names of the effort: metrics, by catalog id.
QString metricLabel(const QString &metric, CatalogRepository &catalog) {
    if (metric.startsWith(effortmetric::kEffortPrefix))
        return effortmetric::label(metric, catalog.nameOf(metric.mid(effortmetric::kEffortPrefix.size())));
    return effortmetric::label(metric);
}

QVariantMap goalToMap(const Goal &g, const QDate &today, CatalogRepository &catalog) {
    return QVariantMap{{QStringLiteral("id"), g.id},
                       {QStringLiteral("kind"), g.kind},
                       {QStringLiteral("kindLabel"), goalkind::label(g.kind)},
                       {QStringLiteral("title"), g.title},
                       {QStringLiteral("notes"), g.notes},
                       {QStringLiteral("status"), g.status},
                       {QStringLiteral("statusLabel"), goalstatus::label(g.status)},
                       {QStringLiteral("statusOn"), g.statusOn.toString(kDayFormat)},
                       {QStringLiteral("statusText"), statusText(g, today)},
                       {QStringLiteral("statusDateText"), statusDateText(g, today)},
                       {QStringLiteral("open"), g.isOpen()},
                       {QStringLiteral("parentId"), g.parentId},
                       {QStringLiteral("metric"), g.metric},
                       {QStringLiteral("metricLabel"), g.metric.isEmpty() ? QString() : metricLabel(g.metric, catalog)},
                       {QStringLiteral("weeklyTarget"), g.weeklyTarget},
                       {QStringLiteral("targetDate"), g.targetDate.toString(kDayFormat)},
                       {QStringLiteral("targetDateText"), targetDateText(g.targetDate, today)}};
}

} // namespace

GoalsController::GoalsController(VaultSession &session, AppSettings &settings, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_settings(settings) {
    connect(&m_session, &VaultSession::stateChanged, this, &GoalsController::reload);
    reload();
}

QVariantList GoalsController::goalKinds() const {
    QStringList kinds = goalkind::all();
    kinds.removeAll(goalkind::kNorthStar);
    return keyLabels(kinds, &goalkind::label);
}

QVariantList GoalsController::statuses() const {
    return keyLabels(goalstatus::all(), &goalstatus::label);
}

void GoalsController::setError(const QString &message) {
    if (m_error != message) {
        m_error = message;
        emit errorMessageChanged();
    }
}

void GoalsController::reload() {
    m_northStar.clear();
    m_goals.clear();
    m_effort.clear();
    m_metrics.clear();
    m_openCount = 0;
    Vault *vault = m_session.vault();
    if (!vault) { // locked: keep nothing of the vault, not even an error naming its goals
        m_removed.reset();
        setError({});
        emit changed();
        return;
    }
    try {
        const QDate today = localToday(m_session.clock());
        CatalogRepository &catalog = vault->catalog();
        if (const auto star = vault->goals().northStar())
            m_northStar = QVariantMap{{QStringLiteral("id"), star->id},
                                      {QStringLiteral("title"), star->title},
                                      {QStringLiteral("notes"), star->notes}};

        const QList<Goal> all = vault->goals().list(true);
        QStringList usedMetrics;
        for (const Goal &g : all) {
            if (!g.metric.isEmpty())
                usedMetrics << g.metric;
            if (!g.parentId.isEmpty())
                continue;
            QVariantMap item = goalToMap(g, today, catalog);
            QVariantList alternatives;
            for (const Goal &a : all)
                if (a.parentId == g.id)
                    alternatives.append(goalToMap(a, today, catalog));
            item.insert(QStringLiteral("alternatives"), alternatives);
            m_goals.append(item);
        }
        // Alternatives whose goal is gone (sync may deliver them alone) still show, as goals.
        for (const Goal &g : all) {
            if (g.parentId.isEmpty() || std::any_of(all.cbegin(), all.cend(), [&](const Goal &p) {
                    return p.id == g.parentId;
                }))
                continue;
            QVariantMap item = goalToMap(g, today, catalog);
            item.insert(QStringLiteral("alternatives"), QVariantList{});
            m_goals.append(item);
        }
        m_openCount = int(std::count_if(all.cbegin(), all.cend(), [](const Goal &g) { return g.isOpen(); }));

        GoalProgress progress(*vault, QLocale().firstDayOfWeek());
        const QDate from = progress.weekStart(today).addDays(-kDaysPerWeek * (kEffortWeeks - 1));
        for (const Goal &g : vault->goals().effortGoals()) {
            const EffortProgress p = progress.progress(g, from, today);
            QVariantList weeks;
            for (const EffortWeek &w : p.weeks)
                weeks.append(QVariantMap{{QStringLiteral("weekStart"), w.weekStart.toString(kDayFormat)},
                                         {QStringLiteral("weekText"), shortDate(w.weekStart, today)},
                                         {QStringLiteral("count"), w.count},
                                         {QStringLiteral("met"), w.met}});
            m_effort.append(QVariantMap{
                {QStringLiteral("goalId"), g.id},
                {QStringLiteral("title"), g.title},
                {QStringLiteral("metric"), g.metric},
                {QStringLiteral("metricLabel"), metricLabel(g.metric, catalog)},
                {QStringLiteral("target"), p.target},
                {QStringLiteral("thisWeek"), p.thisWeek},
                {QStringLiteral("met"), p.target > 0 && p.thisWeek >= p.target},
                {QStringLiteral("weekText"), tr("%1 of %2 this week").arg(p.thisWeek).arg(p.target)},
                {QStringLiteral("weeksMet"), p.weeksMet},
                {QStringLiteral("weeks"), weeks}});
        }

        QStringList metricKeys = effortmetric::builtIns();
        for (const CatalogItem &e : catalog.visibleItems(CatalogItem::Kind::Effort))
            metricKeys << effortmetric::kEffortPrefix + e.id;
        for (const QString &m : usedMetrics) // a hidden effort a goal still counts stays pickable
            if (!metricKeys.contains(m))
                metricKeys << m;
        for (const QString &key : metricKeys)
            m_metrics.append(QVariantMap{{QStringLiteral("key"), key},
                                         {QStringLiteral("label"), metricLabel(key, catalog)}});
    } catch (const Error &e) {
        setError(e.message());
    }
    emit changed();
}

template <typename F> bool GoalsController::write(F &&f) {
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

namespace {

// Applies the fields present in the map; false with *problem set when a day does not parse.
bool applyFields(Goal &g, const QVariantMap &f, QString *problem) {
    auto text = [&](const char *key, QString &out) {
        const QString k = QString::fromLatin1(key);
        if (f.contains(k))
            out = f.value(k).toString();
    };
    text("kind", g.kind);
    text("title", g.title);
    text("notes", g.notes);
    text("status", g.status);
    text("parentId", g.parentId);
    text("metric", g.metric);
    if (f.contains(QStringLiteral("weeklyTarget"))) {
        bool ok = false;
        const QVariant v = f.value(QStringLiteral("weeklyTarget"));
        const int n = v.toString().trimmed().isEmpty() ? 0 : v.toInt(&ok);
        if (!v.toString().trimmed().isEmpty() && !ok) {
            *problem = GoalsController::tr("Write the weekly target as a whole number, such as 10.");
            return false;
        }
        g.weeklyTarget = n;
    }
    if (f.contains(QStringLiteral("targetDate"))) {
        const QString day = f.value(QStringLiteral("targetDate")).toString().trimmed();
        g.targetDate = day.isEmpty() ? QDate() : QDate::fromString(day, kDayFormat);
        if (!day.isEmpty() && !g.targetDate.isValid()) {
            *problem = GoalsController::tr("Pick a valid day for the goal, or leave it empty.");
            return false;
        }
    }
    // Only effort goals count something each week.
    if (g.kind != goalkind::kEffort) {
        g.metric.clear();
        g.weeklyTarget = 0;
    }
    return true;
}

} // namespace

bool GoalsController::setNorthStar(const QString &title, const QString &notes) {
    return write([&](Vault &vault) { vault.goals().setNorthStar(title, notes); });
}

QString GoalsController::addGoal(const QVariantMap &fields) {
    Goal draft;
    QString problem;
    if (!applyFields(draft, fields, &problem)) {
        setError(problem);
        return {};
    }
    if (draft.kind == goalkind::kNorthStar) {
        setError(tr("Set the north star at the top of the page."));
        return {};
    }
    QString id;
    write([&](Vault &vault) { id = vault.goals().create(draft).id; });
    return id;
}

bool GoalsController::updateGoal(const QString &id, const QVariantMap &fields) {
    Vault *vault = m_session.vault();
    if (!vault)
        return false;
    std::optional<Goal> goal;
    try {
        goal = vault->goals().find(id);
    } catch (const Error &e) {
        setError(e.message());
        return false;
    }
    if (!goal) {
        setError(tr("That goal no longer exists."));
        return false;
    }
    const QString kindBefore = goal->kind;
    QString problem;
    if (!applyFields(*goal, fields, &problem)) {
        setError(problem);
        return false;
    }
    if ((goal->kind == goalkind::kNorthStar) != (kindBefore == goalkind::kNorthStar)) {
        setError(tr("The north star stays the north star: set it at the top of the page."));
        return false;
    }
    return write([&](Vault &v) { v.goals().update(*goal); });
}

bool GoalsController::setStatus(const QString &id, const QString &status) {
    return write([&](Vault &vault) { vault.goals().setStatus(id, status); });
}

bool GoalsController::removeGoal(const QString &id) {
    return write([&](Vault &vault) { m_removed = vault.goals().remove(id); });
}

bool GoalsController::undoRemove() {
    if (!m_removed)
        return false;
    return write([&](Vault &vault) {
        vault.goals().restore(*m_removed);
        m_removed.reset();
    });
}

QVariantMap GoalsController::goal(const QString &id) const {
    Vault *vault = m_session.vault();
    if (!vault)
        return {};
    try {
        const auto g = vault->goals().find(id);
        if (!g)
            return {};
        return goalToMap(*g, localToday(m_session.clock()), vault->catalog());
    } catch (const Error &) {
        return {};
    }
}

} // namespace rebound
