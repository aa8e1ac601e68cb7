#include "Insights.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "storage/Vault.h"

#include <QElapsedTimer>
#include <QHash>
#include <algorithm>
#include <cmath>
#include <vector>

namespace rebound {

namespace {
constexpr int kWinsRecentDays = 30;
} // namespace

namespace insights {

namespace {
constexpr int kYearDays = 365;
constexpr int kRecentDays = 28;
constexpr int kMonthDays = 30;
constexpr int kWeekDays = 7;
constexpr int kFunnelMonths = 12;
constexpr double kEpsilon = 1e-9;

QHash<QDate, double> moodMap(const QList<DayMood> &moods) {
    QHash<QDate, double> map;
    map.reserve(moods.size());
    for (const DayMood &m : moods)
        if (m.average > 0 && m.date.isValid())
            map.insert(m.date, m.average);
    return map;
}

// Day moods as prefix sums over a dense range of days: the mean over any day
// range in O(1). Resilience asks for thousands of ranges on a big vault (a
// 30-day baseline and up to 90 three-day averages per rejection); a hash
// lookup per day made it the slowest part of compute().
class MoodRanges {
public:
    explicit MoodRanges(const QList<DayMood> &moods) {
        for (const DayMood &m : moods)
            if (m.average > 0 && m.date.isValid()) {
                if (!m_first.isValid() || m.date < m_first)
                    m_first = m.date;
                if (!m_last.isValid() || m.date > m_last)
                    m_last = m.date;
            }
        if (!m_first.isValid())
            return;
        const qint64 n = m_first.daysTo(m_last) + 1;
        std::vector<double> day(size_t(n), 0.0);
        for (const DayMood &m : moods)
            if (m.average > 0 && m.date.isValid())
                day[size_t(m_first.daysTo(m.date))] = m.average;
        m_sum.assign(size_t(n + 1), 0.0);
        m_count.assign(size_t(n + 1), 0);
        for (qint64 i = 0; i < n; ++i) {
            m_sum[size_t(i + 1)] = m_sum[size_t(i)] + day[size_t(i)];
            m_count[size_t(i + 1)] = m_count[size_t(i)] + (day[size_t(i)] > 0 ? 1 : 0);
        }
    }
    // Mean of the moods in [from, to]; 0 when none.
    double mean(const QDate &from, const QDate &to) const {
        if (!m_first.isValid() || to < m_first || from > m_last || to < from)
            return 0;
        const qint64 i = std::max<qint64>(0, m_first.daysTo(from));
        const qint64 j = std::min<qint64>(m_first.daysTo(m_last), m_first.daysTo(to));
        const int count = m_count[size_t(j + 1)] - m_count[size_t(i)];
        return count == 0 ? 0 : (m_sum[size_t(j + 1)] - m_sum[size_t(i)]) / count;
    }

private:
    QDate m_first, m_last;
    std::vector<double> m_sum;
    std::vector<int> m_count;
};

} // namespace

MoodTrend moodTrend(const QList<DayMood> &moods, const QDate &today, int days, int window) {
    MoodTrend t;
    t.days = std::max(days, 0);
    t.window = std::max(window, 1);
    if (!today.isValid() || t.days == 0)
        return t;
    const QHash<QDate, double> map = moodMap(moods);
    const MoodRanges ranges(moods);
    double sum = 0;
    for (QDate d = today.addDays(1 - t.days); d <= today; d = d.addDays(1)) {
        MoodPoint p;
        p.date = d;
        p.mood = map.value(d, 0);
        p.average = ranges.mean(d.addDays(1 - t.window), d);
        if (p.mood > 0) {
            ++t.daysWithMood;
            sum += p.mood;
        }
        if (p.average > 0) {
            if (t.firstAverage == 0)
                t.firstAverage = p.average;
            t.lastAverage = p.average;
        }
        t.points.append(p);
    }
    t.mean = t.daysWithMood == 0 ? 0 : sum / t.daysWithMood;
    return t;
}

YearInPixels yearInPixels(const QList<DayMood> &moods, int year) {
    YearInPixels y;
    y.year = year;
    const QDate first(year, 1, 1);
    if (!first.isValid())
        return y;
    y.levels = QList<int>(first.daysInYear(), 0);
    for (const DayMood &m : moods) {
        if (m.date.year() != year)
            continue;
        y.levels[m.date.dayOfYear() - 1] = std::clamp(m.level(), 0, 5);
    }
    for (int level : y.levels) {
        ++y.levelCounts[level];
        y.daysWithMood += level > 0 ? 1 : 0;
    }
    return y;
}

QList<EffortDay> effortDays(const QList<InsightsRepository::DayCounts> &counts,
                            const QList<InsightsRepository::CheckInEfforts> &efforts) {
    using namespace effortkind;
    QMap<QDate, EffortDay> days;
    // Check-in tags per day, kept apart from logged records: the same effort
    // logged twice (an application in the job log and "applied" in a check-in)
    // counts once, as the larger of the two.
    QHash<QDate, std::array<int, Count>> tagged;
    for (const auto &c : counts) {
        EffortDay &d = days[c.date];
        d.date = c.date;
        d.counts[Applications] += c.applied;
        d.counts[Outreach] += c.interactions;
        d.counts[Journaling] += c.entries + c.checkIns;
    }
    for (const auto &c : efforts) {
        EffortDay &d = days[c.date];
        d.date = c.date;
        std::array<int, Count> &t = tagged[c.date];
        for (const QString &id : c.efforts) {
            if (id == QLatin1String("effort:rested"))
                d.rest = true;
            else if (id == QLatin1String("effort:applied"))
                ++t[Applications];
            else if (id == QLatin1String("effort:reached-out"))
                ++t[Outreach];
            else if (id == QLatin1String("effort:practised"))
                ++t[Practice];
            else if (id == QLatin1String("effort:learned"))
                ++t[Learning];
            else
                ++t[Other];
        }
    }
    for (auto it = tagged.constBegin(); it != tagged.constEnd(); ++it) {
        EffortDay &d = days[it.key()];
        for (int k : {int(Applications), int(Outreach)})
            d.counts[k] = std::max(d.counts[k], it.value()[k]);
        for (int k : {int(Practice), int(Learning), int(Other)})
            d.counts[k] += it.value()[k];
    }
    return days.values();
}

EffortStreaks streaks(const QList<EffortDay> &days, const QDate &today, const QSet<int> &restWeekdays) {
    EffortStreaks s;
    if (!today.isValid())
        return s;
    QHash<QDate, EffortDay> map;
    for (const EffortDay &d : days)
        map.insert(d.date, d);
    const QDate start = today.addDays(1 - kYearDays);
    int run = 0;
    QDate runStart;
    for (QDate d = start; d <= today; d = d.addDays(1)) {
        EffortDay day = map.value(d);
        day.date = d;
        day.rest = day.rest || restWeekdays.contains(d.dayOfWeek());
        const qint64 ago = d.daysTo(today);
        if (day.active()) {
            if (run++ == 0)
                runStart = d;
            if (run > s.best) {
                s.best = run;
                s.bestStart = runStart;
                s.bestEnd = d;
            }
        } else if (!day.rest && d != today) {
            run = 0; // a day off that was not planned ends the streak
            runStart = QDate();
        }
        if (ago < kMonthDays) {
            s.activeDays30 += day.active() ? 1 : 0;
            s.restDays30 += day.rest && !day.active() ? 1 : 0;
            for (int k = 0; k < effortkind::Count; ++k) {
                s.last30[k] += day.counts[k];
                if (ago < kWeekDays)
                    s.last7[k] += day.counts[k];
            }
        }
        if (ago < kRecentDays)
            s.recent.append(day);
    }
    s.current = run;
    s.currentStart = run > 0 ? runStart : QDate();
    s.todayDone = map.value(today).active();
    return s;
}

Funnel funnel(const QList<InsightsRepository::FunnelCount> &counts, const QDate &today) {
    Funnel f;
    if (!today.isValid())
        return f;
    const QDate first = QDate(today.year(), today.month(), 1).addMonths(1 - kFunnelMonths);
    for (int i = 0; i < kFunnelMonths; ++i) {
        FunnelRow row;
        row.month = first.addMonths(i);
        f.months.append(row);
    }
    for (const auto &c : counts) {
        if (c.step < 0 || c.step >= funnelstep::Count || c.count <= 0)
            continue;
        // Months between the row's month and the first shown one.
        const int index = (c.month.year() - first.year()) * 12 + (c.month.month() - first.month());
        for (int step = 0; step <= c.step; ++step) {
            f.allTime.reached[step] += c.count;
            if (index >= 0 && index < kFunnelMonths)
                f.months[index].reached[step] += c.count;
        }
    }
    return f;
}

Resilience resilience(const QList<InsightsRepository::Rejection> &rejections, const QList<DayMood> &moods,
                      const QList<InsightsRepository::CheckInEfforts> &efforts, const QDate &today,
                      const QHash<QString, QString> &effortNames) {
    Resilience out;
    const MoodRanges ranges(moods);
    QMap<QDate, QStringList> effortsByDay;
    for (const auto &c : efforts)
        effortsByDay[c.date] += c.efforts;

    QList<const Recovery *> recovered;
    for (const auto &rej : rejections) {
        Recovery r;
        r.applicationId = rej.applicationId;
        r.company = rej.company;
        r.role = rej.role;
        r.rejectedOn = rej.date;
        r.baseline = ranges.mean(rej.date.addDays(-Resilience::kBaselineDays), rej.date.addDays(-1));
        const QDate end = std::min(today, rej.date.addDays(Resilience::kMaxRecoveryDays));
        for (auto it = effortsByDay.lowerBound(rej.date);
             it != effortsByDay.constEnd() && it.key() < rej.date.addDays(Resilience::kFirstWeekDays); ++it)
            for (const QString &id : it.value())
                if (!r.efforts.contains(id))
                    r.efforts.append(id);
        std::sort(r.efforts.begin(), r.efforts.end());
        if (r.baseline <= 0) {
            r.status = recoverystatus::NoBaseline;
        } else if (end < rej.date || ranges.mean(rej.date, end) <= 0) {
            r.status = recoverystatus::NoMoodAfter;
        } else {
            r.status = rej.date.daysTo(today) >= Resilience::kMaxRecoveryDays ? recoverystatus::NotRecovered
                                                                              : recoverystatus::Recovering;
            for (QDate d = rej.date; d <= end; d = d.addDays(1)) {
                // the 3-day average, counting only days since the rejection
                const double avg =
                    ranges.mean(std::max(rej.date, d.addDays(1 - Resilience::kAverageDays)), d);
                if (avg > 0 && avg >= r.baseline - kEpsilon) {
                    r.status = recoverystatus::Recovered;
                    r.days = int(rej.date.daysTo(d));
                    break;
                }
            }
        }
        out.rejections.append(r);
    }
    for (const Recovery &r : std::as_const(out.rejections))
        if (r.status == recoverystatus::Recovered)
            recovered.append(&r);

    out.recoveredCount = int(recovered.size());
    if (!recovered.isEmpty()) {
        double sum = 0;
        for (const Recovery *r : recovered)
            sum += r->days;
        out.meanDays = sum / recovered.size();
    }
    if (recovered.size() >= Resilience::kMinTrendPoints) {
        const double n = recovered.size();
        const double meanX = (n - 1) / 2.0;
        double sxy = 0, sxx = 0;
        for (int i = 0; i < recovered.size(); ++i) {
            sxy += (i - meanX) * (recovered[i]->days - out.meanDays);
            sxx += (i - meanX) * (i - meanX);
        }
        out.trendSlope = sxy / sxx;
    }

    QStringList ids;
    for (const Recovery *r : recovered)
        for (const QString &id : r->efforts)
            if (!ids.contains(id))
                ids.append(id);
    for (const QString &id : std::as_const(ids)) {
        EffortRecovery e;
        e.effortId = id;
        e.name = effortNames.value(id, id);
        double with = 0, without = 0;
        for (const Recovery *r : recovered) {
            if (r->efforts.contains(id)) {
                ++e.withCount;
                with += r->days;
            } else {
                ++e.withoutCount;
                without += r->days;
            }
        }
        if (e.withCount == 0 || e.withoutCount == 0)
            continue; // nothing to compare with
        e.withMean = with / e.withCount;
        e.withoutMean = without / e.withoutCount;
        out.efforts.append(e);
    }
    std::sort(out.efforts.begin(), out.efforts.end(), [](const EffortRecovery &a, const EffortRecovery &b) {
        if (std::abs(a.difference() - b.difference()) > kEpsilon)
            return a.difference() > b.difference();
        return a.effortId < b.effortId;
    });
    return out;
}

} // namespace insights

InsightsService::InsightsService(Vault &vault, Qt::DayOfWeek firstDayOfWeek)
    : m_vault(vault)
    , m_firstDay(firstDayOfWeek) {}

void InsightsService::setRestWeekdays(const QSet<int> &days) {
    if (days == m_rest)
        return;
    m_rest = days;
    m_cache.reset(); // the pipeline does not depend on rest days
    m_cacheVersion = -1;
}

void InsightsService::invalidate() {
    m_cache.reset();
    m_cacheVersion = -1;
    m_pipelineVersion = -1;
}

const InsightsData &InsightsService::compute(const QDate &today) {
    InsightsRepository &repo = m_vault.insights();
    const qint64 version = repo.dataVersion();
    if (m_cache && m_cache->today == today && version == m_cacheVersion) {
        m_lastCached = true;
        return *m_cache;
    }
    m_lastCached = false;
    QElapsedTimer timer;
    timer.start();

    InsightsData d;
    d.today = today;
    static const QStringList kPipelineEntities{QStringLiteral("application"), QStringLiteral("stage_event")};
    if (m_pipelineVersion < 0 || version < m_pipelineVersion ||
        repo.changedSince(m_pipelineVersion, kPipelineEntities)) {
        m_rejections = repo.rejections();
        m_funnelCounts = repo.funnelCounts();
        ++m_pipelineReads;
    }
    m_pipelineVersion = version;
    const QList<InsightsRepository::Rejection> &rejections = m_rejections;
    // One read of day moods covers the year chart (and its 30-day window), the
    // calendar year and 30 days before the first rejection.
    QDate moodsFrom = std::min(today.addDays(-(364 + 29)), QDate(today.year(), 1, 1));
    if (!rejections.isEmpty())
        moodsFrom = std::min(moodsFrom, rejections.constFirst().date.addDays(-Resilience::kBaselineDays));
    const QList<DayMood> moods = m_vault.checkIns().dayMoods(moodsFrom, today);
    d.week = insights::moodTrend(moods, today, 7, 3);
    d.month = insights::moodTrend(moods, today, 30, 7);
    d.year = insights::moodTrend(moods, today, 365, 30);
    d.pixels = insights::yearInPixels(moods, today.year());
    const QDate firstMood = repo.firstMoodDay();
    for (int y = firstMood.isValid() ? std::min(firstMood.year(), today.year()) : today.year();
         y <= today.year(); ++y)
        d.pixelYears.append(y);

    const QDate yearStart = today.addDays(-364);
    QDate effortsFrom = yearStart;
    if (!rejections.isEmpty())
        effortsFrom = std::min(effortsFrom, rejections.constFirst().date);
    const QList<InsightsRepository::CheckInEfforts> efforts = repo.checkInEfforts(effortsFrom, today);
    QList<InsightsRepository::CheckInEfforts> yearEfforts;
    for (const auto &e : efforts)
        if (e.date >= yearStart)
            yearEfforts.append(e);
    d.effort =
        insights::streaks(insights::effortDays(repo.dayCounts(yearStart, today), yearEfforts), today, m_rest);

    d.goals = GoalProgress(m_vault, m_firstDay).thisWeek(today);
    d.funnel = insights::funnel(m_funnelCounts, today);

    // One read of the effort catalog (hidden items included: old check-ins keep their tags).
    QHash<QString, QString> names;
    for (const CatalogItem &item : m_vault.catalog().items(CatalogItem::Kind::Effort))
        names.insert(item.id, item.name);
    d.resilience = insights::resilience(rejections, moods, efforts, today, names);

    CheckInRepository &checkIns = m_vault.checkIns();
    d.wins.total = checkIns.winCountUpTo(today);
    d.wins.last30 = d.wins.total - checkIns.winCountUpTo(today.addDays(-kWinsRecentDays));
    d.wins.recent = checkIns.winsUpTo(today, WinsInsight::kRecent, 0);
    DayMood mood = checkIns.dayMood(today);
    if (mood.average <= 0)
        mood = checkIns.dayMood(today.addDays(-1));
    d.wins.lowMood = mood.isLow();
    if (d.wins.lowMood) {
        const QDate olderThan = today.addDays(-WinsInsight::kResurfaceMinAgeDays);
        const int n = checkIns.winCountUpTo(olderThan);
        const int k = std::min(WinsInsight::kResurface, n);
        // A different choice each day, spread over the whole history.
        const qint64 base = n > 0 ? today.toJulianDay() % n : 0;
        for (int i = 0; i < k; ++i)
            d.wins.resurfaced += checkIns.winsUpTo(olderThan, 1, int((base + qint64(i) * (n / k)) % n));
    }

    m_cache = std::move(d);
    m_cacheVersion = version;
    qCDebug(lcInsights) << "computed in" << timer.elapsed() << "ms";
    return *m_cache;
}

YearInPixels InsightsService::yearInPixels(int year) {
    const QDate first(year, 1, 1);
    if (!first.isValid())
        return {};
    return insights::yearInPixels(m_vault.checkIns().dayMoods(first, QDate(year, 12, 31)), year);
}

} // namespace rebound
