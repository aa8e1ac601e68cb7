// rebound-cli goals, checklists and reviews: goal, checklist, review.
#include "TestSupport.h"
#include "cli/Cli.h"
#include "cli/Terminal.h"
#include "core/Clock.h"
#include "services/ReviewExport.h"
#include "services/ReviewSummary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>

using namespace rebound;
using namespace rebound::test;

namespace {

class ScriptedInput final : public cli::Input {
public:
    QString secret;
    QString rest;
    QStringList answers;
    bool terminal = false;
    bool interactive() const override { return terminal; }
    SecureBytes readSecret(const QString &) override { return SecureBytes::fromUtf8(secret); }
    QString readRest() override { return std::exchange(rest, QString()); }
    QString readLine(const QString &) override { return answers.isEmpty() ? QString() : answers.takeFirst(); }
};

struct Result {
    int code;
    QString out, err;
};

QStringList words(std::initializer_list<QString> list) {
    return QStringList(list);
}

QString iso(const QDate &d) {
    return d.toString(Qt::ISODate);
}

// A Wednesday, so that a week counted from Monday or from Sunday holds the same days.
const QDate kToday(2026, 11, 18);

// A vault whose "today" is whatever the test sets; the CLI opens it on the same clock.
struct GoalVault {
    QTemporaryDir tmp;
    QString dir = tmp.filePath(QStringLiteral("vault"));
    FakeClock clock{QDateTime(kToday, QTime(12, 0)).toMSecsSinceEpoch()};

    explicit GoalVault(const QDate &today = kToday) {
        setToday(today);
        createVault(dir, "test passphrase", clock).reset();
    }
    void setToday(const QDate &d) { clock.set(QDateTime(d, QTime(12, 0)).toMSecsSinceEpoch()); }

    Result run(const QStringList &args, ScriptedInput *input = nullptr) {
        ScriptedInput scripted;
        ScriptedInput &in = input ? *input : scripted;
        in.secret = QStringLiteral("test passphrase");
        QString out, err;
        QTextStream o(&out), e(&err);
        const int code = cli::run(QStringList{QStringLiteral("--vault"), dir} + args, in, o, e, clock);
        o.flush();
        e.flush();
        return {code, out, err};
    }
    // Must succeed.
    QString ok(const QStringList &args) {
        const Result r = run(args);
        INFO(args.join(u' ').toStdString() << " -> " << r.err.toStdString());
        REQUIRE(r.code == cli::Ok);
        return r.out;
    }
    QJsonValue json(const QStringList &args) {
        const QString out = ok(args + QStringList{QStringLiteral("--json")});
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8(), &error);
        INFO(out.toStdString());
        REQUIRE(error.error == QJsonParseError::NoError);
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
    // Runs a command that must succeed and print an ID (alone, or on its first line).
    QString id(const QStringList &args) {
        const QString id = ok(args).section(u'\n', 0, 0).trimmed();
        REQUIRE(id.size() == 36);
        return id;
    }

    std::unique_ptr<Vault> open() { return Vault::unlock(dir, secret("test passphrase"), clock); }
    qint64 changes() {
        auto vault = open();
        return vault->store().db().queryInt(QStringLiteral("SELECT count(*) FROM change_log"));
    }
};

QJsonObject goalWithTitle(const QJsonValue &list, const QString &title) {
    for (const auto &v : list.toObject()[QStringLiteral("goals")].toArray())
        if (v.toObject()[QStringLiteral("title")].toString() == title)
            return v.toObject();
    return {};
}

QString s(const char *text) {
    return QString::fromUtf8(text);
}

} // namespace

TEST_CASE("rebound-cli goal add, list, edit, done, delete and north-star round trip", "[cli-goals]") {
    GoalVault v;
    const QString role = v.id({s("goal"), s("add"), s("Backend"), s("engineer"), s("--kind"), s("role"),
                               s("--by"), s("2027-03-31"), s("--notes"), s("Python or Go")});
    const QString alt =
        v.id({s("goal"), s("add"), s("Platform engineer"), s("--alternative-to"), role.left(6)});
    const QString effort = v.id({s("goal"), s("add"), s("Send applications"), s("--metric"),
                                 s("applications"), s("--per-week"), s("10")});
    const QString reach = v.id({s("goal"), s("add"), s("Reach out"), s("--metric"), s("effort:reached out"),
                                s("--per-week"), s("3")});
    const QString other = v.id({s("goal"), s("add"), s("Sleep eight hours")});

    QJsonValue list = v.json({s("goal"), s("list")});
    CHECK(list[QStringLiteral("date")].toString() == iso(kToday));
    CHECK(list[QStringLiteral("north_star")].isNull());
    QJsonObject g = goalWithTitle(list, s("Backend engineer"));
    CHECK(g[QStringLiteral("id")].toString() == role);
    CHECK(g[QStringLiteral("kind")].toString() == s("role"));
    CHECK(g[QStringLiteral("by")].toString() == s("2027-03-31"));
    CHECK(g[QStringLiteral("notes")].toString() == s("Python or Go"));
    CHECK(g[QStringLiteral("status")].toString() == s("active"));
    g = goalWithTitle(list, s("Platform engineer"));
    CHECK(g[QStringLiteral("alternative_to")].toString() == role);
    CHECK(g[QStringLiteral("kind")].toString() == s("role")); // the kind of the goal it is an alternative to
    g = goalWithTitle(list, s("Send applications"));
    CHECK(g[QStringLiteral("kind")].toString() == s("effort"));
    CHECK(g[QStringLiteral("metric")].toString() == s("applications"));
    CHECK(g[QStringLiteral("per_week")].toInt() == 10);
    CHECK(g[QStringLiteral("this_week")].toInt() == 0);
    g = goalWithTitle(list, s("Reach out"));
    CHECK(g[QStringLiteral("metric")].toString() == s("effort:effort:reached-out"));
    CHECK(g[QStringLiteral("metric_label")].toString() == s("Check-ins: reached out"));
    CHECK(goalWithTitle(list, s("Sleep eight hours"))[QStringLiteral("kind")].toString() == s("other"));
    // The alternative comes right after its goal.
    const QJsonArray goals = list[QStringLiteral("goals")].toArray();
    CHECK(goals.at(0)[QStringLiteral("id")].toString() == role);
    CHECK(goals.at(1)[QStringLiteral("id")].toString() == alt);

    // edit: given fields change, "" clears the date, the status records its day
    v.setToday(kToday.addDays(1));
    Result r = v.run({s("goal"), s("edit"), role.left(8), s("--title"), s("Senior backend engineer"),
                      s("--status"), s("paused"), s("--by"), s("")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == cli::Ok);
    CHECK(r.err.contains(s("Saved “Senior backend engineer”.")));
    auto vault = v.open();
    Goal stored = *vault->goals().find(role);
    CHECK(stored.title == s("Senior backend engineer"));
    CHECK(stored.status == goalstatus::kPaused);
    CHECK(stored.statusOn == kToday.addDays(1));
    CHECK_FALSE(stored.targetDate.isValid());
    CHECK(stored.notes == s("Python or Go"));
    v.ok({s("goal"), s("edit"), effort, s("--per-week"), s("12"), s("--metric"), s("journal")});
    stored = *v.open()->goals().find(effort);
    CHECK(stored.weeklyTarget == 12);
    CHECK(stored.metric == s("journal"));

    // done: achieved and gone from the open list, back with --all
    r = v.run({s("goal"), s("done"), alt.left(8)});
    CHECK(r.code == cli::Ok);
    CHECK(r.err.contains(s("Achieved: “Platform engineer”.")));
    CHECK(v.open()->goals().find(alt)->status == goalstatus::kAchieved);
    CHECK(goalWithTitle(v.json({s("goal"), s("list")}), s("Platform engineer")).isEmpty());
    CHECK(goalWithTitle(v.json({s("goal"), s("list"), s("--all")}),
                        s("Platform engineer"))[QStringLiteral("status")]
              .toString() == s("achieved"));
    CHECK(v.run({s("goal"), s("done"), alt}).err.contains(s("already achieved")));

    // north star: show, set, keep notes, clear
    CHECK(v.ok({s("goal"), s("north-star")}).contains(s("No north star yet")));
    r = v.run({s("goal"), s("north-star"), s("Work where I help people learn"), s("--notes"),
               s("Teaching is what I love")});
    CHECK(r.code == cli::Ok);
    CHECK(r.err.contains(s("Your north star: Work where I help people learn")));
    CHECK(v.ok({s("goal"), s("north-star")}) ==
          s("Work where I help people learn\n\nTeaching is what I love\n"));
    v.ok({s("goal"), s("north-star"), s("Work where I help people learn, kindly")});
    auto star = v.open()->goals().northStar();
    REQUIRE(star);
    CHECK(star->title == s("Work where I help people learn, kindly"));
    CHECK(star->notes == s("Teaching is what I love")); // kept when --notes is not given
    CHECK(v.json({s("goal"), s("north-star")})[QStringLiteral("north_star")][QStringLiteral("title")]
              .toString() == star->title);
    CHECK(v.run({s("goal"), s("north-star"), s("")}).err.contains(s("Cleared your north star.")));
    CHECK_FALSE(v.open()->goals().northStar());

    // delete takes the alternatives with it
    r = v.run({s("goal"), s("delete"), role.left(8), s("--yes")});
    CHECK(r.code == cli::Ok);
    CHECK(r.err.contains(s("Deleted “Senior backend engineer” and 1 alternative path(s).")));
    vault = v.open();
    CHECK_FALSE(vault->goals().find(role));
    CHECK_FALSE(vault->goals().find(alt));
    CHECK(vault->goals().find(other));
    CHECK(vault->goals().find(reach));
    // On a terminal it asks first; "no" deletes nothing.
    ScriptedInput terminal;
    terminal.terminal = true;
    terminal.answers = {s("n")};
    r = v.run({s("goal"), s("delete"), other}, &terminal);
    CHECK(r.code == cli::Failure);
    CHECK(r.err.contains(s("Nothing was deleted.")));
    CHECK(v.open()->goals().find(other));
}

TEST_CASE("rebound-cli goal list groups open goals by kind with this week's effort", "[cli-goals]") {
    GoalVault v;
    const QString role = v.id(
        {s("goal"), s("add"), s("Backend engineer"), s("--kind"), s("role"), s("--by"), s("2027-03-31")});
    const QString alt = v.id({s("goal"), s("add"), s("Platform engineer"), s("--alternative-to"), role});
    const QString industry = v.id({s("goal"), s("add"), s("Climate tech"), s("--kind"), s("industry")});
    v.ok({s("goal"), s("edit"), industry, s("--status"), s("paused")});
    const QString apps = v.id({s("goal"), s("add"), s("Send applications"), s("--metric"), s("applications"),
                               s("--per-week"), s("10")});
    const QString reach = v.id({s("goal"), s("add"), s("Reach out"), s("--metric"), s("effort:reached-out"),
                                s("--per-week"), s("3")});
    const QString run = v.id({s("goal"), s("add"), s("Run a half marathon")});
    v.ok({s("goal"), s("done"), run});
    v.ok({s("goal"), s("north-star"), s("Work where I help people learn")});
    // Three applications this week (Monday to today) and one the week before.
    for (int back : {0, 1, 2, 5})
        v.ok({s("app"), s("add"), s("--company"), QStringLiteral("Company %1").arg(back), s("--date"),
              iso(kToday.addDays(-back))});
    v.ok({s("checkin"), s("--mood"), s("4"), s("--effort"), s("reached out")});
    v.ok({s("checkin"), s("--mood"), s("3"), s("--effort"), s("rested")});

    auto id = [](const QString &full) { return full.left(8); };
    const QString expected = s("North star: Work where I help people learn\n"
                               "\n"
                               "Target role\n"
                               "  %1  Backend engineer       by 2027-03-31\n"
                               "  %2    ↳ Platform engineer\n"
                               "\n"
                               "Industry\n"
                               "  %3  Climate tech           Paused\n"
                               "\n"
                               "Weekly effort\n"
                               "  %4  Send applications      3 of 10 this week (Applications sent)\n"
                               "  %5  Reach out              1 of 3 this week (Check-ins: reached out)\n")
                                 .arg(id(role), id(alt), id(industry), id(apps), id(reach));
    CHECK(v.ok({s("goal"), s("list")}) == expected);

    const QString all = v.ok({s("goal"), s("list"), s("--all")});
    CHECK(all == expected + s("\n"
                              "Other\n"
                              "  %1  Run a half marathon    Achieved\n")
                                .arg(id(run)));

    const QJsonValue json = v.json({s("goal"), s("list")});
    CHECK(json[QStringLiteral("north_star")][QStringLiteral("title")].toString() ==
          s("Work where I help people learn"));
    CHECK(goalWithTitle(json, s("Send applications"))[QStringLiteral("this_week")].toInt() == 3);
    CHECK(goalWithTitle(json, s("Reach out"))[QStringLiteral("this_week")].toInt() == 1);

    GoalVault empty;
    CHECK(empty.ok({s("goal"), s("list")}).startsWith(s("No open goals.")));
}

TEST_CASE("rebound-cli review start, answer and finish carry out the follow-ups", "[cli-goals]") {
    GoalVault v;
    const QString climate = v.id({s("goal"), s("add"), s("Climate tech"), s("--kind"), s("industry")});
    v.ok({s("feedback"), s("add"), s("--weakness"), s("System design"), s("--text"),
          s("Go deeper on trade-offs")});

    Result r = v.run({s("review"), s("start")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == cli::Ok);
    const QString review = r.out.section(u'\n', 0, 0);
    REQUIRE(review.size() == 36);
    CHECK(r.out.section(u'\n', 1) ==
          s("Review of “Re-evaluate my search”, started 2026-11-18: 0 of 7 answered.\n"
            "  1. Am I aiming at the right roles?\n"
            "  2. Do my skills or certifications need a refresh?\n"
            "  3. Is my interview approach working?\n"
            "  4. Are my CV and cover letters up to date?\n"
            "  5. Are there adjacent paths worth trying?\n"
            "  6. Am I making the most of my network?\n"
            "  7. Am I looking after myself?\n"));
    CHECK(r.err.contains(s("rebound-cli review answer %1 N yes|no|unsure").arg(review.left(8))));

    const QString rid = review.left(8);
    r = v.run({s("review"), s("answer"), rid, s("1"), s("no"), s("--note"), s("Too junior"),
               s("--follow-up-goal"), s("Try platform roles"), s("--goal-kind"), s("role")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == cli::Ok);
    CHECK(r.err.contains(s("1. Am I aiming at the right roles? — No")));
    CHECK(r.err.contains(s("Follow-up when you finish: new goal “Try platform roles” (Target role)")));
    CHECK(r.err.contains(s("6 still to answer.")));
    v.ok({s("review"), s("answer"), rid, s("2"), s("yes"), s("--follow-up-action"),
          s("Read a chapter of DDIA"), s("--skill"), s("System design"), s("--action-kind"), s("reading")});
    v.ok({s("review"), s("answer"), rid, s("5"), s("yes"), s("--follow-up-status"),
          climate.left(8) + s(":paused")});
    // A skill no feedback has named yet is created with its action.
    v.ok({s("review"), s("answer"), rid, s("6"), s("unsure"), s("--follow-up-action"), s("Try minikube"),
          s("--skill"), s("Kubernetes")});
    v.ok({s("review"), s("answer"), rid, s("3"), s("yes"), s("--note"), s("Going well")});
    // Answering again keeps the note unless one is given.
    v.ok({s("review"), s("answer"), rid, s("3"), s("unsure")});
    // A follow-up can be taken back.
    v.ok({s("review"), s("answer"), rid, s("4"), s("yes"), s("--follow-up-goal"), s("Rewrite the CV")});
    v.ok({s("review"), s("answer"), rid, s("4"), s("yes"), s("--no-follow-up")});

    auto vault = v.open();
    const QList<ReviewAnswer> answers = vault->reviews().answers(review);
    REQUIRE(answers.size() == 7);
    CHECK(answers[0].answer == reviewanswer::kNo);
    CHECK(answers[0].note == s("Too junior"));
    CHECK(answers[0].followUp == FollowUp{followup::kNewGoal, s("Try platform roles"), goalkind::kRole, {}});
    CHECK(answers[1].followUp ==
          FollowUp{followup::kSkillAction, s("Read a chapter of DDIA"), s("System design"), s("reading")});
    CHECK(answers[2].answer == reviewanswer::kUnsure);
    CHECK(answers[2].note == s("Going well"));
    CHECK(answers[3].followUp.isEmpty());
    CHECK(answers[4].followUp.kind == followup::kGoalStatus);
    CHECK(answers[4].followUp.target == climate);
    CHECK(answers[4].followUp.detail == goalstatus::kPaused);
    CHECK(answers[5].followUp ==
          FollowUp{followup::kSkillAction, s("Try minikube"), s("Kubernetes"), s("practice")});
    CHECK(answers[6].answer.isEmpty());
    // Nothing is carried out before the review is finished.
    CHECK(vault->goals().list().size() == 1);
    CHECK(vault->feedback().actions().isEmpty());
    vault.reset();

    // start again resumes the same review
    r = v.run({s("review"), s("start"), s("--checklist"), s("re-evaluate MY search")});
    CHECK(r.out.section(u'\n', 0, 0) == review);
    CHECK(r.out.contains(s("6 of 7 answered")));
    CHECK(r.out.contains(s("  1. Am I aiming at the right roles?  [No]\n")));
    CHECK(r.err.contains(s("Resumed the review you started on 2026-11-18.")));

    v.setToday(kToday.addDays(2));
    r = v.run({s("review"), s("finish"), rid});
    INFO(r.err.toStdString());
    REQUIRE(r.code == cli::Ok);
    vault = v.open();
    const QList<Goal> goals = vault->goals().list();
    REQUIRE(goals.size() == 2);
    const Goal made = goals[0].id == climate ? goals[1] : goals[0];
    CHECK(made.title == s("Try platform roles"));
    CHECK(made.kind == goalkind::kRole);
    CHECK(vault->goals().find(climate)->status == goalstatus::kPaused);
    const QList<SkillAction> actions = vault->feedback().actions();
    REQUIRE(actions.size() == 2);
    const SkillAction action = actions[0].title == u"Read a chapter of DDIA" ? actions[0] : actions[1];
    const SkillAction minikube = actions[0].title == u"Try minikube" ? actions[0] : actions[1];
    CHECK(vault->feedback().skillNamed(s("Kubernetes")));
    CHECK(r.out ==
          s("Finished the review of “Re-evaluate my search” on 2026-11-20: 6 of 7 answered.\n"
            "  Added new goal “Try platform roles” (Target role)  %1\n"
            "  Planned skills action “Read a chapter of DDIA” for System design (Reading)  %2\n"
            "  Changed goal “Climate tech” → Paused  %3\n"
            "  Planned skills action “Try minikube” for Kubernetes (Practice)  %4\n"
            "  See them in your skills plan: rebound-cli skills\n")
              .arg(made.id.left(8), action.id.left(8), climate.left(8), minikube.id.left(8)));
    vault.reset();
    // The action shows in the skills plan under its skill.
    const QJsonValue plan = v.json({s("skills")});
    const QJsonObject weakness = plan[QStringLiteral("weaknesses")].toArray().at(0).toObject();
    CHECK(weakness[QStringLiteral("name")].toString() == s("System design"));
    REQUIRE(weakness[QStringLiteral("actions")].toArray().size() == 1);
    CHECK(weakness[QStringLiteral("actions")][0][QStringLiteral("title")].toString() ==
          s("Read a chapter of DDIA"));
    CHECK(weakness[QStringLiteral("actions")][0][QStringLiteral("kind")].toString() == s("reading"));
    CHECK(v.ok({s("skills")}).contains(s("Reading: Read a chapter of DDIA")));
    // ... and the new goal in the goal list.
    CHECK(v.ok({s("goal"), s("list")}).contains(s("Try platform roles")));

    // A finished review is read-only; a new start is a new review.
    CHECK(v.run({s("review"), s("finish"), rid}).code == cli::Failure);
    const QString next = v.id({s("review"), s("start")});
    CHECK(next != review);
}

TEST_CASE("rebound-cli review list and show tell what changed since the last review", "[cli-goals]") {
    const QDate first(2026, 10, 21), second(2026, 11, 4);
    GoalVault v(first);
    auto answer = [&](const QString &review, const QStringList &answers) {
        for (qsizetype i = 0; i < answers.size(); ++i)
            if (!answers[i].isEmpty())
                v.ok({s("review"), s("answer"), review, QString::number(i + 1), answers[i]});
    };
    const QString a = v.id({s("review"), s("start")});
    answer(a, {s("unsure"), s("no"), s("yes")});
    v.ok({s("review"), s("finish"), a});

    v.setToday(second);
    v.ok({s("goal"), s("add"), s("Send applications"), s("--metric"), s("applications"), s("--per-week"),
          s("2")});
    v.ok({s("app"), s("add"), s("--company"), s("Acme"), s("--date"), iso(second.addDays(-1))});
    v.ok({s("checkin"), s("--mood"), s("4")});
    const QString b = v.id({s("review"), s("start")});
    answer(b, {s("yes"), s("no"), s("no"), s("yes")});
    v.ok({s("review"), s("finish"), b});

    v.setToday(kToday);
    const QString c = v.id({s("review"), s("start")});
    answer(c, {s("yes")});

    const QString name = s("Re-evaluate my search");
    CHECK(v.ok({s("review"), s("list")}) == s("%1  2026-11-18  %4  1/7  in progress\n"
                                              "%2  2026-11-04  %4  4/7  3 answers changed\n"
                                              "%3  2026-10-21  %4  3/7  first review\n")
                                                .arg(c.left(8), b.left(8), a.left(8), name));
    const QJsonArray list = v.json({s("review"), s("list")}).toArray();
    REQUIRE(list.size() == 3);
    CHECK(list[0][QStringLiteral("id")].toString() == c);
    CHECK(list[0][QStringLiteral("in_progress")].toBool());
    CHECK(list[1][QStringLiteral("changes")].toInt() == 3);
    CHECK(list[1][QStringLiteral("previous_id")].toString() == a);
    CHECK(list[1][QStringLiteral("finished")].toString() == iso(second));
    CHECK(list[2][QStringLiteral("answered")].toInt() == 3);
    CHECK(list[2][QStringLiteral("total")].toInt() == 7);

    const QString shown = v.ok({s("review"), s("show"), b.left(8)});
    CHECK(shown.startsWith(s("Review of “Re-evaluate my search”\n"
                             "Started 2026-11-04, finished 2026-11-04 · 4 of 7 answered\n"
                             "\n"
                             "  1. Am I aiming at the right roles?\n"
                             "     Yes (was: Unsure)\n"
                             "\n"
                             "  2. Do my skills or certifications need a refresh?\n"
                             "     No\n"
                             "\n"
                             "  3. Is my interview approach working?\n"
                             "     No (was: Yes)\n")));
    CHECK(shown.contains(s("\n  5. Are there adjacent paths worth trying?\n     Not answered\n")));
    CHECK(shown.contains(s("Since the last review (finished 2026-10-21), from 2026-10-22 to 2026-11-04:\n"
                           "  Answers: 3 changed.\n"
                           "    Am I aiming at the right roles? Unsure → Yes\n"
                           "    Is my interview approach working? Yes → No\n"
                           "    Are my CV and cover letters up to date? Not answered → Yes\n")));
    CHECK(shown.contains(s("  Mood: 4.0 on average over 1 day(s)\n")));
    CHECK(shown.contains(
        s("  Applications: 1 sent, 0 interview(s), 0 offer(s), 0 rejection(s); 1 open now\n")));
    CHECK(shown.contains(s("  Effort: Send applications (Applications sent, 2 a week): met ")));
    CHECK(shown.contains(s("  Goal “Send applications”: Active on 2026-11-04\n")));
    CHECK(v.ok({s("review"), s("show"), a})
              .contains(s("First review of this checklist. From 2026-09-24 to 2026-10-21:")));
    CHECK(v.ok({s("review"), s("show"), c}).contains(s("Started 2026-11-18, in progress · 1 of 7 answered")));

    const QJsonValue json = v.json({s("review"), s("show"), b});
    CHECK(json[QStringLiteral("answers")].toArray().size() == 7);
    CHECK(json[QStringLiteral("answers")][0][QStringLiteral("answer")].toString() == s("yes"));
    CHECK(json[QStringLiteral("answers")][4][QStringLiteral("answer")].isNull());
    const QJsonObject since = json[QStringLiteral("since_last_review")].toObject();
    CHECK(since[QStringLiteral("previous_id")].toString() == a);
    CHECK(since[QStringLiteral("from")].toString() == s("2026-10-22"));
    CHECK(since[QStringLiteral("changes")].toArray().size() == 3);
    CHECK(since[QStringLiteral("pipeline")][QStringLiteral("applied")].toInt() == 1);
    CHECK(since[QStringLiteral("mood")][QStringLiteral("days")].toInt() == 1);
}

TEST_CASE("rebound-cli review export prints the ReviewExport Markdown or writes it to a file",
          "[cli-goals]") {
    GoalVault v;
    v.ok({s("goal"), s("north-star"), s("Work where I help people learn")});
    v.ok({s("goal"), s("add"), s("Backend engineer"), s("--kind"), s("role")});
    const QString review = v.id({s("review"), s("start")});
    v.ok({s("review"), s("answer"), review, s("1"), s("no"), s("--note"), s("# not a *heading*"),
          s("--follow-up-goal"), s("Try platform roles")});
    v.ok({s("review"), s("finish"), review});

    QString expected;
    {
        auto vault = v.open();
        const Review r = *vault->reviews().find(review);
        expected = ReviewExport::markdown(
            ReviewSummary::compute(*vault, r, kToday, QLocale().firstDayOfWeek()),
            vault->reviews().answers(review), vault->goals().northStar(), vault->goals().list(false));
    }
    REQUIRE(expected.contains(s("Try platform roles")));
    Result r = v.run({s("review"), s("export"), review.left(8)});
    CHECK(r.code == cli::Ok);
    CHECK(r.out == expected);
    CHECK(r.err.contains(s("not encrypted")));

    QTemporaryDir out;
    const QString file = out.filePath(s("review.md"));
    r = v.run({s("review"), s("export"), review, s("--output"), file});
    CHECK(r.code == cli::Ok);
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains(s("Exported the review to")));
    CHECK(r.err.contains(s("the export is not encrypted")));
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(f.readAll()) == expected);
    CHECK((f.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) == 0);
}

TEST_CASE("rebound-cli checklist list shows the checklists and review --checklist picks one", "[cli-goals]") {
    GoalVault v;
    QString weekly;
    {
        auto vault = v.open();
        Checklist draft;
        draft.name = s("Weekly pulse");
        draft.everyWeeks = 1;
        weekly = vault->checklists().create(draft).id;
        ChecklistItem item;
        item.checklistId = weekly;
        item.text = s("Did I rest enough?");
        vault->checklists().addItem(item);
    }
    const QString listed = v.ok({s("checklist"), s("list")});
    CHECK(listed.contains(s("Re-evaluate my search  7 questions  every 4 weeks")));
    CHECK(listed.contains(s("(default)")));
    CHECK(listed.contains(s("%1  Weekly pulse           1 question   every week").arg(weekly.left(8))));
    const QJsonArray json = v.json({s("checklist"), s("list")}).toArray();
    REQUIRE(json.size() == 2);
    CHECK(json[0][QStringLiteral("default")].toBool());
    CHECK(json[1][QStringLiteral("questions")].toInt() == 1);

    Result r = v.run({s("review"), s("start"), s("--checklist"), s("weekly pulse")});
    CHECK(r.code == cli::Ok);
    CHECK(r.out.contains(s("  1. Did I rest enough?\n")));
    CHECK(r.out.contains(s("Review of “Weekly pulse”")));
    r = v.run({s("review"), s("start"), s("--checklist"), weekly.left(6)});
    CHECK(r.err.contains(s("Resumed")));
}

TEST_CASE("rebound-cli refuses bad goal and review input and writes nothing", "[cli-goals]") {
    GoalVault v;
    const QString goal = v.id({s("goal"), s("add"), s("Backend engineer"), s("--kind"), s("role")});
    const QString alt = v.id({s("goal"), s("add"), s("Platform engineer"), s("--alternative-to"), goal});
    const QString finished = v.id({s("review"), s("start")});
    v.ok({s("review"), s("answer"), finished, s("1"), s("yes")});
    v.ok({s("review"), s("finish"), finished});
    const QString open = v.id({s("review"), s("start")});
    const qint64 before = v.changes();
    const QString g = goal.left(8), o = open.left(8), f = finished.left(8);

    struct Case {
        QStringList args;
        int code;
        const char *message;
    };
    const QList<Case> cases{
        {words({s("goal"), s("add")}), cli::Usage, "What is the goal?"},
        {words({s("goal"), s("add"), s("   ")}), cli::Usage, "What is the goal?"},
        {words({s("goal"), s("add"), s("X"), s("--kind"), s("dream")}), cli::Usage,
         "--kind takes one of: role,"},
        {words({s("goal"), s("add"), s("X"), s("--kind"), s("north_star")}), cli::Usage,
         "--kind takes one of"},
        {words({s("goal"), s("add"), s("X"), s("--metric"), s("applications"), s("--per-week"), s("100000")}),
         cli::Usage, "--per-week takes a whole number from 1 to 200."},
        {words({s("goal"), s("add"), s("X"), s("--metric"), s("applications"), s("--per-week"), s("0")}),
         cli::Usage, "--per-week takes a whole number"},
        {words({s("goal"), s("add"), s("X"), s("--metric"), s("applications"), s("--per-week"), s("lots")}),
         cli::Usage, "--per-week takes a whole number"},
        {words({s("goal"), s("add"), s("X"), s("--metric"), s("applications")}), cli::Usage,
         "needs --metric and --per-week"},
        {words({s("goal"), s("add"), s("X"), s("--kind"), s("role"), s("--per-week"), s("3")}), cli::Usage,
         "are for weekly effort goals"},
        {words({s("goal"), s("add"), s("X"), s("--metric"), s("steps"), s("--per-week"), s("3")}), cli::Usage,
         "--metric takes one of: applications, interviews, journal"},
        {words({s("goal"), s("add"), s("X"), s("--metric"), s("effort:juggling"), s("--per-week"), s("3")}),
         cli::Failure, "There is no effort called “juggling”."},
        {words({s("goal"), s("add"), s("X"), s("--by"), s("31/12/2027")}), cli::Usage, "YYYY-MM-DD"},
        {words({s("goal"), s("add"), s("X"), s("--by"), s("2099-01-01")}), cli::Failure, "thirty years"},
        {words({s("goal"), s("add"), s("X"), s("--alternative-to"), s("ffffffff")}), cli::Failure,
         "No goal has the ID ffffffff."},
        {words({s("goal"), s("add"), s("X"), s("--alternative-to"), alt}), cli::Failure,
         "cannot have alternatives of its own"},
        {words({s("goal"), s("add"), s("X"), s("--mood"), s("3")}), cli::Usage, "does not take --mood"},
        {words({s("goal"), s("edit"), g, s("--status"), s("finished")}), cli::Usage,
         "--status takes one of: active"},
        {words({s("goal"), s("edit"), g, s("--title"), s("")}), cli::Failure, "Say what the goal is."},
        {words({s("goal"), s("edit"), g}), cli::Usage, "Nothing to change"},
        {words({s("goal"), s("edit"), g, s("--metric"), s("journal")}), cli::Usage,
         "are for weekly effort goals"},
        {words({s("goal"), s("edit"), s("ffffffff"), s("--title"), s("x")}), cli::Failure,
         "No goal has the ID"},
        {words({s("goal"), s("edit"), s("not-hex!"), s("--title"), s("x")}), cli::Failure,
         "No goal has the ID"},
        {words({s("goal"), s("done"), s("ffffffff")}), cli::Failure, "No goal has the ID ffffffff."},
        {words({s("goal"), s("done")}), cli::Usage, "Which goal?"},
        {words({s("goal"), s("delete"), g}), cli::Usage, "add --yes to confirm"},
        {words({s("goal"), s("north-star"), s("--notes"), s("why")}), cli::Usage,
         "Give the north star's text"},
        {words({s("goal"), s("frobnicate")}), cli::Usage, "Unknown command"},
        {words({s("review"), s("start"), s("--checklist"), s("Nope")}), cli::Failure,
         "No checklist is called or has the ID “Nope”."},
        {words({s("review"), s("answer"), o}), cli::Usage, "needs the review's ID, the question's number"},
        {words({s("review"), s("answer"), o, s("0"), s("yes")}), cli::Usage, "whole number from 1"},
        {words({s("review"), s("answer"), o, s("two"), s("yes")}), cli::Usage, "whole number from 1"},
        {words({s("review"), s("answer"), o, s("8"), s("yes")}), cli::Failure,
         "This review has 7 questions; give a number from 1 to 7 (not 8)."},
        {words({s("review"), s("answer"), o, s("1"), s("maybe")}), cli::Usage,
         "The answer takes one of: yes, no, unsure (not “maybe”)."},
        {words({s("review"), s("answer"), f, s("1"), s("no")}), cli::Failure,
         "That review was finished on 2026-11-18 and can no longer be changed"},
        {words({s("review"), s("answer"), s("ffffffff"), s("1"), s("yes")}), cli::Failure,
         "No review has the ID ffffffff."},
        {words({s("review"), s("answer"), o, s("1"), s("yes"), s("--follow-up-goal"), s("X"),
                s("--follow-up-status"), g + s(":paused")}),
         cli::Usage, "Give at most one of"},
        {words({s("review"), s("answer"), o, s("1"), s("yes"), s("--follow-up-action"), s("Read")}),
         cli::Usage, "needs --skill NAME"},
        {words({s("review"), s("answer"), o, s("1"), s("yes"), s("--follow-up-goal"), s(" ")}), cli::Usage,
         "needs the new goal's title"},
        {words({s("review"), s("answer"), o, s("1"), s("yes"), s("--follow-up-status"), g + s(":gone")}),
         cli::Usage, "--follow-up-status takes one of: active"},
        {words({s("review"), s("answer"), o, s("1"), s("yes"), s("--follow-up-status"), g}), cli::Usage,
         "--follow-up-status takes GOAL_ID:STATUS"},
        {words(
             {s("review"), s("answer"), o, s("1"), s("yes"), s("--follow-up-status"), s("ffffffff:paused")}),
         cli::Failure, "No goal has the ID ffffffff."},
        {words({s("review"), s("answer"), o, s("1"), s("yes"), s("--follow-up-goal"), s("X"),
                s("--goal-kind"), s("effort")}),
         cli::Usage, "--goal-kind takes one of: role"},
        {words({s("review"), s("answer"), o, s("1"), s("yes"), s("--goal-kind"), s("role")}), cli::Usage,
         "--goal-kind goes with --follow-up-goal"},
        {words({s("review"), s("answer"), o, s("1"), s("yes"), s("--follow-up-action"), s("Read"),
                s("--skill"), s("SQL"), s("--action-kind"), s("binge")}),
         cli::Usage, "--action-kind takes one of"},
        {words({s("review"), s("finish"), o}), cli::Failure,
         "Answer at least one question before finishing."},
        {words({s("review"), s("finish"), f}), cli::Failure,
         "That review was already finished on 2026-11-18."},
        {words({s("review"), s("finish"), s("ffffffff")}), cli::Failure, "No review has the ID"},
        {words({s("review"), s("show"), s("ffffffff")}), cli::Failure, "No review has the ID"},
        {words({s("review"), s("export"), f, s("--output"), s("/nonexistent-folder/review.md")}),
         cli::Failure, "does not exist; nothing was written"},
        {words({s("review"), s("export"), f, s("--json")}), cli::Usage, "does not take --json"},
        {words({s("review"), s("list"), s("--all")}), cli::Usage, "does not take --all"},
        {words({s("review"), s("frobnicate")}), cli::Usage, "Unknown command"},
    };
    for (const Case &c : cases) {
        const Result r = v.run(c.args);
        INFO(c.args.join(u' ').toStdString() << " -> " << r.err.toStdString());
        CHECK(r.code == c.code);
        CHECK(r.err.contains(QString::fromUtf8(c.message)));
        CHECK(r.out.isEmpty());
    }
    CHECK(v.changes() == before);
    auto vault = v.open();
    CHECK(vault->goals().list().size() == 2);
    CHECK(vault->reviews().list().size() == 2);
    for (const ReviewAnswer &answer : vault->reviews().answers(open))
        CHECK(answer.answer.isEmpty());
}

TEST_CASE("rebound-cli goal and review commands have their own help", "[cli-goals]") {
    GoalVault v;
    for (const QStringList &args : {words({s("goal"), s("--help")}), words({s("help"), s("goal")})}) {
        const Result r = v.run(args);
        CHECK(r.code == cli::Ok);
        CHECK(r.out.contains(s("goal add TITLE [--kind role|industry|skill|certification|effort|other]")));
        CHECK(r.out.contains(s("--alternative-to GOAL_ID")));
        CHECK_FALSE(r.out.contains(s("journal search")));
    }
    const Result review = v.run({s("review"), s("--help")});
    CHECK(review.out.contains(s("review answer REVIEW_ID N yes|no|unsure")));
    CHECK(review.out.contains(s("checklist list")));
    CHECK(v.run({s("--help")}).out.contains(s("review export ID [--output FILE]")));
    const Result bare = v.run({s("goal")});
    CHECK(bare.code == cli::Usage);
    CHECK(bare.err.contains(s("goal north-star [TEXT]")));
}
