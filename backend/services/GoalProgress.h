#pragma once
#include "core/Goal.h"

#include <QDate>
#include <QList>

namespace rebound {

class Vault;

struct EffortWeek {
    QDate weekStart;
    int count = 0;
    bool met = false;
};

// How an effort goal went over whole weeks.
struct EffortProgress {
    Goal goal;
    QString metricLabel;
    int target = 0;          // per week
    int thisWeek = 0;        // the week containing `to`
    QList<EffortWeek> weeks; // oldest first
    int weeksMet = 0;
    double averagePerWeek = 0;
};

// Counts what weekly effort goals measure (see effortmetric) straight from the
// data, so a back-dated application counts in the week it happened.
class GoalProgress {
public:
    explicit GoalProgress(Vault &vault, Qt::DayOfWeek firstDayOfWeek = Qt::Monday);

    QDate weekStart(const QDate &day) const;
    // Inclusive day range. Unknown metrics count 0.
    int count(const QString &metric, const QDate &from, const QDate &to);
    // The weeks overlapping [from, to]; the first and last count only their
    // days inside the range (so the current week counts up to `to`).
    EffortProgress progress(const Goal &goal, const QDate &from, const QDate &to);
    // Every active effort goal over the last 8 weeks, the last one containing `today`.
    QList<EffortProgress> thisWeek(const QDate &today);

private:
    Vault &m_vault;
    Qt::DayOfWeek m_firstDay;
};

} // namespace rebound
