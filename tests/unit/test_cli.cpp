#include "TestSupport.h"
#include "cli/Cli.h"
#include "cli/Terminal.h"

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
