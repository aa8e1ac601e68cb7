// The rejection flow and skills plan controllers (what the sheet and the
// skills view call), on real vaults with a fixed clock.
#include "TestSupport.h"
#include "core/Clock.h"
#include "services/AppSettings.h"
#include "services/VaultSession.h"
#include "ui/RejectionFlowController.h"
#include "ui/SettingsController.h"
#include "ui/SkillsPlanController.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrlQuery>

using namespace rebound;
using namespace rebound::test;

namespace {

const QDate kToday(2026, 11, 20);

QString day(const QDate &d) {
    return d.toString(QStringLiteral("yyyy-MM-dd"));
}

struct Fixture {
    QTemporaryDir tmp;
    FakeClock clock{QDateTime(kToday, QTime(12, 0)).toMSecsSinceEpoch()};
    AppSettings settings{
        std::make_unique<QSettings>(tmp.filePath(QStringLiteral("s.ini")), QSettings::IniFormat)};
    VaultSession session{tmp.filePath(QStringLiteral("vault")), settings, nullptr, clock};
    Fixture() { session.open(createVault(session.dir(), "test passphrase", clock)); }
    Vault &vault() { return *session.vault(); }

    JobApplication rejected(const QString &company, int daysAgo = 0) {
        JobApplication a;
        a.company = company;
        a.role = QStringLiteral("Product Designer");
        a.stage = stage::kRejected;
        a.stageDate = kToday.addDays(-daysAgo);
        return vault().applications().create(a);
    }
    JobPerson person(const QString &applicationId, const QString &name, const QString &role, const QString &email) {
        JobPerson p;
        p.applicationId = applicationId;
        p.name = name;
        p.role = role;
        p.email = email;
        return vault().applications().addPerson(p);
    }
};

QStringList field(const QVariantList &items, const char *key) {
    QStringList out;
    for (const QVariant &v : items)
        out << v.toMap().value(QString::fromLatin1(key)).toString();
    return out;
}

QVariantMap stepNamed(const RejectionFlowController &c, const QString &key) {
    for (const QVariant &v : c.steps())
        if (v.toMap().value(QStringLiteral("key")).toString() == key)
            return v.toMap();
    return {};
}

} // namespace

TEST_CASE("RejectionFlowController walks the steps, skips, and creates reminders on the chosen days", "[rejection-ui]") {
    Fixture f;
    const JobApplication app = f.rejected(QStringLiteral("Acme"), 1);
    f.person(app.id, QStringLiteral("Dana Weiss"), QStringLiteral("recruiter"), QString());
    f.person(app.id, QStringLiteral("Omar Haddad"), QStringLiteral("hiring_manager"), QStringLiteral("omar@acme.test"));

    RejectionFlowController flow(f.session, f.settings);
    CHECK_FALSE(flow.loaded());
    CHECK(flow.openFlows().isEmpty());
    QSignalSpy written(&flow, &RejectionFlowController::dataWritten);

    REQUIRE(flow.openFor(app.id));
    CHECK(flow.loaded());
    CHECK(flow.company() == QStringLiteral("Acme"));
    CHECK(flow.role() == QStringLiteral("Product Designer"));
    CHECK(flow.rejectedOnText() == QLocale().toString(kToday.addDays(-1), QStringLiteral("d MMM")));
    CHECK(flow.currentStep() == rejectionstep::kFeelings);
    CHECK(field(flow.steps(), "key") == rejectionstep::all());
    CHECK(flow.doneCount() == 0);
    CHECK(flow.feedbackMessage().startsWith(QStringLiteral("Dear Dana Weiss,")));
    CHECK(flow.feedbackSubject().contains(QStringLiteral("Product Designer")));
    // People with an e-mail come first: the default addressee of mailto.
    CHECK(field(flow.people(), "name") == QStringList{QStringLiteral("Omar Haddad"), QStringLiteral("Dana Weiss")});
    CHECK(field(flow.people(), "email").constFirst() == QStringLiteral("omar@acme.test"));
    // Default reminder days come from the settings.
    CHECK(flow.followUpDate() == day(kToday.addDays(7)));
    CHECK(flow.keepInTouchDate() == day(kToday.addDays(90)));
    CHECK(flow.reapplyDate() == day(kToday.addDays(180)));
    REQUIRE(flow.openFlows().size() == 1);
    CHECK(flow.openFlows().constFirst().toMap().value(QStringLiteral("company")).toString() == QStringLiteral("Acme"));

    // Step 1: a journal entry written from the template.
    const JournalEntry entry = f.vault().journal().create(kToday, 2, QStringLiteral("It stings."));
    CHECK_FALSE(flow.recordFeelings(QStringLiteral("no-such-entry")));
    CHECK_FALSE(flow.errorMessage().isEmpty());
    REQUIRE(flow.recordFeelings(entry.id));
    CHECK(flow.errorMessage().isEmpty());
    CHECK(flow.journalEntryId() == entry.id);
    CHECK(stepNamed(flow, rejectionstep::kFeelings).value(QStringLiteral("state")) == stepstate::kDone);
    CHECK(flow.currentStep() == rejectionstep::kFeedback);

    // Step 2: the message as edited and a follow-up on a day the user chose.
    CHECK_FALSE(flow.askForFeedback(QStringLiteral("Hi"), QStringLiteral("next tuesday")));
    CHECK(flow.errorMessage().contains(QStringLiteral("valid day")));
    CHECK(flow.currentStep() == rejectionstep::kFeedback);
    REQUIRE(flow.askForFeedback(QStringLiteral("Could you share feedback?"), day(kToday.addDays(10))));
    CHECK(flow.feedbackMessage() == QStringLiteral("Could you share feedback?"));
    REQUIRE(flow.reminders().size() == 1);
    QVariantMap reminder = flow.reminders().constFirst().toMap();
    CHECK(reminder.value(QStringLiteral("kind")).toString() == reminderkind::kFeedbackFollowUp);
    CHECK(reminder.value(QStringLiteral("dueOn")).toString() == day(kToday.addDays(10)));
    CHECK(reminder.value(QStringLiteral("dueText")).toString() ==
          QLocale().toString(kToday.addDays(10), QStringLiteral("d MMM")));

    // Step 3: skipped.
    CHECK_FALSE(flow.makeCase(QStringLiteral("   ")));
    CHECK(flow.currentStep() == rejectionstep::kCase);
    REQUIRE(flow.skip(rejectionstep::kCase));
    CHECK(stepNamed(flow, rejectionstep::kCase).value(QStringLiteral("state")) == stepstate::kSkipped);
    CHECK(flow.currentStep() == rejectionstep::kBridges);

    // Step 4: keep in touch with each person, no re-apply reminder ("" = none).
    REQUIRE(flow.keepBridges(QStringLiteral("Thank you!"), day(kToday.addDays(60)), QString()));
    QStringList kinds = field(flow.reminders(), "kind");
    CHECK(kinds == QStringList{reminderkind::kFeedbackFollowUp, reminderkind::kPostRejection, reminderkind::kPostRejection});
    CHECK(field(flow.reminders(), "dueOn").mid(1) ==
          QStringList{day(kToday.addDays(60)), day(kToday.addDays(60))});
    CHECK(flow.thankYouMessage() == QStringLiteral("Thank you!"));

    // Step 5: a small win.
    CHECK_FALSE(flow.nameWentWell(QString()));
    CHECK(f.vault().checkIns().winCount() == 0);
    REQUIRE(flow.nameWentWell(QStringLiteral("I reached the final round")));
    CHECK(flow.winText() == QStringLiteral("I reached the final round"));
    CHECK(f.vault().checkIns().winCount() == 1);
    CHECK(flow.finished());
    CHECK(flow.currentStep().isEmpty());
    CHECK(flow.doneCount() == 5);
    CHECK(written.count() == 5); // one per step that succeeded (the skip too); refusals write nothing

    SECTION("reopening a step brings it back; finishing leaves the open list") {
        REQUIRE(flow.reopenStep(rejectionstep::kCase));
        CHECK(flow.currentStep() == rejectionstep::kCase);
        REQUIRE(flow.makeCase(QStringLiteral("I shipped the same design system at Initech")));
        CHECK(flow.caseNote().startsWith(QStringLiteral("I shipped")));
        CHECK(flow.openFlows().size() == 1);
        REQUIRE(flow.finish());
        CHECK(flow.openFlows().isEmpty());
    }
    SECTION("bad step names are refused") {
        CHECK_FALSE(flow.skip(QStringLiteral("dance")));
        CHECK(flow.errorMessage().contains(QStringLiteral("Unknown step")));
        flow.clearError();
        CHECK(flow.errorMessage().isEmpty());
    }
}

TEST_CASE("RejectionFlowController keeps drafts so a new controller resumes where the user left", "[rejection-ui]") {
    Fixture f;
    const JobApplication app = f.rejected(QStringLiteral("Globex"));
    {
        RejectionFlowController flow(f.session, f.settings);
        REQUIRE(flow.openFor(app.id));
        REQUIRE(flow.skip(rejectionstep::kFeelings));
        flow.setDraft(QStringLiteral("feedback"), QStringLiteral("Half-written request"));
        flow.setDraft(QStringLiteral("case"), QStringLiteral("They need someone who knows Figma"));
        flow.setDraft(QStringLiteral("nonsense"), QStringLiteral("ignored"));
        // Closing the sheet saves what was typed (no waiting for the autosave).
        flow.release();
    }
    RejectionFlowController again(f.session, f.settings);
    REQUIRE(again.openFlows().size() == 1);
    CHECK(again.openFlows().constFirst().toMap().value(QStringLiteral("currentStep")).toString() ==
          rejectionstep::kFeedback);
    CHECK(again.openFlows().constFirst().toMap().value(QStringLiteral("doneCount")).toInt() == 1);
    REQUIRE(again.openFor(app.id));
    CHECK(again.currentStep() == rejectionstep::kFeedback);
    CHECK(again.feedbackMessage() == QStringLiteral("Half-written request"));
    CHECK(again.caseNote() == QStringLiteral("They need someone who knows Figma"));

    SECTION("a draft that is too long is refused and kept to retry") {
        again.setDraft(QStringLiteral("thankYou"), QString(RejectionFlow::kMaxMessageChars + 1, u'x'));
        CHECK_FALSE(again.flushDrafts());
        CHECK_FALSE(again.errorMessage().isEmpty());
        CHECK(again.thankYouMessage() != QString(RejectionFlow::kMaxMessageChars + 1, u'x'));
        again.setDraft(QStringLiteral("thankYou"), QStringLiteral("Short thanks"));
        CHECK(again.flushDrafts());
        CHECK(again.thankYouMessage() == QStringLiteral("Short thanks"));
    }
    SECTION("the autosave timer saves after typing stops") {
        again.setDraft(QStringLiteral("thankYou"), QStringLiteral("Typed, then paused"));
        QSignalSpy changed(&again, &RejectionFlowController::changed);
        REQUIRE(changed.wait(RejectionFlowController::kAutosaveMs * 20));
        CHECK(again.thankYouMessage() == QStringLiteral("Typed, then paused"));
    }
    SECTION("an unfinished flow can be dismissed from the list") {
        const QString id = again.openFlows().constFirst().toMap().value(QStringLiteral("id")).toString();
        REQUIRE(again.dismissFlow(id));
        CHECK(again.openFlows().isEmpty());
    }
}

TEST_CASE("RejectionFlowController suggests a goal review at the configured threshold", "[rejection-ui]") {
    Fixture f;
    RejectionSettings s = f.settings.rejection();
    s.reviewCount = 2;
    s.reviewWindowDays = 14;
    f.settings.setRejection(s);
    f.rejected(QStringLiteral("Old"), 14); // just outside the window
    const JobApplication recent = f.rejected(QStringLiteral("Recent"), 2);

    RejectionFlowController flow(f.session, f.settings);
    REQUIRE(flow.openFor(recent.id));
    CHECK_FALSE(flow.reviewSuggestion().value(QStringLiteral("suggested")).toBool());
    CHECK(flow.reviewSuggestion().value(QStringLiteral("rejections")).toInt() == 1);

    const JobApplication latest = f.rejected(QStringLiteral("Latest"));
    REQUIRE(flow.openFor(latest.id));
    CHECK(flow.reviewSuggestion().value(QStringLiteral("suggested")).toBool());
    CHECK(flow.reviewSuggestion().value(QStringLiteral("windowDays")).toInt() == 14);

    CHECK_FALSE(flow.planGoalReview(QStringLiteral("2026-13-40")));
    CHECK(flow.goalReviewText().isEmpty());
    REQUIRE(flow.planGoalReview(day(kToday.addDays(3))));
    CHECK(flow.goalReviewText() == QLocale().toString(kToday.addDays(3), QStringLiteral("d MMM")));
    const QList<Reminder> pending = f.vault().reminders().pending(10);
    REQUIRE(pending.size() == 1);
    CHECK(pending.constFirst().kind == reminderkind::kGoalReview);
    CHECK(pending.constFirst().dueOn == kToday.addDays(3));

    // Settings drive the defaults through the settings controller too.
    SettingsController settings(f.settings);
    settings.setFollowUpDays(3);
    settings.setReviewCount(0); // clamped
    CHECK(settings.followUpDays() == 3);
    CHECK(settings.reviewCount() == 1);
    CHECK(flow.followUpDate() == day(kToday.addDays(3)));
}

TEST_CASE("RejectionFlowController builds mailto links, copies, and forgets everything on lock", "[rejection-ui]") {
    Fixture f;
    const JobApplication app = f.rejected(QStringLiteral("Initech"));
    RejectionFlowController flow(f.session, f.settings);
    CHECK_FALSE(flow.openFor(QStringLiteral("missing")));
    CHECK(flow.errorMessage().contains(QStringLiteral("no longer exists")));
    REQUIRE(flow.openFor(app.id));

    const QUrl url = flow.mailtoUrl(QStringLiteral("omar@initech.test"), flow.feedbackSubject(), QStringLiteral("Hi\nthere"));
    CHECK(url.scheme() == QStringLiteral("mailto"));
    CHECK(url.path() == QStringLiteral("omar@initech.test"));
    CHECK(QUrlQuery(url).queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded) == QStringLiteral("Hi\r\nthere"));

    if (QGuiApplication::clipboard()) {
        REQUIRE(flow.copyToClipboard(QStringLiteral("Thank you")));
        CHECK(QGuiApplication::clipboard()->text() == QStringLiteral("Thank you"));
    }

    f.session.lock();
    CHECK_FALSE(flow.loaded());
    CHECK(flow.company().isEmpty());
    CHECK(flow.openFlows().isEmpty());
    CHECK_FALSE(flow.skip(rejectionstep::kFeelings));
}

namespace {
Feedback feedbackOn(const QDate &received) {
    Feedback fb;
    fb.source = QStringLiteral("employer");
    fb.receivedOn = received;
    fb.text = QStringLiteral("Notes from the panel");
    return fb;
}
} // namespace

TEST_CASE("SkillsPlanController ranks strengths and weaknesses and edits pitch and actions", "[rejection-ui][skills-ui]") {
    Fixture f;
    SkillsPlanController plan(f.session);
    CHECK(plan.strengths().isEmpty());
    CHECK(plan.weaknesses().isEmpty());
    CHECK(plan.feedbackCount() == 0);
    CHECK(field(plan.actionKinds(), "key") == actionkind::all());

    auto &fb = f.vault().feedback();
    fb.create(feedbackOn(kToday.addDays(-200)), {QStringLiteral("Storytelling")}, {QStringLiteral("SQL")});
    fb.create(feedbackOn(kToday.addDays(-190)), {QStringLiteral("Storytelling")}, {QStringLiteral("SQL")});
    fb.create(feedbackOn(kToday.addDays(-3)), {QStringLiteral("Research")}, {QStringLiteral("System design")});
    fb.create(feedbackOn(kToday), {QStringLiteral("Storytelling")}, {QStringLiteral("System design")});
    plan.reload();

    CHECK(plan.feedbackCount() == 4);
    CHECK(field(plan.strengths(), "name") == QStringList{QStringLiteral("Storytelling"), QStringLiteral("Research")});
    CHECK(field(plan.strengths(), "rank") == QStringList{QStringLiteral("1"), QStringLiteral("2")});
    // Two recent mentions outrank two old ones.
    CHECK(field(plan.weaknesses(), "name") == QStringList{QStringLiteral("System design"), QStringLiteral("SQL")});
    const QVariantMap top = plan.strengths().constFirst().toMap();
    CHECK(top.value(QStringLiteral("mentions")).toInt() == 3);
    CHECK(top.value(QStringLiteral("lastSeen")).toString() == day(kToday));
    CHECK(top.value(QStringLiteral("lastSeenText")).toString() == QStringLiteral("last named today"));
    CHECK(plan.weaknesses().constLast().toMap().value(QStringLiteral("lastSeenText")).toString() ==
          QStringLiteral("last named on ") + QLocale().toString(kToday.addDays(-190), QStringLiteral("d MMM")));

    const QString storytelling = top.value(QStringLiteral("id")).toString();
    const QString design = plan.weaknesses().constFirst().toMap().value(QStringLiteral("id")).toString();
    QSignalSpy written(&plan, &SkillsPlanController::dataWritten);

    SECTION("pitch and rename") {
        REQUIRE(plan.setPitch(storytelling, QStringLiteral("I turned a messy study into a clear story")));
        CHECK(plan.strengths().constFirst().toMap().value(QStringLiteral("pitch")).toString().startsWith(
            QStringLiteral("I turned")));
        REQUIRE(plan.renameSkill(design, QStringLiteral("Systems design")));
        CHECK(field(plan.weaknesses(), "name").constFirst() == QStringLiteral("Systems design"));
        CHECK_FALSE(plan.renameSkill(design, QStringLiteral("   ")));
        CHECK_FALSE(plan.errorMessage().isEmpty());
        CHECK_FALSE(plan.setPitch(QStringLiteral("missing"), QStringLiteral("x")));
        CHECK(written.count() == 2);
    }
    SECTION("actions: add, status, overdue, edit, remove and undo") {
        const QString course = plan.addAction(design, QStringLiteral("course"), QStringLiteral("Designing Data-Intensive Apps"),
                                              day(kToday.addDays(-2)));
        REQUIRE_FALSE(course.isEmpty());
        const QString mock = plan.addAction(design, QStringLiteral("mock_interview"), QStringLiteral("Mock with Sam"), QString());
        REQUIRE_FALSE(mock.isEmpty());
        QVariantList actions = plan.weaknesses().constFirst().toMap().value(QStringLiteral("actions")).toList();
        REQUIRE(actions.size() == 2);
        QVariantMap first = actions.constFirst().toMap();
        CHECK(first.value(QStringLiteral("id")).toString() == course); // dated before undated
        CHECK(first.value(QStringLiteral("overdue")).toBool());
        CHECK(first.value(QStringLiteral("kindLabel")).toString() == actionkind::label(QStringLiteral("course")));
        CHECK(plan.overdueCount() == 1);
        CHECK(plan.openActionCount() == 2);

        REQUIRE(plan.setActionStatus(course, QStringLiteral("done")));
        actions = plan.weaknesses().constFirst().toMap().value(QStringLiteral("actions")).toList();
        CHECK(actions.constLast().toMap().value(QStringLiteral("id")).toString() == course); // done go last
        CHECK_FALSE(actions.constLast().toMap().value(QStringLiteral("overdue")).toBool());
        CHECK(plan.overdueCount() == 0);
        CHECK(plan.openActionCount() == 1);

        REQUIRE(plan.updateAction(mock, QStringLiteral("practice"), QStringLiteral("Whiteboard practice"),
                                  day(kToday.addDays(5))));
        first = plan.weaknesses().constFirst().toMap().value(QStringLiteral("actions")).toList().constFirst().toMap();
        CHECK(first.value(QStringLiteral("title")).toString() == QStringLiteral("Whiteboard practice"));
        CHECK(first.value(QStringLiteral("dueOn")).toString() == day(kToday.addDays(5)));
        CHECK(first.value(QStringLiteral("status")).toString() == QStringLiteral("todo"));

        REQUIRE(plan.removeAction(mock));
        CHECK(plan.canUndo());
        CHECK(plan.weaknesses().constFirst().toMap().value(QStringLiteral("actions")).toList().size() == 1);
        REQUIRE(plan.undoRemove());
        CHECK_FALSE(plan.canUndo());
        CHECK(plan.weaknesses().constFirst().toMap().value(QStringLiteral("actions")).toList().size() == 2);
    }
    SECTION("bad action input is refused and writes nothing") {
        CHECK(plan.addAction(design, QStringLiteral("yoga"), QStringLiteral("Stretch"), QString()).isEmpty());
        CHECK(plan.errorMessage().contains(QStringLiteral("Unknown kind")));
        CHECK(plan.addAction(design, QStringLiteral("course"), QStringLiteral("   "), QString()).isEmpty());
        CHECK(plan.addAction(design, QStringLiteral("course"), QStringLiteral("Course"), QStringLiteral("soon")).isEmpty());
        CHECK(plan.errorMessage().contains(QStringLiteral("valid due day")));
        CHECK(plan.addAction(QStringLiteral("missing"), QStringLiteral("course"), QStringLiteral("Course"), QString()).isEmpty());
        CHECK_FALSE(plan.setActionStatus(QStringLiteral("missing"), QStringLiteral("done")));
        CHECK(plan.openActionCount() == 0);
        CHECK(written.count() == 0);
        CHECK(f.vault().feedback().actions().isEmpty());
    }
    SECTION("locking forgets the plan") {
        f.session.lock();
        CHECK(plan.strengths().isEmpty());
        CHECK(plan.weaknesses().isEmpty());
        CHECK(plan.feedbackCount() == 0);
    }
}
