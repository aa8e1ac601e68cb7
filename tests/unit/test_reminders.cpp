// The reminders engine on a fake clock: every kind computed from the data,
// occurrence keys, fire times across DST changes and time zones, the inbox of
// what came due while the app was closed, snooze, dismiss and determinism.
#include "TestSupport.h"
#include "core/Error.h"
#include "services/ReminderEngine.h"

#include <QTemporaryDir>

using namespace rebound;
using namespace rebound::test;

namespace {

const QTimeZone kBerlin("Europe/Berlin");
const QDate kToday(2026, 11, 20); // a Friday

struct Fixture {
    QTemporaryDir tmp;
    FakeClock clock;
    std::unique_ptr<Vault> vault;
    ReminderTimes times;

    explicit Fixture(const QTimeZone &zone = kBerlin, const QDate &day = kToday, const QTime &at = QTime(12, 0)) {
        clock.setTimeZone(zone);
        set(day, at);
        vault = createVault(tmp.filePath(QStringLiteral("v")), "test passphrase", clock);
        // The default checklist's schedule depends on the real day the vault was
        // made; tests of other kinds switch it off.
        Checklist list = vault->checklists().list().constFirst();
        list.everyWeeks = 0;
        vault->checklists().update(list);
    }
    void set(const QDate &day, const QTime &at) {
        clock.set(QDateTime(day, at, clock.timeZone()).toMSecsSinceEpoch());
    }
    ReminderEngine engine() { return ReminderEngine(*vault, clock, times, RejectionSettings{}); }
    Contact contact(const QString &name, int cadence) {
        Contact c;
        c.name = name;
        c.cadenceDays = cadence;
        return vault->contacts().create(c);
    }
    void log(const QString &id, const QDate &on) {
        Interaction i;
        i.contactId = id;
        i.kind = interactionkind::kCall;
        i.occurredOn = on;
        vault->contacts().logInteraction(i);
    }
    QStringList keys(const QList<DueReminder> &list) {
        QStringList out;
        for (const DueReminder &r : list)
            out.append(r.key);
        return out;
    }
};

// Starts and finishes a review of the checklist on `day` (one question answered).
void reviewOn(Vault &vault, const QString &checklistId, const QDate &day) {
    const Review review = vault.reviews().start(checklistId, day);
    const ReviewAnswer first = vault.reviews().answers(review.id).constFirst();
    vault.reviews().answer(first.id, QStringLiteral("yes"), {}, {});
    vault.reviews().finish(review.id, day);
}

QDateTime utc(const QDate &day, int h, int m = 0) {
    return QDateTime(day, QTime(h, m), Qt::UTC);
}

} // namespace

TEST_CASE("Keep in touch is due a cadence after the last interaction, and a logged call moves it", "[reminders]") {
    Fixture f;
    const Contact maya = f.contact(QStringLiteral("Maya Chen"), 30);
    f.log(maya.id, kToday.addDays(-31));
    auto due = f.engine().due();
    REQUIRE(due.size() == 1);
    const DueReminder r = due.constFirst();
    CHECK(r.kind == reminderkind::kKeepInTouch);
    CHECK(r.key == QStringLiteral("keep_in_touch:%1:2026-11-19").arg(maya.id));
    CHECK(r.dueOn == kToday.addDays(-1));
    CHECK(r.fireAt == utc(kToday.addDays(-1), 8)); // 09:00 in Berlin (CET)
    CHECK(r.title == QStringLiteral("Keep in touch with Maya Chen"));
    CHECK(r.subjectKind == QStringLiteral("contact"));
    CHECK(r.subjectId == maya.id);
    CHECK(r.reminderId.isEmpty());
    CHECK_FALSE(r.seen);

    f.log(maya.id, kToday);
    CHECK(f.engine().due().isEmpty());
    const auto next = f.engine().upcoming(QDateTime(kToday.addDays(40), QTime(0, 0), kBerlin));
    REQUIRE(next.size() == 1);
    CHECK(next.constFirst().dueOn == kToday.addDays(30));
    CHECK(f.engine().nextFireAfter(localNow(f.clock)) == utc(kToday.addDays(30), 8));
}

TEST_CASE("Every reminder kind comes from its data", "[reminders]") {
    Fixture f;
    f.times.checkIn = QTime(20, 30);
    // Stored kinds, as the flows plan them.
    JobApplication app;
    app.company = QStringLiteral("Lumen");
    app.stage = QStringLiteral("applied");
    app.stageDate = kToday.addDays(-10);
    app = f.vault->applications().create(app);
    for (const QString &kind : {reminderkind::kFeedbackFollowUp, reminderkind::kPostRejection, reminderkind::kReapply}) {
        Reminder r;
        r.kind = kind;
        r.dueOn = kToday;
        r.title = QStringLiteral("About ") + kind;
        r.subjectKind = QStringLiteral("application");
        r.subjectId = app.id;
        f.vault->reminders().create(r);
    }
    Interview interview;
    interview.applicationId = app.id;
    interview.startsAt = QDateTime(kToday.addDays(1), QTime(15, 0));
    interview.kind = QStringLiteral("technical");
    f.vault->interviews().create(interview, {});
    // Computed kinds.
    const Contact c = f.contact(QStringLiteral("Priya"), 7);
    f.log(c.id, kToday.addDays(-7));
    Feedback fb;
    fb.source = QStringLiteral("employer");
    fb.receivedOn = kToday.addDays(-3);
    fb.text = QStringLiteral("Needs more SQL depth");
    f.vault->feedback().create(fb, {}, {QStringLiteral("SQL")});
    SkillAction action;
    action.skillId = f.vault->feedback().skillNamed(QStringLiteral("SQL"))->id;
    action.kind = QStringLiteral("practice");
    action.title = QStringLiteral("Mock SQL interview");
    action.dueOn = kToday;
    const SkillAction saved = f.vault->feedback().addAction(action);
    SkillAction done = action;
    done.title = QStringLiteral("Already done");
    done.status = QStringLiteral("done");
    f.vault->feedback().addAction(done);
    // A review of a weekly checklist finished 8 days ago: due yesterday.
    Checklist list = f.vault->checklists().list().constFirst();
    list.everyWeeks = 1;
    f.vault->checklists().update(list);
    reviewOn(*f.vault, list.id, kToday.addDays(-8));

    const auto all = f.engine().upcoming(QDateTime(kToday, QTime(23, 59), kBerlin));
    QStringList kinds;
    for (const DueReminder &r : all)
        kinds.append(r.kind);
    // Sorted by fire time, then kind: yesterday's review, then 09:00 today
    // (interview prep is planned for the day before), then the check-in at 20:30.
    CHECK(kinds == QStringList{reminderkind::kGoalReview, reminderkind::kFeedbackFollowUp,
                               reminderkind::kInterviewPrep, reminderkind::kKeepInTouch,
                               reminderkind::kPostRejection, reminderkind::kReapply, reminderkind::kSkillsAction,
                               reminderkind::kCheckIn});
    QStringList expected = reminderkind::all();
    QStringList got = kinds;
    expected.sort();
    got.sort();
    CHECK(got == expected); // one of each of the eight kinds
    const DueReminder review0 = all.constFirst();
    CHECK(review0.key == QStringLiteral("goal_review:%1:2026-11-19").arg(list.id));
    CHECK(review0.subjectKind == QStringLiteral("checklist"));
    const DueReminder skills = all[6];
    CHECK(skills.key == QStringLiteral("skills_action:%1:2026-11-20").arg(saved.id));
    CHECK(skills.title == QStringLiteral("Skills plan: Mock SQL interview"));
    const DueReminder checkIn = all.constLast();
    CHECK(checkIn.key == QStringLiteral("check_in:daily:2026-11-20"));
    CHECK(checkIn.fireAt == utc(kToday, 19, 30));
    CHECK(all[1].reminderId.size() > 0); // stored: Done marks the row

    // Only what has fired by noon is due; the check-in comes tonight.
    CHECK(f.engine().due().size() == all.size() - 1);
    // Checking in today removes today's nudge; tomorrow's stays upcoming.
    CheckIn ci;
    ci.date = kToday;
    ci.mood = 4;
    f.vault->checkIns().create(ci);
    const auto later = f.engine().upcoming(QDateTime(kToday.addDays(1), QTime(23, 0), kBerlin));
    CHECK_FALSE(f.keys(later).contains(QStringLiteral("check_in:daily:2026-11-20")));
    CHECK(f.keys(later).contains(QStringLiteral("check_in:daily:2026-11-21")));
    // Completing the data completes the reminder: the action done, a review finished.
    SkillAction finished = saved;
    finished.status = QStringLiteral("done");
    f.vault->feedback().updateAction(finished);
    reviewOn(*f.vault, list.id, kToday);
    const auto after = f.engine().due();
    for (const DueReminder &r : after) {
        CHECK(r.kind != reminderkind::kSkillsAction);
        CHECK(r.kind != reminderkind::kGoalReview);
    }
    // The same data gives the same list, call after call.
    CHECK(f.engine().due() == after);
}

TEST_CASE("Fire times keep the local time across DST changes", "[reminders]") {
    // Spring forward in Berlin: 02:00 -> 03:00 on 29 March 2026.
    const QDate spring(2026, 3, 29);
    CHECK(ReminderEngine::fireTime(spring, QTime(9, 0), kBerlin) == utc(spring, 7));
    CHECK(ReminderEngine::fireTime(spring.addDays(-1), QTime(9, 0), kBerlin) == utc(spring.addDays(-1), 8));
    // 02:30 does not exist that night: it fires at 03:30 CEST (01:30 UTC).
    const QDateTime gap = ReminderEngine::fireTime(spring, QTime(2, 30), kBerlin);
    CHECK(gap == utc(spring, 1, 30));
    CHECK(gap.toTimeZone(kBerlin).time() == QTime(3, 30));
    // Fall back on 25 October 2026: 09:00 is 08:00 UTC again; 02:30 happens twice, fires once.
    const QDate autumn(2026, 10, 25);
    CHECK(ReminderEngine::fireTime(autumn, QTime(9, 0), kBerlin) == utc(autumn, 8));
    const QDateTime twice = ReminderEngine::fireTime(autumn, QTime(2, 30), kBerlin);
    CHECK(twice.toTimeZone(kBerlin).time() == QTime(2, 30));
    CHECK((twice == utc(autumn, 0, 30) || twice == utc(autumn, 1, 30)));
    // Lord Howe Island moves by half an hour: 02:00 -> 02:30 on 4 October 2026.
    const QTimeZone lordHowe("Australia/Lord_Howe");
    const QDateTime half = ReminderEngine::fireTime(QDate(2026, 10, 4), QTime(2, 15), lordHowe);
    CHECK(half.toTimeZone(lordHowe).time() == QTime(2, 45));

    // A daily nudge at 02:30 across the Berlin spring night: once per day, in order.
    Fixture f(kBerlin, spring.addDays(-1), QTime(12, 0));
    f.times.checkIn = QTime(2, 30);
    f.set(spring, QTime(1, 0));
    auto upcoming = f.engine().upcoming(QDateTime(spring, QTime(23, 0), kBerlin));
    REQUIRE(upcoming.size() == 1);
    CHECK(upcoming.constFirst().fireAt == utc(spring, 1, 30));
    CHECK(f.engine().due().isEmpty());
    f.set(spring, QTime(3, 31));
    CHECK(f.engine().due().size() == 1);
}

TEST_CASE("The user's time zone decides the day and the hour", "[reminders]") {
    // The same instant is still the 20th in New York and already the 21st in Tokyo.
    const QDateTime instant = utc(QDate(2026, 11, 21), 2);
    for (const auto &[zoneId, day, fireUtcHour] :
         {std::tuple{"America/New_York", QDate(2026, 11, 20), 14}, std::tuple{"Asia/Tokyo", QDate(2026, 11, 21), 0}}) {
        const QTimeZone zone(zoneId);
        Fixture f(zone, kToday, QTime(12, 0));
        f.clock.set(instant.toMSecsSinceEpoch());
        CHECK(localToday(f.clock) == day);
        f.times.checkIn = QTime(9, 0);
        const auto list = f.engine().upcoming(instant.addDays(2));
        REQUIRE_FALSE(list.isEmpty());
        CHECK(list.constFirst().key == QStringLiteral("check_in:daily:") + day.toString(Qt::ISODate));
        CHECK(list.constFirst().fireAt.toUTC().time().hour() == fireUtcHour);
    }
}

TEST_CASE("What came due while the app was closed waits in the inbox until seen", "[reminders]") {
    Fixture f;
    const Contact a = f.contact(QStringLiteral("Ana"), 10);
    const Contact b = f.contact(QStringLiteral("Ben"), 12);
    f.log(a.id, kToday.addDays(-9));
    f.log(b.id, kToday.addDays(-9));
    CHECK(f.engine().inbox().isEmpty());
    // Closed for four days: both came due meanwhile.
    f.set(kToday.addDays(4), QTime(8, 0));
    auto inbox = f.engine().inbox();
    REQUIRE(inbox.size() == 2);
    CHECK(inbox[0].title == QStringLiteral("Keep in touch with Ana"));
    CHECK(inbox[1].title == QStringLiteral("Keep in touch with Ben"));
    CHECK(f.engine().unseenCount() == 2);
    f.engine().markSeen({inbox[0].key});
    CHECK(f.engine().unseenCount() == 1);
    inbox = f.engine().inbox();
    CHECK(inbox[0].seen);
    CHECK_FALSE(inbox[1].seen);
    // Seen is not done: it stays in the inbox until dealt with.
    f.engine().markNotified({inbox[1].key});
    CHECK(f.engine().inbox()[1].notified);
    f.log(a.id, kToday.addDays(4));
    CHECK(f.engine().inbox().size() == 1);
    // The marks are outside the change log (per device).
    CHECK(f.vault->store().db().queryInt(
              QStringLiteral("SELECT count(*) FROM change_log WHERE entity LIKE 'reminder_mark%'")) == 0);
}

TEST_CASE("Snooze moves one occurrence, dismiss ends it, undo brings it back", "[reminders]") {
    Fixture f;
    const Contact a = f.contact(QStringLiteral("Ana"), 10);
    f.log(a.id, kToday.addDays(-11));
    Reminder stored;
    stored.kind = reminderkind::kReapply;
    stored.dueOn = kToday;
    stored.title = QStringLiteral("Look at Lumen again");
    stored = f.vault->reminders().create(stored);
    auto due = f.engine().due();
    REQUIRE(due.size() == 2);
    const DueReminder keep = due[0];
    const DueReminder reapply = due[1];
    CHECK(keep.kind == reminderkind::kKeepInTouch);

    const QDateTime tomorrow(kToday.addDays(1), QTime(9, 0), kBerlin);
    f.engine().markSeen({keep.key});
    f.engine().snooze(keep, tomorrow);
    CHECK(f.keys(f.engine().due()) == QStringList{reapply.key});
    auto later = f.engine().upcoming(tomorrow);
    REQUIRE(later.size() == 2);
    CHECK(later[1].key == keep.key);
    CHECK(later[1].snoozed);
    CHECK(later[1].fireAt == tomorrow);
    CHECK(f.engine().nextFireAfter(localNow(f.clock)) == tomorrow);
    f.set(kToday.addDays(1), QTime(9, 5));
    due = f.engine().due();
    REQUIRE(due.size() == 2);
    CHECK_FALSE(due[1].snoozed);
    CHECK_FALSE(due[1].seen); // it comes back as new

    // Done on keep in touch skips one round: back a cadence (10 days) from today, never
    // silenced for good. A stored reminder is marked done.
    f.engine().dismiss(due[1]);
    f.engine().dismiss(reapply);
    CHECK(f.engine().due().isEmpty());
    CHECK(f.vault->reminders().find(stored.id)->done);
    const auto round = f.engine().upcoming(QDateTime(kToday.addDays(12), QTime(0, 0), kBerlin));
    REQUIRE(round.size() == 1);
    CHECK(round.constFirst().key == keep.key);
    CHECK(round.constFirst().fireAt == utc(kToday.addDays(11), 8));
    f.engine().undismiss(reapply);
    f.engine().undismiss(due[1]);
    CHECK(f.engine().due().size() == 2);
    // A computed kind other than keep in touch is dismissed for good.
    Checklist list = f.vault->checklists().list().constFirst();
    list.everyWeeks = 1;
    f.vault->checklists().update(list);
    reviewOn(*f.vault, list.id, kToday.addDays(-8));
    DueReminder goalReview;
    for (const DueReminder &r : f.engine().due())
        if (r.kind == reminderkind::kGoalReview)
            goalReview = r;
    REQUIRE_FALSE(goalReview.key.isEmpty());
    f.engine().dismiss(goalReview);
    CHECK_FALSE(f.keys(f.engine().upcoming(localNow(f.clock).addDays(300))).contains(goalReview.key));
    f.engine().undismiss(goalReview);
    CHECK(f.keys(f.engine().due()).contains(goalReview.key));
    // A logged call makes a new occurrence: the old marks do not carry over.
    f.log(a.id, kToday.addDays(-5));
    const auto next = f.engine().upcoming(QDateTime(kToday.addDays(10), QTime(12, 0), kBerlin));
    CHECK(f.keys(next).contains(QStringLiteral("keep_in_touch:%1:2026-11-25").arg(a.id)));
}

TEST_CASE("Old reminder marks are pruned", "[reminders]") {
    Fixture f;
    f.vault->reminderMarks().markSeen({QStringLiteral("a"), QStringLiteral("b")});
    f.clock.advance(400LL * 24 * 3600 * 1000);
    f.vault->reminderMarks().markSeen({QStringLiteral("b")});
    CHECK(f.vault->reminderMarks().prune(localNow(f.clock).addDays(-365)) == 1);
    CHECK(f.vault->reminderMarks().marks({QStringLiteral("a"), QStringLiteral("b")}).keys() ==
          QList<QString>{QStringLiteral("b")});
}
