// rebound-cli insights: the Insights page's figures on a terminal and as JSON,
// on a vault built with known data so every figure is known in advance.
#include "TestSupport.h"
#include "cli/Cli.h"
#include "cli/Terminal.h"
#include "core/Clock.h"
#include "core/JobApplication.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace rebound;
using namespace rebound::test;

namespace {

class ScriptedInput final : public cli::Input {
public:
    bool interactive() const override { return false; }
    SecureBytes readSecret(const QString &) override {
        return SecureBytes::fromUtf8(QStringLiteral("test passphrase"));
    }
    QString readRest() override { return {}; }
    QString readLine(const QString &) override { return {}; }
};

struct Result {
    int code;
    QString out, err;
};

QString s(const char *text) {
    return QString::fromUtf8(text);
}

// A Wednesday. Weekends are the planned rest days (--rest-days 6,7).
const QDate kToday(2026, 11, 18);

struct InsightsVault {
    QTemporaryDir tmp;
    QString dir = tmp.filePath(QStringLiteral("vault"));
    FakeClock clock{QDateTime(kToday, QTime(12, 0)).toMSecsSinceEpoch()};

    InsightsVault() { createVault(dir, "test passphrase", clock).reset(); }
    std::unique_ptr<Vault> open() { return Vault::unlock(dir, secret("test passphrase"), clock); }

    Result run(const QStringList &args) {
        ScriptedInput in;
        QString out, err;
        QTextStream o(&out), e(&err);
        const int code = cli::run(QStringList{QStringLiteral("--vault"), dir} + args, in, o, e, clock);
        o.flush();
        e.flush();
        return {code, out, err};
    }
    QString ok(const QStringList &args) {
        const Result r = run(args);
        INFO(args.join(u' ').toStdString() << " -> " << r.err.toStdString());
        REQUIRE(r.code == cli::Ok);
        return r.out;
    }
    QJsonObject json(const QStringList &args) {
        const QString out = ok(args + QStringList{s("--json")});
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8(), &error);
        INFO(out.toStdString());
        REQUIRE(error.error == QJsonParseError::NoError);
        REQUIRE(doc.isObject());
        return doc.object();
    }
};

void checkIn(Vault &v, const QDate &date, int mood, const QStringList &efforts = {}) {
    CheckIn c;
    c.date = date;
    c.mood = mood;
    c.efforts = efforts;
    v.checkIns().create(c);
}

QString application(Vault &v, const QString &company, const QString &role, const QDate &applied) {
    JobApplication draft;
    draft.company = company;
    draft.role = role;
    draft.stage = stage::kApplied;
    draft.stageDate = applied;
    return v.applications().create(draft).id;
}

QDate d(int month, int day) {
    return QDate(2026, month, day);
}

// The constructed history (see the expected figures in the test below):
// four applications (two rejected after a mood baseline, one rejected with no
// mood before it, one still in progress), twelve days with a mood, efforts on
// some of them, one logged interaction and three wins.
void fill(Vault &v) {
    // Umbrella: applied 1 Jul, rejected 10 Jul; baseline 3 (5 Jul); back on 15 Jul (5 days).
    const QString umbrella = application(v, s("Umbrella"), s("Analyst"), d(7, 1));
    v.applications().moveTo(umbrella, stage::kRejected, d(7, 10));
    checkIn(v, d(7, 5), 3);
    checkIn(v, d(7, 10), 1);
    checkIn(v, d(7, 15), 5);
    // Acme: applied, screening, rejected 1 Nov; baseline 4; back on 4 Nov (3 days),
    // with "learned" and "exercised" in the first week.
    const QString acme = application(v, s("Acme"), s("Backend engineer"), d(9, 10));
    v.applications().moveTo(acme, stage::kScreening, d(9, 20));
    v.applications().moveTo(acme, stage::kRejected, d(11, 1));
    checkIn(v, d(10, 20), 4);
    checkIn(v, d(10, 25), 4);
    checkIn(v, d(11, 1), 2);
    checkIn(v, d(11, 2), 3, {s("effort:learned")});
    checkIn(v, d(11, 3), 4, {s("effort:exercised")});
    checkIn(v, d(11, 4), 5);
    // Initech: rejected the day after applying, no mood in the 30 days before.
    const QString initech = application(v, s("Initech"), QString(), d(10, 5));
    v.applications().moveTo(initech, stage::kRejected, d(10, 6));
    // Globex: still going, reached the interview step.
    const QString globex = application(v, s("Globex"), s("Platform engineer"), d(11, 10));
    v.applications().moveTo(globex, stage::kScreening, d(11, 12));
    v.applications().moveTo(globex, stage::kInterviewing, d(11, 14));
    // This week: a streak from Friday over the weekend (rest) to yesterday; nothing today.
    checkIn(v, d(11, 13), 4, {s("effort:practised")});
    checkIn(v, d(11, 16), 3);
    checkIn(v, d(11, 16), 4); // the day's mood is 3.5, level 4
    checkIn(v, d(11, 17), 2); // yesterday was a low day
    Contact c;
    c.name = s("Dana Recruiter");
    const QString contact = v.contacts().create(c).id;
    Interaction i;
    i.contactId = contact;
    i.kind = s("message");
    i.occurredOn = d(11, 16);
    v.contacts().logInteraction(i);
    v.checkIns().addWin(d(10, 1), s("Finished the portfolio"));
    v.checkIns().addWin(d(11, 10), s("Good call with Globex"));
    v.checkIns().addWin(d(11, 17), s("Mock interview went well"));
}

bool hasLine(const QString &out, const QString &line) {
    return out.split(u'\n').contains(line);
}

QStringList linesOf(const QString &out) {
    return out.split(u'\n');
}

} // namespace

TEST_CASE("rebound-cli insights prints the page's figures for constructed data", "[cli-insights]") {
    InsightsVault v;
    {
        auto vault = v.open();
        fill(*vault);
    }
    v.ok({s("goal"), s("add"), s("Send applications"), s("--metric"), s("applications"), s("--per-week"),
          s("2")});
    const QString out = v.ok({s("insights"), s("--rest-days"), s("6,7")});
    INFO(out.toStdString());
    const QStringList lines = linesOf(out);
    for (const QString &line : lines)
        CHECK(line.size() <= 80);

    CHECK(lines.value(0) == s("Insights on 2026-11-18"));
    // Mood: 7 days = 4, 3.5, 2; 30 days adds 4, 4, 2, 3, 4, 5; 365 days adds 3, 1, 5.
    CHECK(hasLine(out, s("  7 days    mean 3.2 on 3 day(s)   3-day average 4.0 → 2.8")));
    CHECK(hasLine(out, s("  30 days   mean 3.5 on 9 day(s)   7-day average 4.0 → 3.2")));
    CHECK(hasLine(out, s("  365 days  mean 3.4 on 12 day(s)  30-day average 3.0 → 3.5")));
    // Year in pixels: one digit per day, '.' for none, then the month's summary.
    CHECK(hasLine(out, s("Year in pixels, 2026 (mood 1 to 5 per day, . = none)")));
    CHECK(hasLine(out, s("  Jan  ...............................  0 days")));
    CHECK(hasLine(out, s("  Jul  ....3....1....5................  3 day(s), mean 3.0")));
    CHECK(hasLine(out, s("  Oct  ...................4....4......  2 day(s), mean 4.0")));
    CHECK(hasLine(out, s("  Nov  2345........4..42.............   7 day(s), mean 3.4")));
    // Effort: 13 Nov, (weekend), 16 and 17 Nov; best 1-4 Nov.
    CHECK(hasLine(out, s("Effort (what you control; planned rest days: Sat, Sun)")));
    CHECK(hasLine(out, s("  Current streak  3 day(s) since 2026-11-13, nothing yet today")));
    CHECK(hasLine(out, s("  Best streak     4 day(s), 2026-11-01 to 2026-11-04")));
    CHECK(hasLine(out, s("  Last 30 days    10 day(s) with effort, 6 rest day(s)")));
    CHECK(hasLine(out, s("                7 days  30 days")));
    CHECK(hasLine(out, s("  Applications       0        1")));
    CHECK(hasLine(out, s("  Outreach           1        1")));
    CHECK(hasLine(out, s("  Practice           1        1")));
    CHECK(hasLine(out, s("  Learning           0        1")));
    CHECK(hasLine(out, s("  Journaling         4       10")));
    CHECK(hasLine(out, s("  Other effort       0        1")));
    // The weekly goal: nothing sent this week, no week met yet.
    CHECK(hasLine(out, s("  Send applications  Applications sent  0 of 2 this week  met 0 of 8 weeks")));
    // Funnel: 4 sent, 2 screened, 1 interview.
    CHECK(hasLine(out, s("  Month     Applied  Screening  Interview  Final round  Offer")));
    CHECK(hasLine(out, s("  All time        4    2 (50%)    1 (50%)       0 (0%)  0 (-)")));
    CHECK(hasLine(out, s("  2025-12         0      0 (-)      0 (-)        0 (-)  0 (-)")));
    CHECK(hasLine(out, s("  2026-07         1     0 (0%)      0 (-)        0 (-)  0 (-)")));
    CHECK(hasLine(out, s("  2026-09         1   1 (100%)     0 (0%)        0 (-)  0 (-)")));
    CHECK(hasLine(out, s("  2026-11         1   1 (100%)   1 (100%)       0 (0%)  0 (-)")));
    // Resilience, oldest rejection first.
    CHECK(hasLine(out, s("  Rejected    Application              Baseline  Back to baseline")));
    CHECK(hasLine(out, s("  2026-07-10  Umbrella — Analyst            3.0  in 5 day(s)")));
    CHECK(hasLine(out, s("  2026-10-06  Initech                         -  No mood in the 30 days before")));
    CHECK(hasLine(out, s("  2026-11-01  Acme — Backend engineer       4.0  in 3 day(s)")));
    CHECK(hasLine(out, s("  Mean recovery: 4.0 day(s) over 2 of 3 rejection(s).")));
    CHECK(hasLine(out, s("  Not enough recoveries for a trend yet (it needs 3; there are 2).")));
    CHECK(hasLine(out, s("  Faster recovery when the first week had:")));
    CHECK(hasLine(out, s("    exercised  3.0 day(s) with (1)  5.0 without (1)")));
    CHECK(hasLine(out, s("    learned    3.0 day(s) with (1)  5.0 without (1)")));
    // Wins: yesterday was low, so an older win comes back.
    CHECK(hasLine(out, s("  3 in all, 2 in the last 30 days")));
    CHECK(hasLine(out, s("    2026-11-17  Mock interview went well")));
    CHECK(hasLine(out, s("  A low day: wins worth remembering")));
    const qsizetype low = lines.indexOf(s("  A low day: wins worth remembering"));
    CHECK(lines.value(low + 1) == s("    2026-10-01  Finished the portfolio"));
}

TEST_CASE("rebound-cli insights --json gives exact figures with null for missing ones", "[cli-insights]") {
    InsightsVault v;
    {
        auto vault = v.open();
        fill(*vault);
    }
    const QJsonObject o = v.json({s("insights"), s("--rest-days"), s("sat,sun")});
    CHECK(o[s("today")].toString() == s("2026-11-18"));
    CHECK(o[s("rest_weekdays")].toArray() == QJsonArray{6, 7});

    const QJsonObject week = o[s("mood")].toObject()[s("week")].toObject();
    CHECK(week[s("days")].toInt() == 7);
    CHECK(week[s("window")].toInt() == 3);
    CHECK(week[s("days_with_mood")].toInt() == 3);
    CHECK(week[s("mean")].toDouble() == Approx(9.5 / 3));
    CHECK(week[s("first_average")].toDouble() == 4.0);
    CHECK(week[s("last_average")].toDouble() == 2.75);
    const QJsonArray points = week[s("points")].toArray();
    REQUIRE(points.size() == 7);
    CHECK(points[0].toObject()[s("date")].toString() == s("2026-11-12"));
    CHECK(points[0].toObject()[s("mood")].isNull());    // no mood that day
    CHECK(points[0].toObject()[s("average")].isNull()); // nor in the window
    CHECK(points[4].toObject()[s("mood")].toDouble() == 3.5);
    CHECK(o[s("mood")].toObject()[s("year")].toObject()[s("mean")].toDouble() == 3.375);

    const QJsonObject pixels = o[s("year_in_pixels")].toObject();
    CHECK(pixels[s("year")].toInt() == 2026);
    CHECK(pixels[s("days_with_mood")].toInt() == 12);
    CHECK(pixels[s("level_counts")].toArray() == QJsonArray{353, 1, 2, 2, 5, 2});
    CHECK(pixels[s("levels")].toArray().size() == 365);
    CHECK(pixels[s("levels")].toArray()[QDate(2026, 11, 16).dayOfYear() - 1].toInt() == 4);
    const QJsonObject november = pixels[s("months")].toArray()[10].toObject();
    CHECK(november[s("days_with_mood")].toInt() == 7);
    CHECK(november[s("mean_level")].toDouble() == Approx(24.0 / 7));
    CHECK(pixels[s("months")].toArray()[0].toObject()[s("mean_level")].isNull());

    const QJsonObject effort = o[s("effort")].toObject();
    CHECK(effort[s("current")].toInt() == 3);
    CHECK(effort[s("current_start")].toString() == s("2026-11-13"));
    CHECK(effort[s("today_done")].toBool() == false);
    CHECK(effort[s("best")].toInt() == 4);
    CHECK(effort[s("best_start")].toString() == s("2026-11-01"));
    CHECK(effort[s("best_end")].toString() == s("2026-11-04"));
    CHECK(effort[s("active_days_30")].toInt() == 10);
    CHECK(effort[s("rest_days_30")].toInt() == 6);
    CHECK(effort[s("last_7")].toObject() == QJsonObject{{s("applications"), 0},
                                                        {s("outreach"), 1},
                                                        {s("practice"), 1},
                                                        {s("learning"), 0},
                                                        {s("journaling"), 4},
                                                        {s("other"), 0}});
    CHECK(effort[s("last_30")].toObject()[s("journaling")].toInt() == 10);
    CHECK(effort[s("recent")].toArray().size() == 28);
    CHECK(o[s("goals")].toArray().isEmpty());

    const QJsonObject funnel = o[s("funnel")].toObject();
    CHECK(funnel[s("steps")].toArray() ==
          QJsonArray{s("applied"), s("screening"), s("interview"), s("final"), s("offer")});
    const QJsonObject all = funnel[s("all_time")].toObject();
    CHECK(all[s("reached")].toObject() ==
          QJsonObject{
              {s("applied"), 4}, {s("screening"), 2}, {s("interview"), 1}, {s("final"), 0}, {s("offer"), 0}});
    CHECK(all[s("conversion")].toObject()[s("screening")].toDouble() == 0.5);
    CHECK(all[s("conversion")].toObject()[s("final")].toDouble() == 0.0);
    CHECK(all[s("conversion")].toObject()[s("offer")].isNull());
    CHECK_FALSE(all.contains(s("month")));
    const QJsonArray months = funnel[s("months")].toArray();
    REQUIRE(months.size() == 12);
    CHECK(months[0].toObject()[s("month")].toString() == s("2025-12"));
    CHECK(months[11].toObject()[s("month")].toString() == s("2026-11"));
    CHECK(months[11].toObject()[s("reached")].toObject()[s("interview")].toInt() == 1);

    const QJsonObject res = o[s("resilience")].toObject();
    const QJsonArray rejections = res[s("rejections")].toArray();
    REQUIRE(rejections.size() == 3);
    const QJsonObject umbrella = rejections[0].toObject();
    CHECK(umbrella[s("company")].toString() == s("Umbrella"));
    CHECK(umbrella[s("date")].toString() == s("2026-07-10"));
    CHECK(umbrella[s("status")].toString() == s("recovered"));
    CHECK(umbrella[s("baseline")].toDouble() == 3.0);
    CHECK(umbrella[s("days")].toInt() == 5);
    CHECK(umbrella[s("efforts")].toArray().isEmpty());
    const QJsonObject initech = rejections[1].toObject();
    CHECK(initech[s("status")].toString() == s("no_baseline"));
    CHECK(initech[s("baseline")].isNull());
    CHECK(initech[s("days")].isNull());
    CHECK(initech[s("role")].toString().isEmpty());
    const QJsonObject acme = rejections[2].toObject();
    CHECK(acme[s("days")].toInt() == 3);
    CHECK(acme[s("baseline")].toDouble() == 4.0);
    CHECK(acme[s("efforts")].toArray() == QJsonArray{s("effort:exercised"), s("effort:learned")});
    CHECK(res[s("recovered")].toInt() == 2);
    CHECK(res[s("mean_days")].toDouble() == 4.0);
    CHECK(res[s("trend_slope")].isNull()); // two recoveries: no trend (NaN) yet
    CHECK(res[s("trend")].toString() == s("not_enough_data"));
    const QJsonArray efforts = res[s("efforts")].toArray();
    REQUIRE(efforts.size() == 2);
    CHECK(efforts[0].toObject() == QJsonObject{{s("id"), s("effort:exercised")},
                                               {s("name"), s("exercised")},
                                               {s("with_count"), 1},
                                               {s("with_mean"), 3.0},
                                               {s("without_count"), 1},
                                               {s("without_mean"), 5.0},
                                               {s("difference"), 2.0}});

    const QJsonObject wins = o[s("wins")].toObject();
    CHECK(wins[s("total")].toInt() == 3);
    CHECK(wins[s("last_30")].toInt() == 2);
    CHECK(wins[s("low_mood")].toBool());
    REQUIRE(wins[s("recent")].toArray().size() == 3);
    CHECK(wins[s("recent")].toArray()[0].toObject()[s("text")].toString() == s("Mock interview went well"));
    REQUIRE(wins[s("resurfaced")].toArray().size() == 1);
    CHECK(wins[s("resurfaced")].toArray()[0].toObject()[s("date")].toString() == s("2026-10-01"));
}

TEST_CASE("rebound-cli insights on a third recovery shows the trend and a rest-day change moves the streak",
          "[cli-insights]") {
    InsightsVault v;
    {
        auto vault = v.open();
        fill(*vault);
        // A third rejection on 8 Nov (baseline over 9 Oct - 7 Nov: 4, 4, 2, 3, 4, 5 -> 3.667),
        // back on 13 Nov (the 3-day average 4 from 13 Nov): 5 days. Recoveries 5, 3, 5: slope 0.
        const QString hooli = application(*vault, s("Hooli"), QString(), d(11, 2));
        vault->applications().moveTo(hooli, stage::kRejected, d(11, 8));
    }
    const QJsonObject o = v.json({s("insights"), s("--rest-days"), s("6,7")});
    const QJsonObject res = o[s("resilience")].toObject();
    CHECK(res[s("recovered")].toInt() == 3);
    CHECK(res[s("rejections")].toArray()[3].toObject()[s("days")].toInt() == 5);
    CHECK(res[s("trend_slope")].toDouble() == 0.0);
    CHECK(res[s("trend")].toString() == s("steady"));
    const QString out = v.ok({s("insights"), s("--rest-days"), s("6,7")});
    CHECK(hasLine(out, s("  Recovery time is about the same from one rejection to the next.")));

    // Without planned rest days the weekend of 14-15 Nov breaks the streak.
    const QJsonObject noRest = v.json({s("insights"), s("--rest-days"), s("none")});
    CHECK(noRest[s("rest_weekdays")].toArray().isEmpty());
    CHECK(noRest[s("effort")].toObject()[s("current")].toInt() == 2);
    CHECK(noRest[s("effort")].toObject()[s("current_start")].toString() == s("2026-11-16"));
    CHECK(noRest[s("effort")].toObject()[s("rest_days_30")].toInt() == 0);
}

TEST_CASE("rebound-cli insights --year shows another year's pixels", "[cli-insights]") {
    InsightsVault v;
    {
        auto vault = v.open();
        checkIn(*vault, QDate(2025, 2, 3), 5);
        checkIn(*vault, QDate(2025, 2, 3), 4); // 4.5 rounds half up to 5
        checkIn(*vault, QDate(2026, 1, 1), 1);
    }
    const QString out = v.ok({s("insights"), s("--year"), s("2025"), s("--rest-days"), s("none")});
    CHECK(hasLine(out, s("Year in pixels, 2025 (mood 1 to 5 per day, . = none)")));
    CHECK(hasLine(out, s("  Feb  ..5.........................     1 day(s), mean 5.0")));
    CHECK(hasLine(out, s("  Years with moods: 2025, 2026 (--year YYYY shows another)")));
    const QJsonObject o = v.json({s("insights"), s("--year"), s("2025")});
    CHECK(o[s("year_in_pixels")].toObject()[s("year")].toInt() == 2025);
    CHECK(o[s("year_in_pixels")].toObject()[s("days_with_mood")].toInt() == 1);
    CHECK(o[s("year_in_pixels")].toObject()[s("years")].toArray() == QJsonArray{2025, 2026});
    // The trends stay on today's window.
    CHECK(o[s("mood")].toObject()[s("year")].toObject()[s("days_with_mood")].toInt() == 1);
}

TEST_CASE("rebound-cli insights on an empty vault says so and gives nulls", "[cli-insights]") {
    InsightsVault v;
    const QString out = v.ok({s("insights"), s("--rest-days"), s("6,7")});
    INFO(out.toStdString());
    CHECK(hasLine(out, s("  7 days    no mood recorded")));
    CHECK(hasLine(out, s("  365 days  no mood recorded")));
    CHECK(hasLine(out, s("  Nov  ..............................   0 days")));
    CHECK(hasLine(out, s("  Current streak  none yet, nothing yet today")));
    CHECK(hasLine(out, s("  Best streak     none yet")));
    CHECK(hasLine(out, s("  None yet (goal add TITLE --metric M --per-week N).")));
    CHECK(hasLine(out, s("  No applications sent yet.")));
    CHECK(hasLine(out, s("  No rejections recorded.")));
    CHECK(hasLine(out, s("  0 in all, 0 in the last 30 days")));
    CHECK_FALSE(out.contains(s("Recent:")));

    const QJsonObject o = v.json({s("insights"), s("--rest-days"), s("none")});
    const QJsonObject week = o[s("mood")].toObject()[s("week")].toObject();
    CHECK(week[s("days_with_mood")].toInt() == 0);
    CHECK(week[s("mean")].isNull());
    CHECK(week[s("first_average")].isNull());
    CHECK(o[s("effort")].toObject()[s("current_start")].isNull());
    CHECK(o[s("effort")].toObject()[s("best")].toInt() == 0);
    CHECK(o[s("funnel")]
              .toObject()[s("all_time")]
              .toObject()[s("conversion")]
              .toObject()[s("screening")]
              .isNull());
    CHECK(o[s("resilience")].toObject()[s("mean_days")].isNull());
    CHECK(o[s("resilience")].toObject()[s("trend_slope")].isNull());
    CHECK(o[s("wins")].toObject()[s("total")].toInt() == 0);
    CHECK(o[s("wins")].toObject()[s("low_mood")].toBool() == false);
}

TEST_CASE("rebound-cli insights refuses bad options with a clear message", "[cli-insights]") {
    InsightsVault v;
    const auto usage = [&](const QStringList &args, const char *message) {
        const Result r = v.run(args);
        INFO(r.err.toStdString());
        CHECK(r.code == cli::Usage);
        CHECK(r.err.contains(s(message)));
        CHECK(r.out.isEmpty());
    };
    usage({s("insights"), s("--year"), s("twenty")},
          "--year takes a year from 1900 to this year, e.g. 2026.");
    usage({s("insights"), s("--year"), s("2027")}, "--year takes a year from 1900 to this year");
    usage({s("insights"), s("--rest-days"), s("8")}, "--rest-days takes weekdays as numbers 1 (Monday) to 7");
    usage({s("insights"), s("--rest-days"), s("sat,funday")}, "(not “sat,funday”)");
    usage({s("insights"), s("--year"), s("2025"), s("--year"), s("2026")}, "--year can only be given once.");
    usage({s("insights"), s("--limit"), s("3")}, "insights does not take --limit.");
    usage({s("insights"), s("extra")}, "Unexpected word: extra");
    // The help names every part of the JSON.
    const Result help = v.run({s("insights"), s("--help")});
    CHECK(help.code == cli::Ok);
    CHECK(help.out.contains(s("insights [--year YYYY] [--rest-days DAYS] [--json]")));
    CHECK(help.out.contains(s("year_in_pixels")));
}
