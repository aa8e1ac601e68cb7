// rebound-cli insights: the figures of the Insights page (mood, year in pixels,
// effort streaks and weekly goals, the pipeline funnel, resilience after
// rejections, wins), all computed by InsightsService; this file only formats.
//
// Rest weekdays (a rest day without effort does not break a streak) come from
// the app's settings (Settings → Insights, AppSettings::restWeekdays), the same
// ones the app uses; --rest-days overrides them for one run ("6,7", "sat,sun",
// or "none").
//
// --json prints one object (documented in "rebound-cli insights --help"): every
// key is lower_snake_case English, dates are ISO "YYYY-MM-DD", months "YYYY-MM",
// and a figure that does not exist (no mood, no baseline, a conversion from an
// empty step, a trend with too few points) is null, never NaN, 0 or -1.
#include "CliCommands.h"

#include "core/Insights.h"
#include "services/AppSettings.h"
#include "services/Insights.h"

#include <QLocale>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace rebound::cli {

using namespace opt;

namespace {

constexpr int kMinYear = 1900;
constexpr int kCompanyChars = 28; // longest "company — role" in the resilience table
constexpr int kWinChars = 60;     // longest win text on one line
// |slope| below this (days per rejection) reads as "about the same".
constexpr double kSteadySlope = Resilience::kSteadySlope;

QString number1(double v) {
    return QString::number(v, 'f', 1);
}

// A figure that may not exist: null instead of 0 / NaN / -1.
QJsonValue figure(double v, bool exists = true) {
    if (!exists || std::isnan(v) || std::isinf(v))
        return QJsonValue();
    return v;
}

QJsonValue isoDay(const QDate &d) {
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QString cut(const QString &text, int maxChars) {
    const QString t = text.simplified();
    return t.size() > maxChars ? t.left(maxChars - 1) + QChar(0x2026) : t;
}

// --rest-days: "6,7", "sat,sun", "Saturday, Sunday" or "none"; Qt::DayOfWeek values.
QSet<int> parseRestDays(const QString &text) {
    const QString t = text.trimmed().toLower();
    QSet<int> days;
    if (t == QLatin1String("none") || t.isEmpty())
        return days;
    static const char *const kNames[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    for (const QString &raw : t.split(u',', Qt::SkipEmptyParts)) {
        const QString part = raw.trimmed();
        bool ok = false;
        int d = part.toInt(&ok);
        if (!ok) {
            d = 0;
            for (int i = 0; i < 7; ++i)
                if (part.size() >= 3 && QString::fromLatin1(kNames[i]).startsWith(part.left(3)) &&
                    QLocale::c().dayName(i + 1).toLower().startsWith(part))
                    d = i + 1;
        }
        if (d < Qt::Monday || d > Qt::Sunday)
            throw UsageError(CliText::tr("--rest-days takes weekdays as numbers 1 (Monday) to 7 (Sunday) or names, "
                                "e.g. 6,7 or sat,sun, or \"none\" (not “%1”).")
                                 .arg(text));
        days.insert(d);
    }
    return days;
}

QList<int> sortedDays(const QSet<int> &days) {
    QList<int> list(days.begin(), days.end());
    std::sort(list.begin(), list.end());
    return list;
}

QString weekdayNames(const QSet<int> &days) {
    QStringList names;
    for (int d : sortedDays(days))
        names << QLocale().dayName(d, QLocale::ShortFormat);
    return names.isEmpty() ? CliText::tr("none") : names.join(QStringLiteral(", "));
}

// Numbers right-aligned in the columns firstNumeric..lastNumeric, so they line up.
QList<QStringList> alignNumbers(QList<QStringList> rows, int firstNumeric, int lastNumeric = 1000) {
    QList<int> widths;
    for (const QStringList &row : rows)
        for (qsizetype c = firstNumeric; c < row.size() && c <= lastNumeric; ++c) {
            while (widths.size() <= c)
                widths.append(0);
            widths[c] = std::max(widths[c], int(row[c].size()));
        }
    for (QStringList &row : rows)
        for (qsizetype c = firstNumeric; c < row.size() && c <= lastNumeric; ++c)
            row[c] = row[c].rightJustified(widths[c]);
    return rows;
}

QString monthName(int month) {
    return QLocale().monthName(month, QLocale::ShortFormat);
}

// Mean level of the days with a mood in one month of the grid; 0 when none.
QPair<int, double> monthLevels(const YearInPixels &p, int month) {
    const QDate first(p.year, month, 1);
    int days = 0, sum = 0;
    for (int d = 0; d < first.daysInMonth(); ++d) {
        const int level = p.levels.value(first.addDays(d).dayOfYear() - 1);
        if (level > 0) {
            ++days;
            sum += level;
        }
    }
    return {days, days ? double(sum) / days : 0.0};
}

// "getting shorter / longer / about the same", or why there is no trend.
QString trendSentence(const Resilience &r) {
    if (std::isnan(r.trendSlope))
        return CliText::tr("Not enough recoveries for a trend yet (it needs %1; there are %2).")
            .arg(Resilience::kMinTrendPoints)
            .arg(r.recoveredCount);
    if (r.trendSlope <= -kSteadySlope)
        return CliText::tr("Recovery is getting shorter: about %1 day(s) less with each rejection.")
            .arg(number1(-r.trendSlope));
    if (r.trendSlope >= kSteadySlope)
        return CliText::tr("Recovery is taking longer: about %1 day(s) more with each rejection.")
            .arg(number1(r.trendSlope));
    return CliText::tr("Recovery time is about the same from one rejection to the next.");
}

QString trendKey(const Resilience &r) {
    if (std::isnan(r.trendSlope))
        return QStringLiteral("not_enough_data");
    if (r.trendSlope <= -kSteadySlope)
        return QStringLiteral("shorter");
    if (r.trendSlope >= kSteadySlope)
        return QStringLiteral("longer");
    return QStringLiteral("steady");
}

QJsonObject kindCounts(const std::array<int, effortkind::Count> &counts) {
    QJsonObject o;
    for (int k = 0; k < effortkind::Count; ++k)
        o.insert(effortkind::key(k), counts[size_t(k)]);
    return o;
}

QJsonObject trendJson(const MoodTrend &t) {
    QJsonArray points;
    for (const MoodPoint &p : t.points)
        points.append(QJsonObject{{QStringLiteral("date"), isoDay(p.date)},
                                  {QStringLiteral("mood"), figure(p.mood, p.mood > 0)},
                                  {QStringLiteral("average"), figure(p.average, p.average > 0)}});
    return {{QStringLiteral("days"), t.days},
            {QStringLiteral("window"), t.window},
            {QStringLiteral("days_with_mood"), t.daysWithMood},
            {QStringLiteral("mean"), figure(t.mean, t.daysWithMood > 0)},
            {QStringLiteral("first_average"), figure(t.firstAverage, t.firstAverage > 0)},
            {QStringLiteral("last_average"), figure(t.lastAverage, t.lastAverage > 0)},
            {QStringLiteral("points"), points}};
}

QJsonObject pixelsJson(const YearInPixels &p, const QList<int> &years) {
    QJsonArray levels, counts, months, yearList;
    for (int l : p.levels)
        levels.append(l);
    for (int c : p.levelCounts)
        counts.append(c);
    for (int m = 1; m <= 12; ++m) {
        const auto [days, mean] = monthLevels(p, m);
        months.append(QJsonObject{{QStringLiteral("month"), m},
                                  {QStringLiteral("days_with_mood"), days},
                                  {QStringLiteral("mean_level"), figure(mean, days > 0)}});
    }
    for (int y : years)
        yearList.append(y);
    return {{QStringLiteral("year"), p.year},         {QStringLiteral("days_with_mood"), p.daysWithMood},
            {QStringLiteral("level_counts"), counts}, {QStringLiteral("levels"), levels},
            {QStringLiteral("months"), months},       {QStringLiteral("years"), yearList}};
}

QJsonObject effortJson(const EffortStreaks &e) {
    QJsonArray recent;
    for (const EffortDay &d : e.recent)
        recent.append(QJsonObject{{QStringLiteral("date"), isoDay(d.date)},
                                  {QStringLiteral("rest"), d.rest},
                                  {QStringLiteral("total"), d.total()},
                                  {QStringLiteral("counts"), kindCounts(d.counts)}});
    return {{QStringLiteral("current"), e.current},
            {QStringLiteral("current_start"), isoDay(e.currentStart)},
            {QStringLiteral("today_done"), e.todayDone},
            {QStringLiteral("best"), e.best},
            {QStringLiteral("best_start"), isoDay(e.bestStart)},
            {QStringLiteral("best_end"), isoDay(e.bestEnd)},
            {QStringLiteral("active_days_30"), e.activeDays30},
            {QStringLiteral("rest_days_30"), e.restDays30},
            {QStringLiteral("last_7"), kindCounts(e.last7)},
            {QStringLiteral("last_30"), kindCounts(e.last30)},
            {QStringLiteral("recent"), recent}};
}

QJsonObject goalJson(const EffortProgress &p) {
    QJsonArray weeks;
    for (const EffortWeek &w : p.weeks)
        weeks.append(QJsonObject{{QStringLiteral("week_start"), isoDay(w.weekStart)},
                                 {QStringLiteral("count"), w.count},
                                 {QStringLiteral("met"), w.met}});
    return {{QStringLiteral("id"), p.goal.id},
            {QStringLiteral("title"), p.goal.title},
            {QStringLiteral("metric"), p.goal.metric},
            {QStringLiteral("metric_label"), p.metricLabel},
            {QStringLiteral("target"), p.target},
            {QStringLiteral("this_week"), p.thisWeek},
            {QStringLiteral("weeks_met"), p.weeksMet},
            {QStringLiteral("weeks_counted"), int(p.weeks.size())},
            {QStringLiteral("average_per_week"), p.averagePerWeek},
            {QStringLiteral("weeks"), weeks}};
}

QJsonObject funnelRowJson(const FunnelRow &row) {
    QJsonObject reached, conversion;
    for (int s = 0; s < funnelstep::Count; ++s) {
        reached.insert(funnelstep::key(s), row.reached[size_t(s)]);
        if (s > 0) {
            const double c = row.conversion(s);
            conversion.insert(funnelstep::key(s), figure(c, c >= 0));
        }
    }
    QJsonObject o{{QStringLiteral("reached"), reached}, {QStringLiteral("conversion"), conversion}};
    if (row.month.isValid())
        o.insert(QStringLiteral("month"), row.month.toString(QStringLiteral("yyyy-MM")));
    return o;
}

QJsonObject funnelJson(const Funnel &f) {
    QJsonArray steps, months;
    for (int s = 0; s < funnelstep::Count; ++s)
        steps.append(funnelstep::key(s));
    for (const FunnelRow &row : f.months)
        months.append(funnelRowJson(row));
    return {{QStringLiteral("steps"), steps},
            {QStringLiteral("all_time"), funnelRowJson(f.allTime)},
            {QStringLiteral("months"), months}};
}

QJsonObject resilienceJson(const Resilience &r) {
    QJsonArray rejections, efforts;
    for (const Recovery &rec : r.rejections) {
        QJsonArray tags;
        for (const QString &t : rec.efforts)
            tags.append(t);
        const bool hasBaseline = rec.status != recoverystatus::NoBaseline;
        rejections.append(QJsonObject{{QStringLiteral("application_id"), rec.applicationId},
                                      {QStringLiteral("company"), rec.company},
                                      {QStringLiteral("role"), rec.role},
                                      {QStringLiteral("date"), isoDay(rec.rejectedOn)},
                                      {QStringLiteral("status"), recoverystatus::key(rec.status)},
                                      {QStringLiteral("baseline"), figure(rec.baseline, hasBaseline)},
                                      {QStringLiteral("days"), figure(rec.days, rec.days >= 0)},
                                      {QStringLiteral("efforts"), tags}});
    }
    for (const EffortRecovery &e : r.efforts)
        efforts.append(QJsonObject{
            {QStringLiteral("id"), e.effortId},
            {QStringLiteral("name"), e.name},
            {QStringLiteral("with_count"), e.withCount},
            {QStringLiteral("with_mean"), figure(e.withMean, e.withCount > 0)},
            {QStringLiteral("without_count"), e.withoutCount},
            {QStringLiteral("without_mean"), figure(e.withoutMean, e.withoutCount > 0)},
            {QStringLiteral("difference"), figure(e.difference(), e.withCount > 0 && e.withoutCount > 0)}});
    return {{QStringLiteral("baseline_days"), Resilience::kBaselineDays},
            {QStringLiteral("average_days"), Resilience::kAverageDays},
            {QStringLiteral("max_recovery_days"), Resilience::kMaxRecoveryDays},
            {QStringLiteral("rejections"), rejections},
            {QStringLiteral("recovered"), r.recoveredCount},
            {QStringLiteral("mean_days"), figure(r.meanDays, r.recoveredCount > 0)},
            {QStringLiteral("trend_slope"), figure(r.trendSlope)},
            {QStringLiteral("trend"), trendKey(r)},
            {QStringLiteral("trend_text"), trendSentence(r)},
            {QStringLiteral("efforts"), efforts}};
}

QJsonArray winsJson(const QList<SmallWin> &wins) {
    QJsonArray arr;
    for (const SmallWin &w : wins)
        arr.append(QJsonObject{{QStringLiteral("id"), w.id},
                               {QStringLiteral("date"), isoDay(w.date)},
                               {QStringLiteral("text"), w.text}});
    return arr;
}

} // namespace

int Commands::insights() {
    a.allowOnly({kYear, kRestDays}, true);
    a.allowWords(1);
    const QSet<int> restOption = a.has(kRestDays) ? parseRestDays(a.value(kRestDays)) : QSet<int>();
    int year = 0;
    if (a.has(kYear)) {
        bool ok = false;
        year = a.value(kYear).trimmed().toInt(&ok);
        if (!ok || year < kMinYear || year > localToday(m_clock).year())
            throw UsageError(CliText::tr("--year takes a year from %1 to this year, e.g. %2.")
                                 .arg(kMinYear)
                                 .arg(localToday(m_clock).year()));
    }
    QSet<int> rest = restOption;
    if (!a.has(kRestDays)) {
        const AppSettings settings;
        const QList<int> stored = settings.restWeekdays();
        rest = QSet<int>(stored.begin(), stored.end());
    }

    auto vault = unlock();
    const QDate today = localToday(vault->store().clock());
    // Weeks start where the app's do (the locale's first day), as in "goal list".
    InsightsService service(*vault, QLocale().firstDayOfWeek());
    service.setRestWeekdays(rest);
    const InsightsData data = service.compute(today);
    const YearInPixels pixels = year && year != data.pixels.year ? service.yearInPixels(year) : data.pixels;
    QList<int> pixelYears = data.pixelYears;
    if (!pixelYears.contains(pixels.year)) {
        pixelYears.append(pixels.year);
        std::sort(pixelYears.begin(), pixelYears.end());
    }

    if (a.json) {
        QJsonArray goals;
        for (const EffortProgress &p : data.goals)
            goals.append(goalJson(p));
        QJsonArray restDays;
        for (int d : sortedDays(rest))
            restDays.append(d);
        printJson(
            QJsonObject{{QStringLiteral("today"), isoDay(data.today)},
                        {QStringLiteral("rest_weekdays"), restDays},
                        {QStringLiteral("mood"), QJsonObject{{QStringLiteral("week"), trendJson(data.week)},
                                                             {QStringLiteral("month"), trendJson(data.month)},
                                                             {QStringLiteral("year"), trendJson(data.year)}}},
                        {QStringLiteral("year_in_pixels"), pixelsJson(pixels, pixelYears)},
                        {QStringLiteral("effort"), effortJson(data.effort)},
                        {QStringLiteral("goals"), goals},
                        {QStringLiteral("funnel"), funnelJson(data.funnel)},
                        {QStringLiteral("resilience"), resilienceJson(data.resilience)},
                        {QStringLiteral("wins"),
                         QJsonObject{{QStringLiteral("total"), data.wins.total},
                                     {QStringLiteral("last_30"), data.wins.last30},
                                     {QStringLiteral("low_mood"), data.wins.lowMood},
                                     {QStringLiteral("recent"), winsJson(data.wins.recent)},
                                     {QStringLiteral("resurfaced"), winsJson(data.wins.resurfaced)}}}});
        return Ok;
    }

    out << CliText::tr("Insights on %1").arg(day(today)) << "\n\n";

    // ---- mood
    out << CliText::tr("Mood") << '\n';
    QList<QStringList> moodRows;
    for (const MoodTrend *t : {&data.week, &data.month, &data.year}) {
        const QString span = CliText::tr("%1 days").arg(t->days);
        if (t->daysWithMood == 0) {
            moodRows.append({span, CliText::tr("no mood recorded")});
            continue;
        }
        QStringList row{span, CliText::tr("mean %1 on %2 day(s)").arg(number1(t->mean)).arg(t->daysWithMood)};
        if (t->firstAverage > 0)
            row << CliText::tr("%1-day average %2 → %3")
                       .arg(t->window)
                       .arg(number1(t->firstAverage), number1(t->lastAverage));
        moodRows.append(row);
    }
    printTable(moodRows, QStringLiteral("  "));

    // ---- year in pixels
    out << '\n' << CliText::tr("Year in pixels, %1 (mood 1 to 5 per day, . = none)").arg(pixels.year) << '\n';
    out << QStringLiteral("       1        10        20        30") << '\n';
    for (int m = 1; m <= 12; ++m) {
        const QDate first(pixels.year, m, 1);
        QString cells;
        for (int d = 0; d < first.daysInMonth(); ++d) {
            const int level = pixels.levels.value(first.addDays(d).dayOfYear() - 1);
            cells += level > 0 ? QChar(u'0' + level) : QChar(u'.');
        }
        const auto [days, mean] = monthLevels(pixels, m);
        QString line = QStringLiteral("  ") + monthName(m).leftJustified(4, u' ', true) + u' ' +
                       cells.leftJustified(31) + QStringLiteral("  ") +
                       (days ? CliText::tr("%1 day(s), mean %2").arg(days).arg(number1(mean)) : CliText::tr("0 days"));
        out << line << '\n';
    }
    if (pixelYears.size() > 1) {
        QStringList years;
        for (int y : pixelYears)
            years << QString::number(y);
        out << "  "
            << CliText::tr("Years with moods: %1 (--year YYYY shows another)").arg(years.join(QStringLiteral(", ")))
            << '\n';
    }

    // ---- effort
    const EffortStreaks &e = data.effort;
    out << '\n' << CliText::tr("Effort (what you control; planned rest days: %1)").arg(weekdayNames(rest)) << '\n';
    QList<QStringList> streakRows;
    QString current =
        e.current > 0 ? CliText::tr("%1 day(s) since %2").arg(e.current).arg(day(e.currentStart)) : CliText::tr("none yet");
    current += e.todayDone ? CliText::tr(", today done") : CliText::tr(", nothing yet today");
    streakRows.append({CliText::tr("Current streak"), current});
    streakRows.append(
        {CliText::tr("Best streak"), e.best > 0
                                ? CliText::tr("%1 day(s), %2 to %3").arg(e.best).arg(day(e.bestStart), day(e.bestEnd))
                                : CliText::tr("none yet")});
    streakRows.append({CliText::tr("Last 30 days"),
                       CliText::tr("%1 day(s) with effort, %2 rest day(s)").arg(e.activeDays30).arg(e.restDays30)});
    printTable(streakRows, QStringLiteral("  "));
    QList<QStringList> kindRows{{QString(), CliText::tr("7 days"), CliText::tr("30 days")}};
    for (int k = 0; k < effortkind::Count; ++k)
        kindRows.append({effortkind::label(k), QString::number(e.last7[size_t(k)]),
                         QString::number(e.last30[size_t(k)])});
    printTable(alignNumbers(kindRows, 1), QStringLiteral("  "));

    // ---- weekly goals
    out << '\n' << CliText::tr("Weekly effort goals") << '\n';
    if (data.goals.isEmpty()) {
        out << "  " << CliText::tr("None yet (goal add TITLE --metric M --per-week N).") << '\n';
    } else {
        QList<QStringList> goalRows;
        for (const EffortProgress &p : data.goals)
            goalRows.append({cut(p.goal.title, kCompanyChars), p.metricLabel,
                             CliText::tr("%1 of %2 this week").arg(p.thisWeek).arg(p.target),
                             CliText::tr("met %1 of %2 weeks").arg(p.weeksMet).arg(p.weeks.size())});
        printTable(goalRows, QStringLiteral("  "));
    }

    // ---- funnel
    out << '\n' << CliText::tr("Pipeline funnel (applications reaching each step; % of the step before)") << '\n';
    if (data.funnel.allTime.reached[funnelstep::Applied] == 0) {
        out << "  " << CliText::tr("No applications sent yet.") << '\n';
    } else {
        QList<QStringList> funnelRows;
        QStringList head{CliText::tr("Month")};
        for (int s = 0; s < funnelstep::Count; ++s)
            head << funnelstep::label(s);
        funnelRows.append(head);
        const auto rowOf = [](const QString &label, const FunnelRow &row) {
            QStringList cells{label, QString::number(row.reached[0])};
            for (int s = 1; s < funnelstep::Count; ++s) {
                const double c = row.conversion(s);
                cells << QStringLiteral("%1 (%2)")
                             .arg(row.reached[size_t(s)])
                             .arg(c < 0 ? QStringLiteral("-") : QString::number(qRound(c * 100)) + u'%');
            }
            return cells;
        };
        funnelRows.append(rowOf(CliText::tr("All time"), data.funnel.allTime));
        for (const FunnelRow &row : data.funnel.months)
            funnelRows.append(rowOf(row.month.toString(QStringLiteral("yyyy-MM")), row));
        printTable(alignNumbers(funnelRows, 1), QStringLiteral("  "));
    }

    // ---- resilience
    const Resilience &r = data.resilience;
    out << '\n'
        << CliText::tr("Resilience (days until the %1-day mood average is back to the %2-day baseline)")
               .arg(Resilience::kAverageDays)
               .arg(Resilience::kBaselineDays)
        << '\n';
    if (r.rejections.isEmpty()) {
        out << "  " << CliText::tr("No rejections recorded.") << '\n';
    } else {
        QList<QStringList> rows{{CliText::tr("Rejected"), CliText::tr("Application"), CliText::tr("Baseline"), CliText::tr("Back to baseline")}};
        for (const Recovery &rec : r.rejections) {
            const QString who =
                cut(rec.role.isEmpty() ? rec.company : rec.company + QStringLiteral(" — ") + rec.role,
                    kCompanyChars);
            const QString baseline =
                rec.status == recoverystatus::NoBaseline ? QStringLiteral("-") : number1(rec.baseline);
            const QString status = rec.status == recoverystatus::Recovered
                                       ? CliText::tr("in %1 day(s)").arg(rec.days)
                                       : recoverystatus::label(rec.status);
            rows.append({day(rec.rejectedOn), who, baseline, status});
        }
        printTable(alignNumbers(rows, 2, 2), QStringLiteral("  "));
        if (r.recoveredCount > 0)
            out << "  "
                << CliText::tr("Mean recovery: %1 day(s) over %2 of %3 rejection(s).")
                       .arg(number1(r.meanDays))
                       .arg(r.recoveredCount)
                       .arg(r.rejections.size())
                << '\n';
        out << "  " << trendSentence(r) << '\n';
        const auto faster = std::find_if(r.efforts.cbegin(), r.efforts.cend(),
                                         [](const EffortRecovery &x) { return x.difference() > 0; });
        if (faster != r.efforts.cend()) {
            out << "  " << CliText::tr("Faster recovery when the first week had:") << '\n';
            QList<QStringList> effortRows;
            for (const EffortRecovery &x : r.efforts)
                if (x.difference() > 0)
                    effortRows.append(
                        {x.name, CliText::tr("%1 day(s) with (%2)").arg(number1(x.withMean)).arg(x.withCount),
                         CliText::tr("%1 without (%2)").arg(number1(x.withoutMean)).arg(x.withoutCount)});
            printTable(effortRows, QStringLiteral("    "));
        }
    }

    // ---- wins
    const WinsInsight &w = data.wins;
    out << '\n' << CliText::tr("Wins") << '\n';
    out << "  " << CliText::tr("%1 in all, %2 in the last 30 days").arg(w.total).arg(w.last30) << '\n';
    QList<QStringList> winRows;
    QMap<qsizetype, QString> headings;
    if (!w.recent.isEmpty())
        headings.insert(0, QStringLiteral("  ") + CliText::tr("Recent:"));
    for (const SmallWin &win : w.recent)
        winRows.append({day(win.date), cut(win.text, kWinChars)});
    if (!w.resurfaced.isEmpty())
        headings.insert(winRows.size(), QStringLiteral("  ") + CliText::tr("A low day: wins worth remembering"));
    for (const SmallWin &win : w.resurfaced)
        winRows.append({day(win.date), cut(win.text, kWinChars)});
    if (!winRows.isEmpty())
        printTable(winRows, QStringLiteral("    "), headings);
    return Ok;
}

} // namespace rebound::cli
