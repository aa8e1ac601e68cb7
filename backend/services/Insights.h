#pragma once
#include "core/DayMood.h"
#include "core/Insights.h"
#include "services/GoalProgress.h"
#include "storage/InsightsRepository.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <optional>

namespace rebound {

class Vault;

struct InsightsData {
    QDate today;
    MoodTrend week, month, year; // 7, 30, 365 days
    YearInPixels pixels;         // the calendar year of `today`
    QList<int> pixelYears;       // years with any mood, oldest first (today's year included)
    EffortStreaks effort;
    QList<EffortProgress> goals; // active weekly effort goals, last 8 weeks (GoalProgress::thisWeek)
    Funnel funnel;
    Resilience resilience;
    WinsInsight wins;
};

// The pure computations, on constructed data (unit-tested with exact numbers).
namespace insights {
// `moods`: any order, days without a mood may be missing. One point per day in
// [today - days + 1, today].
MoodTrend moodTrend(const QList<DayMood> &moods, const QDate &today, int days, int window);
YearInPixels yearInPixels(const QList<DayMood> &moods, int year);
// `days`: effort days, any order, missing days have no effort. restWeekdays:
// Qt::DayOfWeek values planned as rest. Looks back 365 days from today.
EffortStreaks streaks(const QList<EffortDay> &days, const QDate &today, const QSet<int> &restWeekdays);
// Builds effort days from the repository rows ("rested" marks rest; the rest
// weekdays are applied by streaks()).
QList<EffortDay> effortDays(const QList<InsightsRepository::DayCounts> &counts,
                            const QList<InsightsRepository::CheckInEfforts> &efforts);
Funnel funnel(const QList<InsightsRepository::FunnelCount> &counts, const QDate &today);
// moods: all day moods needed (30 days before the first rejection onwards).
// effortNames: catalog id -> display name (unknown ids show the id).
Resilience resilience(const QList<InsightsRepository::Rejection> &rejections, const QList<DayMood> &moods,
                      const QList<InsightsRepository::CheckInEfforts> &efforts, const QDate &today,
                      const QHash<QString, QString> &effortNames);
} // namespace insights

// Computes the whole Insights page from the vault and caches it for the day:
// a second call on the same day with no write in between costs one query. The
// pipeline's SQL (funnel counts, rejections: the slowest queries on a big
// vault) is kept across days and re-read only when applications or stage
// events changed, so a check-in does not pay for it.
class InsightsService {
public:
    explicit InsightsService(Vault &vault, Qt::DayOfWeek firstDayOfWeek = Qt::Monday);

    // Planned rest weekdays (Qt::DayOfWeek values); changing them drops the cache.
    void setRestWeekdays(const QSet<int> &days);
    QSet<int> restWeekdays() const { return m_rest; }

    const InsightsData &compute(const QDate &today);
    YearInPixels yearInPixels(int year);
    // Drop the cache (tests, benchmarks).
    void invalidate();
    bool lastWasCached() const { return m_lastCached; }
    int pipelineReads() const { return m_pipelineReads; } // times the pipeline SQL ran

private:
    Vault &m_vault;
    Qt::DayOfWeek m_firstDay;
    QSet<int> m_rest;
    std::optional<InsightsData> m_cache;
    qint64 m_cacheVersion = -1;
    QList<InsightsRepository::Rejection> m_rejections;
    QList<InsightsRepository::FunnelCount> m_funnelCounts;
    qint64 m_pipelineVersion = -1; // -1: not read yet
    int m_pipelineReads = 0;
    bool m_lastCached = false;
};

} // namespace rebound
