// Storage and services of the job search: stage history, interviews and their
// prep reminders, feedback and skills, the skills ranking, the rejection flow,
// delete/undo bundles and the CSV/JSON export.
#include "TestSupport.h"
#include "core/Error.h"
#include "services/ApplicationExport.h"
#include "services/RejectionCoach.h"
#include "services/SkillsPlan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace rebound;
using namespace rebound::test;

namespace {

const QDate kToday(2026, 11, 20);

qint64 noonToday() {
    return QDateTime(kToday, QTime(12, 0)).toMSecsSinceEpoch();
}

struct Fixture {
    QTemporaryDir tmp;
    FakeClock clock{noonToday()};
    std::unique_ptr<Vault> vault = createVault(tmp.filePath(QStringLiteral("v")), "test passphrase", clock);

    JobApplication app(const QString &company, const QString &stageKey = stage::kApplied, int daysAgo = 0) {
        JobApplication a;
        a.company = company;
        a.role = QStringLiteral("Data Analyst");
        a.stage = stageKey;
        a.stageDate = kToday.addDays(-daysAgo);
        return vault->applications().create(a);
    }
    qint64 logRows() {
        return vault->store().db().queryInt(QStringLiteral("SELECT count(*) FROM change_log"));
    }
    qint64 rows(const char *table) {
        return vault->store().db().queryInt(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    }
};

QStringList stagesOf(const QList<StageEvent> &events) {
    QStringList out;
    for (const auto &e : events)
        out << e.stage;
    return out;
}

QString errorOf(const std::function<void()> &f) {
    try {
        f();
    } catch (const Error &e) {
        return e.message();
    }
    return {};
}

} // namespace

TEST_CASE("An application keeps its stage history and its stage is the latest event", "[jobs]") {
    Fixture fx;
    const JobApplication a = fx.app(QStringLiteral("Northwind"), stage::kApplied, 10);
    CHECK(a.stage == stage::kApplied);
    CHECK(fx.vault->applications().history(a.id).size() == 1);

    fx.vault->applications().moveTo(a.id, stage::kScreening, kToday.addDays(-5), QStringLiteral("call booked"));
    fx.vault->applications().moveTo(a.id, stage::kInterviewing, kToday.addDays(-2));
    // A back-dated event joins the history without changing the current stage.
    fx.vault->applications().moveTo(a.id, stage::kSaved, kToday.addDays(-12));
    auto now = fx.vault->applications().find(a.id);
    REQUIRE(now);
    CHECK(now->stage == stage::kInterviewing);
    CHECK(now->stageDate == kToday.addDays(-2));
    const auto history = fx.vault->applications().history(a.id);
    CHECK(stagesOf(history) == QStringList{stage::kSaved, stage::kApplied, stage::kScreening, stage::kInterviewing});
    CHECK(history[2].note == QStringLiteral("call booked"));

    // Two events on the same day: the one recorded later wins.
    fx.clock.advance(1000);
    fx.vault->applications().moveTo(a.id, stage::kRejected, kToday.addDays(-2));
    CHECK(fx.vault->applications().find(a.id)->stage == stage::kRejected);

    SECTION("removing the latest event falls back to the one before") {
        fx.vault->applications().removeStageEvent(fx.vault->applications().history(a.id).constLast().id);
        CHECK(fx.vault->applications().find(a.id)->stage == stage::kInterviewing);
    }
    SECTION("the last event cannot go") {
        for (int i = 0; i < 4; ++i)
            fx.vault->applications().removeStageEvent(fx.vault->applications().history(a.id).constFirst().id);
        const auto last = fx.vault->applications().history(a.id);
        REQUIRE(last.size() == 1);
        CHECK(errorOf([&] { fx.vault->applications().removeStageEvent(last[0].id); })
                  .contains(QStringLiteral("at least one stage")));
    }
    SECTION("counting entries into a stage uses the event dates") {
        CHECK(fx.vault->applications().countEntered(stage::kRejected, kToday.addDays(-29), kToday) == 1);
        CHECK(fx.vault->applications().countEntered(stage::kRejected, kToday.addDays(-1), kToday) == 0);
    }
}

TEST_CASE("Bad application input is refused with a clear message and writes nothing", "[jobs]") {
    Fixture fx;
    const qint64 logBefore = fx.logRows();
    JobApplication a;
    a.company = QStringLiteral("Acme");

    auto refused = [&](JobApplication draft, const char *expected) {
        INFO(expected);
        CHECK(errorOf([&] { fx.vault->applications().create(draft); }).contains(QString::fromUtf8(expected)));
    };
    JobApplication noCompany = a;
    noCompany.company = QStringLiteral("   ");
    refused(noCompany, "Name the company");
    JobApplication ftp = a;
    ftp.link = QStringLiteral("ftp://example.com/job");
    refused(ftp, "web address");
    JobApplication javascript = a;
    javascript.link = QStringLiteral("javascript:alert(1)");
    refused(javascript, "web address");
    JobApplication salary = a;
    salary.salaryMin = 90000;
    salary.salaryMax = 50000;
    refused(salary, "lowest salary");
    JobApplication negative = a;
    negative.salaryMin = -1;
    refused(negative, "whole number");
    JobApplication currency = a;
    currency.salaryCurrency = QStringLiteral("EURO");
    refused(currency, "three letters");
    JobApplication mode = a;
    mode.workMode = QStringLiteral("moon");
    refused(mode, "way of working");
    JobApplication stageKey = a;
    stageKey.stage = QStringLiteral("ghosted");
    refused(stageKey, "Unknown stage");
    JobApplication control = a;
    control.role = QStringLiteral("Analyst\x01");
    CHECK_FALSE(errorOf([&] { fx.vault->applications().create(control); }).isEmpty());
    JobApplication future = a;
    future.stageDate = kToday.addDays(30);
    CHECK_FALSE(errorOf([&] { fx.vault->applications().create(future); }).isEmpty());
    JobApplication huge = a;
    huge.notes = QString(JobApplication::kMaxNotesChars + 1, u'x');
    CHECK_FALSE(errorOf([&] { fx.vault->applications().create(huge); }).isEmpty());

    CHECK(fx.rows("applications") == 0);
    CHECK(fx.logRows() == logBefore);

    SECTION("a link without a scheme becomes https, any Unicode is kept") {
        JobApplication ok = a;
        ok.company = QStringLiteral("Zürich Versicherung 面试 🚀");
        ok.link = QStringLiteral("jobs.example.com/123");
        ok.salaryCurrency = QStringLiteral(" chf ");
        const JobApplication stored = fx.vault->applications().create(ok);
        CHECK(stored.link == QStringLiteral("https://jobs.example.com/123"));
        CHECK(stored.salaryCurrency == QStringLiteral("CHF"));
        CHECK(fx.vault->applications().find(stored.id)->company == ok.company);
    }
}

TEST_CASE("Applications are listed in pipeline order and filtered by words, stage, mode and source", "[jobs]") {
    Fixture fx;
    JobApplication zurich;
    zurich.company = QStringLiteral("Zürich Labs");
    zurich.role = QStringLiteral("Analytics Engineer");
    zurich.workMode = QStringLiteral("remote");
    zurich.source = QStringLiteral("LinkedIn");
    zurich.stage = stage::kOffer;
    const auto z = fx.vault->applications().create(zurich);
    const auto n = fx.app(QStringLiteral("Northwind"), stage::kSaved);
    const auto f = fx.app(QStringLiteral("Fabrikam"), stage::kRejected);
    JobPerson p;
    p.applicationId = f.id;
    p.name = QStringLiteral("Dana Weiss");
    fx.vault->applications().addPerson(p);

    auto ids = [&](const ApplicationFilter &filter) {
        QStringList out;
        for (const auto &a : fx.vault->applications().list(filter))
            out << a.company;
        return out;
    };
    CHECK(ids({}) == QStringList{QStringLiteral("Northwind"), QStringLiteral("Zürich Labs"), QStringLiteral("Fabrikam")});
    CHECK(ids({QStringLiteral("zurich"), {}, {}, {}}) == QStringList{QStringLiteral("Zürich Labs")});
    CHECK(ids({QStringLiteral("analyt eng"), {}, {}, {}}) == QStringList{QStringLiteral("Zürich Labs")});
    CHECK(ids({QStringLiteral("dana"), {}, {}, {}}) == QStringList{QStringLiteral("Fabrikam")});
    CHECK(ids({{}, {stage::kSaved, stage::kRejected}, {}, {}}) ==
          QStringList{QStringLiteral("Northwind"), QStringLiteral("Fabrikam")});
    CHECK(ids({{}, {}, QStringLiteral("remote"), {}}) == QStringList{QStringLiteral("Zürich Labs")});
    CHECK(ids({{}, {}, {}, QStringLiteral("linkedin")}) == QStringList{QStringLiteral("Zürich Labs")});
    CHECK(fx.vault->applications().sources() == QStringList{QStringLiteral("LinkedIn")});
    CHECK(z.id != n.id);
}

TEST_CASE("An interview keeps a prep reminder for the day before in step with its time", "[jobs]") {
    Fixture fx;
    const auto a = fx.app(QStringLiteral("Fabrikam"));
    Interview draft;
    draft.applicationId = a.id;
    draft.startsAt = QDateTime(kToday.addDays(5), QTime(15, 30));
    draft.kind = QStringLiteral("technical");
    const Interview i = fx.vault->interviews().create(
        draft, {JobPerson{{}, {}, {}, {}, QStringLiteral("Lena"), {}, {}, {}, {}}});
    CHECK(fx.vault->interviews().interviewers(i.id).size() == 1);
    CHECK(fx.vault->interviews().interviewers(i.id)[0].role == QStringLiteral("interviewer"));

    auto reminders = fx.vault->reminders().forSubject(i.id);
    REQUIRE(reminders.size() == 1);
    CHECK(reminders[0].kind == reminderkind::kInterviewPrep);
    CHECK(reminders[0].dueOn == kToday.addDays(4));
    CHECK(reminders[0].title.contains(QStringLiteral("Fabrikam")));

    Interview moved = i;
    moved.startsAt = QDateTime(kToday.addDays(9), QTime(9, 0));
    fx.vault->interviews().update(moved);
    reminders = fx.vault->reminders().forSubject(i.id);
    REQUIRE(reminders.size() == 1);
    CHECK(reminders[0].dueOn == kToday.addDays(8));

    SECTION("an interview today is prepared for today, a past one needs no reminder") {
        CHECK(InterviewRepository::prepDay(QDateTime(kToday, QTime(18, 0)), kToday) == kToday);
        CHECK_FALSE(InterviewRepository::prepDay(QDateTime(kToday.addDays(-1), QTime(18, 0)), kToday).isValid());
        Interview past = moved;
        past.startsAt = QDateTime(kToday.addDays(-3), QTime(9, 0));
        past.confidenceAfter = 2;
        past.stumped = QStringLiteral("Window functions");
        fx.vault->interviews().update(past);
        CHECK(fx.vault->reminders().forSubject(i.id).isEmpty());
        CHECK(fx.vault->interviews().find(i.id)->stumped == QStringLiteral("Window functions"));
    }
    SECTION("deleting the interview takes its reminder and interviewers, undo brings them back") {
        const RemovedInterview removed = fx.vault->interviews().remove(i.id);
        CHECK(fx.vault->reminders().forSubject(i.id).isEmpty());
        CHECK(fx.vault->interviews().interviewers(i.id).isEmpty());
        fx.vault->interviews().restore(removed);
        CHECK(fx.vault->interviews().find(i.id) == removed.interview);
        CHECK(fx.vault->reminders().forSubject(i.id).size() == 1);
        CHECK(fx.vault->interviews().interviewers(i.id).size() == 1);
    }
    SECTION("bad interview input") {
        Interview bad = draft;
        bad.confidenceBefore = 6;
        CHECK(errorOf([&] { fx.vault->interviews().create(bad); }).contains(QStringLiteral("1 to 5")));
        bad = draft;
        bad.kind = QStringLiteral("tea");
        CHECK_FALSE(errorOf([&] { fx.vault->interviews().create(bad); }).isEmpty());
        bad = draft;
        bad.startsAt = QDateTime();
        CHECK_FALSE(errorOf([&] { fx.vault->interviews().create(bad); }).isEmpty());
        bad = draft;
        bad.applicationId = QStringLiteral("nope");
        CHECK_FALSE(errorOf([&] { fx.vault->interviews().create(bad); }).isEmpty());
    }
}

TEST_CASE("Feedback names skills once, case-insensitively, and completes the follow-up reminder", "[jobs]") {
    Fixture fx;
    const auto a = fx.app(QStringLiteral("Northwind"), stage::kRejected);
    Reminder followUp;
    followUp.kind = reminderkind::kFeedbackFollowUp;
    followUp.dueOn = kToday.addDays(7);
    followUp.title = QStringLiteral("Follow up");
    followUp.subjectKind = QStringLiteral("application");
    followUp.subjectId = a.id;
    fx.vault->reminders().create(followUp);

    Feedback draft;
    draft.applicationId = a.id;
    draft.text = QStringLiteral("Great communicator; SQL needs work.");
    const Feedback f = fx.vault->feedback().create(
        draft, {QStringLiteral("Communication"), QStringLiteral(" communication ")},
        {QStringLiteral("SQL"), QStringLiteral("Éducation")});
    CHECK(f.strengths.size() == 1);
    CHECK(f.weaknesses.size() == 2);
    CHECK(f.source == QStringLiteral("employer"));
    CHECK(f.receivedOn == kToday);
    CHECK(fx.vault->reminders().pending(10).isEmpty());

    Feedback again;
    again.source = QStringLiteral("mock");
    const Feedback g = fx.vault->feedback().create(again, {}, {QStringLiteral("sql"), QStringLiteral("ÉDUCATION")});
    CHECK(g.weaknesses == f.weaknesses); // same skills, whatever the case, in any script
    CHECK(fx.vault->feedback().skills().size() == 3);
    CHECK(fx.vault->feedback().forApplication(a.id).size() == 1);

    CHECK(errorOf([&] { fx.vault->feedback().create(Feedback{}, {}, {}); }).contains(QStringLiteral("at least one skill")));
    CHECK(errorOf([&] { fx.vault->feedback().create(Feedback{}, {QStringLiteral("a|b")}, {}); }).contains(QStringLiteral("|")));
    const auto sql = fx.vault->feedback().skillNamed(QStringLiteral("SQL"));
    REQUIRE(sql);
    CHECK(errorOf([&] { fx.vault->feedback().renameSkill(sql->id, QStringLiteral("COMMUNICATION")); })
              .contains(QStringLiteral("already")));
    CHECK(fx.vault->feedback().renameSkill(sql->id, QStringLiteral("SQL window functions")).name ==
          QStringLiteral("SQL window functions"));
}

TEST_CASE("The skills plan ranks by recency-weighted mentions with stable tie-breaks", "[jobs]") {
    auto skill = [](const char *id, const char *name) {
        Skill s;
        s.id = QString::fromLatin1(id);
        s.name = QString::fromLatin1(name);
        return s;
    };
    const QList<Skill> skills{skill("a", "SQL"), skill("b", "Communication"), skill("c", "Python"),
                              skill("d", "Domain"), skill("e", "Statistics"), skill("f", "Excel")};
    auto fb = [](int daysAgo, QStringList strengths, QStringList weaknesses) {
        Feedback f;
        f.receivedOn = kToday.addDays(-daysAgo);
        f.strengths = strengths;
        f.weaknesses = weaknesses;
        return f;
    };
    const QList<Feedback> feedback{
        // SQL: two recent mentions (weights 1 + 2^(-10/90)) ≈ 1.93
        fb(0, {}, {QStringLiteral("a")}),
        fb(10, {QStringLiteral("b")}, {QStringLiteral("a"), QStringLiteral("a")}), // repeat counts once
        // Python: three old mentions (3 × 2^(-365/90)) ≈ 0.18
        fb(365, {}, {QStringLiteral("c")}),
        fb(365, {}, {QStringLiteral("c")}),
        fb(365, {}, {QStringLiteral("c")}),
        // Domain: one mention 90 days ago = 0.5 exactly
        fb(90, {}, {QStringLiteral("d")}),
        // Statistics and Excel: one mention each on the same day: tie → name order
        fb(30, {}, {QStringLiteral("f"), QStringLiteral("e")}),
        // a skill unknown to this device (deleted elsewhere) is ignored
        fb(0, {}, {QStringLiteral("zzz")}),
        // Communication also a strength twice
        fb(40, {QStringLiteral("b")}, {}),
    };
    SkillAction done, open, dated;
    done.skillId = open.skillId = dated.skillId = QStringLiteral("a");
    done.title = QStringLiteral("done");
    done.status = QStringLiteral("done");
    open.title = QStringLiteral("open, no date");
    dated.title = QStringLiteral("open, dated");
    dated.dueOn = kToday.addDays(3);

    const SkillsPlan plan = SkillsPlanner::build(feedback, skills, {done, open, dated}, kToday);
    QStringList weaknesses;
    for (const auto &r : plan.weaknesses)
        weaknesses << r.skill.name;
    CHECK(weaknesses == QStringList{QStringLiteral("SQL"), QStringLiteral("Excel"), QStringLiteral("Statistics"),
                                    QStringLiteral("Domain"), QStringLiteral("Python")});
    REQUIRE(plan.weaknesses[0].mentions == 2);
    CHECK(plan.weaknesses[0].lastSeen == kToday);
    CHECK(plan.weaknesses[3].score == Approx(0.5));
    CHECK(plan.weaknesses[4].mentions == 3);
    QStringList actions;
    for (const auto &a : plan.weaknesses[0].actions)
        actions << a.title;
    CHECK(actions == QStringList{QStringLiteral("open, dated"), QStringLiteral("open, no date"), QStringLiteral("done")});
    REQUIRE(plan.strengths.size() == 1);
    CHECK(plan.strengths[0].skill.name == QStringLiteral("Communication"));
    CHECK(plan.strengths[0].mentions == 2);
    CHECK(plan.strengths[0].lastSeen == kToday.addDays(-10));
    CHECK(SkillsPlanner::weight(kToday.addDays(5), kToday) == Approx(1.0)); // future counts as today
}

TEST_CASE("CSV export quotes commas, quotes and newlines as RFC 4180 says", "[jobs][export]") {
    CHECK(exporting::csvField(QStringLiteral("plain")) == QStringLiteral("plain"));
    CHECK(exporting::csvField(QStringLiteral("a,b")) == QStringLiteral("\"a,b\""));
    CHECK(exporting::csvField(QStringLiteral("say \"hi\"")) == QStringLiteral("\"say \"\"hi\"\"\""));
    CHECK(exporting::csvField(QStringLiteral("two\nlines")) == QStringLiteral("\"two\nlines\""));
    CHECK(exporting::csvField(QStringLiteral("cr\rhere")) == QStringLiteral("\"cr\rhere\""));
    CHECK(exporting::csvField(QStringLiteral("=HYPERLINK(\"x\")")) == QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""));
    CHECK(exporting::csvField(QStringLiteral("-5")) == QStringLiteral("'-5"));
    CHECK(exporting::csvField(QString()) == QString());

    Fixture fx;
    JobApplication a;
    a.company = QStringLiteral("Acme, Inc.");
    a.role = QStringLiteral("The \"best\" role");
    a.notes = QStringLiteral("line one\nline two");
    a.stage = stage::kApplied;
    a.stageDate = kToday;
    a.salaryMin = 50000;
    a.salaryCurrency = QStringLiteral("EUR");
    const auto stored = fx.vault->applications().create(a);
    JobPerson p;
    p.applicationId = stored.id;
    p.name = QStringLiteral("Dana");
    p.email = QStringLiteral("dana@example.com");
    fx.vault->applications().addPerson(p);

    const QByteArray csv = exporting::applicationsCsv(exporting::collect(*fx.vault));
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(csv.mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    REQUIRE(lines.size() == 3); // header, one record (with an embedded LF), trailing empty
    CHECK(lines[0] == QStringLiteral("company,role,stage,stage_date,applied_on,link,source,location,work_mode,"
                                     "salary_min,salary_max,salary_currency,people,interviews,notes,created_at,"
                                     "updated_at,id"));
    const QString ms = stored.createdAt.toUTC().toString(Qt::ISODateWithMs);
    CHECK(lines[1] == QStringLiteral("\"Acme, Inc.\",\"The \"\"best\"\" role\",applied,2026-11-20,2026-11-20,,,,,"
                                     "50000,,EUR,Dana <dana@example.com>,0,\"line one\nline two\",%1,%1,%2")
                          .arg(ms, stored.id));
    CHECK(lines[2].isEmpty());

    const QJsonObject json = QJsonDocument::fromJson(exporting::applicationsJson(exporting::collect(*fx.vault))).object();
    CHECK(json.value(QStringLiteral("format")).toString() == QStringLiteral("rebound-applications"));
    const QJsonObject first = json.value(QStringLiteral("applications")).toArray().at(0).toObject();
    CHECK(first.value(QStringLiteral("company")).toString() == a.company);
    CHECK(first.value(QStringLiteral("salaryMin")).toDouble() == 50000);
    CHECK(first.value(QStringLiteral("salaryMax")).isNull());
    CHECK(first.value(QStringLiteral("history")).toArray().size() == 1);
    CHECK(first.value(QStringLiteral("people")).toArray().at(0).toObject().value(QStringLiteral("email")).toString() ==
          p.email);
}

TEST_CASE("Deleting an application takes everything that hangs on it and undo brings it all back", "[jobs]") {
    Fixture fx;
    const auto a = fx.app(QStringLiteral("Northwind"), stage::kInterviewing, 3);
    fx.vault->applications().moveTo(a.id, stage::kRejected);
    JobPerson p;
    p.applicationId = a.id;
    p.name = QStringLiteral("Dana");
    fx.vault->applications().addPerson(p);
    Interview i;
    i.applicationId = a.id;
    i.startsAt = QDateTime(kToday.addDays(2), QTime(10, 0));
    const Interview interview = fx.vault->interviews().create(i);
    Feedback f;
    f.interviewId = interview.id;
    f.text = QStringLiteral("Solid.");
    const Feedback feedback = fx.vault->feedback().create(f, {QStringLiteral("SQL")}, {});
    CHECK(feedback.applicationId == a.id); // implied by the interview
    RejectionCoach coach(*fx.vault, RejectionSettings{});
    coach.start(a.id);

    const auto before = exporting::collect(*fx.vault);
    const RemovedApplication removed = fx.vault->applications().remove(a.id);
    CHECK(removed.events.size() == 2);
    CHECK(removed.people.size() == 1);
    CHECK(removed.interviews.size() == 1);
    CHECK(removed.reminders.size() == 1); // the prep reminder
    CHECK(removed.flows.size() == 1);
    for (const char *table : {"applications", "stage_events", "job_people", "interviews", "reminders", "rejection_flows"})
        CHECK(fx.rows(table) == 0);
    // The feedback stays for the skills plan, unlinked.
    const auto kept = fx.vault->feedback().find(feedback.id);
    REQUIRE(kept);
    CHECK(kept->applicationId.isEmpty());
    CHECK(kept->interviewId.isEmpty());
    CHECK(fx.vault->store().db().queryInt(QStringLiteral("SELECT count(*) FROM tombstones")) == 7);

    fx.vault->applications().restore(removed);
    CHECK(exporting::applicationsJson(exporting::collect(*fx.vault)) == exporting::applicationsJson(before));
    CHECK(fx.vault->feedback().find(feedback.id)->interviewId == interview.id);
    CHECK(fx.vault->rejectionFlows().forApplication(a.id));
    CHECK(fx.vault->store().db().queryInt(QStringLiteral("SELECT count(*) FROM tombstones")) == 0);
}

TEST_CASE("The rejection flow drafts messages, creates its reminders and a win, and resumes", "[jobs][rejection]") {
    Fixture fx;
    const auto a = fx.app(QStringLiteral("Northwind"), stage::kFinalRound, 5);
    fx.vault->applications().moveTo(a.id, stage::kRejected, kToday.addDays(-1));
    for (const auto &[name, role] : {std::pair{"Dana Weiss", "recruiter"}, std::pair{"Omar", "hiring_manager"},
                                     std::pair{"dana weiss", "interviewer"}}) {
        JobPerson p;
        p.applicationId = a.id;
        p.name = QString::fromLatin1(name);
        p.role = QString::fromLatin1(role);
        fx.vault->applications().addPerson(p);
        fx.clock.advance(1); // the first spelling of a name wins
    }
    RejectionSettings settings;
    RejectionCoach coach(*fx.vault, settings);
    RejectionFlow flow = coach.start(a.id);
    CHECK(flow.rejectedOn == kToday.addDays(-1));
    CHECK(flow.currentStep() == rejectionstep::kFeelings);
    CHECK(flow.feedbackMessage.startsWith(QStringLiteral("Dear Dana Weiss,")));
    CHECK(flow.feedbackMessage.contains(QStringLiteral("Data Analyst at Northwind")));
    CHECK(flow.thankYouMessage.contains(QStringLiteral("Northwind")));

    const JournalEntry entry = fx.vault->journal().create(kToday, 2, QStringLiteral("It stings."));
    flow = coach.recordFeelings(flow.id, entry.id);
    CHECK(flow.journalEntryId == entry.id);
    CHECK(flow.currentStep() == rejectionstep::kFeedback);
    CHECK(coach.followUpDay() == kToday.addDays(7));
    flow = coach.askForFeedback(flow.id, QStringLiteral("Edited request"), coach.followUpDay());
    CHECK(flow.feedbackMessage == QStringLiteral("Edited request"));
    flow = coach.skip(flow.id, rejectionstep::kCase);
    CHECK(flow.stateOf(rejectionstep::kCase) == stepstate::kSkipped);

    // Resume: a new coach (another session or device) sees the same place and drafts.
    flow = coach.saveDrafts(flow.id, std::nullopt, std::nullopt, QStringLiteral("Thanks, draft"));
    RejectionCoach later(*fx.vault, settings);
    RejectionFlow resumed = later.start(a.id);
    CHECK(resumed.id == flow.id);
    CHECK(resumed.currentStep() == rejectionstep::kBridges);
    CHECK(resumed.thankYouMessage == QStringLiteral("Thanks, draft"));

    resumed = later.keepBridges(resumed.id, resumed.thankYouMessage, later.keepInTouchDay(), kToday.addDays(200));
    QStringList kinds;
    QList<QDate> dues;
    QStringList titles;
    for (const Reminder &r : fx.vault->reminders().pending(20)) {
        kinds << r.kind;
        dues << r.dueOn;
        titles << r.title;
    }
    CHECK(kinds == QStringList{reminderkind::kFeedbackFollowUp, reminderkind::kPostRejection, reminderkind::kPostRejection,
                               reminderkind::kReapply});
    CHECK(dues == QList<QDate>{kToday.addDays(7), kToday.addDays(90), kToday.addDays(90), kToday.addDays(200)});
    CHECK(titles[1] == QStringLiteral("Keep in touch with Dana Weiss (Northwind)")); // once, though listed twice
    CHECK(titles[2] == QStringLiteral("Keep in touch with Omar (Northwind)"));

    CHECK(errorOf([&] { later.nameWentWell(resumed.id, QStringLiteral("  ")); }).contains(QStringLiteral("one thing")));
    resumed = later.nameWentWell(resumed.id, QStringLiteral("The case study went really well"));
    const auto win = fx.vault->checkIns().findWin(resumed.winId);
    REQUIRE(win);
    CHECK(win->text == QStringLiteral("The case study went really well"));
    CHECK(resumed.currentStep().isEmpty());

    resumed = later.close(resumed.id);
    CHECK(fx.vault->rejectionFlows().open().isEmpty());
    resumed = later.reopenStep(resumed.id, rejectionstep::kCase);
    CHECK(resumed.currentStep() == rejectionstep::kCase);
    CHECK_FALSE(resumed.closed);
    CHECK(errorOf([&] { later.skip(resumed.id, QStringLiteral("dance")); }).contains(QStringLiteral("Unknown step")));
}

TEST_CASE("Several rejections close together suggest a goal review", "[jobs][rejection]") {
    Fixture fx;
    RejectionSettings settings;
    settings.reviewCount = 3;
    settings.reviewWindowDays = 30;
    RejectionCoach coach(*fx.vault, settings);
    fx.app(QStringLiteral("Old"), stage::kRejected, 30); // just outside the 30-day window
    fx.app(QStringLiteral("A"), stage::kRejected, 29);
    fx.app(QStringLiteral("B"), stage::kRejected, 3);
    CHECK_FALSE(coach.reviewSuggestion().suggested);
    CHECK(coach.reviewSuggestion().rejections == 2);
    fx.app(QStringLiteral("C"), stage::kRejected, 0);
    const auto s = coach.reviewSuggestion();
    CHECK(s.suggested);
    CHECK(s.rejections == 3);
    const Reminder r = coach.planGoalReview(kToday.addDays(1));
    CHECK(r.kind == reminderkind::kGoalReview);
    CHECK(r.dueOn == kToday.addDays(1));
    CHECK(r.note.contains(QStringLiteral("3 rejections in the last 30 days")));
}

TEST_CASE("Feedback and thank-you drafts open as RFC 6068 mailto links", "[jobs][rejection]") {
    const QUrl url = RejectionCoach::mailto(QStringLiteral("dana@example.com"), QStringLiteral("Feedback & next steps"),
                                            QStringLiteral("Hi Dana,\n\n100% thanks?"));
    CHECK(url.isValid());
    CHECK(url.scheme() == QStringLiteral("mailto"));
    CHECK(url.toEncoded() == QByteArray("mailto:dana@example.com?subject=Feedback%20%26%20next%20steps"
                                        "&body=Hi%20Dana%2C%0D%0A%0D%0A100%25%20thanks%3F"));
    JobApplication app;
    app.company = QStringLiteral("Acme");
    CHECK(RejectionCoach::feedbackRequest(app, {}).startsWith(QStringLiteral("Hello,")));
    CHECK(RejectionCoach::feedbackRequest(app, {}).contains(QStringLiteral("my application to Acme")));
}

TEST_CASE("Job search writes are logged field by field for sync", "[jobs]") {
    Fixture fx;
    const qint64 before = fx.logRows();
    const auto a = fx.app(QStringLiteral("Acme"));
    Statement st = fx.vault->store().db().query(
        QStringLiteral("SELECT DISTINCT entity FROM change_log WHERE rowid > ?1 ORDER BY entity"));
    st.bind(1, before);
    QStringList entities;
    while (st.step())
        entities << st.text(0);
    CHECK(entities == QStringList{QStringLiteral("application"), QStringLiteral("stage_event")});
    const qint64 afterCreate = fx.logRows();
    fx.vault->applications().moveTo(a.id, stage::kScreening);
    // the event's six fields, plus the application's stage and updated_at (stage_date stays today)
    CHECK(fx.logRows() - afterCreate == 6 + 2);
}

TEST_CASE("Review fixes: links stay editable, person reminders go with the person, a second rejection starts afresh",
          "[jobs][rejection]") {
    Fixture fx;
    JobApplication draft;
    draft.company = QStringLiteral("Acme");
    draft.link = QStringLiteral("https://jobs.example.com/data%20analyst?team={bi}|x");
    draft.stageDate = kToday.addDays(-50);
    JobApplication a = fx.vault->applications().create(draft);
    CHECK(a.link == draft.link);
    a.notes = QStringLiteral("edited later");
    CHECK(fx.vault->applications().update(a).notes == a.notes); // the stored link passes again

    JobPerson p;
    p.applicationId = a.id;
    p.name = QStringLiteral("Dana");
    const JobPerson dana = fx.vault->applications().addPerson(p);
    fx.vault->applications().moveTo(a.id, stage::kRejected, kToday.addDays(-40));
    RejectionCoach coach(*fx.vault, RejectionSettings{});
    RejectionFlow flow = coach.start(a.id);
    flow = coach.keepBridges(flow.id, flow.thankYouMessage, kToday.addDays(90), QDate());
    flow = coach.nameWentWell(flow.id, QStringLiteral("Good rapport"));
    CHECK(fx.vault->checkIns().findWin(flow.winId));
    REQUIRE(fx.vault->reminders().forSubject(dana.id).size() == 1);

    SECTION("deleting the application takes the keep-in-touch reminder, undo restores it") {
        const RemovedApplication removed = fx.vault->applications().remove(a.id);
        CHECK(fx.vault->reminders().pending(10).isEmpty());
        fx.vault->applications().restore(removed);
        CHECK(fx.vault->reminders().forSubject(dana.id).size() == 1);
    }
    SECTION("removing the person takes their reminder") {
        fx.vault->applications().removePerson(dana.id);
        CHECK(fx.vault->reminders().forSubject(dana.id).isEmpty());
    }
    SECTION("rejected again after re-applying: the flow starts over") {
        coach.close(flow.id);
        fx.vault->applications().moveTo(a.id, stage::kApplied, kToday.addDays(-10));
        fx.vault->applications().moveTo(a.id, stage::kRejected, kToday);
        const RejectionFlow again = coach.start(a.id);
        CHECK(again.id == flow.id);
        CHECK(again.rejectedOn == kToday);
        CHECK(again.currentStep() == rejectionstep::kFeelings);
        CHECK(again.winId.isEmpty());
        CHECK_FALSE(again.thankYouMessage.isEmpty()); // fresh drafts
        CHECK_FALSE(again.closed);
    }
    SECTION("an interviewer's e-mail is checked like any person's") {
        Interview i;
        i.applicationId = a.id;
        i.startsAt = QDateTime(kToday.addDays(3), QTime(9, 0));
        JobPerson bad;
        bad.name = QStringLiteral("Lena");
        bad.email = QStringLiteral("not an address");
        CHECK(errorOf([&] { fx.vault->interviews().create(i, {bad}); }).contains(QStringLiteral("e-mail")));
        CHECK(fx.rows("interviews") == 0);
    }
}

TEST_CASE("Doing a rejection step again re-plans its reminders instead of doubling them", "[jobs][rejection]") {
    Fixture fx;
    const auto a = fx.app(QStringLiteral("Acme"), stage::kRejected);
    RejectionCoach coach(*fx.vault, RejectionSettings{});
    RejectionFlow flow = coach.start(a.id);
    flow = coach.askForFeedback(flow.id, flow.feedbackMessage, kToday.addDays(7));
    flow = coach.reopenStep(flow.id, rejectionstep::kFeedback);
    flow = coach.askForFeedback(flow.id, flow.feedbackMessage, kToday.addDays(10));
    const QList<Reminder> pending = fx.vault->reminders().pending(10);
    REQUIRE(pending.size() == 1);
    CHECK(pending[0].dueOn == kToday.addDays(10));
}
