// The job-search list model and application controller against real vaults
// (QAbstractItemModelTester for the model).
#include "TestSupport.h"
#include "services/AppSettings.h"
#include "services/VaultSession.h"
#include "ui/ApplicationController.h"
#include "ui/ApplicationListModel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace rebound;
using namespace rebound::test;

namespace {

struct Fixture {
    QTemporaryDir tmp;
    AppSettings settings{
        std::make_unique<QSettings>(tmp.filePath(QStringLiteral("s.ini")), QSettings::IniFormat)};
    VaultSession session{tmp.filePath(QStringLiteral("vault")), settings, nullptr, Vault::systemClock()};
    ApplicationListModel list{session};
    ApplicationController controller{session};
    Fixture() {
        QObject::connect(&controller, &ApplicationController::dataWritten, &list, &ApplicationListModel::refresh);
        session.open(createVault(session.dir()));
    }
};

QString day(int daysAgo) {
    return QDate::currentDate().addDays(-daysAgo).toString(Qt::ISODate);
}

QVariantMap app(const char *company, const char *role, const char *stage = "applied", int daysAgo = 0) {
    return {{QStringLiteral("company"), QString::fromUtf8(company)},
            {QStringLiteral("role"), QString::fromUtf8(role)},
            {QStringLiteral("stage"), QString::fromUtf8(stage)},
            {QStringLiteral("stageDate"), day(daysAgo)}};
}

QStringList column(const ApplicationListModel &list, const QString &key) {
    QStringList out;
    for (const QVariant &v : list.inColumn(key))
        out << v.toMap().value(QStringLiteral("company")).toString();
    return out;
}

QStringList companies(const ApplicationListModel &list) {
    QStringList out;
    for (int row = 0; row < list.rowCount(); ++row)
        out << list.data(list.index(row), ApplicationListModel::CompanyRole).toString();
    return out;
}

QStringList values(const QVariantList &items, const char *key) {
    QStringList out;
    for (const QVariant &v : items)
        out << v.toMap().value(QString::fromLatin1(key)).toString();
    return out;
}

} // namespace

TEST_CASE("ApplicationListModel lists by stage with filters, counts and board columns", "[jobsui]") {
    Fixture f;
    QAbstractItemModelTester tester(&f.list, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(f.list.rowCount() == 0);
    CHECK(f.list.totalCount() == 0);

    auto remote = app("Fabrikam", "Data Lead", "screening", 6);
    remote.insert(QStringLiteral("workMode"), QStringLiteral("remote"));
    remote.insert(QStringLiteral("source"), QStringLiteral("LinkedIn"));
    remote.insert(QStringLiteral("location"), QStringLiteral("Köln"));
    const QString fabrikam = f.controller.create(remote);
    REQUIRE_FALSE(fabrikam.isEmpty());
    REQUIRE_FALSE(f.controller.create(app("Contoso", "Product Analyst", "applied", 10)).isEmpty());
    REQUIRE_FALSE(f.controller.create(app("Tailspin", "BI Developer", "saved", 2)).isEmpty());
    REQUIRE_FALSE(f.controller.create(app("Litware", "Analyst", "applied", 3)).isEmpty());
    const QString rejected = f.controller.create(app("Northwind", "Senior Analyst", "rejected", 1));
    REQUIRE_FALSE(rejected.isEmpty());

    // Pipeline order, newest move first within a stage; closed ones hidden by default.
    CHECK(companies(f.list) == QStringList{"Tailspin", "Litware", "Contoso", "Fabrikam"});
    CHECK(f.list.totalCount() == 5);
    CHECK(f.list.closedCount() == 1);
    CHECK(f.list.countIn(QStringLiteral("applied")) == 2);
    CHECK(f.list.countIn(QStringLiteral("offer")) == 0);
    CHECK(column(f.list, QStringLiteral("applied")) == QStringList{"Litware", "Contoso"});
    const QVariantList columns = f.list.columns();
    CHECK(values(columns, "stage") ==
          QStringList{"saved", "applied", "screening", "interviewing", "final_round", "offer"});
    CHECK(columns.at(1).toMap().value(QStringLiteral("count")).toInt() == 2);

    const QModelIndex first = f.list.index(f.list.rowOf(fabrikam));
    CHECK(f.list.data(first, ApplicationListModel::StageLabelRole).toString() == QStringLiteral("Screening"));
    CHECK(f.list.data(first, ApplicationListModel::DaysInStageRole).toInt() == 6);
    CHECK(f.list.data(first, ApplicationListModel::WorkModeLabelRole).toString() == QStringLiteral("Remote"));
    CHECK(f.list.data(first, ApplicationListModel::SectionRole).toString() == QStringLiteral("Screening"));
    CHECK(f.list.data(first, ApplicationListModel::NextInterviewRole).toString().isEmpty());
    CHECK(f.list.get(f.list.rowOf(fabrikam)).value(QStringLiteral("company")).toString() == QStringLiteral("Fabrikam"));
    CHECK(f.list.get(99).isEmpty());
    CHECK(f.list.rowOf(rejected) == -1);
    CHECK(f.list.sources() == QStringList{"LinkedIn"});
    const int revision = f.list.revision();
    f.list.refresh();
    CHECK(f.list.revision() == revision + 1); // the board re-reads its columns on this

    SECTION("closed applications show in their own column and section") {
        f.list.setShowClosed(true);
        f.list.refresh();
        CHECK(f.list.rowCount() == 5);
        CHECK(values(f.list.columns(), "stage").constLast() == QStringLiteral("closed"));
        CHECK(column(f.list, QStringLiteral("closed")) == QStringList{"Northwind"});
        CHECK(f.list.data(f.list.index(f.list.rowOf(rejected)), ApplicationListModel::SectionRole).toString() ==
              QStringLiteral("Closed"));
    }
    SECTION("search text matches words as prefixes, accents folded") {
        f.list.setText(QStringLiteral("koln"));
        CHECK(f.list.filtering());
        f.list.refresh();
        CHECK(companies(f.list) == QStringList{"Fabrikam"});
        f.list.setText(QStringLiteral("anal"));
        f.list.refresh();
        CHECK(companies(f.list) == QStringList{"Litware", "Contoso"});
        CHECK(f.list.closedCount() == 1); // Northwind's "Senior Analyst", hidden
        f.list.setText(QStringLiteral("nothing like this"));
        f.list.refresh();
        CHECK(f.list.rowCount() == 0);
        CHECK(f.list.totalCount() == 5);
        f.list.clearFilters();
        f.list.refresh();
        CHECK(f.list.rowCount() == 4);
        CHECK_FALSE(f.list.filtering());
    }
    SECTION("work mode and source filters") {
        f.list.setWorkMode(QStringLiteral("remote"));
        f.list.refresh();
        CHECK(companies(f.list) == QStringList{"Fabrikam"});
        f.list.setWorkMode(QString());
        f.list.setSource(QStringLiteral("linkedin"));
        f.list.refresh();
        CHECK(companies(f.list) == QStringList{"Fabrikam"});
    }
    SECTION("a coming interview shows on its card") {
        REQUIRE(f.controller.load(fabrikam));
        const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
        REQUIRE_FALSE(f.controller
                          .createInterview({{QStringLiteral("day"), tomorrow},
                                            {QStringLiteral("hour"), 15},
                                            {QStringLiteral("minute"), 30},
                                            {QStringLiteral("kind"), QStringLiteral("technical")}})
                          .isEmpty());
        const QString next =
            f.list.data(f.list.index(f.list.rowOf(fabrikam)), ApplicationListModel::NextInterviewRole).toString();
        CHECK(next.startsWith(QStringLiteral("Technical · Tomorrow")));
        CHECK(f.list.data(f.list.index(f.list.rowOf(fabrikam)), ApplicationListModel::NextInterviewAtRole)
                  .toDateTime() == QDateTime(QDate::currentDate().addDays(1), QTime(15, 30)));
    }
    SECTION("locking clears the rows and the search words") {
        f.list.setText(QStringLiteral("fabrikam"));
        f.list.refresh();
        f.session.lock();
        CHECK(f.list.rowCount() == 0);
        CHECK(f.list.totalCount() == 0);
        CHECK(f.list.text().isEmpty());
        CHECK(f.list.sources().isEmpty());
        CHECK(f.list.inColumn(QStringLiteral("applied")).isEmpty());
    }
}

TEST_CASE("ApplicationController creates, edits and moves applications with their history", "[jobsui]") {
    Fixture f;
    QSignalSpy written(&f.controller, &ApplicationController::dataWritten);
    QSignalSpy rejectedSpy(&f.controller, &ApplicationController::rejected);

    QVariantMap fields = app("Northwind Traders", "Data Analyst", "applied", 5);
    fields.insert(QStringLiteral("link"), QStringLiteral("jobs.example.com/123"));
    fields.insert(QStringLiteral("salaryMin"), QStringLiteral("65,000"));
    fields.insert(QStringLiteral("salaryMax"), QStringLiteral("75k"));
    fields.insert(QStringLiteral("salaryCurrency"), QStringLiteral("eur"));
    fields.insert(QStringLiteral("workMode"), QStringLiteral("hybrid"));
    fields.insert(QStringLiteral("stageNote"), QStringLiteral("via the careers page"));
    const QString id = f.controller.create(fields);
    REQUIRE_FALSE(id.isEmpty());
    CHECK(written.count() == 1);
    CHECK(f.list.rowCount() == 1);

    REQUIRE(f.controller.load(id));
    QVariantMap a = f.controller.application();
    CHECK(a.value(QStringLiteral("company")).toString() == QStringLiteral("Northwind Traders"));
    CHECK(a.value(QStringLiteral("link")).toString() == QStringLiteral("https://jobs.example.com/123"));
    CHECK(a.value(QStringLiteral("salaryMin")).toLongLong() == 65000);
    CHECK(a.value(QStringLiteral("salaryMax")).toLongLong() == 75000);
    CHECK(a.value(QStringLiteral("salaryCurrency")).toString() == QStringLiteral("EUR"));
    CHECK(a.value(QStringLiteral("salaryText")).toString() == QStringLiteral("65,000–75,000 EUR"));
    CHECK(a.value(QStringLiteral("stage")).toString() == QStringLiteral("applied"));
    CHECK(a.value(QStringLiteral("stageDay")).toString() == day(5));
    CHECK(a.value(QStringLiteral("daysInStage")).toInt() == 5);
    CHECK(a.value(QStringLiteral("workModeLabel")).toString() == QStringLiteral("Hybrid"));
    REQUIRE(f.controller.history().size() == 1);
    CHECK(f.controller.history().constFirst().toMap().value(QStringLiteral("note")).toString() ==
          QStringLiteral("via the careers page"));

    SECTION("save changes only the fields given") {
        REQUIRE(f.controller.save({{QStringLiteral("id"), id}, {QStringLiteral("role"), QStringLiteral("Senior Data Analyst")},
                                   {QStringLiteral("salaryMax"), QString()}}) == id);
        a = f.controller.application();
        CHECK(a.value(QStringLiteral("role")).toString() == QStringLiteral("Senior Data Analyst"));
        CHECK(a.value(QStringLiteral("company")).toString() == QStringLiteral("Northwind Traders"));
        CHECK(a.value(QStringLiteral("salaryMax")).isNull());
        CHECK(a.value(QStringLiteral("salaryText")).toString() == QStringLiteral("from 65,000 EUR"));
    }
    SECTION("moves build the history, and rejected is announced") {
        REQUIRE(f.controller.moveTo(QStringLiteral("screening"), day(3), QStringLiteral("call with Dana")));
        REQUIRE(f.controller.moveTo(QStringLiteral("interviewing"), day(2)));
        CHECK(rejectedSpy.isEmpty());
        CHECK(f.list.countIn(QStringLiteral("interviewing")) == 1);
        REQUIRE(f.controller.moveTo(QStringLiteral("rejected")));
        REQUIRE(rejectedSpy.count() == 1);
        CHECK(rejectedSpy.takeFirst().at(0).toString() == id);
        CHECK(values(f.controller.history(), "stage") ==
              QStringList{"applied", "screening", "interviewing", "rejected"});
        CHECK(f.controller.history().constLast().toMap().value(QStringLiteral("current")).toBool());
        CHECK(f.controller.application().value(QStringLiteral("closed")).toBool());
        CHECK(f.list.rowCount() == 0); // closed, hidden
        CHECK(f.list.closedCount() == 1);

        // A mistaken stage can be taken back; the application returns to the one before.
        const QString last = f.controller.history().constLast().toMap().value(QStringLiteral("id")).toString();
        REQUIRE(f.controller.removeStageEvent(last));
        CHECK(f.controller.application().value(QStringLiteral("stage")).toString() == QStringLiteral("interviewing"));

        // Back-dating "rejected" before a later stage does not start the rejection flow.
        REQUIRE(f.controller.moveApplication(id, QStringLiteral("rejected"), day(4)));
        CHECK(rejectedSpy.isEmpty());
        CHECK(f.controller.application().value(QStringLiteral("stage")).toString() == QStringLiteral("interviewing"));
    }
    SECTION("people on the application") {
        const QString person = f.controller.addPerson(QStringLiteral("Dana Weiss"), QStringLiteral("dana@example.com"),
                                                      QStringLiteral("recruiter"));
        REQUIRE_FALSE(person.isEmpty());
        REQUIRE(f.controller.people().size() == 1);
        CHECK(f.controller.people().constFirst().toMap().value(QStringLiteral("roleLabel")).toString() ==
              QStringLiteral("Recruiter"));
        CHECK(f.controller.addPerson(QStringLiteral("X"), QStringLiteral("not an address"), {}).isEmpty());
        CHECK(f.controller.errorMessage().contains(QStringLiteral("e-mail")));
        CHECK(f.controller.addPerson(QStringLiteral("  "), {}, {}).isEmpty());
        CHECK(f.controller.errorMessage() == QStringLiteral("A person needs a name."));
        REQUIRE(f.controller.removePerson(person));
        CHECK(f.controller.people().isEmpty());
    }
}

TEST_CASE("ApplicationController refuses bad input with clear messages and writes nothing", "[jobsui]") {
    Fixture f;
    QSignalSpy written(&f.controller, &ApplicationController::dataWritten);
    CHECK(f.controller.create({{QStringLiteral("company"), QStringLiteral("   ")}}).isEmpty());
    CHECK(f.controller.errorMessage() == QStringLiteral("Name the company."));
    CHECK(f.controller.create({{QStringLiteral("company"), QStringLiteral("Acme")},
                               {QStringLiteral("salaryMin"), QStringLiteral("lots")}})
              .isEmpty());
    CHECK(f.controller.errorMessage().contains(QStringLiteral("whole number")));
    CHECK(f.controller.create({{QStringLiteral("company"), QStringLiteral("Acme")},
                               {QStringLiteral("salaryMin"), 90000},
                               {QStringLiteral("salaryMax"), 80000}})
              .isEmpty());
    CHECK(f.controller.errorMessage() == QStringLiteral("The lowest salary is above the highest."));
    CHECK(f.controller.create({{QStringLiteral("company"), QStringLiteral("Acme")},
                               {QStringLiteral("link"), QStringLiteral("ftp://files.example.com")}})
              .isEmpty());
    CHECK(f.controller.errorMessage().contains(QStringLiteral("http")));
    CHECK(f.controller.create({{QStringLiteral("company"), QStringLiteral("Acme")},
                               {QStringLiteral("salaryCurrency"), QStringLiteral("euro")}})
              .isEmpty());
    CHECK(f.controller.errorMessage().contains(QStringLiteral("three letters")));
    CHECK(f.controller.create({{QStringLiteral("company"), QStringLiteral("Acme")},
                               {QStringLiteral("stage"), QStringLiteral("hired")}})
              .isEmpty());
    CHECK(f.controller.errorMessage().contains(QStringLiteral("Unknown stage")));
    CHECK(f.controller.create({{QStringLiteral("company"), QStringLiteral("Acme")},
                               {QStringLiteral("stageDate"), QStringLiteral("24.11.2026")}})
              .isEmpty());
    CHECK(f.controller.errorMessage().contains(QStringLiteral("is not a date")));
    CHECK(written.isEmpty());
    CHECK(f.list.totalCount() == 0);

    // Writes that need an open application say so.
    CHECK(f.controller.createInterview({{QStringLiteral("day"), day(0)}}).isEmpty());
    CHECK(f.controller.errorMessage() == QStringLiteral("Open an application first."));
    CHECK_FALSE(f.controller.moveTo(QStringLiteral("offer")));

    const QString id = f.controller.create(app("Acme", "Analyst"));
    REQUIRE(f.controller.load(id));
    CHECK(f.controller.errorMessage().isEmpty());
    CHECK_FALSE(f.controller.moveTo(QStringLiteral("promoted")));
    CHECK(f.controller.errorMessage().contains(QStringLiteral("Unknown stage")));
    CHECK_FALSE(f.controller.moveTo(QStringLiteral("offer"), QDate::currentDate().addDays(30).toString(Qt::ISODate)));
    CHECK(f.controller.errorMessage().contains(QStringLiteral("future")));
    CHECK(f.controller.history().size() == 1);
    CHECK_FALSE(f.controller.removeStageEvent(
        f.controller.history().constFirst().toMap().value(QStringLiteral("id")).toString()));
    CHECK(f.controller.errorMessage() == QStringLiteral("An application keeps at least one stage."));
    CHECK(f.controller.createInterview({{QStringLiteral("day"), day(0)}, {QStringLiteral("hour"), 25}}).isEmpty());
    CHECK(f.controller.errorMessage().contains(QStringLiteral("23:59")));
    CHECK(f.controller.createInterview({{QStringLiteral("kind"), QStringLiteral("technical")}}).isEmpty());
    CHECK(f.controller.errorMessage() == QStringLiteral("Give the interview a date and time."));
    CHECK(f.controller.createInterview({{QStringLiteral("day"), day(0)}, {QStringLiteral("confidenceBefore"), 7}})
              .isEmpty());
    CHECK(f.controller.errorMessage() == QStringLiteral("Confidence goes from 1 to 5."));
    CHECK(f.controller.createFeedback({{QStringLiteral("text"), QStringLiteral("  ")}}).isEmpty());
    CHECK(f.controller.errorMessage() == QStringLiteral("Write the feedback or name at least one skill."));
    CHECK(f.controller.interviews().isEmpty());
    CHECK(f.controller.feedback().isEmpty());
    CHECK(f.controller.save({{QStringLiteral("id"), QStringLiteral("nope")}}).isEmpty());
    CHECK(f.controller.errorMessage() == QStringLiteral("That application no longer exists."));
    f.controller.clearError();
    CHECK(f.controller.errorMessage().isEmpty());
}

TEST_CASE("ApplicationController interviews with reflections, interviewers and the prep reminder", "[jobsui]") {
    Fixture f;
    const QString id = f.controller.create(app("Fabrikam", "Data Lead", "interviewing", 2));
    REQUIRE(f.controller.load(id));
    const QString tomorrow = QDate::currentDate().addDays(2).toString(Qt::ISODate);
    const QString interview = f.controller.createInterview(
        {{QStringLiteral("day"), tomorrow},
         {QStringLiteral("hour"), 9},
         {QStringLiteral("minute"), 45},
         {QStringLiteral("kind"), QStringLiteral("technical")},
         {QStringLiteral("confidenceBefore"), 3},
         {QStringLiteral("interviewers"), QStringList{"Lena Hoffmann", " lena hoffmann ", "Omar Haddad"}}});
    REQUIRE_FALSE(interview.isEmpty());
    REQUIRE(f.controller.interviews().size() == 1);
    QVariantMap i = f.controller.interviews().constFirst().toMap();
    CHECK(i.value(QStringLiteral("kindLabel")).toString() == QStringLiteral("Technical"));
    CHECK(i.value(QStringLiteral("hour")).toInt() == 9);
    CHECK(i.value(QStringLiteral("minute")).toInt() == 45);
    CHECK(i.value(QStringLiteral("upcoming")).toBool());
    CHECK_FALSE(i.value(QStringLiteral("hasReflection")).toBool());
    CHECK(i.value(QStringLiteral("interviewers")).toStringList() == QStringList{"Lena Hoffmann", "Omar Haddad"});
    CHECK(f.controller.people().isEmpty()); // interviewers belong to the interview

    // The prep reminder is due the day before.
    REQUIRE(f.controller.reminders().size() == 1);
    const QVariantMap reminder = f.controller.reminders().constFirst().toMap();
    CHECK(reminder.value(QStringLiteral("kind")).toString() == QStringLiteral("interview_prep"));
    CHECK(reminder.value(QStringLiteral("day")).toString() == QDate::currentDate().addDays(1).toString(Qt::ISODate));
    CHECK(reminder.value(QStringLiteral("title")).toString().contains(QStringLiteral("Fabrikam")));
    REQUIRE(f.controller.setReminderDone(reminder.value(QStringLiteral("id")).toString(), true));
    CHECK(f.controller.reminders().constFirst().toMap().value(QStringLiteral("done")).toBool());

    SECTION("the reflection and interviewers are saved, the rest is kept") {
        REQUIRE(f.controller.saveInterview({{QStringLiteral("id"), interview},
                                            {QStringLiteral("confidenceAfter"), 4},
                                            {QStringLiteral("stumped"), QStringLiteral("Window functions")},
                                            {QStringLiteral("wentWell"), QStringLiteral("The case study")},
                                            {QStringLiteral("interviewers"), QStringList{"Omar Haddad", "Priya Nair"}}}) ==
                interview);
        i = f.controller.interviews().constFirst().toMap();
        CHECK(i.value(QStringLiteral("confidenceBefore")).toInt() == 3);
        CHECK(i.value(QStringLiteral("confidenceAfter")).toInt() == 4);
        CHECK(i.value(QStringLiteral("stumped")).toString() == QStringLiteral("Window functions"));
        CHECK(i.value(QStringLiteral("hasReflection")).toBool());
        CHECK(i.value(QStringLiteral("hour")).toInt() == 9);
        CHECK(i.value(QStringLiteral("interviewers")).toStringList() == QStringList{"Omar Haddad", "Priya Nair"});
    }
    SECTION("delete and undo an interview with its interviewers and reminder") {
        REQUIRE(f.controller.removeInterview(interview));
        CHECK(f.controller.interviews().isEmpty());
        CHECK(f.controller.reminders().isEmpty());
        CHECK(f.controller.undoKind() == QStringLiteral("interview"));
        REQUIRE(f.controller.undoRemove());
        REQUIRE(f.controller.interviews().size() == 1);
        CHECK(f.controller.interviews().constFirst().toMap().value(QStringLiteral("interviewers")).toStringList().size() ==
              2);
        CHECK(f.controller.reminders().size() == 1);
        CHECK_FALSE(f.controller.canUndo());
    }
}

TEST_CASE("ApplicationController feedback with skills, and delete with undo of a whole application", "[jobsui]") {
    Fixture f;
    const QString id = f.controller.create(app("Northwind", "Analyst", "final_round", 3));
    REQUIRE(f.controller.load(id));
    const QString interview = f.controller.createInterview(
        {{QStringLiteral("day"), day(3)}, {QStringLiteral("hour"), 14}, {QStringLiteral("kind"), QStringLiteral("final")}});
    REQUIRE_FALSE(interview.isEmpty());
    const QString fb = f.controller.createFeedback(
        {{QStringLiteral("source"), QStringLiteral("employer")},
         {QStringLiteral("receivedOn"), day(1)},
         {QStringLiteral("text"), QStringLiteral("Great communicator, SQL needs work.")},
         {QStringLiteral("interviewId"), interview},
         {QStringLiteral("strengths"), QStringList{"Communication"}},
         {QStringLiteral("weaknesses"), QStringList{"SQL", "sql"}}});
    REQUIRE_FALSE(fb.isEmpty());
    REQUIRE(f.controller.feedback().size() == 1);
    QVariantMap item = f.controller.feedback().constFirst().toMap();
    CHECK(item.value(QStringLiteral("sourceLabel")).toString() == QStringLiteral("Employer"));
    CHECK(item.value(QStringLiteral("strengths")).toStringList() == QStringList{"Communication"});
    CHECK(item.value(QStringLiteral("weaknesses")).toStringList() == QStringList{"SQL"});
    CHECK(item.value(QStringLiteral("interviewId")).toString() == interview);
    CHECK(item.value(QStringLiteral("about")).toString().startsWith(QStringLiteral("Final")));
    CHECK(f.controller.skillNames() == QStringList{"Communication", "SQL"});

    // Editing keeps the skills that are not given and reuses names case-insensitively.
    REQUIRE(f.controller.saveFeedback({{QStringLiteral("id"), fb}, {QStringLiteral("text"), QStringLiteral("Edited")}}) == fb);
    item = f.controller.feedback().constFirst().toMap();
    CHECK(item.value(QStringLiteral("text")).toString() == QStringLiteral("Edited"));
    CHECK(item.value(QStringLiteral("weaknesses")).toStringList() == QStringList{"SQL"});
    REQUIRE(f.controller.saveFeedback({{QStringLiteral("id"), fb}, {QStringLiteral("strengths"), QStringList{"communication", "Storytelling"}}}) == fb);
    CHECK(f.controller.feedback().constFirst().toMap().value(QStringLiteral("strengths")).toStringList() ==
          QStringList{"Communication", "Storytelling"});

    SECTION("feedback delete and undo") {
        REQUIRE(f.controller.removeFeedback(fb));
        CHECK(f.controller.feedback().isEmpty());
        CHECK(f.controller.undoKind() == QStringLiteral("feedback"));
        REQUIRE(f.controller.undoRemove());
        CHECK(f.controller.feedback().size() == 1);
    }
    SECTION("deleting the application takes its interviews, keeps the feedback, and undo restores all") {
        REQUIRE(f.controller.addPerson(QStringLiteral("Omar Haddad"), {}, QStringLiteral("hiring_manager")).size() > 0);
        REQUIRE(f.controller.remove(id));
        CHECK(f.controller.applicationId().isEmpty());
        CHECK_FALSE(f.controller.loaded());
        CHECK(f.list.totalCount() == 0);
        CHECK(f.controller.undoKind() == QStringLiteral("application"));
        CHECK_FALSE(f.controller.load(id));
        CHECK(f.controller.skillNames().contains(QStringLiteral("SQL"))); // the feedback stays for the skills plan

        REQUIRE(f.controller.undoRemove());
        CHECK(f.list.totalCount() == 1);
        REQUIRE(f.controller.load(id));
        CHECK(f.controller.interviews().size() == 1);
        CHECK(f.controller.people().size() == 1);
        CHECK(f.controller.history().size() == 1);
        REQUIRE(f.controller.feedback().size() == 1); // linked again
        CHECK(f.controller.feedback().constFirst().toMap().value(QStringLiteral("interviewId")).toString() == interview);
        CHECK_FALSE(f.controller.undoRemove());
    }
    SECTION("locking forgets the open application and what could be undone") {
        REQUIRE(f.controller.remove(id));
        CHECK(f.controller.canUndo());
        CHECK_FALSE(f.controller.create({{QStringLiteral("company"), QString()}}).size() > 0);
        CHECK_FALSE(f.controller.errorMessage().isEmpty());
        f.session.lock();
        CHECK_FALSE(f.controller.canUndo());
        CHECK(f.controller.errorMessage().isEmpty());
        CHECK(f.controller.applicationId().isEmpty());
        CHECK(f.controller.skillNames().isEmpty());
        CHECK(f.controller.feedback().isEmpty());
        CHECK(f.controller.create(app("Acme", "x")).isEmpty());
        CHECK_FALSE(f.controller.errorMessage().isEmpty());
    }
}

TEST_CASE("ApplicationController exports every application as CSV and JSON", "[jobsui]") {
    Fixture f;
    QVariantMap fields = app("Contoso, Ltd", "=Analyst", "applied", 4);
    fields.insert(QStringLiteral("notes"), QStringLiteral("Said \"soon\"\nsecond line"));
    const QString id = f.controller.create(fields);
    REQUIRE_FALSE(id.isEmpty());
    REQUIRE(f.controller.load(id));
    REQUIRE(f.controller.moveTo(QStringLiteral("screening"), day(1)));
    REQUIRE_FALSE(f.controller.createInterview({{QStringLiteral("day"), day(1)},
                                                {QStringLiteral("hour"), 10},
                                                {QStringLiteral("wentWell"), QStringLiteral("Rapport")}})
                       .isEmpty());
    QTemporaryDir out;

    const QString csvPath = out.filePath(QStringLiteral("applications.csv"));
    REQUIRE(f.controller.exportApplications(QStringLiteral("csv"), QUrl::fromLocalFile(csvPath)));
    QFile csv(csvPath);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QByteArray csvText = csv.readAll();
    CHECK(csvText.startsWith("\xEF\xBB\xBF" "company,role,stage,stage_date,applied_on"));
    CHECK(csvText.contains("\"Contoso, Ltd\",'=Analyst,screening," + day(1).toUtf8() + "," + day(4).toUtf8()));
    CHECK(csvText.contains("\"Said \"\"soon\"\"\nsecond line\""));

    const QString jsonPath = out.filePath(QStringLiteral("applications.json"));
    REQUIRE(f.controller.exportApplications(QStringLiteral("json"), QUrl::fromLocalFile(jsonPath)));
    QFile json(jsonPath);
    REQUIRE(json.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(json.readAll()).object();
    CHECK(doc.value(QStringLiteral("format")).toString() == QStringLiteral("rebound-applications"));
    const QJsonArray apps = doc.value(QStringLiteral("applications")).toArray();
    REQUIRE(apps.size() == 1);
    const QJsonObject a = apps.at(0).toObject();
    CHECK(a.value(QStringLiteral("company")).toString() == QStringLiteral("Contoso, Ltd"));
    CHECK(a.value(QStringLiteral("history")).toArray().size() == 2);
    CHECK(a.value(QStringLiteral("interviews")).toArray().at(0).toObject().value(QStringLiteral("wentWell")).toString() ==
          QStringLiteral("Rapport"));

    SECTION("a bad format or destination is refused and leaves no file") {
        const QString xml = out.filePath(QStringLiteral("applications.xml"));
        CHECK_FALSE(f.controller.exportApplications(QStringLiteral("xml"), QUrl::fromLocalFile(xml)));
        CHECK(f.controller.errorMessage().contains(QStringLiteral("csv")));
        CHECK_FALSE(QFile::exists(xml));
        CHECK_FALSE(f.controller.exportApplications(QStringLiteral("csv"), QUrl::fromLocalFile(out.path())));
        CHECK(f.controller.errorMessage().contains(QStringLiteral("folder")));
        CHECK_FALSE(f.controller.exportApplications(
            QStringLiteral("csv"), QUrl::fromLocalFile(out.filePath(QStringLiteral("missing/dir/a.csv")))));
        CHECK(f.controller.errorMessage().contains(QStringLiteral("Could not write")));
        CHECK_FALSE(f.controller.exportApplications(QStringLiteral("csv"), QUrl(QStringLiteral("https://example.com/a.csv"))));
        CHECK(f.controller.errorMessage().contains(QStringLiteral("on this device")));
        CHECK(QDir(out.path()).entryList(QDir::Files).size() == 2); // the two exports, no temporary files
    }
}
