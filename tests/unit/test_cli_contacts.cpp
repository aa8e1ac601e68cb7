// rebound-cli contacts and reminders: contact add|list|show|log|edit|delete|import|export,
// reminders [--due] [--days N] [--ics FILE] [--notify] [--json].
#include "TestSupport.h"
#include "cli/Cli.h"
#include "cli/Terminal.h"
#include "core/Clock.h"
#include "services/AppSettings.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace rebound;
using namespace rebound::test;

namespace {

class ScriptedInput final : public cli::Input {
public:
    QString secret = QStringLiteral("test passphrase");
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

QString s(const char *text) {
    return QString::fromUtf8(text);
}

const QTimeZone kZone("Europe/Berlin");
const QDate kToday(2026, 11, 18); // a Wednesday

struct ContactVault {
    QTemporaryDir tmp;
    QString dir = tmp.filePath(QStringLiteral("vault"));
    FakeClock clock{QDateTime(kToday, QTime(12, 0), kZone).toMSecsSinceEpoch()};

    ContactVault() {
        clock.setTimeZone(kZone);
        createVault(dir, "test passphrase", clock).reset();
    }

    Result run(const QStringList &args, ScriptedInput *input = nullptr) {
        ScriptedInput scripted;
        ScriptedInput &in = input ? *input : scripted;
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
        const QString out = ok(args + QStringList{QStringLiteral("--json")});
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8(), &error);
        INFO(out.toStdString());
        REQUIRE(error.error == QJsonParseError::NoError);
        return doc.object();
    }
    QString id(const QStringList &args) {
        const QString id = ok(args).trimmed();
        REQUIRE(id.size() == 36);
        return id;
    }
    std::unique_ptr<Vault> open() { return Vault::unlock(dir, secret("test passphrase"), clock); }
    int contacts() { return open()->contacts().count(); }
    qint64 changes() {
        return open()->store().db().queryInt(QStringLiteral("SELECT count(*) FROM change_log"));
    }
    QString write(const QString &name, const QByteArray &content) {
        const QString path = tmp.filePath(name);
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(content);
        return path;
    }
};

QString iso(const QDate &d) {
    return d.toString(Qt::ISODate);
}

const QByteArray kTwoCards = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Maya Chen\r\nORG:Acme\r\nTITLE:Recruiter\r\n"
                             "EMAIL;TYPE=INTERNET:maya@acme.example\r\nTEL;TYPE=CELL:+49 151 2345 6789\r\nEND:VCARD\r\n"
                             "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Jon Park\r\nEMAIL:jon@park.example\r\nEND:VCARD\r\n";

} // namespace

TEST_CASE("rebound-cli contact add, show, edit and delete", "[cli-contacts]") {
    ContactVault v;
    const QString id = v.id({s("contact"), s("add"), s("--name"), s("Maya Chen"), s("--company"), s("Acme"),
                             s("--role"), s("Recruiter"), s("--email"), s("maya@acme.example"), s("--email"),
                             s("maya.chen@mail.example"), s("--phone"), s("+49 151 2345 6789"), s("--url"),
                             s("https://example.com/maya"), s("--met"), s("Berlin meetup"), s("--tag"),
                             s("recruiter"), s("--notes"), s("Prefers e-mail."), s("--cadence"), s("30")});
    const QString shown = v.ok({s("contact"), s("show"), id.left(6)});
    CHECK(shown == s("Maya Chen\n"
                     "  ID:              %1\n"
                     "  Company:         Acme\n"
                     "  Role:            Recruiter\n"
                     "  Email:           maya@acme.example, maya.chen@mail.example\n"
                     "  Phone:           +49 151 2345 6789\n"
                     "  Profile:         https://example.com/maya\n"
                     "  How we met:      Berlin meetup\n"
                     "  Tags:            Recruiter\n"
                     "  Keep in touch:   every 30 days\n"
                     "  Last contacted:  never\n"
                     "  Next:            due %2\n"
                     "\n"
                     "Notes:\n"
                     "Prefers e-mail.\n"
                     "\n"
                     "Interactions:\n"
                     "  none logged yet\n")
                       .arg(id, iso(kToday.addDays(30))));

    const QJsonObject o = v.json({s("contact"), s("show"), id});
    CHECK(o[s("name")].toString() == s("Maya Chen"));
    CHECK(o[s("emails")].toArray().size() == 2);
    CHECK(o[s("tags")].toArray() == QJsonArray{s("recruiter")});
    CHECK(o[s("cadence")].toString() == s("days"));
    CHECK(o[s("cadence_days")].toInt() == 30);
    CHECK(o[s("last_contacted")].isNull());
    CHECK(o[s("due_on")].toString() == iso(kToday.addDays(30)));
    CHECK(o[s("is_due")].toBool() == false);
    CHECK(o[s("interactions")].toArray().isEmpty());
    CHECK(o[s("applications")].toArray().isEmpty());

    // Edit: lists are replaced, "" clears, --cadence tags falls back to the tag's default.
    const Result edit = v.run({s("contact"), s("edit"), id, s("--email"), s("maya@new.example"), s("--phone"),
                               s(""), s("--cadence"), s("tags"), s("--tag"), s("mentor,recruiter")});
    REQUIRE(edit.code == cli::Ok);
    CHECK(edit.err == s("Updated Maya Chen.\n"));
    const QJsonObject edited = v.json({s("contact"), s("show"), id});
    CHECK(edited[s("emails")].toArray() == QJsonArray{s("maya@new.example")});
    CHECK(edited[s("phones")].toArray().isEmpty());
    QStringList tags;
    for (const auto &t : edited[s("tags")].toArray())
        tags << t.toString();
    tags.sort();
    CHECK(tags == QStringList{s("mentor"), s("recruiter")});
    CHECK(edited[s("cadence")].toString() == s("tags"));
    CHECK(edited[s("cadence_days")].isNull());
    CHECK(edited[s("effective_cadence_days")].toInt() == 30); // mentor 30 beats recruiter 60

    // Delete needs --yes without a terminal; a terminal is asked.
    const Result refused = v.run({s("contact"), s("delete"), id});
    CHECK(refused.code == cli::Usage);
    CHECK(v.contacts() == 1);
    ScriptedInput no;
    no.terminal = true;
    no.answers = {s("n")};
    const Result kept = v.run({s("contact"), s("delete"), id}, &no);
    CHECK(kept.code == cli::Failure);
    CHECK(kept.err == s("Nothing was deleted.\n"));
    CHECK(v.contacts() == 1);
    const Result deleted = v.run({s("contact"), s("delete"), id, s("--yes")});
    CHECK(deleted.code == cli::Ok);
    CHECK(deleted.err == s("Deleted Maya Chen.\n"));
    CHECK(v.contacts() == 0);
}

TEST_CASE("rebound-cli contact log restarts the keep-in-touch clock and list shows who is due", "[cli-contacts]") {
    ContactVault v;
    const QString maya =
        v.id({s("contact"), s("add"), s("--name"), s("Maya Chen"), s("--tag"), s("recruiter"), s("--company"), s("Acme")});
    const QString jon = v.id({s("contact"), s("add"), s("--name"), s("Jon Park"), s("--tag"), s("mentor")});
    const QString off = v.id({s("contact"), s("add"), s("--name"), s("Zoe Off"), s("--cadence"), s("off")});
    // A call with Maya 70 days ago (recruiters: every 60 days): overdue since 10 days.
    const Result logged = v.run({s("contact"), s("log"), maya.left(8), s("--kind"), s("call"), s("--date"),
                                 iso(kToday.addDays(-70)), s("--note"), s("Intro call")});
    REQUIRE(logged.code == cli::Ok);
    CHECK(logged.out.trimmed().size() == 36);
    CHECK(logged.err == s("Logged: Call with Maya Chen on %1.\nNext keep-in-touch: %2.\n")
                            .arg(iso(kToday.addDays(-70)), iso(kToday.addDays(-10))));

    CHECK(v.ok({s("contact"), s("list")}) ==
          s("%1  Jon Park         Mentor     never contacted  due %4\n"
            "%2  Maya Chen  Acme  Recruiter  last %5  overdue since %6\n"
            "%3  Zoe Off                     never contacted  no reminders\n")
              .arg(jon.left(8), maya.left(8), off.left(8), iso(kToday.addDays(30)), iso(kToday.addDays(-70)),
                   iso(kToday.addDays(-10))));
    CHECK(v.ok({s("contact"), s("list"), s("--due")}) ==
          s("%1  Maya Chen  Acme  Recruiter  last %2  overdue since %3\n")
              .arg(maya.left(8), iso(kToday.addDays(-70)), iso(kToday.addDays(-10))));
    CHECK(v.ok({s("contact"), s("list"), s("--tag"), s("mentor")}).startsWith(jon.left(8) + s("  Jon Park")));
    CHECK(v.ok({s("contact"), s("list"), s("--search"), s("nobody")}) == s("No contacts match.\n"));

    const QJsonObject list = v.json({s("contact"), s("list"), s("--due")});
    CHECK(list[s("date")].toString() == iso(kToday));
    const QJsonArray due = list[s("contacts")].toArray();
    REQUIRE(due.size() == 1);
    CHECK(due[0].toObject()[s("id")].toString() == maya);
    CHECK(due[0].toObject()[s("last_contacted")].toString() == iso(kToday.addDays(-70)));
    CHECK(due[0].toObject()[s("due_on")].toString() == iso(kToday.addDays(-10)));
    CHECK(due[0].toObject()[s("is_due")].toBool());
    CHECK(due[0].toObject()[s("effective_cadence_days")].toInt() == 60);

    // A coffee today moves the next catch-up 60 days ahead; nobody is due any more.
    const QJsonObject coffee = v.json({s("contact"), s("log"), maya, s("--kind"), s("coffee")});
    CHECK(coffee[s("kind")].toString() == s("coffee"));
    CHECK(coffee[s("date")].toString() == iso(kToday));
    CHECK(coffee[s("due_on")].toString() == iso(kToday.addDays(60)));
    CHECK(v.ok({s("contact"), s("list"), s("--due")}) == s("Nobody is due for a catch-up.\n"));
    const QJsonObject shown = v.json({s("contact"), s("show"), maya});
    CHECK(shown[s("interactions")].toArray().size() == 2);
    CHECK(shown[s("interactions")].toArray()[0].toObject()[s("kind")].toString() == s("coffee"));
}

TEST_CASE("rebound-cli contact commands refuse bad input and write nothing", "[cli-contacts]") {
    ContactVault v;
    const QString id = v.id({s("contact"), s("add"), s("--name"), s("Maya Chen")});
    const qint64 before = v.changes();
    struct Case {
        QStringList args;
        int code;
        QString says;
    };
    const QList<Case> cases{
        {{s("contact"), s("add")}, cli::Usage, s("Give --name")},
        {{s("contact"), s("add"), s("--name"), s("  ")}, cli::Usage, s("Give --name")},
        {{s("contact"), s("add"), s("--name"), s("A"), s("--tag"), s("boss")}, cli::Usage, s("--tag takes one of")},
        {{s("contact"), s("add"), s("--name"), s("A"), s("--cadence"), s("0")}, cli::Usage, s("--cadence takes")},
        {{s("contact"), s("add"), s("--name"), s("A"), s("--cadence"), s("weekly")}, cli::Usage, s("--cadence takes")},
        {{s("contact"), s("add"), s("--name"), s("A"), s("--date"), s("2026-01-01")}, cli::Usage, s("does not take --date")},
        {{s("contact"), s("add"), s("--name"), s("A"), s("--url"), s("javascript:alert(1)")}, cli::Failure, QString()},
        {{s("contact"), s("add"), s("--name"), s("A"), s("--email"), s("not-an-address")}, cli::Failure,
         s("is not an email address")},
        {{s("contact"), s("add"), s("--name"), QString(Contact::kMaxNameChars + 1, u'x')}, cli::Failure, QString()},
        {{s("contact"), s("edit"), id}, cli::Usage, s("Nothing to change")},
        {{s("contact"), s("edit"), id, s("--name"), s("")}, cli::Failure, QString()},
        {{s("contact"), s("edit"), s("ffffffff"), s("--name"), s("B")}, cli::Failure, s("No contact has the ID ffffffff")},
        {{s("contact"), s("log"), id, s("--kind"), s("fax")}, cli::Usage, s("--kind takes one of")},
        {{s("contact"), s("log"), id, s("--date"), s("yesterday")}, cli::Usage, s("YYYY-MM-DD")},
        // (tomorrow is allowed: somewhere the day has begun)
        {{s("contact"), s("log"), id, s("--date"), iso(kToday.addDays(2))}, cli::Failure, s("is in the future")},
        {{s("contact"), s("log")}, cli::Usage, s("Which contact?")},
        {{s("contact"), s("show"), s("zz")}, cli::Failure, s("No contact has the ID zz")},
        {{s("contact"), s("list"), s("--tag"), s("boss")}, cli::Usage, s("--tag takes one of")},
        {{s("contact"), s("delete"), id}, cli::Usage, s("add --yes")},
        {{s("contact"), s("import")}, cli::Usage, s("Which file?")},
        {{s("contact"), s("import"), v.tmp.filePath(s("missing.vcf"))}, cli::Failure, s("Could not read")},
        {{s("contact"), s("export"), s("--output"), v.tmp.filePath(s("no/such/dir/x.vcf"))}, cli::Failure, s("does not exist")},
        {{s("reminders"), s("--days"), s("-3")}, cli::Usage, s("--days takes")},
        {{s("reminders"), s("--days"), s("many")}, cli::Usage, s("--days takes")},
        {{s("reminders"), s("--due"), s("--days"), s("3")}, cli::Usage, s("does not go with")},
        {{s("reminders"), s("--ics"), v.tmp.filePath(s("no/such/dir/r.ics"))}, cli::Failure, s("does not exist")},
        {{s("reminders"), s("--notify"), s("--json")}, cli::Usage, s("does not take --json")},
    };
    for (const Case &c : cases) {
        const Result r = v.run(c.args);
        INFO(c.args.join(u' ').toStdString() << " -> " << r.code << " " << r.err.toStdString());
        CHECK(r.code == c.code);
        CHECK(r.out.isEmpty());
        if (!c.says.isEmpty())
            CHECK(r.err.contains(c.says));
    }
    CHECK(v.changes() == before);
    CHECK(v.contacts() == 1);
    CHECK_FALSE(QFile::exists(v.tmp.filePath(s("missing.vcf"))));
}

TEST_CASE("rebound-cli contact import previews, finds duplicates and imports in one go", "[cli-contacts]") {
    ContactVault v;
    const QString existing = v.id({s("contact"), s("add"), s("--name"), s("Maya C."), s("--email"), s("MAYA@acme.example")});
    const QString file = v.write(s("phone.vcf"), kTwoCards);

    SECTION("without a terminal and without --yes: the preview, then nothing") {
        const Result r = v.run({s("contact"), s("import"), file});
        CHECK(r.code == cli::Usage);
        CHECK(r.out == s("phone.vcf holds 2 contact(s):\n"
                         "  Maya Chen (Recruiter at Acme) maya@acme.example\n"
                         "  Jon Park jon@park.example\n"
                         "Already in your contacts (same email or phone):\n"
                         "  Maya Chen — shares MAYA@acme.example with Maya C. (%1)\n")
                           .arg(existing.left(8)));
        CHECK(r.err == s("Nothing was imported: add --yes to import (there is no terminal to ask on).\n"));
        CHECK(v.contacts() == 1);
    }
    SECTION("asked on a terminal: no") {
        ScriptedInput answer;
        answer.terminal = true;
        answer.answers = {s("no")};
        const Result r = v.run({s("contact"), s("import"), file}, &answer);
        CHECK(r.code == cli::Failure);
        CHECK(r.err == s("Nothing was imported.\n"));
        CHECK(v.contacts() == 1);
    }
    SECTION("asked on a terminal: yes, leaving out duplicates") {
        ScriptedInput answer;
        answer.terminal = true;
        answer.answers = {s("y")};
        const Result r = v.run({s("contact"), s("import"), file, s("--skip-duplicates")}, &answer);
        CHECK(r.code == cli::Ok);
        CHECK(r.err == s("Imported 1 contact(s).\n"));
        const QJsonArray all = v.json({s("contact"), s("list")})[s("contacts")].toArray();
        REQUIRE(all.size() == 2);
        CHECK(all[0].toObject()[s("name")].toString() == s("Jon Park"));
        CHECK(all[1].toObject()[s("name")].toString() == s("Maya C."));
    }
    SECTION("--yes imports everything, duplicates included") {
        const Result r = v.run({s("contact"), s("import"), file, s("--yes")});
        CHECK(r.code == cli::Ok);
        CHECK(r.err == s("Imported 2 contact(s).\n"));
        CHECK(v.contacts() == 3);
        auto vault = v.open();
        const auto maya = vault->contacts().list(ContactFilter{s("Maya Chen"), QString()});
        REQUIRE(maya.size() == 1);
        CHECK(maya[0].company == s("Acme"));
        CHECK(maya[0].role == s("Recruiter"));
        CHECK(maya[0].phones == QStringList{s("+49 151 2345 6789")});
    }
}

TEST_CASE("rebound-cli contact import of a malformed file names the line and imports nothing", "[cli-contacts]") {
    ContactVault v;
    const qint64 before = v.changes();
    // The second card never ends: the third BEGIN is on line 9.
    const QString file = v.write(s("broken.vcf"), "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Good One\r\nEND:VCARD\r\n"
                                                  "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Broken\r\nEMAIL:b@x.example\r\n"
                                                  "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Third\r\nEND:VCARD\r\n");
    const Result r = v.run({s("contact"), s("import"), file, s("--yes")});
    CHECK(r.code == cli::Failure);
    CHECK(r.out.isEmpty());
    CHECK(r.err.startsWith(s("rebound-cli: %1 is not a vCard file we can read. ").arg(file)));
    CHECK(QRegularExpression(s("[Ll]ine 9\\b")).match(r.err).hasMatch());
    CHECK(r.err.trimmed().endsWith(s("Nothing was imported.")));
    CHECK(v.contacts() == 0);
    CHECK(v.changes() == before);
}

TEST_CASE("rebound-cli contact export then import round-trips the contacts", "[cli-contacts]") {
    ContactVault v;
    v.id({s("contact"), s("add"), s("--name"), s("Zoë Åström"), s("--company"), s("Nordic; AB"), s("--role"),
          s("Hiring manager"), s("--email"), s("zoe@nordic.example"), s("--phone"), s("+46 70 123 45 67"), s("--url"),
          s("https://example.com/zoe"), s("--notes"), s("Line one\nLine two, with a comma")});
    v.id({s("contact"), s("add"), s("--name"), s("Jon Park"), s("--email"), s("jon@park.example"), s("--email"),
          s("jon@work.example")});
    const QString path = v.tmp.filePath(s("out.vcf"));
    const Result exported = v.run({s("contact"), s("export"), s("--output"), path});
    REQUIRE(exported.code == cli::Ok);
    CHECK(exported.out.isEmpty());
    CHECK(exported.err.startsWith(s("Exported 2 contact(s) to %1 (vCard 4.0).\nWarning: the export is not encrypted.")
                                      .arg(path)));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(bytes.startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n"));
    CHECK(bytes.count("BEGIN:VCARD") == 2);
    CHECK(int(f.permissions() & (QFile::ReadOther | QFile::ReadGroup)) == 0);

    // Into a fresh vault: the same contacts come back.
    ContactVault other;
    REQUIRE(other.run({s("contact"), s("import"), path, s("--yes")}).code == cli::Ok);
    auto a = v.open();
    auto b = other.open();
    const QList<Contact> before = a->contacts().list();
    const QList<Contact> after = b->contacts().list();
    REQUIRE(after.size() == before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        CHECK(after[i].name == before[i].name);
        CHECK(after[i].company == before[i].company);
        CHECK(after[i].role == before[i].role);
        CHECK(after[i].emails == before[i].emails);
        CHECK(after[i].phones == before[i].phones);
        CHECK(after[i].profileUrl == before[i].profileUrl);
        CHECK(after[i].notes == before[i].notes);
    }
    // Importing the same file again: every card is a duplicate.
    const Result again = other.run({s("contact"), s("import"), path, s("--skip-duplicates"), s("--yes")});
    CHECK(again.code == cli::Ok);
    CHECK(again.err == s("Nothing to import.\n"));
    CHECK(other.contacts() == 2);

    // To stdout, with the warning on stderr.
    const Result piped = v.run({s("contact"), s("export")});
    CHECK(piped.out.toUtf8() == bytes);
    CHECK(piped.err == s("Warning: the export is not encrypted; take care where you keep it.\n"));
}

namespace {
// One iCalendar content line unfolded: CRLF followed by a space or tab continues it.
QStringList unfold(const QByteArray &ics) {
    QString text = QString::fromUtf8(ics);
    text.replace(QStringLiteral("\r\n "), QString()).replace(QStringLiteral("\r\n\t"), QString());
    return text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}
} // namespace

TEST_CASE("rebound-cli reminders lists what is due and upcoming, and exports iCalendar", "[cli-contacts]") {
    ContactVault v;
    const QString maya = v.id({s("contact"), s("add"), s("--name"), s("Maya Chen"), s("--cadence"), s("7")});
    const QString jon = v.id({s("contact"), s("add"), s("--name"), s("Jon Park"), s("--cadence"), s("7")});
    v.ok({s("contact"), s("log"), maya, s("--kind"), s("call"), s("--date"), iso(kToday.addDays(-10))});
    v.ok({s("contact"), s("log"), jon, s("--kind"), s("email"), s("--date"), iso(kToday.addDays(-2))});
    v.id({s("contact"), s("add"), s("--name"), s("Far Away"), s("--cadence"), s("100")});

    const QJsonObject all = v.json({s("reminders")});
    const QJsonArray list = all[s("reminders")].toArray();
    QStringList titles;
    for (const auto &r : list)
        titles << r.toObject()[s("title")].toString();
    INFO(titles.join(s(" | ")).toStdString());
    REQUIRE(titles.filter(s("Maya Chen")).size() == 1);
    REQUIRE(titles.filter(s("Jon Park")).size() == 1);
    CHECK(titles.filter(s("Far Away")).isEmpty()); // due in 100 days: beyond 14
    QJsonObject mayaReminder, jonReminder;
    for (const auto &r : list) {
        if (r.toObject()[s("title")].toString().contains(s("Maya Chen")))
            mayaReminder = r.toObject();
        if (r.toObject()[s("title")].toString().contains(s("Jon Park")))
            jonReminder = r.toObject();
    }
    CHECK(mayaReminder[s("kind")].toString() == s("keep_in_touch"));
    CHECK(mayaReminder[s("due_on")].toString() == iso(kToday.addDays(-3)));
    CHECK(mayaReminder[s("fire_at")].toString() == iso(kToday.addDays(-3)) + s("T09:00:00+01:00"));
    CHECK(mayaReminder[s("due")].toBool());
    CHECK(mayaReminder[s("notified")].toBool() == false);
    CHECK(jonReminder[s("due_on")].toString() == iso(kToday.addDays(5)));
    CHECK(jonReminder[s("due")].toBool() == false);

    const QJsonArray dueOnly = v.json({s("reminders"), s("--due")})[s("reminders")].toArray();
    REQUIRE(dueOnly.size() == 1);
    CHECK(dueOnly[0].toObject()[s("key")].toString() == mayaReminder[s("key")].toString());
    CHECK(v.json({s("reminders"), s("--days"), s("4")})[s("reminders")].toArray().size() == 1);

    const QString text = v.ok({s("reminders")});
    CHECK(text == s("Due now:\n"
                    "  %1 09:00  Keep in touch  %2\n"
                    "\n"
                    "Next 14 day(s):\n"
                    "  %3 09:00  Keep in touch  %4\n")
                      .arg(iso(kToday.addDays(-3)), mayaReminder[s("title")].toString() +
                                                        (mayaReminder[s("detail")].toString().isEmpty()
                                                             ? QString()
                                                             : s(" — ") + mayaReminder[s("detail")].toString()),
                           iso(kToday.addDays(5)),
                           jonReminder[s("title")].toString() + (jonReminder[s("detail")].toString().isEmpty()
                                                                     ? QString()
                                                                     : s(" — ") + jonReminder[s("detail")].toString())));

    // --ics FILE: a VCALENDAR with one VEVENT per reminder, times in UTC.
    const QString ics = v.tmp.filePath(s("reminders.ics"));
    const Result written = v.run({s("reminders"), s("--ics"), ics});
    REQUIRE(written.code == cli::Ok);
    CHECK(written.err.startsWith(s("Wrote 2 reminder(s) for the next 14 day(s) to %1 (iCalendar).\nWarning:").arg(ics)));
    QFile f(ics);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(!bytes.contains("\n\n"));
    for (const QByteArray &line : bytes.split('\n'))
        if (!line.isEmpty())
            CHECK(line.endsWith('\r'));
    const QStringList lines = unfold(bytes);
    REQUIRE(lines.size() > 4);
    CHECK(lines.first() == s("BEGIN:VCALENDAR"));
    CHECK(lines.last() == s("END:VCALENDAR"));
    CHECK(lines.contains(s("VERSION:2.0")));
    CHECK(lines.filter(QRegularExpression(s("^PRODID:"))).size() == 1);
    CHECK(lines.count(s("BEGIN:VEVENT")) == 2);
    CHECK(lines.count(s("END:VEVENT")) == 2);
    CHECK(lines.contains(s("UID:%1@rebound.invalid").arg(mayaReminder[s("key")].toString())));
    // 09:00 in Berlin (UTC+1 in November) is 08:00 UTC.
    CHECK(lines.contains(s("DTSTART:%1T080000Z").arg(kToday.addDays(-3).toString(s("yyyyMMdd")))));
    CHECK(lines.contains(s("DTSTART:%1T080000Z").arg(kToday.addDays(5).toString(s("yyyyMMdd")))));
    CHECK(lines.count(s("DURATION:PT15M")) == 2);
    CHECK(lines.filter(QRegularExpression(s("^DTSTAMP:\\d{8}T\\d{6}Z$"))).size() == 2);
    CHECK(lines.filter(QRegularExpression(s("^SUMMARY:.*Maya Chen"))).size() == 1);
    // Properly nested: every VEVENT opens and closes inside the calendar.
    int depth = 0, maxDepth = 0;
    for (const QString &l : lines) {
        if (l.startsWith(s("BEGIN:")))
            maxDepth = std::max(maxDepth, ++depth);
        else if (l.startsWith(s("END:")))
            --depth;
        CHECK(depth >= 0);
    }
    CHECK(depth == 0);
    CHECK(maxDepth == 2);

    // Reading the reminders marks nothing: they still come up as not notified.
    CHECK(v.json({s("reminders"), s("--due")})[s("reminders")].toArray()[0].toObject()[s("notified")].toBool() ==
          false);
}

TEST_CASE("rebound-cli reminders --notify without a remembered key says so and changes nothing", "[cli-contacts]") {
    ContactVault v;
    const QString maya = v.id({s("contact"), s("add"), s("--name"), s("Maya Chen"), s("--cadence"), s("7")});
    v.ok({s("contact"), s("log"), maya, s("--date"), iso(kToday.addDays(-10))});
    const VaultHeader header = Vault::readHeader(v.dir);
    REQUIRE_FALSE(AppSettings().remembersVault(header.vaultId));
    const auto files = snapshot(v.dir);
    ScriptedInput input;
    input.secret = QStringLiteral("must not be asked");
    const Result r = v.run({s("reminders"), s("--notify")}, &input);
    CHECK(r.code == cli::NotRemembered);
    CHECK(r.code == 5);
    CHECK(r.out.isEmpty());
    CHECK(r.err == s("rebound-cli: reminders cannot be shown while the app is closed: the vault's key is not "
                     "remembered on this device. Unlock Rebound with \"Remember on this device\" turned on (it "
                     "keeps the key in the system keyring); until then reminders show only while the app is "
                     "open. Nothing was changed.\n"));
    CHECK(snapshot(v.dir) == files);
    // Still due and not notified.
    const QJsonArray due = v.json({s("reminders"), s("--due")})[s("reminders")].toArray();
    REQUIRE(due.size() == 1);
    CHECK(due[0].toObject()[s("notified")].toBool() == false);
}
