// The review controller (what the review workspace, stepper and result call),
// on real vaults with a fixed clock.
#include "TestSupport.h"
#include "core/Clock.h"
#include "services/AppSettings.h"
#include "services/ReviewExport.h"
#include "services/ReviewSummary.h"
#include "services/VaultSession.h"
#include "storage/ChecklistRepository.h"
#include "storage/GoalRepository.h"
#include "storage/ReviewRepository.h"
#include "ui/ReviewController.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace rebound;
using namespace rebound::test;

namespace {

const QDate kToday(2026, 11, 20);
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

struct Fixture {
    QTemporaryDir tmp;
    FakeClock clock{QDateTime(kToday, QTime(12, 0)).toMSecsSinceEpoch()};
    AppSettings settings{
        std::make_unique<QSettings>(tmp.filePath(QStringLiteral("s.ini")), QSettings::IniFormat)};
    VaultSession session{tmp.filePath(QStringLiteral("vault")), settings, nullptr, clock};
    ReviewController reviews{session};
    Fixture() { session.open(createVault(session.dir(), "test passphrase", clock)); }
    Vault &vault() { return *session.vault(); }

    QVariantMap answer(int index) const { return reviews.answers().value(index).toMap(); }
    QString answerId(int index) const { return answer(index).value(QStringLiteral("id")).toString(); }
    QString field(int index, const char *key) const {
        return answer(index).value(QString::fromLatin1(key)).toString();
    }
    Goal goal(const QString &title, const QString &kind = goalkind::kRole) {
        Goal draft;
        draft.kind = kind;
        draft.title = title;
        return vault().goals().create(draft);
    }
};

const QString kDefault = ChecklistRepository::kDefaultId;

QStringList titles(const QList<Goal> &goals) {
    QStringList out;
    for (const Goal &g : goals)
        out << g.title;
    return out;
}

QStringList values(const QVariantList &items, const char *key) {
    QStringList out;
    for (const QVariant &v : items)
        out << v.toMap().value(QString::fromLatin1(key)).toString();
    return out;
}

} // namespace

TEST_CASE("ReviewController starts and resumes a review, saves answers and notes, refuses bad input", "[reviewui]") {
    Fixture f;
    CHECK(f.reviews.reviewId().isEmpty());
    CHECK(f.reviews.history().isEmpty());
    CHECK(values(f.reviews.answerOptions(), "key") == QStringList{"yes", "no", "unsure"});
    // Follow-ups cannot make a north star or a weekly effort goal (those have their own settings).
    CHECK_FALSE(values(f.reviews.goalKinds(), "key").contains(QStringLiteral("effort")));
    CHECK_FALSE(values(f.reviews.goalKinds(), "key").contains(QStringLiteral("north_star")));

    const QString id = f.reviews.start(kDefault);
    REQUIRE_FALSE(id.isEmpty());
    CHECK(f.reviews.reviewId() == id);
    CHECK_FALSE(f.reviews.finished());
    const int questions = int(f.vault().checklists().items(kDefault).size());
    REQUIRE(questions >= 5);
    CHECK(f.reviews.answers().size() == questions);
    CHECK(f.reviews.answeredCount() == 0);
    CHECK(f.field(0, "question") == f.vault().checklists().items(kDefault).first().text);
    CHECK(f.reviews.dateText() == QStringLiteral("Started 20 Nov"));
    CHECK(f.reviews.history().size() == 1);
    CHECK(f.reviews.history().first().toMap().value(QStringLiteral("inProgress")).toBool());
    CHECK(f.reviews.context().value(QStringLiteral("hasPrevious")).toBool() == false);

    REQUIRE(f.reviews.setAnswer(f.answerId(0), QStringLiteral("yes"), QStringLiteral("Mostly analyst roles")));
    CHECK(f.field(0, "answer") == QStringLiteral("yes"));
    CHECK(f.field(0, "answerLabel") == QStringLiteral("Yes"));
    CHECK(f.field(0, "note") == QStringLiteral("Mostly analyst roles"));
    CHECK(f.reviews.answeredCount() == 1);

    SECTION("starting the same checklist again resumes the review in progress") {
        f.reviews.close();
        CHECK(f.reviews.reviewId().isEmpty());
        CHECK(f.reviews.answers().isEmpty());
        CHECK(f.reviews.start(kDefault) == id);
        CHECK(f.field(0, "note") == QStringLiteral("Mostly analyst roles"));
        CHECK(f.reviews.history().size() == 1);
    }
    SECTION("an unknown answer is refused with a message and nothing changes") {
        CHECK_FALSE(f.reviews.setAnswer(f.answerId(0), QStringLiteral("maybe"), QStringLiteral("lost?")));
        CHECK_FALSE(f.reviews.errorMessage().isEmpty());
        CHECK(f.field(0, "answer") == QStringLiteral("yes"));
        CHECK(f.field(0, "note") == QStringLiteral("Mostly analyst roles"));
        CHECK_FALSE(f.reviews.setAnswer(QStringLiteral("no-such-answer"), QStringLiteral("yes"), {}));
        CHECK_FALSE(f.reviews.errorMessage().isEmpty());
        CHECK(f.reviews.setAnswer(f.answerId(1), QStringLiteral("no"), {}));
        CHECK(f.reviews.errorMessage().isEmpty());
    }
    SECTION("a follow-up keeps the answer and note, and the answer keeps the follow-up") {
        REQUIRE(f.reviews.setFollowUp(f.answerId(0), followup::kNewGoal, QStringLiteral("Try product analytics"),
                                      goalkind::kRole, {}));
        CHECK(f.field(0, "answer") == QStringLiteral("yes"));
        CHECK(f.field(0, "note") == QStringLiteral("Mostly analyst roles"));
        CHECK(f.field(0, "followUpKind") == followup::kNewGoal);
        CHECK(f.field(0, "followUpTargetLabel") == goalkind::label(goalkind::kRole));
        CHECK(f.field(0, "followUpText").contains(QStringLiteral("Try product analytics")));
        CHECK_FALSE(f.answer(0).value(QStringLiteral("followUpDone")).toBool());
        REQUIRE(f.reviews.setAnswer(f.answerId(0), QStringLiteral("unsure"), QStringLiteral("Not sure now")));
        CHECK(f.field(0, "followUpKind") == followup::kNewGoal);
        REQUIRE(f.reviews.setFollowUp(f.answerId(0), {}, QStringLiteral("ignored"), {}, {}));
        CHECK(f.field(0, "followUpKind").isEmpty());
        CHECK(f.field(0, "answer") == QStringLiteral("unsure"));
        CHECK_FALSE(f.reviews.setFollowUp(f.answerId(0), QStringLiteral("teleport"), QStringLiteral("x"), {}, {}));
        CHECK_FALSE(f.reviews.errorMessage().isEmpty());
        CHECK(f.field(0, "followUpKind").isEmpty());
    }
}

TEST_CASE("Finishing a review creates the goal and skills action, changes a goal and leaves it read-only", "[reviewui]") {
    Fixture f;
    const Goal analyst = f.goal(QStringLiteral("Data analyst roles"));
    const QString id = f.reviews.start(kDefault);
    REQUIRE_FALSE(id.isEmpty());
    CHECK(values(f.reviews.goalChoices(), "label").contains(QStringLiteral("Data analyst roles")));

    REQUIRE(f.reviews.setAnswer(f.answerId(0), QStringLiteral("no"), QStringLiteral("Too narrow")));
    REQUIRE(f.reviews.setFollowUp(f.answerId(0), followup::kNewGoal, QStringLiteral("Try product analytics"),
                                  goalkind::kRole, analyst.id)); // an alternative path to it
    CHECK(f.field(0, "followUpText") ==
          QStringLiteral("Adds “Try product analytics” as an alternative path to “Data analyst roles”"));
    const QVariantList choices = f.reviews.goalChoices();
    REQUIRE(choices.size() == 1);
    CHECK(choices.first().toMap().value(QStringLiteral("canHaveAlternatives")).toBool());
    REQUIRE(f.reviews.setAnswer(f.answerId(1), QStringLiteral("yes"), {}));
    REQUIRE(f.reviews.setFollowUp(f.answerId(1), followup::kSkillAction, QStringLiteral("Two mock interviews"),
                                  QStringLiteral("Storytelling"), QStringLiteral("mock_interview")));
    REQUIRE(f.reviews.setFollowUp(f.answerId(2), followup::kGoalStatus, {}, analyst.id, goalstatus::kPaused));
    CHECK(f.field(2, "followUpTargetLabel") == QStringLiteral("Data analyst roles"));
    CHECK(f.field(2, "followUpText").contains(QStringLiteral("Data analyst roles")));
    REQUIRE(f.reviews.setSummary(QStringLiteral("Broaden the search")));
    CHECK(f.reviews.summary() == QStringLiteral("Broaden the search"));

    QSignalSpy finished(&f.reviews, &ReviewController::finishedWith);
    QSignalSpy written(&f.reviews, &ReviewController::dataWritten);
    REQUIRE(f.reviews.finish());
    REQUIRE(finished.size() == 1);
    CHECK(finished.first().first().toString().contains(QStringLiteral("2 goals")));
    CHECK(written.size() == 1);
    CHECK(f.reviews.finished());
    CHECK(f.reviews.reviewId() == id); // stays open, read-only
    CHECK(f.reviews.dateText() == QStringLiteral("Finished 20 Nov"));

    CHECK(titles(f.vault().goals().list()).contains(QStringLiteral("Try product analytics")));
    for (const Goal &g : f.vault().goals().list())
        if (g.title == QStringLiteral("Try product analytics"))
            CHECK(g.parentId == analyst.id);
    CHECK(f.vault().goals().find(analyst.id)->status == goalstatus::kPaused);
    const auto skills = f.vault().feedback().skills();
    const auto storytelling = std::find_if(skills.cbegin(), skills.cend(),
                                           [](const Skill &s) { return s.name == QStringLiteral("Storytelling"); });
    REQUIRE(storytelling != skills.cend());
    QStringList actionTitles;
    for (const SkillAction &a : f.vault().feedback().actions())
        if (a.skillId == storytelling->id)
            actionTitles << a.title;
    CHECK(actionTitles == QStringList{"Two mock interviews"});
    CHECK(f.answer(0).value(QStringLiteral("followUpDone")).toBool());
    CHECK(f.field(0, "followUpText").startsWith(QStringLiteral("Added")));

    // Read-only: nothing about a finished review changes.
    CHECK_FALSE(f.reviews.setAnswer(f.answerId(0), QStringLiteral("yes"), QStringLiteral("rewrite")));
    CHECK_FALSE(f.reviews.errorMessage().isEmpty());
    CHECK_FALSE(f.reviews.setFollowUp(f.answerId(3), followup::kNewGoal, QStringLiteral("Late"), goalkind::kRole, {}));
    CHECK_FALSE(f.reviews.finish());
    CHECK(f.field(0, "answer") == QStringLiteral("no"));
    CHECK(f.field(0, "note") == QStringLiteral("Too narrow"));
    CHECK(f.field(3, "followUpKind").isEmpty());
    CHECK(titles(f.vault().goals().list()).count(QStringLiteral("Try product analytics")) == 1);

    const QVariantMap entry = f.reviews.history().first().toMap();
    CHECK(entry.value(QStringLiteral("id")).toString() == id);
    CHECK_FALSE(entry.value(QStringLiteral("inProgress")).toBool());
    CHECK(entry.value(QStringLiteral("answered")).toInt() == 2);
    CHECK(entry.value(QStringLiteral("finishedOn")).toString() == QStringLiteral("2026-11-20"));
}

TEST_CASE("The next review shows the answers that changed since the last one", "[reviewui]") {
    Fixture f;
    REQUIRE_FALSE(f.reviews.start(kDefault).isEmpty());
    REQUIRE(f.reviews.setAnswer(f.answerId(0), QStringLiteral("yes"), {}));
    REQUIRE(f.reviews.setAnswer(f.answerId(1), QStringLiteral("no"), {}));
    REQUIRE(f.reviews.finish());
    const QString first = f.reviews.reviewId();
    const QString question = f.field(0, "question");

    f.clock.advance(14 * kDayMs);
    const QString second = f.reviews.start(kDefault);
    REQUIRE_FALSE(second.isEmpty());
    CHECK(second != first);
    CHECK(f.field(0, "previousAnswer") == QStringLiteral("yes"));
    CHECK(f.field(0, "previousAnswerLabel") == QStringLiteral("Yes"));
    CHECK_FALSE(f.answer(0).value(QStringLiteral("changed")).toBool());
    REQUIRE(f.reviews.setAnswer(f.answerId(0), QStringLiteral("no"), {}));
    REQUIRE(f.reviews.setAnswer(f.answerId(1), QStringLiteral("no"), {}));
    CHECK(f.answer(0).value(QStringLiteral("changed")).toBool());
    CHECK_FALSE(f.answer(1).value(QStringLiteral("changed")).toBool());
    CHECK(f.reviews.context().value(QStringLiteral("hasPrevious")).toBool());
    CHECK(f.reviews.context().value(QStringLiteral("previousDateText")).toString() == QStringLiteral("20 Nov"));
    REQUIRE(f.reviews.finish());

    const QVariantList changes = f.reviews.context().value(QStringLiteral("changes")).toList();
    REQUIRE(changes.size() == 1);
    const QVariantMap change = changes.first().toMap();
    CHECK(change.value(QStringLiteral("question")).toString() == question);
    CHECK(change.value(QStringLiteral("beforeLabel")).toString() == QStringLiteral("Yes"));
    CHECK(change.value(QStringLiteral("afterLabel")).toString() == QStringLiteral("No"));
    REQUIRE(f.reviews.history().size() == 2);
    CHECK(f.reviews.history().first().toMap().value(QStringLiteral("id")).toString() == second);
    CHECK(f.reviews.history().first().toMap().value(QStringLiteral("changes")).toInt() == 1);
    CHECK(f.reviews.history().last().toMap().value(QStringLiteral("changes")).toInt() == 0);
}

TEST_CASE("Deleting a review can be undone", "[reviewui]") {
    Fixture f;
    const QString id = f.reviews.start(kDefault);
    REQUIRE(f.reviews.setAnswer(f.answerId(0), QStringLiteral("unsure"), QStringLiteral("keep me")));
    CHECK_FALSE(f.reviews.canUndo());
    REQUIRE(f.reviews.remove(id));
    CHECK(f.reviews.reviewId().isEmpty()); // the open review was the one deleted
    CHECK(f.reviews.history().isEmpty());
    CHECK(f.reviews.canUndo());
    CHECK_FALSE(f.vault().reviews().find(id).has_value());

    REQUIRE(f.reviews.undoRemove());
    CHECK_FALSE(f.reviews.canUndo());
    REQUIRE(f.reviews.history().size() == 1);
    REQUIRE(f.reviews.open(id));
    CHECK(f.field(0, "note") == QStringLiteral("keep me"));
    CHECK_FALSE(f.reviews.undoRemove());
    CHECK_FALSE(f.reviews.open(QStringLiteral("no-such-review")));
    CHECK_FALSE(f.reviews.errorMessage().isEmpty());
}

TEST_CASE("The review's Markdown is ReviewExport's and exportMarkdown writes it to a file", "[reviewui]") {
    Fixture f;
    CHECK(f.reviews.markdown().isEmpty()); // nothing open
    const QString id = f.reviews.start(kDefault);
    REQUIRE(f.reviews.setAnswer(f.answerId(0), QStringLiteral("no"), QStringLiteral("A *note* | with marks")));
    REQUIRE(f.reviews.finish());

    Vault &vault = f.vault();
    const Review review = *vault.reviews().find(id);
    const QString expected = ReviewExport::markdown(ReviewSummary::compute(vault, review, kToday, QLocale().firstDayOfWeek()),
                                                    vault.reviews().answers(id), vault.goals().northStar(),
                                                    vault.goals().list(false));
    const QString markdown = f.reviews.markdown();
    CHECK(markdown == expected);
    CHECK(markdown.contains(review.checklistName));
    CHECK(f.reviews.suggestedFileName() == QStringLiteral("review-2026-11-20.md"));
    CHECK(f.reviews.suggestedExportFile().fileName() == QStringLiteral("review-2026-11-20.md"));

    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("review.md"));
    REQUIRE(f.reviews.exportMarkdown(QUrl::fromLocalFile(path)));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll()) == markdown);

    CHECK_FALSE(f.reviews.exportMarkdown(QUrl(QStringLiteral("https://example.com/review.md"))));
    CHECK_FALSE(f.reviews.errorMessage().isEmpty());
    CHECK_FALSE(f.reviews.exportMarkdown(QUrl::fromLocalFile(out.path())));
    CHECK_FALSE(f.reviews.exportMarkdown(QUrl::fromLocalFile(out.filePath(QStringLiteral("missing/dir/review.md")))));
    CHECK_FALSE(f.reviews.errorMessage().isEmpty());
}

TEST_CASE("Locking the vault clears the open review, history and undo", "[reviewui]") {
    Fixture f;
    const QString id = f.reviews.start(kDefault);
    REQUIRE(f.reviews.setAnswer(f.answerId(0), QStringLiteral("yes"), QStringLiteral("private")));
    REQUIRE_FALSE(f.reviews.start(kDefault).isEmpty());
    REQUIRE(f.reviews.remove(id));
    REQUIRE(f.reviews.start(kDefault).size() > 0);
    REQUIRE(f.reviews.canUndo());
    REQUIRE_FALSE(f.reviews.answers().isEmpty());

    QSignalSpy changed(&f.reviews, &ReviewController::reviewChanged);
    f.session.lock();
    CHECK(changed.size() >= 1);
    CHECK(f.reviews.reviewId().isEmpty());
    CHECK(f.reviews.checklistName().isEmpty());
    CHECK(f.reviews.answers().isEmpty());
    CHECK(f.reviews.context().isEmpty());
    CHECK(f.reviews.history().isEmpty());
    CHECK(f.reviews.goalChoices().isEmpty());
    CHECK_FALSE(f.reviews.canUndo());
    CHECK(f.reviews.markdown().isEmpty());
    CHECK_FALSE(f.reviews.start(kDefault).size() > 0);
    CHECK_FALSE(f.reviews.undoRemove());
}
