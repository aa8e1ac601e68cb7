// Storage and services of goals and reviews: the default checklist, goals and
// their alternatives, weekly effort counts, checklists, reviews with follow-ups,
// the schedule on a fake clock, what changed since the last review, and the
// Markdown export.
#include "TestSupport.h"
#include "storage/Migrations.h"
#include "core/Error.h"
#include "services/GoalProgress.h"
#include "services/RejectionCoach.h"
#include "services/ReviewExport.h"
#include "services/ReviewSchedule.h"
#include "services/ReviewSummary.h"

#include <QTemporaryDir>

using namespace rebound;
using namespace rebound::test;

namespace {

const QDate kToday(2026, 11, 20); // a Friday
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

qint64 noonOf(const QDate &day) {
    return QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch();
}

struct Fixture {
    QTemporaryDir tmp;
    FakeClock clock{noonOf(kToday)};
    std::unique_ptr<Vault> vault = createVault(tmp.filePath(QStringLiteral("v")), "test passphrase", clock);

    qint64 logRows() { return vault->store().db().queryInt(QStringLiteral("SELECT count(*) FROM change_log")); }
    Goal goal(const QString &title, const QString &kind = goalkind::kRole) {
        Goal g;
        g.kind = kind;
        g.title = title;
        return vault->goals().create(g);
    }
    Goal effort(const QString &title, const QString &metric, int perWeek) {
        Goal g;
        g.kind = goalkind::kEffort;
        g.title = title;
        g.metric = metric;
        g.weeklyTarget = perWeek;
        return vault->goals().create(g);
    }
    JobApplication applied(const QString &company, const QDate &on) {
        JobApplication a;
        a.company = company;
        a.stage = stage::kApplied;
        a.stageDate = on;
        return vault->applications().create(a);
    }
    void checkIn(const QDate &on, int mood, const QStringList &efforts = {}) {
        CheckIn c;
        c.date = on;
        c.mood = mood;
        c.efforts = efforts;
        vault->checkIns().create(c);
    }
    Checklist checklist(const QString &name, const QStringList &questions, int everyWeeks = 2) {
        Checklist c;
        c.name = name;
        c.everyWeeks = everyWeeks;
        c = vault->checklists().create(c);
        for (const QString &q : questions) {
            ChecklistItem item;
            item.checklistId = c.id;
            item.text = q;
            vault->checklists().addItem(item);
        }
        return c;
    }
    void answerAll(const Review &review, const QStringList &answers) {
        const QList<ReviewAnswer> rows = vault->reviews().answers(review.id);
        for (int i = 0; i < answers.size(); ++i)
            vault->reviews().answer(rows[i].id, answers[i], {}, {});
    }
    void goTo(const QDate &day) { clock.set(noonOf(day)); }
};

} // namespace

TEST_CASE("A new vault has the default checklist with fixed ids and a four-week schedule", "[goals]") {
    Fixture f;
    const QList<Checklist> lists = f.vault->checklists().list();
    REQUIRE(lists.size() == 1);
    CHECK(lists[0].id == ChecklistRepository::kDefaultId);
    CHECK(lists[0].name == QStringLiteral("Re-evaluate my search"));
    CHECK(lists[0].everyWeeks == 4);
    const QList<ChecklistItem> items = f.vault->checklists().items(ChecklistRepository::kDefaultId);
    REQUIRE(items.size() == 7);
    CHECK(items[0].id == QStringLiteral("00000000-0000-4000-8000-c4ec11570001"));
    CHECK(items[6].id == QStringLiteral("00000000-0000-4000-8000-c4ec11570007"));
    CHECK(items[0].text == QStringLiteral("Am I aiming at the right roles?"));
    CHECK(items[6].text == QStringLiteral("Am I looking after myself?"));
    for (const ChecklistItem &i : items)
        CHECK_FALSE(i.hint.isEmpty());
    CHECK(f.vault->store().db().userVersion() == schemaMigrations().back().version);
    CHECK(f.logRows() == 0); // base data, like the built-in catalog
}

TEST_CASE("Goals are validated, and bad input writes nothing", "[goals]") {
    Fixture f;
    const qint64 before = f.logRows();
    auto refuses = [&](Goal g) { CHECK_THROWS_AS(f.vault->goals().create(g), Error); };
    Goal g;
    g.kind = goalkind::kRole;
    g.title = QStringLiteral("   ");
    refuses(g);
    g.title = QStringLiteral("Data analyst");
    g.kind = QStringLiteral("dream");
    refuses(g);
    g.kind = goalkind::kRole;
    g.status = QStringLiteral("someday");
    refuses(g);
    g.status = goalstatus::kActive;
    g.kind = goalkind::kEffort; // no metric
    refuses(g);
    g.metric = effortmetric::kApplications;
    g.weeklyTarget = 0;
    refuses(g);
    g.weeklyTarget = Goal::kMaxWeeklyTarget + 1;
    refuses(g);
    g.weeklyTarget = 10;
    g.metric = QStringLiteral("offers"); // outcomes are not effort
    refuses(g);
    g.metric = QStringLiteral("effort:Reached out"); // a name, not a catalog id
    refuses(g);
    g.kind = goalkind::kNorthStar; // only through setNorthStar
    refuses(g);
    g.kind = goalkind::kRole;
    g.parentId = QStringLiteral("no-such-goal");
    refuses(g);
    g.parentId.clear();
    g.targetDate = kToday.addYears(31);
    refuses(g);
    g.title = QString(Goal::kMaxTitleChars + 1, u'x');
    g.targetDate = {};
    refuses(g);
    CHECK(f.logRows() == before);
    CHECK(f.vault->goals().list().isEmpty());

    // A role goal drops effort fields it does not use.
    g.title = QStringLiteral("Data analyst");
    g.metric = effortmetric::kApplications;
    g.weeklyTarget = 5;
    const Goal stored = f.vault->goals().create(g);
    CHECK(stored.metric.isEmpty());
    CHECK(stored.weeklyTarget == 0);
    CHECK(stored.statusOn == kToday);
}

TEST_CASE("There is one north star, edited in place and cleared by an empty title", "[goals]") {
    Fixture f;
    CHECK_FALSE(f.vault->goals().northStar());
    const auto first = f.vault->goals().setNorthStar(QStringLiteral("  Lead a design team  "));
    REQUIRE(first);
    CHECK(first->title == QStringLiteral("Lead a design team"));
    const auto second = f.vault->goals().setNorthStar(QStringLiteral("Lead an inclusive design team"), QStringLiteral("why"));
    REQUIRE(second);
    CHECK(second->id == first->id);
    CHECK(f.vault->goals().northStar()->title == QStringLiteral("Lead an inclusive design team"));
    CHECK(f.vault->goals().list().isEmpty()); // the north star is not a concrete goal
    CHECK(f.vault->goals().setNorthStar(QStringLiteral("Lead an inclusive design team"))->notes ==
          QStringLiteral("why")); // notes stay unless given
    CHECK_FALSE(f.vault->goals().setNorthStar(QString()));
    CHECK_FALSE(f.vault->goals().northStar());
    CHECK(f.vault->goals().find(first->id)->status == goalstatus::kDropped);

    // Bringing an old north star back, by status or undo, drops the live one.
    const auto next = f.vault->goals().setNorthStar(QStringLiteral("Teach design"));
    REQUIRE(next);
    CHECK(next->id != first->id);
    f.vault->goals().setStatus(first->id, goalstatus::kActive);
    CHECK(f.vault->goals().northStar()->id == first->id);
    CHECK(f.vault->goals().find(next->id)->status == goalstatus::kDropped);
    const RemovedGoal removed = f.vault->goals().remove(first->id);
    f.vault->goals().setStatus(next->id, goalstatus::kActive);
    f.vault->goals().restore(removed);
    CHECK(f.vault->goals().northStar()->id == first->id);
    CHECK(f.vault->goals().find(next->id)->status == goalstatus::kDropped);
}

TEST_CASE("Alternative paths hang under one goal and go and come back with it", "[goals]") {
    Fixture f;
    const Goal main = f.goal(QStringLiteral("Product designer"));
    Goal alt;
    alt.kind = goalkind::kRole;
    alt.title = QStringLiteral("UX researcher");
    alt.parentId = main.id;
    alt = f.vault->goals().create(alt);
    Goal nested = alt;
    nested.id.clear();
    nested.title = QStringLiteral("Service designer");
    nested.parentId = alt.id;
    CHECK_THROWS_AS(f.vault->goals().create(nested), Error);

    const RemovedGoal removed = f.vault->goals().remove(main.id);
    CHECK(removed.alternatives.size() == 1);
    CHECK(f.vault->goals().list().isEmpty());
    f.vault->goals().restore(removed);
    const QList<Goal> back = f.vault->goals().list();
    REQUIRE(back.size() == 2);
    CHECK(f.vault->goals().find(alt.id)->parentId == main.id);
}

TEST_CASE("Goals list by kind and a status change is dated", "[goals]") {
    Fixture f;
    f.goal(QStringLiteral("Fintech"), goalkind::kIndustry);
    const Goal role = f.goal(QStringLiteral("Data analyst"));
    f.goal(QStringLiteral("AWS Cloud Practitioner"), goalkind::kCertification);
    const QList<Goal> all = f.vault->goals().list();
    REQUIRE(all.size() == 3);
    CHECK(all[0].title == QStringLiteral("Data analyst"));
    CHECK(all[1].title == QStringLiteral("Fintech"));
    CHECK(all[2].title == QStringLiteral("AWS Cloud Practitioner"));

    f.goTo(kToday.addDays(3));
    const Goal done = f.vault->goals().setStatus(role.id, goalstatus::kAchieved);
    CHECK(done.statusOn == kToday.addDays(3));
    CHECK(f.vault->goals().list(false).size() == 2);
    CHECK(f.vault->goals().changedSince(kToday.addDays(1)).size() == 1);
    CHECK_THROWS_AS(f.vault->goals().setStatus(role.id, QStringLiteral("finished")), Error);
}

TEST_CASE("Weekly effort is counted from the data in whole weeks", "[goals]") {
    Fixture f;
    // Week of Mon 2026-11-09 and of Mon 2026-11-16 (today is Fri 2026-11-20).
    f.applied(QStringLiteral("A"), QDate(2026, 11, 9));
    f.applied(QStringLiteral("B"), QDate(2026, 11, 15)); // Sunday: still the first week
    f.applied(QStringLiteral("C"), QDate(2026, 11, 16));
    f.applied(QStringLiteral("D"), QDate(2026, 11, 20));
    f.applied(QStringLiteral("E"), QDate(2026, 11, 20));
    f.checkIn(QDate(2026, 11, 17), 3, {QStringLiteral("effort:reached-out")});
    f.checkIn(QDate(2026, 11, 18), 4, {QStringLiteral("effort:reached-out"), QStringLiteral("effort:learned")});
    f.checkIn(QDate(2026, 11, 18), 4, {QStringLiteral("effort:learned")});
    f.vault->journal().create(QDate(2026, 11, 19), 3, QStringLiteral("wrote"));

    GoalProgress progress(*f.vault);
    CHECK(progress.weekStart(kToday) == QDate(2026, 11, 16));
    CHECK(progress.count(effortmetric::kApplications, QDate(2026, 11, 9), QDate(2026, 11, 15)) == 2);
    CHECK(progress.count(QStringLiteral("effort:effort:reached-out"), QDate(2026, 11, 16), kToday) == 2);
    CHECK(progress.count(effortmetric::kJournal, QDate(2026, 11, 16), kToday) == 1);
    CHECK(progress.count(QStringLiteral("nonsense"), QDate(2026, 11, 16), kToday) == 0);

    const Goal apps = f.effort(QStringLiteral("Apply"), effortmetric::kApplications, 3);
    const EffortProgress p = progress.progress(apps, QDate(2026, 11, 10), kToday);
    REQUIRE(p.weeks.size() == 2);
    CHECK(p.weeks[0].weekStart == QDate(2026, 11, 9));
    CHECK(p.weeks[0].count == 1); // only the days from the 10th: Monday's application is outside
    CHECK_FALSE(p.weeks[0].met);
    CHECK(p.weeks[1].count == 3);
    CHECK(p.weeks[1].met);
    CHECK(p.thisWeek == 3);
    CHECK(p.weeksMet == 1);
    CHECK(p.averagePerWeek == Approx(2.0));
    // The current week counts up to `to`, never days that have not happened.
    CHECK(progress.progress(apps, QDate(2026, 11, 16), QDate(2026, 11, 17)).thisWeek == 1);
    CHECK(p.metricLabel == QStringLiteral("Applications sent"));

    // A Sunday-first locale puts Sunday's application in the second week.
    GoalProgress sunday(*f.vault, Qt::Sunday);
    CHECK(sunday.weekStart(kToday) == QDate(2026, 11, 15));
    CHECK(sunday.count(effortmetric::kApplications, QDate(2026, 11, 15), QDate(2026, 11, 21)) == 4);

    const QList<EffortProgress> recent = progress.thisWeek(kToday);
    REQUIRE(recent.size() == 1);
    CHECK(recent[0].weeks.size() == 8);
    CHECK(recent[0].thisWeek == 3);
}

TEST_CASE("Checklists have unique names and their questions can be reordered, removed and copied", "[goals]") {
    Fixture f;
    const Checklist c = f.checklist(QStringLiteral("Weekly check"), {QStringLiteral("One?"), QStringLiteral("Two?"),
                                                                     QStringLiteral("Three?")});
    Checklist dup;
    dup.name = QStringLiteral("WEEKLY CHECK");
    CHECK_THROWS_AS(f.vault->checklists().create(dup), Error);
    f.checklist(QStringLiteral("ΣΚΟΠΟΙ"), {}); // names compare case-folded and NFC in every script
    dup.name = QStringLiteral("σκοποι");
    CHECK_THROWS_AS(f.vault->checklists().create(dup), Error);
    f.checklist(QStringLiteral("R\u00e9sum\u00e9"), {});
    dup.name = QStringLiteral("Re\u0301sume\u0301"); // decomposed accents
    CHECK_THROWS_AS(f.vault->checklists().create(dup), Error);
    dup.name = QStringLiteral("Ok");
    dup.everyWeeks = 53;
    CHECK_THROWS_AS(f.vault->checklists().create(dup), Error);

    auto texts = [&](const QString &id) {
        QStringList out;
        for (const ChecklistItem &i : f.vault->checklists().items(id))
            out.append(i.text);
        return out;
    };
    QList<ChecklistItem> items = f.vault->checklists().items(c.id);
    f.vault->checklists().moveItem(items[2].id, -1);
    CHECK(texts(c.id) == QStringList{QStringLiteral("One?"), QStringLiteral("Three?"), QStringLiteral("Two?")});
    f.vault->checklists().moveItem(items[0].id, -1); // already first
    CHECK(texts(c.id).first() == QStringLiteral("One?"));
    CHECK_THROWS_AS(f.vault->checklists().moveItem(items[0].id, 2), Error);

    // Undo puts a question back where it was, even after a move and another delete.
    const ChecklistItem two = f.vault->checklists().removeItem(items[1].id); // "Two?" was third
    CHECK(texts(c.id) == QStringList{QStringLiteral("One?"), QStringLiteral("Three?")});
    const ChecklistItem one = f.vault->checklists().removeItem(items[0].id);
    f.vault->checklists().restoreItem(two);
    CHECK(texts(c.id) == QStringList{QStringLiteral("Three?"), QStringLiteral("Two?")});
    f.vault->checklists().restoreItem(one);
    CHECK(texts(c.id) == QStringList{QStringLiteral("One?"), QStringLiteral("Three?"), QStringLiteral("Two?")});

    const Checklist copy = f.vault->checklists().duplicate(c.id, QStringLiteral("Monthly check"));
    CHECK(texts(copy.id) == texts(c.id));
    CHECK(copy.everyWeeks == c.everyWeeks);

    ChecklistItem empty;
    empty.checklistId = c.id;
    CHECK_THROWS_AS(f.vault->checklists().addItem(empty), Error);
    const RemovedChecklist removed = f.vault->checklists().remove(c.id);
    CHECK(f.vault->checklists().items(c.id).isEmpty());
    f.vault->checklists().restore(removed);
    CHECK(texts(c.id).size() == 3);
}

TEST_CASE("A review copies its questions, resumes instead of doubling, and validates answers", "[goals]") {
    Fixture f;
    const Checklist c = f.checklist(QStringLiteral("Quick"), {QStringLiteral("Roles right?"), QStringLiteral("CV current?")});
    const Review r = f.vault->reviews().start(c.id);
    CHECK(r.startedOn == kToday);
    CHECK(r.checklistName == QStringLiteral("Quick"));
    CHECK_FALSE(r.isFinished());
    CHECK(f.vault->reviews().start(c.id).id == r.id);

    // Editing the checklist later does not rewrite the review.
    ChecklistItem first = f.vault->checklists().items(c.id).first();
    first.text = QStringLiteral("Am I aiming right?");
    f.vault->checklists().updateItem(first);
    const QList<ReviewAnswer> answers = f.vault->reviews().answers(r.id);
    REQUIRE(answers.size() == 2);
    CHECK(answers[0].itemText == QStringLiteral("Roles right?"));
    CHECK(answers[0].itemId == first.id);

    const qint64 before = f.logRows();
    CHECK_THROWS_AS(f.vault->reviews().answer(answers[0].id, QStringLiteral("maybe"), {}, {}), Error);
    CHECK_THROWS_AS(f.vault->reviews().answer(answers[0].id, reviewanswer::kYes, {},
                                              FollowUp{followup::kNewGoal, QStringLiteral(" "), {}, {}}),
                    Error);
    CHECK_THROWS_AS(f.vault->reviews().answer(answers[0].id, reviewanswer::kYes, {},
                                              FollowUp{followup::kNewGoal, QStringLiteral("x"), goalkind::kEffort, {}}),
                    Error);
    CHECK_THROWS_AS(f.vault->reviews().answer(answers[0].id, reviewanswer::kYes, {},
                                              FollowUp{followup::kGoalStatus, {}, QStringLiteral("gone"),
                                                       goalstatus::kPaused}),
                    Error);
    CHECK_THROWS_AS(f.vault->reviews().answer(answers[0].id, reviewanswer::kYes, {},
                                              FollowUp{followup::kSkillAction, QStringLiteral("Course"), {}, {}}),
                    Error);
    CHECK_THROWS_AS(f.vault->reviews().answer(answers[0].id, reviewanswer::kYes, {},
                                              FollowUp{QStringLiteral("wish"), QStringLiteral("x"), {}, {}}),
                    Error);
    CHECK_THROWS_AS(f.vault->reviews().finish(r.id), Error); // nothing answered yet
    CHECK(f.logRows() == before);

    Checklist empty;
    empty.name = QStringLiteral("Empty");
    empty = f.vault->checklists().create(empty);
    CHECK_THROWS_AS(f.vault->reviews().start(empty.id), Error);
}

TEST_CASE("Finishing a review turns follow-ups into goals and skills actions in one go", "[goals]") {
    Fixture f;
    const Goal old = f.goal(QStringLiteral("Senior data scientist"));
    Feedback fb;
    fb.text = QStringLiteral("Needs SQL");
    f.vault->feedback().create(fb, {}, {QStringLiteral("SQL")});
    Reminder rem;
    rem.kind = reminderkind::kGoalReview;
    rem.dueOn = kToday.addDays(2);
    rem.title = QStringLiteral("Review your goals");
    const Reminder reminder = f.vault->reminders().create(rem);

    const Checklist c = f.checklist(QStringLiteral("Quick"), {QStringLiteral("Roles?"), QStringLiteral("Skills?"),
                                                              QStringLiteral("Paths?"), QStringLiteral("Network?")});
    const Review r = f.vault->reviews().start(c.id);
    const QList<ReviewAnswer> a = f.vault->reviews().answers(r.id);
    f.vault->reviews().answer(a[0].id, reviewanswer::kNo, QStringLiteral("Too senior for now"),
                              FollowUp{followup::kGoalStatus, {}, old.id, goalstatus::kPaused});
    f.vault->reviews().answer(a[1].id, reviewanswer::kNo, {},
                              FollowUp{followup::kSkillAction, QStringLiteral("Window functions course"),
                                       QStringLiteral("sql"), QStringLiteral("course")});
    f.vault->reviews().answer(a[2].id, reviewanswer::kUnsure, {},
                              FollowUp{followup::kNewGoal, QStringLiteral("Analytics engineer"), goalkind::kRole,
                                       old.id}); // an alternative path to the old goal
    f.vault->reviews().answer(a[3].id, reviewanswer::kYes, {},
                              FollowUp{followup::kSkillAction, QStringLiteral("Meetup talk"),
                                       QStringLiteral("Public speaking"), {}});

    f.goTo(kToday.addDays(1));
    const FinishedReview done = f.vault->reviews().finish(r.id);
    CHECK(done.review.finishedOn == kToday.addDays(1));
    CHECK(done.goalIds.size() == 2);
    CHECK(done.actionIds.size() == 2);
    CHECK(done.remindersDone == 1);
    CHECK(f.vault->reminders().find(reminder.id)->done);

    CHECK(f.vault->goals().find(old.id)->status == goalstatus::kPaused);
    const QList<Goal> open = f.vault->goals().list(false);
    const auto created = std::find_if(open.begin(), open.end(), [](const Goal &g) {
        return g.title == QStringLiteral("Analytics engineer");
    });
    REQUIRE(created != open.end());
    CHECK(created->notes == QStringLiteral("From the review on 2026-11-21: Paths?"));
    CHECK(created->parentId == old.id);
    CHECK(f.vault->goals().find(old.id)->statusOn == kToday.addDays(1));

    const QList<SkillAction> actions = f.vault->feedback().actions();
    REQUIRE(actions.size() == 2);
    const auto sql = f.vault->feedback().skillNamed(QStringLiteral("SQL"));
    REQUIRE(sql);
    CHECK(f.vault->feedback().skills().size() == 2); // SQL reused, Public speaking added
    const auto course = std::find_if(actions.begin(), actions.end(), [](const SkillAction &x) {
        return x.title == QStringLiteral("Window functions course");
    });
    REQUIRE(course != actions.end());
    CHECK(course->skillId == sql->id);
    CHECK(course->kind == QStringLiteral("course"));
    // The action on a skill no feedback named still shows in the plan, last.
    const SkillsPlan plan = SkillsPlanner::build(f.vault->feedback().all(), f.vault->feedback().skills(),
                                                 f.vault->feedback().actions(), kToday);
    REQUIRE(plan.weaknesses.size() == 2);
    CHECK(plan.weaknesses[0].skill.name == QStringLiteral("SQL"));
    CHECK(plan.weaknesses[1].skill.name == QStringLiteral("Public speaking"));
    CHECK(plan.weaknesses[1].mentions == 0);
    CHECK(plan.weaknesses[1].actions.size() == 1);

    const QList<ReviewAnswer> after = f.vault->reviews().answers(r.id);
    CHECK(after[1].followUpId == course->id);
    // Finished reviews are read-only and cannot finish twice.
    CHECK_THROWS_AS(f.vault->reviews().answer(after[0].id, reviewanswer::kYes, {}, {}), Error);
    CHECK_THROWS_AS(f.vault->reviews().finish(r.id), Error);
    CHECK(f.vault->reviews().setSummary(r.id, QStringLiteral("Talked it through with Sam")).summary ==
          QStringLiteral("Talked it through with Sam"));
}

TEST_CASE("A back-dated finish dates its goal changes on that day and may not be in the future", "[goals]") {
    Fixture f;
    const auto star = f.vault->goals().setNorthStar(QStringLiteral("Build accessible products"));
    const Checklist c = f.checklist(QStringLiteral("Quick"), {QStringLiteral("A?")});
    const Review r = f.vault->reviews().start(c.id, kToday.addDays(-3));
    CHECK_THROWS_AS(f.vault->reviews().start(ChecklistRepository::kDefaultId, kToday.addDays(2)), Error);
    const QList<ReviewAnswer> a = f.vault->reviews().answers(r.id);
    f.vault->reviews().answer(a[0].id, reviewanswer::kNo, {},
                              FollowUp{followup::kGoalStatus, {}, star->id, goalstatus::kPaused});
    CHECK_THROWS_AS(f.vault->reviews().finish(r.id, kToday.addDays(2)), Error); // tomorrow is allowed: time zones
    CHECK_THROWS_AS(f.vault->reviews().finish(r.id, kToday.addDays(-4)), Error); // before it started
    f.vault->reviews().finish(r.id, kToday.addDays(-2));
    const Goal paused = *f.vault->goals().find(star->id);
    CHECK(paused.status == goalstatus::kPaused);
    CHECK(paused.statusOn == kToday.addDays(-2));
    const Review done = *f.vault->reviews().find(r.id);
    const QString md = ReviewExport::markdown(ReviewSummary::compute(*f.vault, done, kToday),
                                              f.vault->reviews().answers(r.id), f.vault->goals().northStar(),
                                              f.vault->goals().list());
    CHECK(md.contains(QStringLiteral("→ Follow-up done: mark “Build accessible products” as paused")));
}

TEST_CASE("A follow-up on a goal deleted meanwhile stops the finish and changes nothing", "[goals]") {
    Fixture f;
    const Goal doomed = f.goal(QStringLiteral("Temporary"));
    const Checklist c = f.checklist(QStringLiteral("Quick"), {QStringLiteral("A?"), QStringLiteral("B?")});
    const Review r = f.vault->reviews().start(c.id);
    const QList<ReviewAnswer> a = f.vault->reviews().answers(r.id);
    f.vault->reviews().answer(a[0].id, reviewanswer::kYes, {},
                              FollowUp{followup::kNewGoal, QStringLiteral("Fresh goal"), goalkind::kOther, {}});
    f.vault->reviews().answer(a[1].id, reviewanswer::kNo, {},
                              FollowUp{followup::kGoalStatus, {}, doomed.id, goalstatus::kDropped});
    f.vault->goals().remove(doomed.id);
    const qint64 before = f.logRows();
    CHECK_THROWS_AS(f.vault->reviews().finish(r.id), Error);
    CHECK(f.logRows() == before);
    CHECK(f.vault->goals().list().isEmpty()); // the first follow-up was rolled back too
    CHECK_FALSE(f.vault->reviews().find(r.id)->isFinished());
}

TEST_CASE("Reviews are due every N weeks after the last one, on a fake clock", "[goals]") {
    Fixture f;
    const RejectionSettings settings;
    const Checklist c = f.checklist(QStringLiteral("Fortnightly"), {QStringLiteral("Q?")}, 2);
    Checklist off;
    off.name = QStringLiteral("Unscheduled");
    f.vault->checklists().create(off);

    ReviewSchedule schedule(*f.vault, settings);
    QList<ReviewDue> due = schedule.scheduled();
    REQUIRE(due.size() == 2); // the default (4 weeks) and ours (2 weeks); not the unscheduled one
    CHECK(due[0].checklist.id == c.id);
    CHECK_FALSE(due[0].lastReviewed.isValid());
    CHECK(due[0].dueOn == kToday.addDays(14)); // never reviewed: from when it was made
    CHECK_FALSE(due[0].isDue(kToday));
    CHECK(due[0].isDue(kToday.addDays(14)));

    f.goTo(kToday.addDays(15));
    const Review r = f.vault->reviews().start(c.id);
    CHECK(schedule.soonest()->inProgressId == r.id);
    f.answerAll(r, {reviewanswer::kYes});
    f.vault->reviews().finish(r.id);
    due = schedule.scheduled();
    const auto ours = std::find_if(due.begin(), due.end(), [&](const ReviewDue &d) { return d.checklist.id == c.id; });
    REQUIRE(ours != due.end());
    CHECK(ours->lastReviewed == kToday.addDays(15));
    CHECK(ours->dueOn == kToday.addDays(29));
    CHECK(ours->inProgressId.isEmpty());
    CHECK(ReviewSchedule::nextDue(off, kToday) == QDate());
}

TEST_CASE("Several rejections close together suggest a review until one is done", "[goals]") {
    Fixture f;
    RejectionSettings settings;
    settings.reviewCount = 3;
    settings.reviewWindowDays = 30;
    auto reject = [&](const QString &company, const QDate &on) {
        const JobApplication a = f.applied(company, on.addDays(-10));
        f.vault->applications().moveTo(a.id, stage::kRejected, on);
    };
    reject(QStringLiteral("Old"), kToday.addDays(-40)); // outside the window
    reject(QStringLiteral("A"), kToday.addDays(-20));
    reject(QStringLiteral("B"), kToday.addDays(-5));
    ReviewSchedule schedule(*f.vault, settings);
    CHECK(schedule.nudge(kToday).rejections == 2);
    CHECK_FALSE(schedule.nudge(kToday).suggested);
    reject(QStringLiteral("C"), kToday);
    CHECK(schedule.nudge(kToday).rejections == 3);
    CHECK(schedule.nudge(kToday).suggested);
    CHECK(schedule.nudge(kToday).windowDays == 30);

    const Review r = f.vault->reviews().start(ChecklistRepository::kDefaultId);
    f.answerAll(r, {reviewanswer::kUnsure});
    f.vault->reviews().finish(r.id);
    CHECK(schedule.nudge(kToday).rejections == 0); // already looked at
    CHECK_FALSE(RejectionCoach(*f.vault, settings).reviewSuggestion().suggested); // one rule for both
    reject(QStringLiteral("D"), kToday.addDays(1));
    CHECK(schedule.nudge(kToday.addDays(1)).rejections == 1);
    settings.reviewCount = 0; // switched off
    CHECK_FALSE(ReviewSchedule(*f.vault, settings).nudge(kToday.addDays(1)).suggested);
}

TEST_CASE("The summary shows what changed since the last review with exact figures", "[goals]") {
    Fixture f;
    const Checklist c = f.checklist(QStringLiteral("Quick"), {QStringLiteral("Roles?"), QStringLiteral("CV?"),
                                                              QStringLiteral("Network?")});
    // First review on 2026-11-01.
    const QDate first(2026, 11, 1);
    f.goTo(first);
    const Review r1 = f.vault->reviews().start(c.id);
    f.answerAll(r1, {reviewanswer::kNo, reviewanswer::kYes, reviewanswer::kUnsure});
    f.vault->reviews().finish(r1.id);
    const QDate second(2026, 11, 15);
    f.goTo(second);

    // Moods: before the period (Oct 19..Nov 1, 14 days) two days at 2; in it (Nov 2..15) three days.
    f.checkIn(QDate(2026, 10, 25), 2);
    f.checkIn(QDate(2026, 10, 30), 2);
    f.checkIn(QDate(2026, 11, 3), 3);
    f.checkIn(QDate(2026, 11, 3), 5); // that day averages 4
    f.checkIn(QDate(2026, 11, 8), 4);
    f.checkIn(QDate(2026, 11, 12), 1);
    f.applied(QStringLiteral("A"), QDate(2026, 11, 4));
    const JobApplication b = f.applied(QStringLiteral("B"), QDate(2026, 11, 5));
    f.vault->applications().moveTo(b.id, stage::kRejected, QDate(2026, 11, 10));
    f.applied(QStringLiteral("Before"), QDate(2026, 10, 20));
    f.effort(QStringLiteral("Apply twice a week"), effortmetric::kApplications, 2);
    Feedback fb;
    fb.text = QStringLiteral("Good portfolio");
    fb.receivedOn = QDate(2026, 11, 9);
    f.vault->feedback().create(fb, {QStringLiteral("Portfolio")}, {QStringLiteral("Estimation")});

    const Review r2 = f.vault->reviews().start(c.id);
    const QList<ReviewAnswer> a = f.vault->reviews().answers(r2.id);
    f.vault->reviews().answer(a[0].id, reviewanswer::kYes, {}, {});    // changed
    f.vault->reviews().answer(a[1].id, reviewanswer::kYes, {}, {});    // same
    f.vault->reviews().finish(r2.id);                                  // third left unanswered

    const ReviewSummaryData s = ReviewSummary::compute(*f.vault, *f.vault->reviews().find(r2.id), second);
    REQUIRE(s.previous);
    CHECK(s.previous->id == r1.id);
    CHECK(s.from == QDate(2026, 11, 2));
    CHECK(s.to == second);
    CHECK(s.answered == 2);
    CHECK(s.total == 3);
    REQUIRE(s.changes.size() == 1);
    CHECK(s.changes[0].question == QStringLiteral("Roles?"));
    CHECK(s.changes[0].before == reviewanswer::kNo);
    CHECK(s.changes[0].after == reviewanswer::kYes);
    CHECK(s.mood.days == 3);
    CHECK(s.mood.average == Approx(3.0)); // (4 + 4 + 1) / 3
    CHECK(s.mood.previousDays == 2);
    CHECK(s.mood.previousAverage == Approx(2.0));
    CHECK(s.mood.change() == Approx(1.0));
    CHECK(s.pipeline.applied == 2);
    CHECK(s.pipeline.rejections == 1);
    CHECK(s.pipeline.offers == 0);
    CHECK(s.pipeline.open == 2); // A and Before
    REQUIRE(s.effort.size() == 1);
    CHECK(s.effort[0].weeks.size() == 2); // weeks of Nov 2 and Nov 9
    CHECK(s.effort[0].weeks[0].count == 2);
    CHECK(s.effort[0].weeksMet == 1);
    REQUIRE(s.recentFeedback.size() == 1);
    REQUIRE(s.topGaps.size() == 1);
    CHECK(s.topGaps[0].skill.name == QStringLiteral("Estimation"));
    REQUIRE(s.goalsChanged.size() == 1); // the effort goal added on the 15th

    // The first review had nothing before it: the default period, no changes.
    const ReviewSummaryData s1 = ReviewSummary::compute(*f.vault, *f.vault->reviews().find(r1.id), second);
    CHECK_FALSE(s1.previous);
    CHECK(s1.from == first.addDays(1 - ReviewSummary::kDefaultPeriodDays));
    CHECK(s1.changes.isEmpty());

    // No data at all: zeros, no trend.
    Fixture empty;
    const Review r = empty.vault->reviews().start(ChecklistRepository::kDefaultId);
    const ReviewSummaryData z = ReviewSummary::compute(*empty.vault, r, kToday);
    CHECK(z.mood.days == 0);
    CHECK_FALSE(z.mood.hasTrend());
    CHECK(z.pipeline.applied == 0);
    CHECK(z.answered == 0);
    CHECK(z.total == 7);
}

TEST_CASE("A review exports as Markdown that user text cannot break", "[goals]") {
    Fixture f;
    f.vault->goals().setNorthStar(QStringLiteral("Work on tools # that *matter*"));
    const Goal role = f.goal(QStringLiteral("Data analyst"));
    const Checklist c = f.checklist(QStringLiteral("Quick [v2]"), {QStringLiteral("Roles?"), QStringLiteral("CV?")});
    f.goTo(QDate(2026, 11, 1));
    const Review r1 = f.vault->reviews().start(c.id);
    f.answerAll(r1, {reviewanswer::kNo, reviewanswer::kYes});
    f.vault->reviews().finish(r1.id);

    f.goTo(kToday);
    const Review r2 = f.vault->reviews().start(c.id);
    const QList<ReviewAnswer> a = f.vault->reviews().answers(r2.id);
    f.vault->reviews().answer(a[0].id, reviewanswer::kYes,
                              QStringLiteral("# not a heading\n1. not a list\n[link](http://x) <b>bold</b>"),
                              FollowUp{followup::kGoalStatus, {}, role.id, goalstatus::kAchieved});
    f.vault->reviews().answer(a[1].id, reviewanswer::kYes, {},
                              FollowUp{followup::kSkillAction, QStringLiteral("Rewrite the summary"),
                                       QStringLiteral("CV writing"), QStringLiteral("practice")});
    f.vault->reviews().finish(r2.id);
    f.vault->reviews().setSummary(r2.id, QStringLiteral("- calm\nsteady"));

    const Review review = *f.vault->reviews().find(r2.id);
    const ReviewSummaryData s = ReviewSummary::compute(*f.vault, review, kToday);
    const QString md = ReviewExport::markdown(s, f.vault->reviews().answers(r2.id), f.vault->goals().northStar(),
                                              f.vault->goals().list());
    const QString expected = QStringLiteral(
        "# Review: Quick \\[v2\\]\n"
        "\n"
        "Finished on 2026-11-20 · 2 of 2 questions answered\n"
        "\n"
        "**North star:** Work on tools # that \\*matter\\*\n"
        "\n"
        "## Answers\n"
        "\n"
        "### 1. Roles?\n"
        "\n"
        "**Yes** (last time: No)\n"
        "\n"
        "\\# not a heading  \n"
        "1\\. not a list  \n"
        "\\[link\\](http://x) \\<b\\>bold\\</b\\>\n"
        "\n"
        "→ Follow-up done: mark “Data analyst” as achieved\n"
        "\n"
        "### 2. CV?\n"
        "\n"
        "**Yes**\n"
        "\n"
        "→ Follow-up done: skills action for CV writing (practice): Rewrite the summary\n"
        "\n"
        "## Since the last review (2026-11-02 to 2026-11-20)\n"
        "\n"
        "- Applications sent: 0 · interviews: 0 · offers: 0 · rejections: 0 · active now: 0\n"
        "- Mood: no check-ins in this period\n"
        "- Answers that changed:\n"
        "  - Roles? No → Yes\n"
        "- Goals added or changed:\n"
        "  - Target role: Data analyst (Achieved)\n"
        "  - North star: Work on tools # that \\*matter\\* (Active)\n"
        "\n"
        "## Summary\n"
        "\n"
        "\\- calm  \n"
        "steady\n"
        "\n"
        "---\n"
        "\n"
        "Exported from Rebound.\n");
    CHECK(md == expected);
}
