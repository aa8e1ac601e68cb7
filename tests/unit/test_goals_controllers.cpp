// The goals and checklist controllers against real vaults, with a fake clock
// for the weeks and the review schedule.
#include "TestSupport.h"
#include "core/JobApplication.h"
#include "services/AppSettings.h"
#include "services/GoalProgress.h"
#include "services/VaultSession.h"
#include "storage/ApplicationRepository.h"
#include "storage/ChecklistRepository.h"
#include "storage/GoalRepository.h"
#include "storage/JournalRepository.h"
#include "storage/ReviewRepository.h"
#include "ui/ChecklistController.h"
#include "ui/GoalsController.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace rebound;
using namespace rebound::test;

namespace {

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

// Wednesday 17 June 2026, noon local time.
qint64 june17() {
    return QDateTime(QDate(2026, 6, 17), QTime(12, 0)).toMSecsSinceEpoch();
}

struct Fixture {
    QTemporaryDir tmp;
    FakeClock clock{june17()};
    AppSettings settings{
        std::make_unique<QSettings>(tmp.filePath(QStringLiteral("s.ini")), QSettings::IniFormat)};
    VaultSession session{tmp.filePath(QStringLiteral("vault")), settings, nullptr, clock};
    GoalsController goals{session, settings};
    ChecklistController checklists{session, settings};
    Fixture() { session.open(createVault(session.dir(), "test passphrase", clock)); }
    Vault &vault() { return *session.vault(); }
    QDate today() const { return localToday(clock); }
    void advanceDays(int days) { clock.advance(days * kDayMs); }
};

QVariantMap goalFields(const QString &kind, const QString &title) {
    return {{QStringLiteral("kind"), kind}, {QStringLiteral("title"), title}};
}

QStringList values(const QVariantList &items, const char *key) {
    QStringList out;
    for (const QVariant &v : items)
        out << v.toMap().value(QString::fromLatin1(key)).toString();
    return out;
}

QVariantMap byId(const QVariantList &items, const QString &id, const char *key = "id") {
    for (const QVariant &v : items)
        if (v.toMap().value(QString::fromLatin1(key)).toString() == id)
            return v.toMap();
    return {};
}

} // namespace

TEST_CASE("GoalsController sets, edits and clears the north star", "[goalsui]") {
    Fixture f;
    QSignalSpy changed(&f.goals, &GoalsController::changed);
    CHECK(f.goals.northStar().isEmpty());

    REQUIRE(f.goals.setNorthStar(QStringLiteral("  Lead a data team  "), QStringLiteral("Why: people")));
    CHECK(changed.count() >= 1);
    const QString id = f.goals.northStar().value(QStringLiteral("id")).toString();
    CHECK_FALSE(id.isEmpty());
    CHECK(f.goals.northStar().value(QStringLiteral("title")).toString() == QStringLiteral("Lead a data team"));
    CHECK(f.goals.northStar().value(QStringLiteral("notes")).toString() == QStringLiteral("Why: people"));

    // Editing keeps the same record, and the north star is never listed with the goals.
    REQUIRE(f.goals.setNorthStar(QStringLiteral("Lead an analytics team"), {}));
    CHECK(f.goals.northStar().value(QStringLiteral("id")).toString() == id);
    CHECK(f.goals.goals().isEmpty());
    CHECK(f.goals.openCount() == 0);

    // An over-long title is refused and nothing changes.
    CHECK_FALSE(f.goals.setNorthStar(QString(Goal::kMaxTitleChars + 1, QLatin1Char('x')), {}));
    CHECK_FALSE(f.goals.errorMessage().isEmpty());
    CHECK(f.goals.northStar().value(QStringLiteral("title")).toString() == QStringLiteral("Lead an analytics team"));

    // Clearing it empties the card (the goal is kept as dropped).
    REQUIRE(f.goals.setNorthStar({}, {}));
    CHECK(f.goals.errorMessage().isEmpty());
    CHECK(f.goals.northStar().isEmpty());
    CHECK(f.vault().goals().find(id)->status == goalstatus::kDropped);

    // A north star cannot come in through addGoal.
    CHECK(f.goals.addGoal(goalFields(goalkind::kNorthStar, QStringLiteral("Sneaky"))).isEmpty());
    CHECK_FALSE(f.goals.errorMessage().isEmpty());
    CHECK_FALSE(f.vault().goals().northStar());
}

TEST_CASE("GoalsController lists goals by kind with alternatives, status text and undo of deletes",
          "[goalsui]") {
    Fixture f;
    CHECK(f.goals.goalKinds().size() == goalkind::all().size() - 1); // without the north star
    CHECK_FALSE(values(f.goals.goalKinds(), "key").contains(goalkind::kNorthStar));
    CHECK(values(f.goals.statuses(), "key") == goalstatus::all());

    const QString cert = f.goals.addGoal(goalFields(goalkind::kCertification, QStringLiteral("AWS Practitioner")));
    auto roleFields = goalFields(goalkind::kRole, QStringLiteral("Data analyst"));
    roleFields.insert(QStringLiteral("targetDate"), QStringLiteral("2026-09-30"));
    roleFields.insert(QStringLiteral("notes"), QStringLiteral("Mid-size companies"));
    const QString role = f.goals.addGoal(roleFields);
    REQUIRE_FALSE(cert.isEmpty());
    REQUIRE_FALSE(role.isEmpty());
    auto altFields = goalFields(goalkind::kRole, QStringLiteral("BI developer"));
    altFields.insert(QStringLiteral("parentId"), role);
    const QString alt = f.goals.addGoal(altFields);
    REQUIRE_FALSE(alt.isEmpty());

    // Top level in kind order (role before certification); the alternative under its goal.
    CHECK(values(f.goals.goals(), "id") == QStringList{role, cert});
    const QVariantMap roleItem = byId(f.goals.goals(), role);
    CHECK(roleItem.value(QStringLiteral("kindLabel")).toString() == goalkind::label(goalkind::kRole));
    CHECK(roleItem.value(QStringLiteral("targetDate")).toString() == QStringLiteral("2026-09-30"));
    CHECK(roleItem.value(QStringLiteral("targetDateText")).toString().contains(QStringLiteral("30")));
    CHECK(roleItem.value(QStringLiteral("statusText")).toString().startsWith(QStringLiteral("Active since")));
    CHECK(roleItem.value(QStringLiteral("open")).toBool());
    const QVariantList alternatives = roleItem.value(QStringLiteral("alternatives")).toList();
    REQUIRE(alternatives.size() == 1);
    CHECK(alternatives[0].toMap().value(QStringLiteral("title")).toString() == QStringLiteral("BI developer"));
    CHECK(f.goals.openCount() == 3);

    // An alternative of an alternative is refused, with a message, and nothing is added.
    auto nested = goalFields(goalkind::kRole, QStringLiteral("Too deep"));
    nested.insert(QStringLiteral("parentId"), alt);
    CHECK(f.goals.addGoal(nested).isEmpty());
    CHECK_FALSE(f.goals.errorMessage().isEmpty());
    CHECK(f.vault().goals().list().size() == 3);

    // A date that does not parse is refused before anything is written.
    auto badDay = goalFields(goalkind::kSkill, QStringLiteral("SQL"));
    badDay.insert(QStringLiteral("targetDate"), QStringLiteral("30/09/2026"));
    CHECK(f.goals.addGoal(badDay).isEmpty());
    CHECK(f.goals.errorMessage().contains(QStringLiteral("valid day")));
    CHECK(f.vault().goals().list().size() == 3);

    // Status changes say when.
    f.advanceDays(2);
    REQUIRE(f.goals.setStatus(cert, goalstatus::kAchieved));
    const QVariantMap certItem = byId(f.goals.goals(), cert);
    CHECK_FALSE(certItem.value(QStringLiteral("open")).toBool());
    CHECK(certItem.value(QStringLiteral("statusOn")).toString() == f.today().toString(Qt::ISODate));
    CHECK(certItem.value(QStringLiteral("statusText")).toString().startsWith(QStringLiteral("Achieved on")));
    CHECK(certItem.value(QStringLiteral("statusDateText")).toString().startsWith(QStringLiteral("on ")));
    CHECK(byId(f.goals.goals(), role).value(QStringLiteral("statusDateText")).toString().startsWith(QStringLiteral("since ")));
    CHECK(f.goals.openCount() == 2);

    // Editing applies only the fields given; an unknown status is refused and changes nothing.
    REQUIRE(f.goals.updateGoal(role, {{QStringLiteral("title"), QStringLiteral("Senior data analyst")}}));
    CHECK(f.goals.goal(role).value(QStringLiteral("title")).toString() == QStringLiteral("Senior data analyst"));
    CHECK(f.goals.goal(role).value(QStringLiteral("notes")).toString() == QStringLiteral("Mid-size companies"));
    CHECK_FALSE(f.goals.updateGoal(role, {{QStringLiteral("status"), QStringLiteral("someday")}}));
    CHECK_FALSE(f.goals.errorMessage().isEmpty());
    CHECK(f.goals.goal(role).value(QStringLiteral("status")).toString() == goalstatus::kActive);
    CHECK_FALSE(f.goals.updateGoal(QStringLiteral("no-such-goal"), {}));
    CHECK(f.goals.goal(QStringLiteral("no-such-goal")).isEmpty());

    // Deleting a goal takes its alternatives with it; undo brings both back.
    CHECK_FALSE(f.goals.canUndo());
    REQUIRE(f.goals.removeGoal(role));
    CHECK(f.goals.canUndo());
    CHECK(values(f.goals.goals(), "id") == QStringList{cert});
    CHECK_FALSE(f.vault().goals().find(alt));
    REQUIRE(f.goals.undoRemove());
    CHECK_FALSE(f.goals.canUndo());
    CHECK(values(f.goals.goals(), "id") == QStringList{role, cert});
    CHECK(byId(f.goals.goals(), role).value(QStringLiteral("alternatives")).toList().size() == 1);
    CHECK_FALSE(f.goals.undoRemove());
}

TEST_CASE("GoalsController counts weekly effort over eight weeks with a fake clock", "[goalsui]") {
    Fixture f;
    const GoalProgress progress(f.vault(), QLocale().firstDayOfWeek());
    const QDate week = progress.weekStart(f.today());

    // Without an effort metric or target, an effort goal is refused.
    CHECK(f.goals.addGoal(goalFields(goalkind::kEffort, QStringLiteral("Write"))).isEmpty());
    CHECK_FALSE(f.goals.errorMessage().isEmpty());
    auto badTarget = goalFields(goalkind::kEffort, QStringLiteral("Write"));
    badTarget.insert(QStringLiteral("metric"), effortmetric::kJournal);
    badTarget.insert(QStringLiteral("weeklyTarget"), QStringLiteral("ten"));
    CHECK(f.goals.addGoal(badTarget).isEmpty());
    CHECK(f.goals.errorMessage().contains(QStringLiteral("whole number")));
    CHECK(f.goals.effort().isEmpty());

    auto fields = goalFields(goalkind::kEffort, QStringLiteral("Write things down"));
    fields.insert(QStringLiteral("metric"), effortmetric::kJournal);
    fields.insert(QStringLiteral("weeklyTarget"), 2);
    const QString id = f.goals.addGoal(fields);
    REQUIRE_FALSE(id.isEmpty());

    // Two entries this week (target met), one three weeks ago, one nine weeks ago (outside the strip).
    f.vault().journal().create(week, 3, QStringLiteral("a"));
    f.vault().journal().create(f.today(), 4, QStringLiteral("b"));
    f.vault().journal().create(week.addDays(-21), 3, QStringLiteral("c"));
    f.vault().journal().create(week.addDays(-63), 3, QStringLiteral("d"));
    f.goals.reload();

    REQUIRE(f.goals.effort().size() == 1);
    const QVariantMap e = f.goals.effort()[0].toMap();
    CHECK(e.value(QStringLiteral("goalId")).toString() == id);
    CHECK(e.value(QStringLiteral("target")).toInt() == 2);
    CHECK(e.value(QStringLiteral("thisWeek")).toInt() == 2);
    CHECK(e.value(QStringLiteral("met")).toBool());
    CHECK(e.value(QStringLiteral("weekText")).toString() == QStringLiteral("2 of 2 this week"));
    CHECK(e.value(QStringLiteral("metricLabel")).toString() == effortmetric::label(effortmetric::kJournal));
    const QVariantList weeks = e.value(QStringLiteral("weeks")).toList();
    REQUIRE(weeks.size() == 8);
    CHECK(weeks.first().toMap().value(QStringLiteral("weekStart")).toString() ==
          week.addDays(-49).toString(Qt::ISODate));
    CHECK(weeks.last().toMap().value(QStringLiteral("weekStart")).toString() == week.toString(Qt::ISODate));
    QList<int> counts;
    for (const QVariant &w : weeks)
        counts << w.toMap().value(QStringLiteral("count")).toInt();
    CHECK(counts == QList<int>{0, 0, 0, 0, 1, 0, 0, 2});
    CHECK(e.value(QStringLiteral("weeksMet")).toInt() == 1);

    // A week later the strip moves on and this week starts from zero.
    f.advanceDays(7);
    f.goals.reload();
    const QVariantMap next = f.goals.effort()[0].toMap();
    CHECK(next.value(QStringLiteral("thisWeek")).toInt() == 0);
    CHECK_FALSE(next.value(QStringLiteral("met")).toBool());
    CHECK(next.value(QStringLiteral("weeks")).toList()[6].toMap().value(QStringLiteral("count")).toInt() == 2);

    // Paused effort goals are not counted; the metric list offers the effort catalog too.
    REQUIRE(f.goals.setStatus(id, goalstatus::kPaused));
    CHECK(f.goals.effort().isEmpty());
    const QStringList metrics = values(f.goals.metrics(), "key");
    CHECK(metrics.mid(0, 3) == effortmetric::builtIns());
    CHECK(std::any_of(metrics.cbegin(), metrics.cend(),
                      [](const QString &m) { return m.startsWith(effortmetric::kEffortPrefix); }));

    // Locking forgets everything.
    f.session.lock();
    CHECK(f.goals.goals().isEmpty());
    CHECK(f.goals.effort().isEmpty());
    CHECK(f.goals.metrics().isEmpty());
    CHECK_FALSE(f.goals.setNorthStar(QStringLiteral("x"), {}));
}

TEST_CASE("ChecklistController edits checklists and questions with undo", "[goalsui]") {
    Fixture f;
    // Schema 4 brings the default checklist.
    REQUIRE(f.checklists.checklists().size() == 1);
    const QVariantMap def = f.checklists.checklists()[0].toMap();
    CHECK(def.value(QStringLiteral("id")).toString() == ChecklistRepository::kDefaultId);
    CHECK(def.value(QStringLiteral("itemCount")).toInt() >= 7);
    CHECK(f.checklists.items(ChecklistRepository::kDefaultId).size() == def.value(QStringLiteral("itemCount")).toInt());

    // A new checklist; an empty name is refused with a message.
    CHECK(f.checklists.addChecklist(QStringLiteral("   "), 2).isEmpty());
    CHECK_FALSE(f.checklists.errorMessage().isEmpty());
    CHECK(f.checklists.checklists().size() == 1);
    const QString list = f.checklists.addChecklist(QStringLiteral("After interviews"), 0);
    REQUIRE_FALSE(list.isEmpty());
    CHECK(f.checklists.errorMessage().isEmpty());
    const QVariantMap created = byId(f.checklists.checklists(), list);
    CHECK(created.value(QStringLiteral("scheduleText")).toString() == QStringLiteral("Not scheduled"));
    CHECK(created.value(QStringLiteral("dueText")).toString().isEmpty());
    CHECK(created.value(QStringLiteral("lastReviewedText")).toString() == QStringLiteral("Not reviewed yet"));

    // Questions: add, edit, reorder, delete with undo.
    const QString a = f.checklists.addItem(list, QStringLiteral("Did I prepare well?"), QStringLiteral("Notes"));
    const QString b = f.checklists.addItem(list, QStringLiteral("Did I ask good questions?"), {});
    const QString c = f.checklists.addItem(list, QStringLiteral("What would I do again?"), {});
    REQUIRE_FALSE(c.isEmpty());
    CHECK(f.checklists.addItem(list, QStringLiteral(""), {}).isEmpty());
    CHECK_FALSE(f.checklists.errorMessage().isEmpty());
    CHECK(values(f.checklists.items(list), "id") == QStringList{a, b, c});
    CHECK(byId(f.checklists.checklists(), list).value(QStringLiteral("itemCount")).toInt() == 3);

    REQUIRE(f.checklists.updateItem(b, QStringLiteral("Did I ask sharp questions?"), QStringLiteral("Two or three")));
    CHECK(byId(f.checklists.items(list), b).value(QStringLiteral("text")).toString() ==
          QStringLiteral("Did I ask sharp questions?"));
    CHECK(byId(f.checklists.items(list), b).value(QStringLiteral("hint")).toString() == QStringLiteral("Two or three"));
    CHECK_FALSE(f.checklists.updateItem(QStringLiteral("nope"), QStringLiteral("x"), {}));
    CHECK_FALSE(f.checklists.errorMessage().isEmpty());

    REQUIRE(f.checklists.moveItem(c, -1));
    CHECK(values(f.checklists.items(list), "id") == QStringList{a, c, b});
    REQUIRE(f.checklists.moveItem(a, 1));
    CHECK(values(f.checklists.items(list), "id") == QStringList{c, a, b});

    REQUIRE(f.checklists.removeItem(a));
    CHECK(values(f.checklists.items(list), "id") == QStringList{c, b});
    CHECK(f.checklists.canUndo());
    REQUIRE(f.checklists.undoRemove());
    CHECK(values(f.checklists.items(list), "id") == QStringList{c, a, b});
    CHECK(byId(f.checklists.items(list), a).value(QStringLiteral("hint")).toString() == QStringLiteral("Notes"));
    CHECK_FALSE(f.checklists.canUndo());

    // Rename and schedule.
    REQUIRE(f.checklists.updateChecklist(list, QStringLiteral("After each interview"), 3));
    const QVariantMap renamed = byId(f.checklists.checklists(), list);
    CHECK(renamed.value(QStringLiteral("name")).toString() == QStringLiteral("After each interview"));
    CHECK(renamed.value(QStringLiteral("scheduleText")).toString() == QStringLiteral("Every 3 weeks"));
    CHECK_FALSE(f.checklists.updateChecklist(list, QStringLiteral("x"), Checklist::kMaxEveryWeeks + 1));
    CHECK(byId(f.checklists.checklists(), list).value(QStringLiteral("everyWeeks")).toInt() == 3);

    // Duplicate under a free name, twice.
    const QString copy = f.checklists.duplicateChecklist(list, {});
    REQUIRE_FALSE(copy.isEmpty());
    CHECK(byId(f.checklists.checklists(), copy).value(QStringLiteral("name")).toString() ==
          QStringLiteral("Copy of After each interview"));
    CHECK(values(f.checklists.items(copy), "text") == values(f.checklists.items(list), "text"));
    const QString copy2 = f.checklists.duplicateChecklist(list, {});
    CHECK(byId(f.checklists.checklists(), copy2).value(QStringLiteral("name")).toString() ==
          QStringLiteral("Copy of After each interview (2)"));
    // A name at the limit: the copies cut the name, never the number.
    const QString longName = f.checklists.addChecklist(QString(Checklist::kMaxNameChars, u'x'), 0);
    REQUIRE_FALSE(longName.isEmpty());
    REQUIRE_FALSE(f.checklists.duplicateChecklist(longName, {}).isEmpty());
    const QString longCopy = f.checklists.duplicateChecklist(longName, {});
    REQUIRE_FALSE(longCopy.isEmpty());
    CHECK(byId(f.checklists.checklists(), longCopy).value(QStringLiteral("name")).toString().endsWith(u" (2)"));

    // Deleting a checklist takes its questions; undo restores both.
    REQUIRE(f.checklists.removeChecklist(list));
    CHECK(byId(f.checklists.checklists(), list).isEmpty());
    CHECK(f.checklists.items(list).isEmpty());
    REQUIRE(f.checklists.undoRemove());
    CHECK(byId(f.checklists.checklists(), list).value(QStringLiteral("itemCount")).toInt() == 3);
    CHECK(values(f.checklists.items(list), "id") == QStringList{c, a, b});

    f.session.lock();
    CHECK(f.checklists.checklists().isEmpty());
    CHECK(f.checklists.items(list).isEmpty());
    CHECK_FALSE(f.checklists.canUndo());
    CHECK_FALSE(f.checklists.addItem(list, QStringLiteral("Q?"), {}).size() > 0);
    CHECK(f.checklists.errorMessage() == QStringLiteral("The vault is locked.")); // never a silent no
}

TEST_CASE("ChecklistController schedules reviews and prompts Today with a fake clock", "[goalsui]") {
    Fixture f;
    // The default checklist is created at the real time of the migration: unschedule it so only ours counts.
    REQUIRE(f.checklists.updateChecklist(ChecklistRepository::kDefaultId, QStringLiteral("Re-evaluate my search"), 0));
    CHECK(f.checklists.nextReview().isEmpty());
    CHECK(f.checklists.todayPrompt().isEmpty());

    const QString list = f.checklists.addChecklist(QStringLiteral("Fortnightly"), 2);
    REQUIRE_FALSE(list.isEmpty());
    ChecklistItem item;
    item.checklistId = list;
    item.text = QStringLiteral("Am I resting?");
    f.vault().checklists().addItem(item);
    f.checklists.reload();
    QVariantMap next = f.checklists.nextReview();
    CHECK(next.value(QStringLiteral("checklistId")).toString() == list);
    CHECK(next.value(QStringLiteral("dueOn")).toString() == f.today().addDays(14).toString(Qt::ISODate));
    CHECK(next.value(QStringLiteral("dueText")).toString().startsWith(QStringLiteral("due on ")));
    CHECK_FALSE(next.value(QStringLiteral("due")).toBool());
    CHECK(f.checklists.todayPrompt().isEmpty());

    f.advanceDays(10);
    f.checklists.reload();
    CHECK(f.checklists.nextReview().value(QStringLiteral("dueText")).toString() == QStringLiteral("due in 4 days"));

    f.advanceDays(4);
    f.checklists.reload();
    CHECK(f.checklists.nextReview().value(QStringLiteral("dueText")).toString() == QStringLiteral("due today"));
    CHECK(f.checklists.nextReview().value(QStringLiteral("due")).toBool());
    QVariantMap prompt = f.checklists.todayPrompt();
    CHECK(prompt.value(QStringLiteral("reason")).toString() == QStringLiteral("due"));
    CHECK(prompt.value(QStringLiteral("checklistId")).toString() == list);
    CHECK(prompt.value(QStringLiteral("inProgressId")).toString().isEmpty());

    f.advanceDays(3);
    f.checklists.reload();
    CHECK(byId(f.checklists.checklists(), list).value(QStringLiteral("dueText")).toString() ==
          QStringLiteral("3 days overdue"));

    // Starting it turns the prompt into Resume; finishing it moves the next due day on.
    const Review review = f.vault().reviews().start(list, f.today());
    f.checklists.reload();
    prompt = f.checklists.todayPrompt();
    CHECK(prompt.value(QStringLiteral("reason")).toString() == QStringLiteral("resume"));
    CHECK(prompt.value(QStringLiteral("inProgressId")).toString() == review.id);
    CHECK(byId(f.checklists.checklists(), list).value(QStringLiteral("inProgressId")).toString() == review.id);
    const QList<ReviewAnswer> answers = f.vault().reviews().answers(review.id);
    REQUIRE(answers.size() == 1);
    f.vault().reviews().answer(answers[0].id, reviewanswer::kYes, {}, {});
    f.vault().reviews().finish(review.id, f.today());
    f.checklists.reload();
    CHECK(f.checklists.todayPrompt().isEmpty());
    const QVariantMap done = byId(f.checklists.checklists(), list);
    CHECK(done.value(QStringLiteral("lastReviewed")).toString() == f.today().toString(Qt::ISODate));
    CHECK(done.value(QStringLiteral("lastReviewedText")).toString() == QStringLiteral("Last reviewed today"));
    CHECK(done.value(QStringLiteral("dueOn")).toString() == f.today().addDays(14).toString(Qt::ISODate));
    CHECK(done.value(QStringLiteral("inProgressId")).toString().isEmpty());
}

TEST_CASE("ChecklistController suggests a review after several rejections close together", "[goalsui]") {
    Fixture f;
    REQUIRE(f.checklists.updateChecklist(ChecklistRepository::kDefaultId, QStringLiteral("Re-evaluate my search"), 0));
    RejectionSettings rules = f.settings.rejection();
    rules.reviewCount = 3;
    rules.reviewWindowDays = 30;
    f.settings.setRejection(rules);

    auto reject = [&](const char *company, int daysAgo) {
        JobApplication a;
        a.company = QString::fromUtf8(company);
        a.stage = stage::kRejected;
        a.stageDate = f.today().addDays(-daysAgo);
        f.vault().applications().create(a);
    };
    reject("Acme", 40); // outside the window
    reject("Initech", 20);
    reject("Globex", 5);
    f.checklists.reload();
    CHECK_FALSE(f.checklists.nudge().value(QStringLiteral("suggested")).toBool());
    CHECK(f.checklists.nudge().value(QStringLiteral("rejections")).toInt() == 2);
    CHECK(f.checklists.todayPrompt().isEmpty());

    reject("Umbrella", 1);
    f.checklists.reload();
    const QVariantMap nudge = f.checklists.nudge();
    CHECK(nudge.value(QStringLiteral("suggested")).toBool());
    CHECK(nudge.value(QStringLiteral("rejections")).toInt() == 3);
    CHECK(nudge.value(QStringLiteral("windowDays")).toInt() == 30);
    CHECK(nudge.value(QStringLiteral("text")).toString().contains(QStringLiteral("3 rejections")));
    const QVariantMap prompt = f.checklists.todayPrompt();
    CHECK(prompt.value(QStringLiteral("reason")).toString() == QStringLiteral("nudge"));
    CHECK(prompt.value(QStringLiteral("checklistId")).toString() == ChecklistRepository::kDefaultId);

    // A stricter rule in Settings takes effect at once (the controller listens).
    rules.reviewCount = 4;
    f.settings.setRejection(rules);
    CHECK_FALSE(f.checklists.nudge().value(QStringLiteral("suggested")).toBool());
    CHECK(f.checklists.todayPrompt().isEmpty());
}
