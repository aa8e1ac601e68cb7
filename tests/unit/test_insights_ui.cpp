// The Insights controller on a real vault with a fake clock: the figures shaped
// for QML, refreshing after writes (at once while the page shows, else on the
// next show), clearing on lock, and the planned rest weekdays in AppSettings.
#include "TestSupport.h"
#include "core/Goal.h"
#include "core/JobApplication.h"
#include "services/AppSettings.h"
#include "services/VaultSession.h"
#include "ui/InsightsController.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace rebound;
using namespace rebound::test;
using Catch::Detail::Approx;

namespace {

const QDate kToday(2026, 11, 20); // a Friday

struct Fixture {
    QTemporaryDir tmp;
    FakeClock clock;
    AppSettings settings{std::make_unique<QSettings>(iniPath(), QSettings::IniFormat)};
    VaultSession session{tmp.filePath(QStringLiteral("vault")), settings, nullptr, clock};
    InsightsController insights{session, settings};

    Fixture() {
        clock.setTimeZone(QTimeZone("Europe/Berlin"));
        clock.set(QDateTime(kToday, QTime(12, 0), clock.timeZone()).toMSecsSinceEpoch());
        settings.setRestWeekdays({Qt::Saturday, Qt::Sunday});
        session.open(createVault(session.dir(), "test passphrase", clock));
    }
    QString iniPath() const { return tmp.filePath(QStringLiteral("settings.ini")); }
    Vault &vault() { return *session.vault(); }
    void checkIn(const QDate &d, int mood, const QStringList &efforts = {}) {
        CheckIn c;
        c.date = d;
        c.mood = mood;
        c.efforts = efforts;
        vault().checkIns().create(c);
    }
    QVariantMap trend(int i) const { return insights.moodTrends().at(i).toMap(); }
};

int dayIndex(const QDate &d) {
    return d.dayOfYear() - 1;
}

} // namespace

TEST_CASE("Insights controller on an empty vault has honest empty figures", "[insightsui]") {
    Fixture f;
    CHECK_FALSE(f.insights.ready()); // computed when the page shows, not on unlock
    f.insights.refresh();
    REQUIRE(f.insights.ready());
    CHECK(f.insights.today() == QStringLiteral("2026-11-20"));
    REQUIRE(f.insights.moodTrends().size() == 3);
    CHECK(f.trend(0).value(QStringLiteral("days")).toInt() == 7);
    CHECK(f.trend(1).value(QStringLiteral("points")).toList().size() == 30);
    CHECK(f.trend(2).value(QStringLiteral("points")).toList().size() == 365);
    CHECK(f.trend(1).value(QStringLiteral("daysWithMood")).toInt() == 0);
    CHECK(f.trend(1).value(QStringLiteral("summary")).toString() ==
          QStringLiteral("No mood check-ins in the last 30 days."));
    CHECK(f.insights.pixelsYear() == 2026);
    CHECK(f.insights.pixels().value(QStringLiteral("levels")).toList().size() == 365);
    CHECK(f.insights.pixels().value(QStringLiteral("summary")).toString() ==
          QStringLiteral("2026: no moods recorded."));
    CHECK(f.insights.effort().value(QStringLiteral("current")).toInt() == 0);
    CHECK(f.insights.effort().value(QStringLiteral("recent")).toList().size() == 28);
    CHECK(f.insights.effortGoals().isEmpty());
    CHECK(
        f.insights.funnel().value(QStringLiteral("allTime")).toMap().value(QStringLiteral("total")).toInt() ==
        0);
    CHECK(f.insights.funnel().value(QStringLiteral("months")).toList().size() == 12);
    CHECK(f.insights.funnel().value(QStringLiteral("summary")).toString() ==
          QStringLiteral("No applications sent yet."));
    CHECK(f.insights.resilience().value(QStringLiteral("rejections")).toList().isEmpty());
    CHECK(f.insights.resilience().value(QStringLiteral("summary")).toString() ==
          QStringLiteral("No rejections recorded."));
    CHECK_FALSE(f.insights.resilience().value(QStringLiteral("hasTrend")).toBool());
    CHECK(f.insights.wins().value(QStringLiteral("total")).toInt() == 0);
}

TEST_CASE("Insights controller shapes moods, effort, pipeline, rejections and wins for QML", "[insightsui]") {
    Fixture f;
    f.checkIn({2025, 6, 1}, 4);
    f.checkIn({2026, 11, 18}, 2, {QStringLiteral("effort:reached-out")});
    f.checkIn({2026, 11, 19}, 4, {QStringLiteral("effort:practised")});
    f.checkIn(kToday, 3);
    f.vault().checkIns().addWin({2026, 11, 19}, QStringLiteral("Great call with a recruiter"));
    JobApplication a;
    a.company = QStringLiteral("Acme");
    a.stage = stage::kApplied;
    a.stageDate = QDate(2026, 11, 2);
    a = f.vault().applications().create(a);
    f.vault().applications().moveTo(a.id, stage::kScreening, {2026, 11, 5});
    f.vault().applications().moveTo(a.id, stage::kRejected, {2026, 11, 10});
    Goal g;
    g.kind = goalkind::kEffort;
    g.title = QStringLiteral("Apply");
    g.metric = effortmetric::kApplications;
    g.weeklyTarget = 2;
    f.vault().goals().create(g);

    f.insights.refresh();
    REQUIRE(f.insights.ready());

    const QVariantMap week = f.trend(0);
    CHECK(week.value(QStringLiteral("daysWithMood")).toInt() == 3);
    CHECK(week.value(QStringLiteral("mean")).toDouble() == Approx(3.0));
    CHECK(week.value(QStringLiteral("window")).toInt() == 3);
    const QVariantList points = week.value(QStringLiteral("points")).toList();
    REQUIRE(points.size() == 7);
    const QVariantMap last = points.last().toMap();
    CHECK(last.value(QStringLiteral("date")).toString() == QStringLiteral("2026-11-20"));
    CHECK(last.value(QStringLiteral("level")).toInt() == 3);
    CHECK(last.value(QStringLiteral("average")).toDouble() == Approx(3.0)); // (2 + 4 + 3) / 3
    CHECK(points.at(4).toMap().value(QStringLiteral("mood")).toDouble() == 2.0);
    CHECK(
        week.value(QStringLiteral("summary")).toString() ==
        QStringLiteral("Average mood 3.0 over the last 7 days, on 3 days; moving average from 2.0 to 3.0."));

    CHECK(f.insights.pixelYears() == QVariantList{2025, 2026});
    const QVariantList levels = f.insights.pixels().value(QStringLiteral("levels")).toList();
    CHECK(levels.at(dayIndex({2026, 11, 19})).toInt() == 4);
    CHECK(levels.at(dayIndex({2026, 11, 17})).toInt() == 0);
    CHECK(f.insights.pixels().value(QStringLiteral("summary")).toString() ==
          QStringLiteral("2026: a mood on 3 days (Good 1, Okay 1, Low 1)."));

    // Every check-in is effort (journaling); today has one, so the streak is 3 days.
    const QVariantMap effort = f.insights.effort();
    CHECK(effort.value(QStringLiteral("current")).toInt() == 3);
    CHECK(effort.value(QStringLiteral("currentStart")).toString() == QStringLiteral("2026-11-18"));
    CHECK(effort.value(QStringLiteral("todayDone")).toBool());
    const QVariantList kinds = effort.value(QStringLiteral("kinds")).toList();
    REQUIRE(kinds.size() == effortkind::Count);
    CHECK(kinds.at(effortkind::Outreach).toMap().value(QStringLiteral("label")).toString() ==
          QStringLiteral("Outreach"));
    CHECK(kinds.at(effortkind::Outreach).toMap().value(QStringLiteral("last7")).toInt() == 1);
    CHECK(kinds.at(effortkind::Applications).toMap().value(QStringLiteral("last30")).toInt() == 1);
    const QVariantMap today = effort.value(QStringLiteral("recent")).toList().last().toMap();
    CHECK(today.value(QStringLiteral("date")).toString() == QStringLiteral("2026-11-20"));
    CHECK(today.value(QStringLiteral("total")).toInt() == 1);

    const QVariantMap funnel = f.insights.funnel();
    const QVariantMap allTime = funnel.value(QStringLiteral("allTime")).toMap();
    CHECK(allTime.value(QStringLiteral("reached")).toList() == QVariantList{1, 1, 0, 0, 0});
    CHECK(allTime.value(QStringLiteral("conversion")).toList().at(1).toDouble() == Approx(1.0));
    CHECK(allTime.value(QStringLiteral("conversion")).toList().at(0).toDouble() == -1);
    CHECK(allTime.value(QStringLiteral("month")).toString().isEmpty());
    const QVariantMap november = funnel.value(QStringLiteral("months")).toList().last().toMap();
    CHECK(november.value(QStringLiteral("month")).toString() == QStringLiteral("2026-11-01"));
    CHECK(november.value(QStringLiteral("total")).toInt() == 1);
    CHECK(funnel.value(QStringLiteral("steps"))
              .toList()
              .at(3)
              .toMap()
              .value(QStringLiteral("key"))
              .toString() == QStringLiteral("final"));
    CHECK(
        funnel.value(QStringLiteral("summary")).toString() ==
        QStringLiteral(
            "Pipeline, all time: Applied 1, Screening 1 (100%), Interview 0 (0%), Final round 0, Offer 0."));

    const QVariantList rejections = f.insights.resilience().value(QStringLiteral("rejections")).toList();
    REQUIRE(rejections.size() == 1);
    const QVariantMap r = rejections.first().toMap();
    CHECK(r.value(QStringLiteral("company")).toString() == QStringLiteral("Acme"));
    CHECK(r.value(QStringLiteral("rejectedOn")).toString() == QStringLiteral("2026-11-10"));
    CHECK(r.value(QStringLiteral("status")).toString() == QStringLiteral("no_baseline"));
    CHECK(r.value(QStringLiteral("days")).toInt() == -1);
    CHECK(f.insights.resilience().value(QStringLiteral("recoveredCount")).toInt() == 0);
    CHECK(f.insights.resilience()
              .value(QStringLiteral("trendText"))
              .toString()
              .startsWith(QStringLiteral("Too few recoveries")));

    const QVariantMap wins = f.insights.wins();
    CHECK(wins.value(QStringLiteral("total")).toInt() == 1);
    CHECK(wins.value(QStringLiteral("last30")).toInt() == 1);
    CHECK(wins.value(QStringLiteral("recent"))
              .toList()
              .first()
              .toMap()
              .value(QStringLiteral("date"))
              .toString() == QStringLiteral("2026-11-19"));

    REQUIRE(f.insights.effortGoals().size() == 1);
    const QVariantMap goal = f.insights.effortGoals().first().toMap();
    CHECK(goal.value(QStringLiteral("title")).toString() == QStringLiteral("Apply"));
    CHECK(goal.value(QStringLiteral("target")).toInt() == 2);
    CHECK(goal.value(QStringLiteral("weeks")).toList().size() == 8);

    SECTION("another year's pixels, and back") {
        f.insights.showYear(2025);
        CHECK(f.insights.pixelsYear() == 2025);
        CHECK(
            f.insights.pixels().value(QStringLiteral("levels")).toList().at(dayIndex({2025, 6, 1})).toInt() ==
            4);
        // A refresh keeps the year the user picked.
        f.checkIn(kToday, 5);
        f.insights.dataChanged();
        f.insights.refresh();
        CHECK(f.insights.pixelsYear() == 2025);
        f.insights.showYear(0);
        CHECK(f.insights.pixelsYear() == 2026);
        CHECK(f.insights.pixels().value(QStringLiteral("levels")).toList().at(dayIndex(kToday)).toInt() == 4);
    }
}

TEST_CASE("Insights controller refreshes after writes while shown, marks stale while hidden, clears on lock",
          "[insightsui]") {
    Fixture f;
    f.checkIn(kToday, 2);
    f.insights.refresh();
    CHECK(f.trend(0).value(QStringLiteral("mean")).toDouble() == Approx(2.0));
    QSignalSpy changed(&f.insights, &InsightsController::changed);

    // Hidden: a write elsewhere only marks the figures stale.
    f.checkIn(kToday, 4);
    f.insights.dataChanged();
    CHECK(f.insights.stale());
    CHECK(changed.isEmpty());
    CHECK(f.trend(0).value(QStringLiteral("mean")).toDouble() == Approx(2.0));

    // Showing the page brings them up to date.
    f.insights.setActive(true);
    CHECK_FALSE(f.insights.stale());
    CHECK(changed.size() == 1);
    CHECK(f.trend(0).value(QStringLiteral("mean")).toDouble() == Approx(3.0));

    // Shown: the next write refreshes at once; a refresh with nothing new changes nothing.
    f.checkIn(kToday.addDays(-1), 5);
    f.insights.dataChanged();
    CHECK(changed.size() == 2);
    CHECK(f.trend(0).value(QStringLiteral("daysWithMood")).toInt() == 2);
    f.insights.refresh();
    CHECK(changed.size() == 2);

    // Locking drops every figure; unlocking computes them again (the page is still shown).
    f.session.lock();
    CHECK_FALSE(f.insights.ready());
    CHECK(f.insights.moodTrends().isEmpty());
    CHECK(f.insights.pixels().isEmpty());
    CHECK(f.insights.effort().isEmpty());
    CHECK(f.insights.today().isEmpty());
    f.insights.refresh(); // harmless while locked
    CHECK_FALSE(f.insights.ready());
    f.session.open(Vault::unlock(f.session.dir(), secret("test passphrase"), f.clock));
    CHECK(f.insights.ready());
    CHECK(f.trend(0).value(QStringLiteral("daysWithMood")).toInt() == 2);
}

TEST_CASE("Insights controller keeps the rest weekdays in AppSettings and counts streaks with them",
          "[insightsui]") {
    Fixture f;
    // Friday the 13th, then Monday to Thursday; nothing yet today (Friday the 20th).
    for (const QDate &d : {QDate(2026, 11, 13), QDate(2026, 11, 16), QDate(2026, 11, 17), QDate(2026, 11, 18),
                           QDate(2026, 11, 19)})
        f.checkIn(d, 3);
    QSignalSpy restChanged(&f.insights, &InsightsController::restWeekdaysChanged);

    f.insights.setRestWeekdays({});
    CHECK(restChanged.size() == 1);
    CHECK(f.settings.restWeekdays().isEmpty());
    f.insights.refresh();
    CHECK(f.insights.effort().value(QStringLiteral("current")).toInt() == 4); // the weekend broke it

    f.insights.setRestWeekdays({7, 6, 6, 9}); // Sunday, Saturday twice, and no such day
    CHECK(f.settings.restWeekdays() == QList<int>{Qt::Saturday, Qt::Sunday});
    CHECK(f.insights.restWeekdays() == QVariantList{6, 7});
    f.insights.refresh();
    CHECK(f.insights.effort().value(QStringLiteral("current")).toInt() == 5);
    CHECK(f.insights.effort().value(QStringLiteral("currentStart")).toString() ==
          QStringLiteral("2026-11-13"));

    f.insights.setRestDay(Qt::Wednesday, true);
    f.insights.setRestDay(Qt::Sunday, false);
    CHECK(f.settings.restWeekdays() == QList<int>{Qt::Wednesday, Qt::Saturday});
    int restFlags = 0;
    const QVariantList weekdays = f.insights.weekdays();
    REQUIRE(weekdays.size() == 7);
    for (const QVariant &v : weekdays) {
        const QVariantMap day = v.toMap();
        CHECK_FALSE(day.value(QStringLiteral("name")).toString().isEmpty());
        const bool rest = day.value(QStringLiteral("rest")).toBool();
        restFlags += rest ? 1 : 0;
        CHECK(rest == (day.value(QStringLiteral("day")).toInt() == Qt::Wednesday ||
                       day.value(QStringLiteral("day")).toInt() == Qt::Saturday));
    }
    CHECK(restFlags == 2);

    // Stored in the INI file: another AppSettings on it reads them back.
    f.settings.setRestWeekdays({Qt::Friday});
    AppSettings reread(std::make_unique<QSettings>(f.iniPath(), QSettings::IniFormat));
    CHECK(reread.restWeekdays() == QList<int>{Qt::Friday});
    CHECK(f.insights.restWeekdays() == QVariantList{5});
}
