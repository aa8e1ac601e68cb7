// Insights figures on constructed data with exact expected numbers: mood trends
// and moving averages, year in pixels, effort streaks with rest days, the
// pipeline funnel, recovery after rejections, wins; then the service on a real
// vault (SQL aggregates, cache per day and data version).
#include "TestSupport.h"
#include "core/JobApplication.h"
#include "services/Insights.h"

#include <QTemporaryDir>
#include <cmath>

using namespace rebound;
using namespace rebound::test;
using Catch::Detail::Approx;

namespace {

const QDate kToday(2026, 11, 20); // a Friday

DayMood mood(const QDate &d, double average) {
    DayMood m;
    m.date = d;
    m.average = average;
    m.checkIns = 1;
    return m;
}

EffortDay effort(const QDate &d, int kind = effortkind::Applications, int count = 1) {
    EffortDay e;
    e.date = d;
    e.counts[kind] = count;
    return e;
}

InsightsRepository::Rejection rejection(const QString &id, const QDate &d) {
    return {id, QStringLiteral("Company ") + id, QStringLiteral("Role"), d};
}

struct Fixture {
    QTemporaryDir tmp;
    FakeClock clock;
    std::unique_ptr<Vault> vault;

    Fixture() {
        clock.setTimeZone(QTimeZone("Europe/Berlin"));
        setToday(kToday);
        vault = createVault(tmp.filePath(QStringLiteral("v")), "test passphrase", clock);
    }
    void setToday(const QDate &day) {
        clock.set(QDateTime(day, QTime(12, 0), clock.timeZone()).toMSecsSinceEpoch());
    }
    void checkIn(const QDate &d, int m, const QStringList &efforts = {}) {
        CheckIn c;
        c.date = d;
        c.mood = m;
        c.efforts = efforts;
        vault->checkIns().create(c);
    }
    QString application(const QString &company, const QString &firstStage, const QDate &on) {
        JobApplication a;
        a.company = company;
        a.stage = firstStage;
        a.stageDate = on;
        return vault->applications().create(a).id;
    }
};

} // namespace

TEST_CASE("Mood trend: one point per day, trailing moving average over the days with a mood", "[insights]") {
    const QList<DayMood> moods{mood({2026, 11, 13}, 1), mood({2026, 11, 14}, 2), mood({2026, 11, 16}, 4),
                               mood({2026, 11, 17}, 3), mood(kToday, 5)};
    const MoodTrend t = insights::moodTrend(moods, kToday, 7, 3);
    REQUIRE(t.points.size() == 7);
    CHECK(t.points.first().date == QDate(2026, 11, 14));
    CHECK(t.points.last().date == kToday);
    const double expectedMood[] = {2, 0, 4, 3, 0, 0, 5};
    // The first window reaches back before the chart (13 Nov) on purpose.
    const double expectedAverage[] = {1.5, 1.5, 3, 3.5, 3.5, 3, 5};
    for (int i = 0; i < 7; ++i) {
        CAPTURE(i);
        CHECK(t.points[i].mood == expectedMood[i]);
        CHECK(t.points[i].average == Approx(expectedAverage[i]));
    }
    CHECK(t.daysWithMood == 4);
    CHECK(t.mean == Approx(3.5));
    CHECK(t.firstAverage == Approx(1.5));
    CHECK(t.lastAverage == Approx(5));
    CHECK(t.window == 3);
}

TEST_CASE("Mood trend with no data, one day, and a gap longer than the window", "[insights]") {
    const MoodTrend empty = insights::moodTrend({}, kToday, 30, 7);
    REQUIRE(empty.points.size() == 30);
    CHECK(empty.daysWithMood == 0);
    CHECK(empty.mean == 0);
    CHECK(empty.firstAverage == 0);
    CHECK(empty.lastAverage == 0);
    for (const MoodPoint &p : empty.points)
        CHECK((p.mood == 0 && p.average == 0));

    const MoodTrend one = insights::moodTrend({mood(kToday.addDays(-10), 2)}, kToday, 30, 7);
    CHECK(one.daysWithMood == 1);
    CHECK(one.mean == 2);
    // The average carries the one mood for a week (days -10 .. -4), then there is none.
    int withAverage = 0;
    for (const MoodPoint &p : one.points)
        withAverage += p.average > 0 ? 1 : 0;
    CHECK(withAverage == 7);
    CHECK(one.points[19].average == 2); // day -10
    CHECK(one.points[25].average == 2); // day -4
    CHECK(one.points[26].average == 0); // day -3: the window has no mood left
    CHECK(one.firstAverage == 2);
    CHECK(one.lastAverage == 2); // the last non-zero one
}

TEST_CASE("Year in pixels: a level per day of the calendar year, leap years included", "[insights]") {
    const YearInPixels y = insights::yearInPixels(
        {mood({2024, 1, 1}, 1), mood({2024, 2, 29}, 2.5), mood({2024, 12, 31}, 4.49), mood({2025, 1, 1}, 5)},
        2024);
    REQUIRE(y.levels.size() == 366);
    CHECK(y.year == 2024);
    CHECK(y.levels[0] == 1);
    CHECK(y.levels[59] == 3); // 29 Feb: 2.5 rounds half up
    CHECK(y.levels[365] == 4);
    CHECK(y.daysWithMood == 3);
    CHECK(y.levelCounts[0] == 363);
    CHECK(y.levelCounts[1] == 1);
    CHECK(y.levelCounts[3] == 1);
    CHECK(y.levelCounts[4] == 1);
    CHECK(y.levelCounts[5] == 0); // 2025 is another year
    CHECK(insights::yearInPixels({}, 2026).levels.size() == 365);
}

TEST_CASE("Effort streaks: planned rest days keep a streak, other days off end it, today is not over",
          "[insights]") {
    const QSet<int> weekend{Qt::Saturday, Qt::Sunday};
    QList<EffortDay> days;
    for (int d = 9; d <= 13; ++d) // Monday to Friday
        days.append(effort({2026, 11, d}));
    days.append(effort({2026, 11, 16}, effortkind::Outreach, 2)); // Monday
    // Tuesday 17th: nothing
    days.append(effort({2026, 11, 18}, effortkind::Journaling));
    days.append(effort({2026, 11, 19}, effortkind::Practice));

    EffortStreaks s = insights::streaks(days, kToday, weekend);
    CHECK(s.current == 2);
    CHECK(s.currentStart == QDate(2026, 11, 18));
    CHECK_FALSE(s.todayDone);
    CHECK(s.best == 6); // 9-13 and 16: the weekend between was planned rest
    CHECK(s.bestStart == QDate(2026, 11, 9));
    CHECK(s.bestEnd == QDate(2026, 11, 16));
    CHECK(s.activeDays30 == 8);
    CHECK(s.last7[effortkind::Outreach] == 2);
    CHECK(s.last7[effortkind::Applications] == 0); // 13 Nov is 7 days ago: outside
    CHECK(s.last30[effortkind::Applications] == 5);
    CHECK(s.last30[effortkind::Practice] == 1);
    REQUIRE(s.recent.size() == 28);
    CHECK(s.recent.last().date == kToday);
    CHECK(s.recent[27 - 5].rest); // Sunday 15th
    CHECK_FALSE(s.recent[27 - 3].rest);
    // Rest days without effort since 22 Oct: four weekends
    CHECK(s.restDays30 == 8);

    SECTION("a check-in saying 'rested' makes the Tuesday a rest day") {
        EffortDay rested;
        rested.date = QDate(2026, 11, 17);
        rested.rest = true;
        days.append(rested);
        s = insights::streaks(days, kToday, weekend);
        CHECK(s.current == 8);
        CHECK(s.currentStart == QDate(2026, 11, 9));
        CHECK(s.best == 8);
        CHECK(s.bestEnd == QDate(2026, 11, 19));
    }
    SECTION("without planned rest days the weekend ends the streak") {
        s = insights::streaks(days, kToday, {});
        CHECK(s.best == 5);
        CHECK(s.bestEnd == QDate(2026, 11, 13));
        CHECK(s.restDays30 == 0);
    }
    SECTION("effort today counts at once") {
        days.append(effort(kToday));
        s = insights::streaks(days, kToday, weekend);
        CHECK(s.todayDone);
        CHECK(s.current == 3);
    }
    SECTION("no data") {
        s = insights::streaks({}, kToday, weekend);
        CHECK(s.current == 0);
        CHECK(s.best == 0);
        CHECK_FALSE(s.currentStart.isValid());
        CHECK(s.recent.size() == 28);
    }
    SECTION("only the past 365 days count towards the best streak") {
        QList<EffortDay> old;
        for (int i = 0; i < 20; ++i)
            old.append(effort(kToday.addDays(-380 + i)));
        s = insights::streaks(old, kToday, {});
        CHECK(s.best == 4); // days -364 .. -361 are inside the window
        CHECK(s.current == 0);
    }
}

TEST_CASE("Effort days merge the logs and check-in tags without counting one effort twice", "[insights]") {
    const QDate d(2026, 11, 18);
    const QList<InsightsRepository::DayCounts> counts{{d, 2, 1, 1, 2}};
    const QList<InsightsRepository::CheckInEfforts> tags{
        {d, {QStringLiteral("effort:applied"), QStringLiteral("effort:reached-out")}},
        {d, {QStringLiteral("effort:reached-out"), QStringLiteral("effort:learned")}},
        {d, {QStringLiteral("effort:exercised"), QStringLiteral("effort:my-own")}},
        {d.addDays(1), {QStringLiteral("effort:rested")}},
    };
    const QList<EffortDay> days = insights::effortDays(counts, tags);
    REQUIRE(days.size() == 2);
    const EffortDay &day = days[0];
    CHECK(day.counts[effortkind::Applications] == 2); // 2 logged vs 1 tagged
    CHECK(day.counts[effortkind::Outreach] == 2);     // 1 logged vs 2 tagged
    CHECK(day.counts[effortkind::Learning] == 1);
    CHECK(day.counts[effortkind::Practice] == 0);
    CHECK(day.counts[effortkind::Journaling] == 3); // 1 entry + 2 check-ins
    CHECK(day.counts[effortkind::Other] == 2);
    CHECK_FALSE(day.rest);
    CHECK(days[1].rest);
    CHECK_FALSE(days[1].active());
}

TEST_CASE("Funnel: furthest step counts for every step before it, per month and in total", "[insights]") {
    using S = funnelstep::Step;
    const QList<InsightsRepository::FunnelCount> counts{
        {QDate(2026, 11, 1), S::Applied, 6},   {QDate(2026, 11, 1), S::Screening, 2},
        {QDate(2026, 11, 1), S::Interview, 1}, {QDate(2026, 10, 1), S::Offer, 1},
        {QDate(2025, 11, 1), S::Applied, 4}, // 13 months ago: all time only
    };
    const Funnel f = insights::funnel(counts, kToday);
    REQUIRE(f.months.size() == 12);
    CHECK(f.months.first().month == QDate(2025, 12, 1));
    CHECK(f.months.last().month == QDate(2026, 11, 1));
    const FunnelRow &nov = f.months.last();
    CHECK(nov.reached == std::array<int, 5>{9, 3, 1, 0, 0});
    CHECK(nov.conversion(funnelstep::Screening) == Approx(3.0 / 9));
    CHECK(nov.conversion(funnelstep::Interview) == Approx(1.0 / 3));
    CHECK(nov.conversion(funnelstep::Final) == 0);
    CHECK(nov.conversion(funnelstep::Offer) == -1); // nobody reached the final round
    CHECK(nov.conversion(funnelstep::Applied) == -1);
    CHECK(f.months[10].reached == std::array<int, 5>{1, 1, 1, 1, 1});
    CHECK(f.months[0].reached == std::array<int, 5>{0, 0, 0, 0, 0});
    CHECK(f.allTime.reached == std::array<int, 5>{14, 4, 2, 1, 1});
    CHECK(insights::funnel({}, kToday).allTime.reached == std::array<int, 5>{0, 0, 0, 0, 0});
}

TEST_CASE("Resilience: days until the 3-day average is back to the 30-day baseline", "[insights]") {
    QList<DayMood> moods{
        // R1 on 10 June: baseline (4 + 3) / 2 = 3.5; 3-day averages 2, 2, 2.33, 3, 4
        mood({2026, 5, 20}, 4),
        mood({2026, 6, 1}, 3),
        mood({2026, 6, 10}, 2),
        mood({2026, 6, 11}, 2),
        mood({2026, 6, 12}, 3),
        mood({2026, 6, 13}, 4),
        mood({2026, 6, 14}, 5),
        // R2 on 1 August: baseline 4; back the next day
        mood({2026, 7, 20}, 4),
        mood({2026, 8, 1}, 3),
        mood({2026, 8, 2}, 5),
        // R3 on 1 September: baseline (5 + 3) / 2 = 4, back the same day
        mood({2026, 8, 15}, 3),
        mood({2026, 9, 1}, 4),
        // R6 on 10 November: baseline 4, one low day since;
        // R4 on 18 November: baseline (4 + 2) / 2 = 3, no mood since
        mood({2026, 10, 20}, 4),
        mood({2026, 11, 12}, 2),
        // R7 on 1 February: baseline 5, one day of 1, nothing else for 90 days
        mood({2026, 1, 15}, 5),
        mood({2026, 2, 3}, 1),
    };
    const QList<InsightsRepository::Rejection> rejections{
        rejection(QStringLiteral("r5"), {2026, 1, 5}),   rejection(QStringLiteral("r7"), {2026, 2, 1}),
        rejection(QStringLiteral("r1"), {2026, 6, 10}),  rejection(QStringLiteral("r2"), {2026, 8, 1}),
        rejection(QStringLiteral("r3"), {2026, 9, 1}),   rejection(QStringLiteral("r4"), {2026, 11, 18}),
        rejection(QStringLiteral("r6"), {2026, 11, 10}),
    };
    const QList<InsightsRepository::CheckInEfforts> efforts{
        {{2026, 6, 11}, {QStringLiteral("effort:reached-out")}},
        {{2026, 6, 12}, {QStringLiteral("effort:rested")}},
        {{2026, 6, 17}, {QStringLiteral("effort:learned")}}, // day 7: outside the first week
        {{2026, 8, 3}, {QStringLiteral("effort:reached-out")}},
        {{2026, 9, 2}, {QStringLiteral("effort:practised")}},
    };
    const QHash<QString, QString> names{{QStringLiteral("effort:practised"), QStringLiteral("practised")}};
    const Resilience r = insights::resilience(rejections, moods, efforts, kToday, names);
    REQUIRE(r.rejections.size() == 7);
    auto byId = [&](const char *id) {
        for (const Recovery &x : r.rejections)
            if (x.applicationId == QLatin1String(id))
                return x;
        FAIL("no such rejection");
        return Recovery{};
    };
    CHECK(byId("r5").status == recoverystatus::NoBaseline);
    CHECK(byId("r7").status == recoverystatus::NotRecovered);
    CHECK(byId("r7").baseline == 5);
    CHECK(byId("r1").status == recoverystatus::Recovered);
    CHECK(byId("r1").baseline == Approx(3.5));
    CHECK(byId("r1").days == 4);
    CHECK(byId("r1").efforts ==
          QStringList{QStringLiteral("effort:reached-out"), QStringLiteral("effort:rested")});
    CHECK(byId("r2").days == 1);
    CHECK(byId("r3").days == 0);
    CHECK(byId("r3").baseline == Approx(4));
    CHECK(byId("r4").status == recoverystatus::NoMoodAfter);
    CHECK(byId("r4").baseline == 3);
    CHECK(byId("r6").status == recoverystatus::Recovering);
    CHECK(byId("r6").days == -1);
    CHECK(r.rejections.first().rejectedOn == QDate(2026, 1, 5));

    CHECK(r.recoveredCount == 3);
    CHECK(r.meanDays == Approx(5.0 / 3));
    CHECK(r.trendSlope == Approx(-2)); // 4, 1, 0: getting shorter
    REQUIRE(r.efforts.size() == 3);
    CHECK(r.efforts[0].effortId == QStringLiteral("effort:practised"));
    CHECK(r.efforts[0].name == QStringLiteral("practised"));
    CHECK(r.efforts[0].withCount == 1);
    CHECK(r.efforts[0].withMean == 0);
    CHECK(r.efforts[0].withoutMean == Approx(2.5));
    CHECK(r.efforts[0].difference() == Approx(2.5));
    CHECK(r.efforts[1].effortId == QStringLiteral("effort:reached-out"));
    CHECK(r.efforts[1].difference() == Approx(-2.5));
    CHECK(r.efforts[1].name == QStringLiteral("effort:reached-out")); // no name given: the id
    CHECK(r.efforts[2].effortId == QStringLiteral("effort:rested"));
    CHECK(r.efforts[2].difference() == Approx(-3.5));

    SECTION("fewer than three recoveries give no trend") {
        const Resilience two = insights::resilience(rejections.mid(2, 2), moods, efforts, kToday, names);
        CHECK(two.recoveredCount == 2);
        CHECK(std::isnan(two.trendSlope));
    }
    SECTION("no rejections") {
        const Resilience none = insights::resilience({}, moods, efforts, kToday, names);
        CHECK(none.rejections.isEmpty());
        CHECK(none.recoveredCount == 0);
        CHECK(none.meanDays == 0);
        CHECK(none.efforts.isEmpty());
    }
}

TEST_CASE("Insights service on a vault: SQL aggregates agree with the figures", "[insights]") {
    Fixture f;
    InsightsService service(*f.vault);
    service.setRestWeekdays({Qt::Saturday, Qt::Sunday});

    SECTION("an empty vault") {
        const InsightsData &d = service.compute(kToday);
        CHECK(d.week.points.size() == 7);
        CHECK(d.year.points.size() == 365);
        CHECK(d.year.daysWithMood == 0);
        CHECK(d.pixels.year == 2026);
        CHECK(d.pixelYears == QList<int>{2026});
        CHECK(d.effort.current == 0);
        CHECK(d.funnel.allTime.reached[0] == 0);
        CHECK(d.resilience.rejections.isEmpty());
        CHECK(d.wins.total == 0);
        CHECK(d.wins.resurfaced.isEmpty());
        CHECK(d.goals.isEmpty());
    }

    SECTION("moods, efforts, applications and a rejection") {
        f.checkIn({2025, 3, 1}, 4);
        f.checkIn({2026, 10, 5}, 4);
        f.checkIn({2026, 10, 15}, 3);
        f.checkIn({2026, 11, 2}, 2, {QStringLiteral("effort:reached-out")});
        f.checkIn({2026, 11, 3}, 3);
        f.checkIn({2026, 11, 4}, 4);
        f.checkIn({2026, 11, 4}, 5, {QStringLiteral("effort:practised")});
        JournalEntry e;
        e.date = QDate(2026, 11, 19);
        e.mood = 2;
        e.body = QStringLiteral("hard day");
        f.vault->journal().create(e);

        const QString a = f.application(QStringLiteral("Acme"), stage::kApplied, {2026, 10, 25});
        f.vault->applications().moveTo(a, stage::kScreening, {2026, 10, 28});
        f.vault->applications().moveTo(a, stage::kRejected, {2026, 11, 2});
        const QString b = f.application(QStringLiteral("Beta"), stage::kInterviewing, {2026, 11, 5});
        f.vault->applications().moveTo(b, stage::kFinalRound, {2026, 11, 12});
        f.application(QStringLiteral("Saved only"), stage::kSaved, {2026, 11, 6});
        const QString old = f.application(QStringLiteral("Old"), stage::kApplied, {2024, 5, 2});
        f.vault->applications().moveTo(old, stage::kOffer, {2024, 6, 1});
        f.vault->applications().moveTo(old, stage::kAccepted, {2024, 6, 3});

        const InsightsData &d = service.compute(kToday);
        CHECK(d.pixelYears == QList<int>{2025, 2026});
        CHECK(d.month.daysWithMood == 4); // 2, 3, 4 Nov (4.5) and 19 Nov (journal)
        CHECK(d.month.mean == Approx((2 + 3 + 4.5 + 2) / 4.0));
        CHECK(d.pixels.levels[QDate(2026, 11, 4).dayOfYear() - 1] == 5); // 4.5 rounds up
        CHECK(d.pixels.daysWithMood == 6);

        // Acme: applied in October, reached screening. Beta: sent in November,
        // went straight to interviews and the final round. Old: an offer in 2024.
        CHECK(d.funnel.allTime.reached == std::array<int, 5>{3, 3, 2, 2, 1});
        CHECK(d.funnel.months[10].reached == std::array<int, 5>{1, 1, 0, 0, 0});
        CHECK(d.funnel.months[11].reached == std::array<int, 5>{1, 1, 1, 1, 0});

        REQUIRE(d.resilience.rejections.size() == 1);
        const Recovery &r = d.resilience.rejections.first();
        CHECK(r.company == QStringLiteral("Acme"));
        CHECK(r.rejectedOn == QDate(2026, 11, 2));
        CHECK(r.baseline == Approx(3.5)); // 5 and 15 October
        CHECK(r.status == recoverystatus::Recovered);
        CHECK(r.days == 3); // (3 + 4.5) / 2 on 5 November; (2 + 3 + 4.5) / 3 the day before is short
        CHECK(r.efforts ==
              QStringList{QStringLiteral("effort:practised"), QStringLiteral("effort:reached-out")});

        // Effort: the 19th (journal) is the last effort day; today not yet.
        CHECK(d.effort.current == 1);
        CHECK(d.effort.last30[effortkind::Applications] == 1); // Acme; Beta started at interviewing
        CHECK(d.effort.last30[effortkind::Outreach] == 1);
        CHECK(d.effort.last30[effortkind::Practice] == 1);

        // Cached until something is written or the day changes.
        service.compute(kToday);
        CHECK(service.lastWasCached());
        CHECK(service.pipelineReads() == 1);
        f.checkIn(kToday, 5);
        CHECK(service.compute(kToday).effort.todayDone);
        CHECK_FALSE(service.lastWasCached());
        // A check-in does not touch the pipeline: its SQL is not run again ...
        CHECK(service.pipelineReads() == 1);
        CHECK(service.compute(kToday).funnel.allTime.reached == std::array<int, 5>{3, 3, 2, 2, 1});
        // ... a stage event is, and the funnel follows it.
        f.vault->applications().moveTo(b, stage::kOffer, kToday);
        CHECK(service.compute(kToday).funnel.allTime.reached == std::array<int, 5>{3, 3, 2, 2, 2});
        CHECK(service.pipelineReads() == 2);
        // So is a company renamed (the recovery list names it).
        JobApplication acme = *f.vault->applications().find(a);
        acme.company = QStringLiteral("Acme Ltd");
        f.vault->applications().update(acme);
        CHECK(service.compute(kToday).resilience.rejections.first().company == QStringLiteral("Acme Ltd"));
        CHECK(service.pipelineReads() == 3);
        service.compute(kToday);
        CHECK(service.lastWasCached());
        f.setToday(kToday.addDays(1));
        CHECK(service.compute(kToday.addDays(1)).week.points.last().date == kToday.addDays(1));
        CHECK_FALSE(service.lastWasCached());
        service.setRestWeekdays({});
        service.compute(kToday.addDays(1));
        CHECK_FALSE(service.lastWasCached());
    }
}

TEST_CASE("A check-in that only says rested marks a rest day on a real vault", "[insights]") {
    Fixture f;
    f.setToday(QDate(2026, 11, 18)); // a Wednesday
    InsightsService service(*f.vault);
    f.checkIn({2026, 11, 16}, 3);                                     // Monday: journaling
    f.checkIn({2026, 11, 17}, 2, {QStringLiteral("effort:rested")});  // Tuesday: a day off
    f.checkIn({2026, 11, 18}, 4, {QStringLiteral("effort:learned")}); // Wednesday
    const EffortStreaks &s = service.compute(QDate(2026, 11, 18)).effort;
    CHECK(s.current == 2);
    CHECK(s.currentStart == QDate(2026, 11, 16));
    REQUIRE(s.recent.size() == 28);
    const EffortDay &tuesday = s.recent[26];
    CHECK(tuesday.date == QDate(2026, 11, 17));
    CHECK(tuesday.rest);
    CHECK_FALSE(tuesday.active());
    CHECK(s.restDays30 == 1);
    CHECK(s.last7[effortkind::Journaling] == 2);
    CHECK(s.last7[effortkind::Learning] == 1);

    // Resting and doing something else the same day is still effort.
    f.checkIn({2026, 11, 17}, 3, {QStringLiteral("effort:reached-out")});
    const EffortStreaks &again = service.compute(QDate(2026, 11, 18)).effort;
    CHECK(again.current == 3);
    CHECK(again.restDays30 == 0);
}

TEST_CASE("Wins: counts, recent ones, and past wins resurfaced on low-mood days only", "[insights]") {
    Fixture f;
    InsightsService service(*f.vault);
    for (int i = 0; i < 8; ++i)
        f.vault->checkIns().addWin(kToday.addDays(-10 * i), QStringLiteral("win %1").arg(i));
    const InsightsData &fine = service.compute(kToday);
    CHECK(fine.wins.total == 8);
    CHECK(fine.wins.last30 == 3); // days 0, -10, -20
    REQUIRE(fine.wins.recent.size() == 5);
    CHECK(fine.wins.recent.first().text == QStringLiteral("win 0"));
    CHECK_FALSE(fine.wins.lowMood);
    CHECK(fine.wins.resurfaced.isEmpty());

    f.checkIn(kToday.addDays(-1), 2); // yesterday was low, today has no mood yet
    const InsightsData &low = service.compute(kToday);
    CHECK(low.wins.lowMood);
    REQUIRE(low.wins.resurfaced.size() == 3);
    QSet<QString> seen;
    for (const SmallWin &w : low.wins.resurfaced) {
        CHECK(w.date <= kToday.addDays(-14));
        seen.insert(w.id);
    }
    CHECK(seen.size() == 3);
    // Wins older than two weeks: days -20 .. -70 (6 of them); julian day % 6 picks the first.
    const int n = 6;
    const int base = int(kToday.toJulianDay() % n);
    const QList<SmallWin> older = f.vault->checkIns().winsUpTo(kToday.addDays(-14), 10, 0);
    CHECK(low.wins.resurfaced[0].id == older[base].id);
    CHECK(low.wins.resurfaced[1].id == older[(base + 2) % n].id);

    f.checkIn(kToday, 4); // today's mood wins over yesterday's
    CHECK_FALSE(service.compute(kToday).wins.lowMood);
    CHECK(service.compute(kToday).wins.resurfaced.isEmpty());
}

TEST_CASE("Schema 6 adds the covering indexes Insights reads from", "[insights]") {
    Fixture f;
    Database &db = f.vault->store().db();
    for (const char *name : {"checkins_insights", "journal_entries_mood", "stage_events_funnel"}) {
        CAPTURE(name);
        CHECK(db.queryInt(
                  QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = '%1'")
                      .arg(QLatin1String(name))) == 1);
    }
}
