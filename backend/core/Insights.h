#pragma once
#include "core/CheckIn.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <array>
#include <cmath>
#include <limits>

namespace rebound {

// Value types of the Insights page. Every figure is computed by InsightsService
// (services/Insights.h); the UI and the CLI only format them.

// ---- mood ------------------------------------------------------------------
struct MoodPoint {
    QDate date;
    double mood = 0;    // the day's mood (DayMood::average), 0 = no mood that day
    double average = 0; // trailing moving average over the days with a mood in
                        // [date - window + 1, date]; 0 when that window has none
};

// One mood chart: the last `days` days ending today, one point per day (oldest first).
struct MoodTrend {
    int days = 0;   // 7, 30 or 365
    int window = 0; // moving-average window in days: 3, 7 and 30 respectively
    QList<MoodPoint> points;
    int daysWithMood = 0;
    double mean = 0;         // mean of the days with a mood; 0 when none
    double firstAverage = 0; // the first / last non-zero moving average (0 when none):
    double lastAverage = 0;  // "went from 3.1 to 3.6"
};

// A calendar year, one mood level (0..5, DayMood::level) per day: index = dayOfYear - 1.
struct YearInPixels {
    int year = 0;
    QList<int> levels;
    int daysWithMood = 0;
    std::array<int, 6> levelCounts{}; // how many days at each level (0 = none)
};

// ---- effort ----------------------------------------------------------------
// What counts as effort: only what the user controls, never outcomes.
namespace effortkind {
enum Kind {
    Applications = 0, // "applied" stage events
    Outreach,         // logged interactions + check-ins tagged "reached out"
    Practice,         // check-ins tagged "practised"
    Learning,         // check-ins tagged "learned"
    Journaling,       // journal entries and check-ins
    Other,            // other effort tags on check-ins (built-in "exercised" or the user's own)
    Count
};
QString key(int kind);   // "applications", ... stable, for JSON
QString label(int kind); // translated
} // namespace effortkind

struct EffortDay {
    QDate date;
    std::array<int, effortkind::Count> counts{};
    bool rest = false; // a planned rest weekday, or a check-in tagged "rested"
    int total() const {
        int t = 0;
        for (int c : counts)
            t += c;
        return t;
    }
    bool active() const { return total() > 0; }
};

// Streak rules: a day with any effort extends the streak; a rest day without
// effort neither breaks nor extends it; any other day without effort breaks it.
// Today without effort (yet) does not break the current streak.
struct EffortStreaks {
    int current = 0;    // effort days in the current streak
    QDate currentStart; // first effort day of it (invalid when current == 0)
    bool todayDone = false;
    int best = 0; // the longest streak in the past 365 days (the current one included)
    QDate bestStart, bestEnd;
    int activeDays30 = 0;                       // effort days in the last 30 days
    int restDays30 = 0;                         // rest days without effort in the last 30 days
    std::array<int, effortkind::Count> last7{}; // counts per kind, today included
    std::array<int, effortkind::Count> last30{};
    QList<EffortDay> recent; // the last 28 days, oldest first (for the streak strip)
};

// ---- pipeline --------------------------------------------------------------
// Funnel steps in order. "Reached" counts an application at its furthest step:
// one that went straight from applied to interviewing also reached screening.
namespace funnelstep {
enum Step { Applied = 0, Screening, Interview, Final, Offer, Count };
QString key(int step);
QString label(int step);
} // namespace funnelstep

struct FunnelRow {
    QDate month; // first day of the month the application was sent; invalid = all time
    std::array<int, funnelstep::Count> reached{};
    // reached[step] / reached[step - 1]; -1 when the step before is 0. step 0 -> -1.
    double conversion(int step) const {
        if (step <= 0 || step >= funnelstep::Count || reached[step - 1] == 0)
            return -1;
        return double(reached[step]) / double(reached[step - 1]);
    }
};

struct Funnel {
    QList<FunnelRow> months; // the last 12 calendar months, oldest first, empty months included
    FunnelRow allTime;
};

// ---- resilience ------------------------------------------------------------
namespace recoverystatus {
enum Status {
    Recovered,    // days is set
    Recovering,   // mood after it, not back yet, fewer than kMaxRecoveryDays since
    NotRecovered, // not back within kMaxRecoveryDays
    NoBaseline,   // no mood in the 30 days before
    NoMoodAfter   // no mood on or after the rejection day (within kMaxRecoveryDays)
};
QString key(int status);
QString label(int status);
} // namespace recoverystatus

struct Recovery {
    QString applicationId;
    QString company;
    QString role;
    QDate rejectedOn;
    double baseline = 0; // mean day mood over [rejectedOn - 30, rejectedOn - 1]
    int days = -1;       // recovered: days from rejectedOn until the 3-day average is back
    int status = recoverystatus::NoBaseline;
    QStringList efforts; // effort tag ids on check-ins in the first week [rejectedOn, +6]
};

struct EffortRecovery {
    QString effortId; // catalog id
    QString name;
    int withCount = 0;   // recovered rejections whose first week had this tag
    double withMean = 0; // their mean recovery days
    int withoutCount = 0;
    double withoutMean = 0;
    double difference() const { return withoutMean - withMean; } // > 0: faster with it
};

struct Resilience {
    static constexpr int kBaselineDays = 30;
    static constexpr int kAverageDays = 3;
    static constexpr int kMaxRecoveryDays = 90;
    static constexpr int kFirstWeekDays = 7;
    static constexpr int kMinTrendPoints = 3;
    // |trendSlope| below this (days per rejection) reads as "about the same".
    static constexpr double kSteadySlope = 0.25;

    QList<Recovery> rejections; // oldest first
    int recoveredCount = 0;
    double meanDays = 0; // over recovered rejections
    // Least-squares slope of recovery days against the recovered rejections'
    // order (days per rejection); NaN with fewer than kMinTrendPoints.
    double trendSlope = std::numeric_limits<double>::quiet_NaN();
    // Tags seen in at least one recovered rejection's first week and missing in
    // at least one other, biggest difference first.
    QList<EffortRecovery> efforts;
};

// ---- wins ------------------------------------------------------------------
struct WinsInsight {
    static constexpr int kRecent = 5;
    static constexpr int kResurface = 3;
    static constexpr int kResurfaceMinAgeDays = 14;

    int total = 0;
    int last30 = 0;
    QList<SmallWin> recent; // newest first
    bool lowMood = false;   // today's mood (or yesterday's when today has none) is low
    // On low-mood days: up to three wins older than two weeks, a different
    // choice each day; empty otherwise.
    QList<SmallWin> resurfaced;
};

} // namespace rebound
