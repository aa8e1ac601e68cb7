#include "GoalProgress.h"

#include "core/JobApplication.h"
#include "storage/Vault.h"

#include <algorithm>

namespace rebound {

namespace {
constexpr int kDaysPerWeek = 7;
constexpr int kRecentWeeks = 8;
} // namespace

GoalProgress::GoalProgress(Vault &vault, Qt::DayOfWeek firstDayOfWeek)
    : m_vault(vault)
    , m_firstDay(firstDayOfWeek) {}

QDate GoalProgress::weekStart(const QDate &day) const {
    const int back = (day.dayOfWeek() - int(m_firstDay) + kDaysPerWeek) % kDaysPerWeek;
    return day.addDays(-back);
}

int GoalProgress::count(const QString &metric, const QDate &from, const QDate &to) {
    if (!from.isValid() || !to.isValid() || to < from)
        return 0;
    if (metric == effortmetric::kApplications)
        return m_vault.applications().countEntered(stage::kApplied, from, to);
    if (metric == effortmetric::kInterviews)
        return m_vault.interviews().countBetween(from, to);
    if (metric == effortmetric::kJournal)
        return m_vault.journal().countBetween(from, to);
    if (metric.startsWith(effortmetric::kEffortPrefix) && metric.size() > effortmetric::kEffortPrefix.size())
        return m_vault.checkIns().countWithEffort(metric.mid(effortmetric::kEffortPrefix.size()), from, to);
    return 0;
}

EffortProgress GoalProgress::progress(const Goal &goal, const QDate &from, const QDate &to) {
    EffortProgress p;
    p.goal = goal;
    p.target = goal.weeklyTarget;
    const QString effortName = goal.metric.startsWith(effortmetric::kEffortPrefix)
                                   ? m_vault.catalog().nameOf(goal.metric.mid(effortmetric::kEffortPrefix.size()))
                                   : QString();
    p.metricLabel = effortmetric::label(goal.metric, effortName);
    if (!from.isValid() || !to.isValid() || to < from)
        return p;
    int total = 0;
    for (QDate week = weekStart(from); week <= to; week = week.addDays(kDaysPerWeek)) {
        EffortWeek w;
        w.weekStart = week;
        // Days outside [from, to] belong to another period (or have not happened yet).
        w.count = count(goal.metric, std::max(week, from), std::min(week.addDays(kDaysPerWeek - 1), to));
        w.met = p.target > 0 && w.count >= p.target;
        total += w.count;
        p.weeksMet += w.met ? 1 : 0;
        p.weeks.append(w);
    }
    p.thisWeek = p.weeks.isEmpty() ? 0 : p.weeks.constLast().count;
    p.averagePerWeek = p.weeks.isEmpty() ? 0 : double(total) / double(p.weeks.size());
    return p;
}

QList<EffortProgress> GoalProgress::thisWeek(const QDate &today) {
    QList<EffortProgress> out;
    const QDate from = weekStart(today).addDays(-kDaysPerWeek * (kRecentWeeks - 1));
    for (const Goal &goal : m_vault.goals().effortGoals())
        out.append(progress(goal, from, today));
    return out;
}

} // namespace rebound
