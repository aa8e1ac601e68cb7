#include "TestSupport.h"
#include "cli/Cli.h"
#include "cli/Terminal.h"
#include "services/JournalTemplates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace rebound;
using namespace rebound::test;

namespace {
class ScriptedInput final : public cli::Input {
public:
    QStringList secrets;
    QString rest;
    bool interactive() const override { return false; }
    SecureBytes readSecret(const QString &) override {
        return SecureBytes::fromUtf8(secrets.isEmpty() ? QString() : secrets.takeFirst());
    }
    QString readRest() override { return std::exchange(rest, QString()); }
    QString readLine(const QString &) override { return {}; }
};

struct Result {
    int code;
    QString out, err;
};

Result cliRun(const QStringList &args, QStringList secrets = {}, QString rest = {}) {
    ScriptedInput in;
    in.secrets = std::move(secrets);
    in.rest = std::move(rest);
    QString out, err;
    QTextStream o(&out), e(&err);
    const int code = cli::run(args, in, o, e);
    o.flush();
    e.flush();
    return {code, out, err};
}
} // namespace

TEST_CASE("rebound-cli covers the vault and journal life cycle", "[cli]") {
    QTemporaryDir tmp;
    const QString v = tmp.filePath(QStringLiteral("vault"));
    const QString pass = QStringLiteral("cli passphrase one");
    auto run = [&](QStringList args, QStringList secrets = {}, QString rest = {}) {
        return cliRun(QStringList{QStringLiteral("--vault"), v} + args, secrets, rest);
    };

    CHECK(run({QStringLiteral("journal"), QStringLiteral("list")}, {pass}).code == cli::VaultUnusable);
    CHECK(run({QStringLiteral("init")}, {QStringLiteral("short")}).code == cli::Failure);
    REQUIRE(run({QStringLiteral("init")}, {pass}).code == cli::Ok);
    CHECK(run({QStringLiteral("init")}, {pass}).code == cli::Failure);

    const auto added = run({QStringLiteral("journal"), QStringLiteral("add"), QStringLiteral("--mood"),
                            QStringLiteral("2"), QStringLiteral("--date"), QStringLiteral("2026-11-20")},
                           {pass}, QStringLiteral("Interview went badly 😞\nbut I learned things\n"));
    REQUIRE(added.code == cli::Ok);
    const QString id = added.out.trimmed();
    CHECK(id.size() == 36);
    REQUIRE(run({QStringLiteral("journal"), QStringLiteral("add"), QStringLiteral("--text"),
                 QStringLiteral("second")},
                {pass})
                .code == cli::Ok);

    const auto list =
        run({QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--json")}, {pass});
    REQUIRE(list.code == cli::Ok);
    const QJsonArray arr = QJsonDocument::fromJson(list.out.toUtf8()).array();
    REQUIRE(arr.size() == 2);
    CHECK(arr[1].toObject()[QStringLiteral("body")].toString() ==
          QStringLiteral("Interview went badly 😞\nbut I learned things"));
    CHECK(arr[1].toObject()[QStringLiteral("mood")].toInt() == 2);
    CHECK(arr[0].toObject()[QStringLiteral("mood")].isNull());

    const auto show = run({QStringLiteral("journal"), QStringLiteral("show"), id.left(8)}, {pass});
    CHECK(show.code == cli::Ok);
    CHECK(show.out.contains(QStringLiteral("2026-11-20")));

    CHECK(run({QStringLiteral("journal"), QStringLiteral("edit"), id.left(6), QStringLiteral("--mood"),
               QStringLiteral("4")},
              {pass})
              .code == cli::Ok);
    const auto shown =
        run({QStringLiteral("journal"), QStringLiteral("show"), id, QStringLiteral("--json")}, {pass});
    CHECK(QJsonDocument::fromJson(shown.out.toUtf8()).object()[QStringLiteral("mood")].toInt() == 4);

    CHECK(run({QStringLiteral("journal"), QStringLiteral("list")}, {QStringLiteral("wrong wrong")}).code ==
          cli::WrongPassphrase);
    CHECK(run({QStringLiteral("journal"), QStringLiteral("show"), QStringLiteral("ffffffff")}, {pass}).code ==
          cli::Failure);

    REQUIRE(run({QStringLiteral("passwd")}, {pass, QStringLiteral("cli passphrase two")}).code == cli::Ok);
    CHECK(run({QStringLiteral("journal"), QStringLiteral("list")}, {pass}).code == cli::WrongPassphrase);
    CHECK(
        run({QStringLiteral("journal"), QStringLiteral("delete"), id}, {QStringLiteral("cli passphrase two")})
            .code == cli::Ok);

    const auto status = run({QStringLiteral("status"), QStringLiteral("--json")});
    REQUIRE(status.code == cli::Ok);
    const QJsonObject st = QJsonDocument::fromJson(status.out.toUtf8()).object();
    CHECK(st[QStringLiteral("exists")].toBool());
    CHECK(st[QStringLiteral("kdf")].toObject()[QStringLiteral("memlimit_mib")].toInt() == 64);
}

TEST_CASE("rebound-cli usage errors exit 2 and never take a passphrase from argv", "[cli]") {
    CHECK(cliRun({}).code == cli::Usage);
    CHECK(cliRun({QStringLiteral("frobnicate")}).code == cli::Usage);
    CHECK(cliRun({QStringLiteral("journal"), QStringLiteral("add"), QStringLiteral("--mood"),
                  QStringLiteral("9")})
              .code == cli::Usage);
    CHECK(cliRun({QStringLiteral("journal"), QStringLiteral("add"), QStringLiteral("--date"),
                  QStringLiteral("22/11/2026")})
              .code == cli::Usage);
    const auto refused =
        cliRun({QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--passphrase=hunter2")});
    CHECK(refused.code == cli::Usage);
    CHECK(refused.err.contains(QStringLiteral("never taken from the command line")));
    CHECK(cliRun({QStringLiteral("--vault")}).code == cli::Usage);
    CHECK(cliRun({QStringLiteral("help")}).code == cli::Ok);
}

TEST_CASE("rebound-cli reports a damaged vault with exit code 4", "[cli]") {
    QTemporaryDir tmp;
    const QString v = tmp.filePath(QStringLiteral("vault"));
    REQUIRE(
        cliRun({QStringLiteral("--vault"), v, QStringLiteral("init")}, {QStringLiteral("a fine passphrase")})
            .code == cli::Ok);
    QFile header(v + QStringLiteral("/vault.json"));
    REQUIRE(header.open(QIODevice::WriteOnly | QIODevice::Truncate));
    header.write("{ not json");
    header.close();
    const auto r = cliRun({QStringLiteral("--vault"), v, QStringLiteral("journal"), QStringLiteral("list")},
                          {QStringLiteral("a fine passphrase")});
    CHECK(r.code == cli::VaultUnusable);
    CHECK(r.err.contains(QStringLiteral("damaged")));
}

namespace {
// Command lines from UTF-8 literals.
QStringList words(std::initializer_list<const char *> list) {
    QStringList out;
    for (const char *w : list)
        out << QString::fromUtf8(w);
    return out;
}

// A vault made with the floor KDF (fast) that the CLI then opens like any other.
struct CliVault {
    QTemporaryDir tmp;
    QString dir = tmp.filePath(QStringLiteral("vault"));
    QString pass = QStringLiteral("test passphrase");
    CliVault() { createVault(dir, "test passphrase").reset(); }
    Result run(std::initializer_list<const char *> args, const QString &rest = {}) {
        return cliRun(QStringList{QStringLiteral("--vault"), dir} + words(args), {pass}, rest);
    }
    QJsonDocument json(std::initializer_list<const char *> args, const QString &rest = {}) {
        const Result r = run(args, rest);
        INFO(r.err.toStdString());
        REQUIRE(r.code == cli::Ok);
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        INFO(r.out.toStdString());
        REQUIRE(error.error == QJsonParseError::NoError);
        return doc;
    }
    std::unique_ptr<Vault> open() { return Vault::unlock(dir, secret("test passphrase")); }
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
} // namespace

TEST_CASE("rebound-cli journal add stores tags, emotions and templates", "[cli]") {
    CliVault v;
    const auto added = v.json({"journal", "add", "--mood", "2", "--date", "2026-01-10", "--tag", "interview",
                               "--tag", "follow up, Acme", "--emotion", "anxious", "--emotion=Hopeful",
                               "--emotion", "emotion:anxious", "--json"},
                              QStringLiteral("Interview at Acme went badly.\nThe résumé review helped.\n"))
                           .object();
    CHECK(added[QStringLiteral("id")].toString().size() == 36);
    CHECK(added[QStringLiteral("mood")].toInt() == 2);
    CHECK(added[QStringLiteral("date")].toString() == QStringLiteral("2026-01-10"));
    CHECK(strings(added[QStringLiteral("tags")]) == words({"interview", "follow up", "Acme"}));
    const QJsonArray emotions = added[QStringLiteral("emotions")].toArray();
    REQUIRE(emotions.size() == 2); // the repeated one is stored once
    CHECK(emotions[0].toObject()[QStringLiteral("id")].toString() == QStringLiteral("emotion:anxious"));
    CHECK(emotions[0].toObject()[QStringLiteral("name")].toString() == QStringLiteral("anxious"));
    CHECK(emotions[1].toObject()[QStringLiteral("id")].toString() == QStringLiteral("emotion:hopeful"));
    CHECK(added[QStringLiteral("body")].toString() ==
          QStringLiteral("Interview at Acme went badly.\nThe résumé review helped."));
    CHECK(added[QStringLiteral("template")].isNull());

    // From a template, with nothing on stdin: the template's text and tags.
    const auto fromTemplate = v.json({"journal", "add", "--template", "after-rejection", "--tag", "Acme",
                                      "--date", "2026-01-11", "--json"})
                                  .object();
    CHECK(fromTemplate[QStringLiteral("template")].toString() == QStringLiteral("after-rejection"));
    CHECK(fromTemplate[QStringLiteral("body")].toString() ==
          findTemplate(QStringLiteral("after-rejection"))->body);
    CHECK(strings(fromTemplate[QStringLiteral("tags")]) == words({"Acme", "rejection"}));
    // With text, the text wins but the entry still remembers its template.
    const auto withText =
        v.json({"journal", "add", "--template", "reframe", "--text", "My own words", "--json"}).object();
    CHECK(withText[QStringLiteral("body")].toString() == QStringLiteral("My own words"));
    CHECK(withText[QStringLiteral("template")].toString() == QStringLiteral("reframe"));

    // Stored as shown: check the repository directly.
    auto vault = v.open();
    const auto stored = vault->journal().find(added[QStringLiteral("id")].toString());
    REQUIRE(stored);
    CHECK(stored->emotions == words({"emotion:anxious", "emotion:hopeful"}));
    CHECK(stored->tags == words({"interview", "follow up", "Acme"}));
    vault.reset();

    const auto show = v.run({"journal", "show", qPrintable(added[QStringLiteral("id")].toString().left(8))});
    CHECK(show.code == cli::Ok);
    CHECK(show.out.contains(QStringLiteral("#interview #follow up #Acme")));
    CHECK(show.out.contains(QStringLiteral("Emotions: anxious, hopeful")));

    const auto templates = cliRun(words({"journal", "templates"})); // no vault, no passphrase needed
    CHECK(templates.code == cli::Ok);
    CHECK(templates.out.contains(QStringLiteral("after-rejection")));
    const auto templatesJson = cliRun(words({"templates", "list", "--json"}));
    REQUIRE(templatesJson.code == cli::Ok);
    const QJsonArray tArr = QJsonDocument::fromJson(templatesJson.out.toUtf8()).array();
    CHECK(tArr.size() == journalTemplates().size());
    CHECK(tArr[0].toObject()[QStringLiteral("key")].toString() == journalTemplates().first().key);
}

TEST_CASE("rebound-cli journal list filters by mood, emotion, tag and dates", "[cli]") {
    CliVault v;
    auto add = [&](std::initializer_list<const char *> args, const char *text) {
        const Result r = v.run(args, QString::fromUtf8(text));
        INFO(r.err.toStdString());
        REQUIRE(r.code == cli::Ok);
        return r.out.trimmed();
    };
    const QString a = add({"journal", "add", "--mood", "2", "--date", "2026-01-10", "--tag", "interview,acme",
                           "--emotion", "anxious"},
                          "Interview at Acme went badly; the résumé review helped");
    const QString b = add({"journal", "add", "--mood", "4", "--date", "2026-01-12", "--tag", "ACME"},
                          "Practised answers with a friend 面试 tomorrow");
    const QString c = add({"journal", "add", "--date", "2026-01-13"}, "No mood today, just notes");
    const QString d =
        add({"journal", "add", "--mood", "5", "--date", "2026-01-14", "--emotion", "proud,hopeful"},
            "Got the offer!");

    CHECK(idsOf(v.json({"journal", "list", "--json"}).array()) == QStringList{d, c, b, a});
    CHECK(idsOf(v.json({"journal", "list", "--mood", "2-4", "--json"}).array()) == QStringList{b, a});
    CHECK(idsOf(v.json({"journal", "list", "--mood", "5", "--json"}).array()) == QStringList{d});
    CHECK(idsOf(v.json({"journal", "list", "--tag", "Acme", "--json"}).array()) == QStringList{b, a});
    CHECK(idsOf(v.json({"journal", "list", "--emotion", "Hopeful", "--json"}).array()) == QStringList{d});
    CHECK(idsOf(v.json({"journal", "list", "--date", "2026-01-12", "--json"}).array()) == QStringList{b});
    CHECK(
        idsOf(v.json({"journal", "list", "--from", "2026-01-12", "--to", "2026-01-13", "--json"}).array()) ==
        QStringList{c, b});
    CHECK(idsOf(v.json({"journal", "list", "--from", "2026-01-13", "--json"}).array()) == QStringList{d, c});
    CHECK(idsOf(v.json({"journal", "list", "--limit", "2", "--json"}).array()) == QStringList{d, c});
    CHECK(idsOf(v.json({"journal", "list", "--tag", "acme", "--mood", "1-3", "--json"}).array()) ==
          QStringList{a});
    CHECK(v.json({"journal", "list", "--tag", "nothing-like-this", "--json"}).array().isEmpty());

    const QJsonObject first = v.json({"journal", "list", "--mood", "2", "--json"}).array()[0].toObject();
    CHECK(strings(first[QStringLiteral("tags")]) == words({"interview", "acme"}));
    CHECK(first[QStringLiteral("emotions")].toArray()[0].toObject()[QStringLiteral("name")].toString() ==
          QStringLiteral("anxious"));

    const auto text = v.run({"journal", "list", "--tag", "acme"});
    REQUIRE(text.code == cli::Ok);
    const QStringList lines = text.out.trimmed().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].startsWith(b.left(8) + QStringLiteral("  2026-01-12  4  Practised answers")));
    CHECK(lines[0].endsWith(QStringLiteral("#ACME")));
    CHECK(
        v.run({"journal", "list", "--mood", "1"}).out.contains(QStringLiteral("No journal entries match.")));

    // Filter mistakes are usage errors, found before the passphrase is asked for.
    for (auto args :
         {words({"journal", "list", "--mood", "0-3"}), words({"journal", "list", "--mood", "4-2"}),
          words({"journal", "list", "--mood", "2-x"}),
          words({"journal", "list", "--date", "2026-01-12", "--from", "2026-01-01"}),
          words({"journal", "list", "--from", "2026-02-01", "--to", "2026-01-01"}),
          words({"journal", "list", "--tag", "a,b"}),
          words({"journal", "list", "--mood", "2", "--mood", "3"}),
          words({"journal", "list", "--tag", "x", "--limit", "5000"}),
          words({"journal", "list", "--note", "x"}), words({"journal", "list", "extra"})}) {
        INFO(args.join(u' ').toStdString());
        CHECK(cliRun(QStringList{QStringLiteral("--vault"), v.dir} + args).code == cli::Usage);
    }
    const auto unknown = v.run({"journal", "list", "--emotion", "grumpy"});
    CHECK(unknown.code == cli::Failure);
    CHECK(unknown.err.contains(QStringLiteral("grumpy")));
    CHECK(unknown.err.contains(QStringLiteral("anxious")));
}

TEST_CASE("rebound-cli journal search ranks, filters and marks matches", "[cli]") {
    CliVault v;
    auto add = [&](std::initializer_list<const char *> args, const char *text) {
        const Result r = v.run(args, QString::fromUtf8(text));
        REQUIRE(r.code == cli::Ok);
        return r.out.trimmed();
    };
    const QString a = add({"journal", "add", "--mood", "2", "--date", "2026-01-10", "--tag", "acme"},
                          "Interview at Acme went badly; the Résumé review helped");
    const QString b = add({"journal", "add", "--mood", "4", "--date", "2026-01-12", "--tag", "friends"},
                          "Practised answers with a friend before the 面试 tomorrow");
    const QString c =
        add({"journal", "add", "--mood", "3", "--date", "2026-01-13"}, "A quiet day, a long walk");

    // Accents and case folded; the snippet keeps the original spelling and marks it.
    const QJsonArray resume = v.json({"journal", "search", "resume", "--json"}).array();
    REQUIRE(resume.size() == 1);
    const QJsonObject hit = resume[0].toObject();
    CHECK(hit[QStringLiteral("id")].toString() == a);
    CHECK(hit[QStringLiteral("date")].toString() == QStringLiteral("2026-01-10"));
    CHECK(hit[QStringLiteral("mood")].toInt() == 2);
    CHECK(strings(hit[QStringLiteral("tags")]) == words({"acme"}));
    CHECK(hit[QStringLiteral("score")].toDouble() > 0);
    const QString snippet = hit[QStringLiteral("snippet")].toString();
    const QJsonArray ranges = hit[QStringLiteral("highlights")].toArray();
    REQUIRE(ranges.size() == 1);
    const QJsonObject range = ranges[0].toObject();
    CHECK(snippet.mid(range[QStringLiteral("start")].toInt(), range[QStringLiteral("length")].toInt()) ==
          QStringLiteral("Résumé"));

    // Not a terminal: highlights as «…».
    const auto text = v.run({"journal", "search", "résumé"});
    REQUIRE(text.code == cli::Ok);
    CHECK(text.out.startsWith(a.left(8) + QStringLiteral("  2026-01-10  2  #acme\n")));
    CHECK(text.out.contains(QStringLiteral("the «Résumé» review")));
    CHECK(!text.out.contains(QStringLiteral("\x1b[")));

    CHECK(idsOf(v.json({"journal", "search", "interv", "--json"}).array()) == QStringList{a}); // prefix
    CHECK(idsOf(v.json({"journal", "search", "面试", "--json"}).array()) == QStringList{b});
    QStringList single = idsOf(v.json({"journal", "search", "a", "--json"}).array());
    single.sort(); // a one-letter word matches itself, not as a prefix
    QStringList withA{b, c};
    withA.sort();
    CHECK(single == withA);
    CHECK(idsOf(v.json({"journal", "search", "friend", "answers", "--json"}).array()) == QStringList{b});
    CHECK(idsOf(v.json({"journal", "search", "a", "--tag", "friends", "--json"}).array()) == QStringList{b});
    QStringList moodHits = idsOf(v.json({"journal", "search", "a", "--mood", "3-5", "--json"}).array());
    moodHits.sort(); // ranked by relevance: compare as a set
    QStringList expected{b, c};
    expected.sort();
    CHECK(moodHits == expected);
    CHECK(idsOf(v.json({"journal", "search", "--mood", "1-2", "--json"}).array()) ==
          QStringList{a}); // filters only
    CHECK(idsOf(v.json({"journal", "search", "walk", "--date", "2026-01-12", "--json"}).array()).isEmpty());
    CHECK(v.json({"journal", "search", "a", "--limit", "1", "--json"}).array().size() == 1);
    CHECK(v.run({"journal", "search", "zebra"}).out.contains(QStringLiteral("No journal entries match.")));

    CHECK(v.run({"journal", "search"}).code == cli::Usage);
    CHECK(v.run({"journal", "search", "x", "--limit", "1001"}).code == cli::Usage);
    CHECK(v.run({"journal", "search", "x", "--emotion", "nope"}).code == cli::Failure);
}

TEST_CASE("rebound-cli journal edit changes the new fields and keeps the rest", "[cli]") {
    CliVault v;
    const QString id = v.run({"journal", "add", "--mood", "2", "--date", "2026-01-10", "--tag",
                              "acme,interview", "--emotion", "anxious"},
                             QStringLiteral("First version"))
                           .out.trimmed();
    REQUIRE(id.size() == 36);

    const auto edited = v.run({"journal", "edit", qPrintable(id.left(6)), "--tag", "offer", "--emotion",
                               "proud", "--emotion", "relieved", "--mood", "5"});
    CHECK(edited.code == cli::Ok);
    CHECK(edited.err.contains(QStringLiteral("Updated")));
    auto e = v.json({"journal", "show", qPrintable(id), "--json"}).object();
    CHECK(strings(e[QStringLiteral("tags")]) == words({"offer"}));
    CHECK(idsOf(e[QStringLiteral("emotions")].toArray()) == words({"emotion:proud", "emotion:relieved"}));
    CHECK(e[QStringLiteral("mood")].toInt() == 5);
    CHECK(e[QStringLiteral("body")].toString() == QStringLiteral("First version"));
    CHECK(e[QStringLiteral("date")].toString() == QStringLiteral("2026-01-10"));

    const auto viaStdin = v.run({"journal", "edit", qPrintable(id), "--stdin", "--tag", "", "--date",
                                 "2026-01-09", "--mood", "none", "--json"},
                                QStringLiteral("Second version\n"));
    REQUIRE(viaStdin.code == cli::Ok);
    e = QJsonDocument::fromJson(viaStdin.out.toUtf8()).object();
    CHECK(strings(e[QStringLiteral("tags")]).isEmpty());
    CHECK(e[QStringLiteral("emotions")].toArray().size() == 2); // not given: kept
    CHECK(e[QStringLiteral("mood")].isNull());
    CHECK(e[QStringLiteral("body")].toString() == QStringLiteral("Second version"));
    CHECK(e[QStringLiteral("date")].toString() == QStringLiteral("2026-01-09"));

    const auto same = v.run({"journal", "edit", qPrintable(id), "--text", "Second version"});
    CHECK(same.code == cli::Ok);
    CHECK(same.err.contains(QStringLiteral("Nothing to change")));

    // Refused edits leave the entry as it was.
    const QString future = QDate::currentDate().addDays(5).toString(Qt::ISODate);
    CHECK(v.run({"journal", "edit", qPrintable(id), "--date", qPrintable(future)}).code == cli::Failure);
    CHECK(v.run({"journal", "edit", qPrintable(id), "--emotion", "grumpy"}).code == cli::Failure);
    CHECK(v.run({"journal", "edit", qPrintable(id), "--text", "bell \a"}).code == cli::Failure);
    CHECK(v.run({"journal", "edit", qPrintable(id), "--text", "x", "--stdin"}).code == cli::Usage);
    CHECK(v.run({"journal", "edit", qPrintable(id), "--mood", "7"}).code == cli::Usage);
    CHECK(v.json({"journal", "show", qPrintable(id), "--json"}).object() == e);

    CHECK(v.run({"journal", "delete", qPrintable(id)}).code == cli::Ok);
    CHECK(v.run({"journal", "show", qPrintable(id)}).code == cli::Failure);
}

TEST_CASE("rebound-cli refuses bad journal input and writes nothing", "[cli]") {
    CliVault v;
    const QString future = QDate::currentDate().addDays(5).toString(Qt::ISODate);
    const auto mood = v.run({"journal", "add", "--mood", "7"}, QStringLiteral("text"));
    CHECK(mood.code == cli::Usage);
    CHECK(mood.err.contains(QStringLiteral("--mood takes a number from 1 to 5")));
    const auto emotion = v.run({"journal", "add", "--emotion", "anxious,grumpy"}, QStringLiteral("text"));
    CHECK(emotion.code == cli::Failure);
    CHECK(emotion.err.contains(QStringLiteral("There is no emotion called “grumpy”")));
    CHECK(emotion.err.contains(QStringLiteral("hopeful")));
    const auto date = v.run({"journal", "add", "--date", qPrintable(future)}, QStringLiteral("text"));
    CHECK(date.code == cli::Failure);
    CHECK(date.err.contains(QStringLiteral("in the future")));
    const auto control = v.run({"journal", "add"}, QStringLiteral("a bell \a in the text"));
    CHECK(control.code == cli::Failure);
    CHECK(control.err.contains(QStringLiteral("control character")));
    CHECK(v.run({"journal", "add", "--template", "nope"}, QStringLiteral("text"))
              .err.contains(QStringLiteral("after-rejection")));
    CHECK(v.run({"journal", "add"}, QStringLiteral("  \n")).err.contains(QStringLiteral("empty")));
    CHECK(v.run({"journal", "add", "--tag", "a|b"}, QStringLiteral("text")).code == cli::Failure);
    CHECK(v.run({"journal", "add", "--mood", "2", "--mood", "3"}, QStringLiteral("text")).code == cli::Usage);
    CHECK(v.run({"journal", "add", "--effort", "applied"}, QStringLiteral("text")).code == cli::Usage);
    CHECK(v.run({"journal", "add", "stray"}, QStringLiteral("text")).code == cli::Usage);
    CHECK(v.run({"journal", "frobnicate"}).code == cli::Usage);

    auto vault = v.open();
    CHECK(vault->journal().count() == 0);
}

TEST_CASE("rebound-cli checkin records a mood and prints the day's mood", "[cli]") {
    CliVault v;
    const auto first =
        v.json({"checkin", "--mood", "2", "--emotion", "anxious", "--effort", "applied", "--effort",
                "reached out", "--note", "Sent two applications", "--date", "2026-01-10", "--json"})
            .object();
    const QJsonObject c = first[QStringLiteral("checkin")].toObject();
    CHECK(c[QStringLiteral("id")].toString().size() == 36);
    CHECK(c[QStringLiteral("mood")].toInt() == 2);
    CHECK(c[QStringLiteral("date")].toString() == QStringLiteral("2026-01-10"));
    CHECK(idsOf(c[QStringLiteral("emotions")].toArray()) == words({"emotion:anxious"}));
    CHECK(idsOf(c[QStringLiteral("efforts")].toArray()) == words({"effort:applied", "effort:reached-out"}));
    CHECK(c[QStringLiteral("note")].toString() == QStringLiteral("Sent two applications"));
    QJsonObject day = first[QStringLiteral("day")].toObject();
    CHECK(day[QStringLiteral("date")].toString() == QStringLiteral("2026-01-10"));
    CHECK(day[QStringLiteral("mood")].toInt() == 2);
    CHECK(day[QStringLiteral("check_ins")].toInt() == 1);

    // A second check-in the same day: the day's mood is their mean, rounded half up.
    const auto second = v.run({"checkin", "--mood", "3", "--date", "2026-01-10"});
    REQUIRE(second.code == cli::Ok);
    CHECK(second.out.contains(QStringLiteral("Checked in for 2026-01-10: mood 3")));
    CHECK(second.out.contains(QStringLiteral("Mood of the day: 3 (average 2.5")));
    day = v.json({"checkin", "--mood", "1", "--date", "2026-01-10", "--json"})
              .object()[QStringLiteral("day")]
              .toObject();
    CHECK(day[QStringLiteral("average")].toDouble() == Approx(2.0));
    CHECK(day[QStringLiteral("check_ins")].toInt() == 3);

    // Without --date: today.
    const auto today = v.json({"checkin", "--mood", "4", "--json"}).object();
    CHECK(today[QStringLiteral("checkin")].toObject()[QStringLiteral("date")].toString() ==
          QDate::currentDate().toString(Qt::ISODate));

    const QJsonArray list = v.json({"checkin", "list", "--json"}).array();
    REQUIRE(list.size() == 4);
    CHECK(list[0].toObject()[QStringLiteral("mood")].toInt() == 4);
    CHECK(v.json({"checkin", "list", "--limit", "2", "--json"}).array().size() == 2);

    // Bad input: clear message, nothing written.
    const QString future = QDate::currentDate().addDays(5).toString(Qt::ISODate);
    CHECK(v.run({"checkin"}).code == cli::Usage);
    CHECK(v.run({"checkin", "--mood", "7"}).code == cli::Usage);
    CHECK(v.run({"checkin", "--mood", "none"}).code == cli::Usage);
    CHECK(v.run({"checkin", "--mood", "3", "--tag", "x"}).code == cli::Usage);
    const auto effort = v.run({"checkin", "--mood", "3", "--effort", "juggled"});
    CHECK(effort.code == cli::Failure);
    CHECK(effort.err.contains(QStringLiteral("There is no effort called “juggled”")));
    CHECK(effort.err.contains(QStringLiteral("reached out")));
    const auto note = v.run({"checkin", "--mood", "3", "--note", "line one\nline two"});
    CHECK(note.code == cli::Failure);
    CHECK(note.err.contains(QStringLiteral("single line")));
    CHECK(v.run({"checkin", "--mood", "3", "--note", "esc \x1b[31m"}).code == cli::Failure);
    CHECK(v.run({"checkin", "--mood", "3", "--date", qPrintable(future)}).code == cli::Failure);
    auto vault = v.open();
    CHECK(vault->checkIns().count() == 4);
}

TEST_CASE("rebound-cli win add and list", "[cli]") {
    CliVault v;
    CHECK(v.run({"win", "list"}).out.contains(QStringLiteral("No wins")));
    const auto added = v.run({"win", "add", "Got", "a", "second", "interview", "--date", "2026-01-10"});
    REQUIRE(added.code == cli::Ok);
    CHECK(added.out.trimmed().size() == 36);
    const auto fromStdin =
        v.json({"win", "add", "--json"}, QStringLiteral("  Kind feedback from Acme 🎉\n")).object();
    CHECK(fromStdin[QStringLiteral("text")].toString() == QStringLiteral("Kind feedback from Acme 🎉"));
    CHECK(fromStdin[QStringLiteral("date")].toString() == QDate::currentDate().toString(Qt::ISODate));

    const QJsonArray wins = v.json({"win", "list", "--json"}).array();
    REQUIRE(wins.size() == 2);
    CHECK(wins[0].toObject()[QStringLiteral("text")].toString() ==
          QStringLiteral("Kind feedback from Acme 🎉"));
    CHECK(wins[1].toObject()[QStringLiteral("text")].toString() == QStringLiteral("Got a second interview"));
    CHECK(wins[1].toObject()[QStringLiteral("date")].toString() == QStringLiteral("2026-01-10"));
    CHECK(v.json({"win", "list", "--limit", "1", "--json"}).array().size() == 1);
    const auto text = v.run({"win", "list"});
    CHECK(text.out.contains(added.out.trimmed().left(8) +
                            QStringLiteral("  2026-01-10  Got a second interview")));

    const auto empty = v.run({"win", "add"}, QStringLiteral("   \n"));
    CHECK(empty.code == cli::Failure);
    CHECK(empty.err.contains(QStringLiteral("Write a few words")));
    CHECK(v.run({"win", "add"}, QStringLiteral("two\nlines")).code == cli::Failure);
    const QString future = QDate::currentDate().addDays(5).toString(Qt::ISODate);
    CHECK(v.run({"win", "add", "later", "--date", qPrintable(future)}).code == cli::Failure);
    CHECK(v.run({"win", "add", "x", "--mood", "3"}).code == cli::Usage);
    CHECK(v.run({"win", "list", "--limit", "0"}).code == cli::Usage);
    CHECK(v.run({"win"}).code == cli::Usage);
    auto vault = v.open();
    CHECK(vault->checkIns().winCount() == 2);
}

TEST_CASE("rebound-cli --help and help print the usage on stdout and succeed", "[cli]") {
    for (const QStringList &args : {QStringList{QStringLiteral("--help")}, QStringList{QStringLiteral("help")},
                                    QStringList{QStringLiteral("journal"), QStringLiteral("-h")}}) {
        const auto r = cliRun(args);
        CHECK(r.code == cli::Ok);
        CHECK(r.out.contains(QStringLiteral("journal search WORDS")));
        CHECK(r.err.isEmpty());
    }
    const auto bare = cliRun({});
    CHECK(bare.code == cli::Usage);
    CHECK(bare.err.contains(QStringLiteral("Usage:")));
}
