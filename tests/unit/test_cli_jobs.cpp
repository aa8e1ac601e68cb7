// rebound-cli job search commands: app, interview, feedback, skills.
#include "TestSupport.h"
#include "cli/Cli.h"
#include "cli/Terminal.h"
#include "services/SkillsPlan.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace rebound;
using namespace rebound::test;

namespace {

class ScriptedInput final : public cli::Input {
public:
    QString secret;
    QString rest;
    QStringList answers; // for questions on a terminal
    bool terminal = false;
    QStringList asked;
    bool interactive() const override { return terminal; }
    SecureBytes readSecret(const QString &) override { return SecureBytes::fromUtf8(secret); }
    QString readRest() override { return std::exchange(rest, QString()); }
    QString readLine(const QString &prompt) override {
        asked << prompt;
        return answers.isEmpty() ? QString() : answers.takeFirst();
    }
};

struct Result {
    int code;
    QString out, err;
};

QStringList words(std::initializer_list<const char *> list) {
    QStringList out;
    for (const char *w : list)
        out << QString::fromUtf8(w);
    return out;
}

QString iso(const QDate &d) {
    return d.toString(Qt::ISODate);
}

// A vault made with the floor KDF (fast) that the CLI then opens like any other.
struct JobVault {
    QTemporaryDir tmp;
    QString dir = tmp.filePath(QStringLiteral("vault"));
    JobVault() { createVault(dir, "test passphrase").reset(); }

    Result run(const QStringList &args, const QString &rest = {}, ScriptedInput *input = nullptr) {
        ScriptedInput scripted;
        ScriptedInput &in = input ? *input : scripted;
        in.secret = QStringLiteral("test passphrase");
        in.rest = rest;
        QString out, err;
        QTextStream o(&out), e(&err);
        const int code = cli::run(QStringList{QStringLiteral("--vault"), dir} + args, in, o, e);
        o.flush();
        e.flush();
        return {code, out, err};
    }
    Result run(std::initializer_list<const char *> args, const QString &rest = {}) {
        return run(words(args), rest);
    }

    QJsonValue json(const QStringList &args, const QString &rest = {}) {
        const Result r = run(args, rest);
        INFO(r.err.toStdString());
        REQUIRE(r.code == cli::Ok);
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        INFO(r.out.toStdString());
        REQUIRE(error.error == QJsonParseError::NoError);
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
    QJsonValue json(std::initializer_list<const char *> args, const QString &rest = {}) {
        return json(words(args), rest);
    }
    // Runs a command that must succeed and prints an ID.
    QString id(const QStringList &args, const QString &rest = {}) {
        const Result r = run(args, rest);
        INFO(r.err.toStdString());
        REQUIRE(r.code == cli::Ok);
        const QString id = r.out.trimmed();
        REQUIRE(id.size() == 36);
        return id;
    }
    QString id(std::initializer_list<const char *> args, const QString &rest = {}) {
        return id(words(args), rest);
    }

    std::unique_ptr<Vault> open() { return Vault::unlock(dir, secret("test passphrase")); }
    qint64 changes() {
        auto vault = open();
        return vault->store().db().queryInt(QStringLiteral("SELECT count(*) FROM change_log"));
    }
};

QStringList idsOf(const QJsonArray &arr) {
    QStringList ids;
    for (const auto &v : arr)
        ids << v.toObject()[QStringLiteral("id")].toString();
    return ids;
}

QStringList strings(const QJsonValue &v) {
    QStringList out;
    for (const auto &s : v.toArray())
        out << s.toString();
    return out;
}

QStringList field(const QJsonArray &arr, const char *name) {
    QStringList out;
    for (const auto &v : arr)
        out << v.toObject()[QString::fromLatin1(name)].toString();
    return out;
}

const QDate kToday = QDate::currentDate();

} // namespace

TEST_CASE("rebound-cli app add, list, show, edit and delete round trip", "[cli][jobs]") {
    JobVault v;
    const QString applied = iso(kToday.addDays(-20));
    const QString acme =
        v.id(QStringList{QStringLiteral("app"),        QStringLiteral("add"),
                         QStringLiteral("--company"),  QStringLiteral("Acme GmbH"),
                         QStringLiteral("--role"),     QStringLiteral("Backend engineer"),
                         QStringLiteral("--link"),     QStringLiteral("jobs.acme.example/42"),
                         QStringLiteral("--source"),   QStringLiteral("LinkedIn"),
                         QStringLiteral("--location"), QStringLiteral("Berlin"),
                         QStringLiteral("--remote"),   QStringLiteral("hybrid"),
                         QStringLiteral("--salary"),   QStringLiteral("60k-80k"),
                         QStringLiteral("--currency"), QStringLiteral("eur"),
                         QStringLiteral("--date"),     applied,
                         QStringLiteral("--note"),     QStringLiteral("via the site"),
                         QStringLiteral("--notes"),    QStringLiteral("-"),
                         QStringLiteral("--contact"),  QStringLiteral("Ana Ruiz:recruiter<ana@acme.example>"),
                         QStringLiteral("--contact"),  QStringLiteral("Ben Ode:hiring manager")},
             QStringLiteral("Team of six.\nAsk about on-call.\n"));
    const QString globex =
        v.id({"app", "add", "--company", "Globex", "--stage", "saved", "--source", "referral"});
    const QString initech = v.id({"app", "add", "--company", "Initech", "--role", "SRE", "--stage", "offer",
                                  "--remote", "remote", "--salary", "95000"});
    const QString hooli = v.id({"app", "add", "--company", "Hooli", "--stage", "No answer"});

    // Everything stored, as --json shows it.
    QJsonObject a = v.json({"app", "show", qPrintable(acme.left(8)), "--json"}).toObject();
    CHECK(a[QStringLiteral("id")].toString() == acme);
    CHECK(a[QStringLiteral("company")].toString() == QStringLiteral("Acme GmbH"));
    CHECK(a[QStringLiteral("role")].toString() == QStringLiteral("Backend engineer"));
    CHECK(a[QStringLiteral("link")].toString() == QStringLiteral("https://jobs.acme.example/42"));
    CHECK(a[QStringLiteral("source")].toString() == QStringLiteral("LinkedIn"));
    CHECK(a[QStringLiteral("location")].toString() == QStringLiteral("Berlin"));
    CHECK(a[QStringLiteral("work_mode")].toString() == QStringLiteral("hybrid"));
    CHECK(a[QStringLiteral("salary_min")].toInteger() == 60000);
    CHECK(a[QStringLiteral("salary_max")].toInteger() == 80000);
    CHECK(a[QStringLiteral("salary_currency")].toString() == QStringLiteral("EUR"));
    CHECK(a[QStringLiteral("stage")].toString() == QStringLiteral("applied"));
    CHECK(a[QStringLiteral("stage_date")].toString() == applied);
    CHECK_FALSE(a[QStringLiteral("closed")].toBool());
    CHECK(a[QStringLiteral("notes")].toString() == QStringLiteral("Team of six.\nAsk about on-call."));
    const QJsonArray history = a[QStringLiteral("history")].toArray();
    REQUIRE(history.size() == 1);
    CHECK(history[0].toObject()[QStringLiteral("note")].toString() == QStringLiteral("via the site"));
    const QJsonArray people = a[QStringLiteral("people")].toArray();
    REQUIRE(people.size() == 2);
    CHECK(field(people, "name") == words({"Ana Ruiz", "Ben Ode"}));
    CHECK(field(people, "role") == words({"recruiter", "hiring_manager"}));
    CHECK(people[0].toObject()[QStringLiteral("email")].toString() == QStringLiteral("ana@acme.example"));
    CHECK(people[1].toObject()[QStringLiteral("email")].isNull());
    for (const char *key : {"interviews", "feedback", "reminders"})
        CHECK(a[QString::fromLatin1(key)].toArray().isEmpty());
    CHECK(a[QStringLiteral("rejection_flow")].isNull());
    // One figure is both ends; stage labels work as keys.
    const QJsonObject i = v.json({"app", "show", qPrintable(initech), "--json"}).toObject();
    CHECK(i[QStringLiteral("salary_min")].toInteger() == 95000);
    CHECK(i[QStringLiteral("salary_max")].toInteger() == 95000);
    CHECK(
        v.json({"app", "show", qPrintable(hooli), "--json"}).toObject()[QStringLiteral("stage")].toString() ==
        QStringLiteral("no_answer"));

    // Pipeline order, then filters.
    CHECK(idsOf(v.json({"app", "list", "--json"}).toArray()) == QStringList{globex, acme, initech, hooli});
    CHECK(idsOf(v.json({"app", "list", "--open", "--json"}).toArray()) == QStringList{globex, acme, initech});
    CHECK(idsOf(v.json({"app", "list", "--closed", "--json"}).toArray()) == QStringList{hooli});
    CHECK(idsOf(v.json({"app", "list", "--stage", "offer,saved", "--json"}).toArray()) ==
          QStringList{globex, initech});
    CHECK(v.json({"app", "list", "--stage", "offer", "--closed", "--json"}).toArray().isEmpty());
    CHECK(idsOf(v.json({"app", "list", "--search", "ana", "--json"}).toArray()) ==
          QStringList{acme}); // a person
    CHECK(idsOf(v.json({"app", "list", "--search", "backend berl", "--json"}).toArray()) ==
          QStringList{acme});
    CHECK(idsOf(v.json({"app", "list", "--source", "REFERRAL", "--json"}).toArray()) == QStringList{globex});
    CHECK(idsOf(v.json({"app", "list", "--remote", "remote", "--json"}).toArray()) == QStringList{initech});

    // The table: a heading per stage, short IDs.
    const Result table = v.run({"app", "list"});
    REQUIRE(table.code == cli::Ok);
    const QStringList lines = table.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 8);
    CHECK(lines[0] == QStringLiteral("Saved (1)"));
    CHECK(lines[1].startsWith(QStringLiteral("  ") + globex.left(8) + QStringLiteral("  Globex ")));
    CHECK(lines[2] == QStringLiteral("Applied (1)"));
    CHECK(lines[3].contains(QStringLiteral("Acme GmbH")));
    CHECK(lines[3].contains(QStringLiteral("Berlin · Hybrid")));
    CHECK(lines[4] == QStringLiteral("Offer (1)"));
    CHECK(lines[6] == QStringLiteral("No answer (1)"));
    // Columns line up across stages.
    CHECK(lines[1].indexOf(QString(kToday.toString(Qt::ISODate))) == lines[5].indexOf(iso(kToday)));
    CHECK(v.run({"app", "list", "--search", "zebra"}).out == QStringLiteral("No applications match.\n"));

    const Result shown = v.run({"app", "show", qPrintable(acme.left(6).toUpper())});
    REQUIRE(shown.code == cli::Ok);
    CHECK(shown.out.startsWith(QStringLiteral("Acme GmbH — Backend engineer\n")));
    for (const char *text : {"Applied since", "60000–80000 EUR", "Berlin · Hybrid", "Ana Ruiz",
                             "Hiring manager", "<ana@acme.example>", "“via the site”", "Ask about on-call."})
        CHECK(shown.out.contains(QString::fromUtf8(text)));

    // Edit: given fields change, "" clears, contacts are added or updated by name.
    const Result edited = v.run({"app", "edit", qPrintable(acme.left(8)), "--role", "Staff engineer",
                                 "--salary", "", "--location", "", "--contact",
                                 "ana ruiz <ana.ruiz@acme.example>", "--contact", "Cy Lam:referrer"});
    INFO(edited.err.toStdString());
    REQUIRE(edited.code == cli::Ok);
    CHECK(edited.err.contains(QStringLiteral("Updated Acme GmbH — Staff engineer.")));
    a = v.json({"app", "show", qPrintable(acme), "--json"}).toObject();
    CHECK(a[QStringLiteral("role")].toString() == QStringLiteral("Staff engineer"));
    CHECK(a[QStringLiteral("salary_min")].isNull());
    CHECK(a[QStringLiteral("salary_max")].isNull());
    CHECK(a[QStringLiteral("location")].toString().isEmpty());
    CHECK(a[QStringLiteral("company")].toString() == QStringLiteral("Acme GmbH"));
    CHECK(a[QStringLiteral("stage")].toString() == QStringLiteral("applied"));
    const QJsonArray after = a[QStringLiteral("people")].toArray();
    CHECK(field(after, "name") == words({"Ana Ruiz", "Ben Ode", "Cy Lam"}));
    CHECK(after[0].toObject()[QStringLiteral("email")].toString() == QStringLiteral("ana.ruiz@acme.example"));
    CHECK(after[0].toObject()[QStringLiteral("role")].toString() == QStringLiteral("recruiter"));
    const Result same = v.run({"app", "edit", qPrintable(acme), "--role", "Staff engineer"});
    CHECK(same.code == cli::Ok);
    CHECK(same.err.contains(QStringLiteral("Nothing to change")));
    const Result viaEditJson = v.run(words({"app", "edit", qPrintable(globex), "--notes", "-", "--json"}),
                                     QStringLiteral("Met them at a meetup.\n"));
    REQUIRE(viaEditJson.code == cli::Ok);
    CHECK(QJsonDocument::fromJson(viaEditJson.out.toUtf8()).object()[QStringLiteral("notes")].toString() ==
          QStringLiteral("Met them at a meetup."));
    const Result stageByEdit = v.run({"app", "edit", qPrintable(acme), "--stage", "offer"});
    CHECK(stageByEdit.code == cli::Usage);
    CHECK(stageByEdit.err.contains(QStringLiteral("app stage ID STAGE")));

    // Delete: no terminal to ask on, so --yes is required.
    const qint64 before = v.changes();
    const Result unconfirmed = v.run({"app", "delete", qPrintable(hooli)});
    CHECK(unconfirmed.code == cli::Usage);
    CHECK(unconfirmed.err.contains(QStringLiteral("--yes")));
    CHECK(v.changes() == before);
    // On a terminal it asks; anything but yes keeps it.
    ScriptedInput terminal;
    terminal.terminal = true;
    terminal.answers = {QStringLiteral("n")};
    const Result declined = v.run(words({"app", "delete", qPrintable(hooli)}), {}, &terminal);
    CHECK(declined.code == cli::Failure);
    CHECK(declined.err.contains(QStringLiteral("Nothing was deleted.")));
    REQUIRE(terminal.asked.size() == 1);
    CHECK(terminal.asked[0].startsWith(QStringLiteral("Delete Hooli with its stage history")));
    CHECK(v.changes() == before);
    terminal.answers = {QStringLiteral("yes")};
    CHECK(v.run(words({"app", "delete", qPrintable(hooli)}), {}, &terminal).code == cli::Ok);
    const Result deleted = v.run({"app", "delete", qPrintable(initech), "--yes"});
    CHECK(deleted.code == cli::Ok);
    CHECK(deleted.err.contains(QStringLiteral("Deleted Initech — SRE.")));
    CHECK(idsOf(v.json({"app", "list", "--json"}).toArray()) == QStringList{globex, acme});
    const Result gone = v.run({"app", "show", qPrintable(initech)});
    CHECK(gone.code == cli::Failure);
    CHECK(gone.err.contains(QStringLiteral("No application has the ID")));
}

TEST_CASE("rebound-cli app stage keeps the history and prepares the rejection flow", "[cli][jobs]") {
    JobVault v;
    const QDate applied = kToday.addDays(-30);
    const QString id = v.id(words({"app", "add", "--company", "Acme", "--role", "Designer", "--date",
                                   qPrintable(iso(applied)), "--contact", "Ana:recruiter"}));
    const Result screening = v.run(words({"app", "stage", qPrintable(id.left(8)), "screening", "--date",
                                          qPrintable(iso(kToday.addDays(-20))), "--note", "Call with Ana"}));
    REQUIRE(screening.code == cli::Ok);
    CHECK(screening.err.contains(
        QStringLiteral("Acme — Designer is now at Screening (since %1).").arg(iso(kToday.addDays(-20)))));
    CHECK(screening.out.isEmpty());
    const QJsonObject moved = v.json(words({"app", "stage", qPrintable(id), "final-round", "--date",
                                            qPrintable(iso(kToday.addDays(-10))), "--json"}))
                                  .toObject();
    CHECK(moved[QStringLiteral("event")].toObject()[QStringLiteral("stage")].toString() ==
          QStringLiteral("final_round"));
    CHECK(moved[QStringLiteral("application")].toObject()[QStringLiteral("stage")].toString() ==
          QStringLiteral("final_round"));
    CHECK(moved[QStringLiteral("rejection_flow")].isNull());
    // A step dated before the latest one goes into the history; the stage stays.
    const Result late = v.run(words(
        {"app", "stage", qPrintable(id), "Interviewing", "--date", qPrintable(iso(kToday.addDays(-15)))}));
    REQUIRE(late.code == cli::Ok);
    CHECK(late.err.contains(QStringLiteral("stays at Final round")));

    QJsonObject shown = v.json({"app", "show", qPrintable(id), "--json"}).toObject();
    const QJsonArray history = shown[QStringLiteral("history")].toArray();
    CHECK(field(history, "stage") == words({"applied", "screening", "interviewing", "final_round"}));
    CHECK(field(history, "date") == QStringList{iso(applied), iso(kToday.addDays(-20)),
                                                iso(kToday.addDays(-15)), iso(kToday.addDays(-10))});
    CHECK(field(history, "note") ==
          QStringList{QString(), QStringLiteral("Call with Ana"), QString(), QString()});
    CHECK(shown[QStringLiteral("stage")].toString() == QStringLiteral("final_round"));

    // Rejected: a kind pointer, and the guided flow is waiting in the app.
    const Result rejected = v.run({"app", "stage", qPrintable(id), "rejected"});
    REQUIRE(rejected.code == cli::Ok);
    CHECK(rejected.err.contains(QStringLiteral("is now at Rejected")));
    CHECK(rejected.err.contains(QStringLiteral("I'm sorry")));
    CHECK(rejected.err.contains(QStringLiteral("waiting for you in the app")));
    {
        auto vault = v.open();
        const auto flow = vault->rejectionFlows().forApplication(id);
        REQUIRE(flow);
        CHECK_FALSE(flow->closed);
        CHECK(flow->rejectedOn == kToday);
        CHECK(flow->currentStep() == rejectionstep::kFeelings);
        CHECK(flow->feedbackMessage.contains(QStringLiteral("Dear Ana,"))); // drafts to edit in the app
        CHECK(vault->applications().history(id).size() == 5);
    }
    shown = v.json({"app", "show", qPrintable(id), "--json"}).toObject();
    CHECK(shown[QStringLiteral("closed")].toBool());
    CHECK(shown[QStringLiteral("rejection_flow")].toObject()[QStringLiteral("current_step")].toString() ==
          QStringLiteral("feelings"));
    CHECK(v.run({"app", "show", qPrintable(id)}).out.contains(QStringLiteral("waiting for you in the app")));
    CHECK(idsOf(v.json({"app", "list", "--closed", "--json"}).toArray()) == QStringList{id});
}

TEST_CASE("rebound-cli app export writes exact CSV with quoting and a warning", "[cli][jobs]") {
    JobVault v;
    const QString id = v.id(words({"app",        "add",
                                   "--company",  "Acme, \"Best\" Corp",
                                   "--role",     "=Lead engineer",
                                   "--link",     "jobs.example.com/42",
                                   "--source",   "LinkedIn",
                                   "--location", "Berlin",
                                   "--remote",   "hybrid",
                                   "--salary",   "60000-80000",
                                   "--currency", "EUR",
                                   "--date",     "2025-03-10",
                                   "--notes",    "-",
                                   "--contact",  "Bo",
                                   "--contact",  "Ana Ruiz <ana@example.com>"}),
                            QStringLiteral("line one\nline two, with comma\n"));
    REQUIRE(v.run({"app", "stage", qPrintable(id), "screening", "--date", "2025-03-20"}).code == cli::Ok);
    const QJsonObject app = v.json({"app", "show", qPrintable(id), "--json"}).toObject();

    const QString expected =
        QStringLiteral("company,role,stage,stage_date,applied_on,link,source,location,work_mode,salary_min,"
                       "salary_max,salary_currency,people,interviews,notes,created_at,updated_at,id\r\n") +
        QStringLiteral("\"Acme, \"\"Best\"\" Corp\",'=Lead engineer,screening,2025-03-20,2025-03-10,"
                       "https://jobs.example.com/42,LinkedIn,Berlin,hybrid,60000,80000,EUR,"
                       "Ana Ruiz <ana@example.com>; Bo,0,\"line one\nline two, with comma\",") +
        app[QStringLiteral("created")].toString() + u',' + app[QStringLiteral("updated")].toString() + u',' +
        id + QStringLiteral("\r\n");

    // stdout: no byte-order mark (it is for spreadsheets opening a file).
    const Result toStdout = v.run({"app", "export"});
    REQUIRE(toStdout.code == cli::Ok);
    CHECK(toStdout.out == expected);
    CHECK(toStdout.err.contains(QStringLiteral("not encrypted")));

    // A file: written atomically, private, with the BOM.
    const QString path = v.tmp.filePath(QStringLiteral("applications.csv"));
    const Result toFile = v.run(words({"app", "export", "--format", "csv", "--output", qPrintable(path)}));
    REQUIRE(toFile.code == cli::Ok);
    CHECK(toFile.out.isEmpty());
    CHECK(toFile.err.contains(QStringLiteral("Exported 1 application(s)")));
    CHECK(toFile.err.contains(QStringLiteral("not encrypted")));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == QByteArray("\xEF\xBB\xBF") + expected.toUtf8());
    CHECK(file.permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                                 QFileDevice::WriteUser));

    const QJsonObject json = v.json({"app", "export", "--format", "json"}).toObject();
    CHECK(json[QStringLiteral("format")].toString() == QStringLiteral("rebound-applications"));
    const QJsonArray apps = json[QStringLiteral("applications")].toArray();
    REQUIRE(apps.size() == 1);
    CHECK(apps[0].toObject()[QStringLiteral("company")].toString() == QStringLiteral("Acme, \"Best\" Corp"));
    CHECK(apps[0].toObject()[QStringLiteral("history")].toArray().size() == 2);

    CHECK(v.run({"app", "export", "--format", "xml"}).code == cli::Usage);
    const Result noFolder = v.run(
        words({"app", "export", "--output", qPrintable(v.tmp.filePath(QStringLiteral("missing/apps.csv")))}));
    CHECK(noFolder.code == cli::Failure);
    CHECK(noFolder.err.contains(QStringLiteral("does not exist")));
}

TEST_CASE("rebound-cli interview add sets a prep reminder and interview list shows it", "[cli][jobs]") {
    JobVault v;
    const QString app = v.id({"app", "add", "--company", "Acme", "--role", "Analyst"});
    const QDate day = kToday.addDays(3);
    const QString at = iso(day) + QStringLiteral(" 14:30");
    const Result added =
        v.run(words({"interview", "add", qPrintable(app.left(8)), "--at", qPrintable(at), "--kind",
                     "technical", "--with", "Dee Park", "--with", "Eli Moss", "--before", "3"}));
    INFO(added.err.toStdString());
    REQUIRE(added.code == cli::Ok);
    const QString interview = added.out.trimmed();
    REQUIRE(interview.size() == 36);
    CHECK(added.err.contains(QStringLiteral("Reminder to prepare: %1.").arg(iso(day.addDays(-1)))));
    {
        auto vault = v.open();
        const QList<Reminder> reminders = vault->reminders().forSubject(interview);
        REQUIRE(reminders.size() == 1);
        CHECK(reminders[0].kind == reminderkind::kInterviewPrep);
        CHECK(reminders[0].dueOn == day.addDays(-1));
        CHECK(reminders[0].title == QStringLiteral("Prepare for your interview at Acme"));
        CHECK_FALSE(reminders[0].done);
    }
    // A past interview (with its reflection) gets no reminder.
    const QString past = v.id(words({"interview", "add", qPrintable(app), "--at",
                                     qPrintable(iso(kToday.addDays(-7)) + QStringLiteral("T09:00")),
                                     "--after", "4", "--went-well", "Rapport", "--stumped", "-"}),
                              QStringLiteral("Sizing question\n"));
    CHECK(v.open()->reminders().forSubject(past).isEmpty());

    const QJsonArray all = v.json({"interview", "list", "--json"}).toArray();
    CHECK(idsOf(all) == QStringList{interview, past}); // newest first
    const QJsonObject first = all[0].toObject();
    CHECK(first[QStringLiteral("starts_at")].toString() == iso(day) + QStringLiteral("T14:30"));
    CHECK(first[QStringLiteral("kind")].toString() == QStringLiteral("technical"));
    CHECK(first[QStringLiteral("company")].toString() == QStringLiteral("Acme"));
    CHECK(strings(first[QStringLiteral("interviewers")]) == words({"Dee Park", "Eli Moss"}));
    CHECK(first[QStringLiteral("confidence_before")].toInt() == 3);
    CHECK(first[QStringLiteral("confidence_after")].isNull());
    const QJsonObject second = all[1].toObject();
    CHECK(second[QStringLiteral("stumped")].toString() == QStringLiteral("Sizing question"));
    CHECK(second[QStringLiteral("went_well")].toString() == QStringLiteral("Rapport"));
    CHECK(second[QStringLiteral("kind")].toString() == QStringLiteral("phone_screen"));
    CHECK(idsOf(v.json({"interview", "list", "--upcoming", "--json"}).toArray()) == QStringList{interview});
    CHECK(idsOf(v.json({"interview", "list", qPrintable(app), "--json"}).toArray()) ==
          QStringList{past, interview});
    CHECK(idsOf(v.json({"interview", "list", qPrintable(app), "--upcoming", "--json"}).toArray()) ==
          QStringList{interview});
    const Result table = v.run({"interview", "list"});
    CHECK(
        table.out.startsWith(interview.left(8) + QStringLiteral("  ") + at + QStringLiteral("  Technical")));
    CHECK(table.out.contains(QStringLiteral("with Dee Park, Eli Moss")));

    // The reflection afterwards; a new time moves the reminder.
    const Result edited =
        v.run(words({"interview", "edit", qPrintable(interview.left(8)), "--after", "2", "--less-confident",
                     "System design", "--at", qPrintable(iso(day.addDays(1)) + QStringLiteral(" 10:00")),
                     "--with", "Fay"}));
    INFO(edited.err.toStdString());
    REQUIRE(edited.code == cli::Ok);
    const QJsonObject e = v.json({"app", "show", qPrintable(app), "--json"}).toObject();
    const QJsonArray interviews = e[QStringLiteral("interviews")].toArray();
    REQUIRE(interviews.size() == 2);
    const QJsonObject changed = interviews[1].toObject();
    CHECK(changed[QStringLiteral("less_confident")].toString() == QStringLiteral("System design"));
    CHECK(changed[QStringLiteral("confidence_after")].toInt() == 2);
    CHECK(strings(changed[QStringLiteral("interviewers")]) == words({"Dee Park", "Eli Moss", "Fay"}));
    const QJsonArray reminders = e[QStringLiteral("reminders")].toArray();
    REQUIRE(reminders.size() == 1);
    CHECK(reminders[0].toObject()[QStringLiteral("due")].toString() == iso(day));

    CHECK(v.run({"interview", "add", qPrintable(app)}).code == cli::Usage); // no --at
    CHECK(v.run({"interview", "add", qPrintable(app), "--at", "tomorrow"}).code == cli::Usage);
    CHECK(v.run({"interview", "add", qPrintable(app), "--at", "2026-01-05 10:00", "--kind", "chat"}).code ==
          cli::Usage);
    CHECK(v.run({"interview", "add", qPrintable(app), "--at", "2026-01-05 10:00", "--before", "6"}).code ==
          cli::Usage);
    CHECK(v.run({"interview", "add", "ffffffff", "--at", "2026-01-05 10:00"}).code == cli::Failure);
    CHECK(v.run({"interview", "add", qPrintable(app), "--at", "2026-01-05 10:00", "--notes", "-", "--stumped",
                 "-"})
              .code == cli::Usage);
    CHECK(v.json({"interview", "list", "--json"}).toArray().size() == 2);
}

TEST_CASE("rebound-cli feedback add names skills and the skills plan ranks them", "[cli][jobs]") {
    JobVault v;
    const QString app = v.id({"app", "add", "--company", "Acme"});
    const QString interview = v.id(words({"interview", "add", qPrintable(app), "--at",
                                          qPrintable(iso(kToday.addDays(-2)) + QStringLiteral(" 10:00"))}));
    auto feedback = [&](int daysAgo, const QStringList &extra) {
        return v.id(QStringList{QStringLiteral("feedback"), QStringLiteral("add"), QStringLiteral("--date"),
                                iso(kToday.addDays(-daysAgo))} +
                    extra);
    };
    // Three mentions a year ago rank below two last month; ties go by name.
    for (int i = 0; i < 3; ++i)
        feedback(365 + i, {QStringLiteral("--weakness"), QStringLiteral("Algorithms"),
                           QStringLiteral("--source"), QStringLiteral("mock")});
    feedback(30, {QStringLiteral("--weakness"), QStringLiteral("System design, Delegation, Coaching")});
    feedback(31, {QStringLiteral("--weakness"), QStringLiteral("System Design"), QStringLiteral("--strength"),
                  QStringLiteral("Communication")});
    const QString onInterview =
        v.id(words({"feedback", "add", "--interview", qPrintable(interview.left(8)), "--text", "-",
                    "--strength", "communication", "--strength", "SQL", "--weakness", "Budgeting"}),
             QStringLiteral("Clear answers; budget questions were thin.\n"));

    const QJsonArray list = v.json({"feedback", "list", "--json"}).toArray();
    REQUIRE(list.size() == 6);
    const QJsonObject newest = list[0].toObject();
    CHECK(newest[QStringLiteral("id")].toString() == onInterview);
    CHECK(newest[QStringLiteral("application_id")].toString() == app); // implied by the interview
    CHECK(newest[QStringLiteral("interview_id")].toString() == interview);
    CHECK(newest[QStringLiteral("company")].toString() == QStringLiteral("Acme"));
    CHECK(newest[QStringLiteral("source")].toString() == QStringLiteral("employer"));
    CHECK(newest[QStringLiteral("text")].toString() ==
          QStringLiteral("Clear answers; budget questions were thin."));
    CHECK(strings(newest[QStringLiteral("strengths")]) ==
          words({"Communication", "SQL"})); // first spelling wins
    CHECK(strings(newest[QStringLiteral("weaknesses")]) == words({"Budgeting"}));
    CHECK(idsOf(v.json({"feedback", "list", "--app", qPrintable(app), "--json"}).toArray()) ==
          QStringList{onInterview});
    CHECK(v.run({"feedback", "list"}).out.contains(QStringLiteral("+Communication +SQL −Budgeting")));
    {
        auto vault = v.open();
        CHECK(vault->feedback().skills().size() == 7);
    }

    const QString action = v.id(words({"skills", "action", "add", "system", "design", "--title", "Read DDIA",
                                       "--kind", "reading", "--due", qPrintable(iso(kToday.addDays(14)))}));
    const QString course = v.id({"skills", "action", "add", "System design", "--title", "Design course"});
    REQUIRE(v.run({"skills", "action", "done", qPrintable(course.left(8))}).code == cli::Ok);
    REQUIRE(v.run({"skills", "pitch", "Communication", "I", "explain", "trade-offs", "plainly."}).code ==
            cli::Ok);

    const Result plan = v.run({"skills"});
    REQUIRE(plan.code == cli::Ok);
    const QString d0 = iso(kToday), d30 = iso(kToday.addDays(-30)), d365 = iso(kToday.addDays(-365));
    const QString expected =
        QStringLiteral("Strengths: lean on these\n"
                       "  1.  Communication  2 mentions  last %1\n"
                       "     Pitch: I explain trade-offs plainly.\n"
                       "  2.  SQL            1 mention   last %1\n"
                       "\n"
                       "Weaknesses: work on these\n"
                       "  1.  System design  2 mentions  last %2\n"
                       "     [ ] %3  Reading: Read DDIA  due %4\n"
                       "     [x] %5  Practice: Design course\n"
                       "  2.  Budgeting      1 mention   last %1\n"
                       "     No action yet: rebound-cli skills action add \"Budgeting\" --title ...\n"
                       "  3.  Coaching       1 mention   last %2\n"
                       "     No action yet: rebound-cli skills action add \"Coaching\" --title ...\n"
                       "  4.  Delegation     1 mention   last %2\n"
                       "     No action yet: rebound-cli skills action add \"Delegation\" --title ...\n"
                       "  5.  Algorithms     3 mentions  last %6\n"
                       "     No action yet: rebound-cli skills action add \"Algorithms\" --title ...\n")
            .arg(d0, d30, action.left(8), iso(kToday.addDays(14)), course.left(8), d365);
    CHECK(plan.out == expected);

    const QJsonObject json = v.json({"skills", "--json"}).toObject();
    CHECK(field(json[QStringLiteral("strengths")].toArray(), "name") == words({"Communication", "SQL"}));
    const QJsonArray weaknesses = json[QStringLiteral("weaknesses")].toArray();
    CHECK(field(weaknesses, "name") ==
          words({"System design", "Budgeting", "Coaching", "Delegation", "Algorithms"}));
    CHECK(weaknesses[0].toObject()[QStringLiteral("mentions")].toInt() == 2);
    CHECK(weaknesses[4].toObject()[QStringLiteral("mentions")].toInt() == 3);
    CHECK(weaknesses[0].toObject()[QStringLiteral("score")].toDouble() ==
          Approx(SkillsPlanner::weight(kToday.addDays(-30), kToday) +
                 SkillsPlanner::weight(kToday.addDays(-31), kToday)));
    CHECK(field(weaknesses[0].toObject()[QStringLiteral("actions")].toArray(), "status") ==
          words({"todo", "done"}));
    CHECK(json[QStringLiteral("strengths")].toArray()[0].toObject()[QStringLiteral("pitch")].toString() ==
          QStringLiteral("I explain trade-offs plainly."));

    // Mistakes: clear messages, nothing written.
    const qint64 before = v.changes();
    const Result unknownSkill = v.run({"skills", "action", "add", "Juggling", "--title", "Practise"});
    CHECK(unknownSkill.code == cli::Failure);
    CHECK(unknownSkill.err.contains(QStringLiteral("There is no skill called “Juggling”")));
    CHECK(v.run({"skills", "action", "add", "SQL"}).code == cli::Usage); // no --title
    CHECK(v.run({"skills", "action", "add", "SQL", "--title", "x", "--kind", "nap"}).code == cli::Usage);
    CHECK(v.run({"skills", "action", "done", "ffffffff"}).code == cli::Failure);
    const Result empty = v.run({"feedback", "add", "--app", qPrintable(app)});
    CHECK(empty.code == cli::Failure);
    CHECK(empty.err.contains(QStringLiteral("Write the feedback or name at least one skill.")));
    CHECK(v.run({"feedback", "add", "--source", "boss", "--text", "x"}).code == cli::Usage);
    CHECK(v.run({"feedback", "add", "--text", "x", "--date", qPrintable(iso(kToday.addDays(5)))}).code ==
          cli::Failure);
    CHECK(v.run({"feedback", "add", "--text", "x", "--app", "ffffffff"}).code == cli::Failure);
    CHECK(v.changes() == before);
}

TEST_CASE("rebound-cli refuses bad job search input and writes nothing", "[cli][jobs]") {
    JobVault v;
    const QString app = v.id({"app", "add", "--company", "Acme"});
    const qint64 before = v.changes();
    struct Case {
        QStringList args;
        int code;
        const char *message;
    };
    const QString future = iso(kToday.addDays(5));
    const QList<Case> cases{
        {words({"app", "add", "--company", "X", "--stage", "hired"}), cli::Usage,
         "--stage takes one of: saved"},
        {words({"app", "add", "--company", "X", "--date", "5/3/2026"}), cli::Usage, "YYYY-MM-DD"},
        {words({"app", "add", "--company", "X", "--salary", "90000-60000"}), cli::Usage,
         "lowest salary is above"},
        {words({"app", "add", "--company", "X", "--salary", "lots"}), cli::Usage, "--salary takes a range"},
        {words({"app", "add", "--company", "X", "--remote", "sometimes"}), cli::Usage,
         "--remote takes one of"},
        {words({"app", "add", "--company", "X", "--contact", "Ana:boss"}), cli::Usage,
         "The role of --contact"},
        {words({"app", "add", "--company", "X", "--contact", "Ana <not-an-address>"}), cli::Failure,
         "does not look like an e-mail address"},
        {words({"app", "add", "--company", "X", "--date", qPrintable(future)}), cli::Failure, "future"},
        {words({"app", "add", "--company", "X", "--link", "ftp://files.example"}), cli::Failure,
         "http or https"},
        {words({"app", "add", "--company", "X", "--currency", "euro"}), cli::Failure, "three letters"},
        {words({"app", "add", "--company", "  "}), cli::Failure, "Name the company."},
        {words({"app", "add", "--role", "Engineer"}), cli::Usage, "needs --company"},
        {words({"app", "add", "--company", "X", "--mood", "3"}), cli::Usage, "does not take --mood"},
        {words({"app", "show", "ffffffff"}), cli::Failure, "No application has the ID ffffffff."},
        {words({"app", "show", "not-hex!"}), cli::Failure, "No application has the ID"},
        {words({"app", "stage", "ffffffff", "offer"}), cli::Failure, "No application has the ID"},
        {words({"app", "stage", qPrintable(app), "hired"}), cli::Usage, "The stage takes one of"},
        {words({"app", "stage", qPrintable(app)}), cli::Usage,
         "needs the application's ID and the new stage"},
        {words({"app", "stage", qPrintable(app), "offer", "--date", qPrintable(future)}), cli::Failure,
         "future"},
        {words({"app", "edit", qPrintable(app), "--company", ""}), cli::Failure, "Name the company."},
        {words({"app", "edit", qPrintable(app), "--salary", "9-1"}), cli::Usage, "lowest salary is above"},
        {words({"app", "edit", "ffffffff", "--role", "x"}), cli::Failure, "No application has the ID"},
        {words({"app", "list", "--open", "--closed"}), cli::Usage, "not both"},
        {words({"app", "list", "--stage", "nope"}), cli::Usage, "--stage takes one of"},
        {words({"app", "delete", "ffffffff", "--yes"}), cli::Failure, "No application has the ID"},
        {words({"app", "frobnicate"}), cli::Usage, "Unknown command"},
        {words({"app", "add", "--company", "X", "--notes", "-", "--role", "-"}), cli::Usage, "Only one text"},
    };
    for (const Case &c : cases) {
        const Result r = v.run(c.args);
        INFO(c.args.join(u' ').toStdString() << " -> " << r.err.toStdString());
        CHECK(r.code == c.code);
        CHECK(r.err.contains(QString::fromUtf8(c.message)));
        CHECK(r.out.isEmpty());
    }
    CHECK(v.changes() == before);
    CHECK(v.open()->applications().count() == 1);
}

TEST_CASE("rebound-cli job search commands have their own help", "[cli][jobs]") {
    JobVault v;
    for (const QStringList &args :
         {words({"app", "--help"}), words({"help", "app"}), words({"app", "add", "-h"})}) {
        const Result r = v.run(args);
        CHECK(r.code == cli::Ok);
        CHECK(r.out.contains(QStringLiteral("app export [--format csv|json] [--output FILE]")));
        CHECK(r.out.contains(QStringLiteral("--contact")));
        CHECK_FALSE(r.out.contains(QStringLiteral("journal search")));
    }
    CHECK(v.run({"interview", "--help"}).out.contains(QStringLiteral("--less-confident")));
    CHECK(v.run({"feedback", "--help"}).out.contains(QStringLiteral("--weakness SKILL")));
    CHECK(v.run({"skills", "--help"}).out.contains(QStringLiteral("skills action done ACTION_ID")));
    const Result full = v.run({"--help"});
    CHECK(full.out.contains(QStringLiteral("journal search WORDS")));
    CHECK(full.out.contains(QStringLiteral("interview add APP_ID")));
    const Result bare = v.run({"app"});
    CHECK(bare.code == cli::Usage);
    CHECK(bare.err.startsWith(QStringLiteral("Usage:")));
    CHECK(bare.err.contains(QStringLiteral("app show ID [--json]")));
    // A usage error in a group shows that group's help.
    const Result wrong = v.run({"interview", "add"});
    CHECK(wrong.code == cli::Usage);
    CHECK(wrong.err.contains(QStringLiteral("interview list [APP_ID]")));
}
