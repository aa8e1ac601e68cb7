// rebound-cli export, backup create|check|restore and import daylio.
#include "TestSupport.h"
#include "cli/Cli.h"
#include "cli/Terminal.h"
#include "core/Clock.h"
#include "services/DaylioImport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace rebound;
using namespace rebound::test;

namespace {

// First secret: the vault passphrase; later ones: what the command asks next.
class Secrets final : public cli::Input {
public:
    QStringList secrets;
    bool interactive() const override { return false; }
    SecureBytes readSecret(const QString &) override {
        return SecureBytes::fromUtf8(secrets.isEmpty() ? QString() : secrets.takeFirst());
    }
    QString readRest() override { return {}; }
    QString readLine(const QString &) override { return {}; }
};

struct Result {
    int code;
    QString out, err;
};

Result run(const QString &vaultDir, const QStringList &args, const QStringList &secrets) {
    Secrets in;
    in.secrets = secrets;
    QString out, err;
    QTextStream o(&out), e(&err);
    const int code = cli::run(QStringList{QStringLiteral("--vault"), vaultDir} + args, in, o, e);
    o.flush();
    e.flush();
    return {code, out, err};
}

const QString kVault = QStringLiteral("test passphrase");
const QString kBackup = QStringLiteral("copper lantern meadow");

} // namespace

TEST_CASE("rebound-cli backup create, check and restore", "[cli-data][backup]") {
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("vault"));
    createVault(dir)->journal().create(QDate(2026, 2, 3), 4, QStringLiteral("Remember this"));
    const QString file = tmp.filePath(QStringLiteral("b"));

    Result r = run(dir, {QStringLiteral("backup"), QStringLiteral("create"), file},
                   {kVault, QStringLiteral("short")});
    CHECK(r.code == cli::Failure);
    CHECK(r.err.contains(QStringLiteral("at least")));
    r = run(dir, {QStringLiteral("backup"), QStringLiteral("create"), file}, {kVault, kBackup});
    INFO(r.err.toStdString());
    REQUIRE(r.code == cli::Ok);
    const QString written = file + QStringLiteral(".rebound-backup");
    REQUIRE(QFileInfo::exists(written));

    r = run(dir, {QStringLiteral("backup"), QStringLiteral("check"), written, QStringLiteral("--json")},
            {kBackup});
    REQUIRE(r.code == cli::Ok);
    const QJsonObject info = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(info.value(QStringLiteral("records")).toInt() == 1);
    CHECK(info.value(QStringLiteral("vault_id")).toString() == Vault::readHeader(dir).vaultId);
    r = run(dir, {QStringLiteral("backup"), QStringLiteral("check"), written}, {QStringLiteral("wrong one")});
    CHECK(r.code == cli::WrongPassphrase);

    // Restore refuses an existing vault, then makes a new one elsewhere.
    r = run(dir, {QStringLiteral("backup"), QStringLiteral("restore"), written}, {kBackup});
    CHECK(r.code != cli::Ok);
    CHECK(r.err.contains(QStringLiteral("--vault")));
    const QString other = tmp.filePath(QStringLiteral("restored"));
    r = run(other, {QStringLiteral("backup"), QStringLiteral("restore"), written}, {kBackup});
    INFO(r.err.toStdString());
    REQUIRE(r.code == cli::Ok);
    auto restored = Vault::unlock(other, secret("copper lantern meadow"));
    REQUIRE(restored->journal().count() == 1);
    CHECK(restored->journal().page(1).constFirst().body == QStringLiteral("Remember this"));
}

TEST_CASE("rebound-cli export writes a folder; import daylio previews, then imports with --yes",
          "[cli-data][daylio][export]") {
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("vault"));
    createVault(dir).reset();

    const QString csvPath = tmp.filePath(QStringLiteral("daylio.csv"));
    {
        QFile f(csvPath);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("full_date,date,weekday,time,mood,activities,note_title,note\n"
                "2026-01-10,,,20:00,good,\"work | reading\",,\"A note\"\n"
                "2026-01-09,,,21:00,Zen,reading,,\n");
    }
    Result r = run(dir, {QStringLiteral("import"), QStringLiteral("daylio"), csvPath}, {kVault});
    CHECK(r.code == cli::Usage); // no terminal to ask on, no --yes
    CHECK(r.out.contains(QStringLiteral("Zen")));
    CHECK(Vault::unlock(dir, secret("test passphrase"))->checkIns().count() == 0);

    r = run(dir,
            {QStringLiteral("import"), QStringLiteral("daylio"), csvPath, QStringLiteral("--map"),
             QStringLiteral("Zen=9")},
            {kVault});
    CHECK(r.code == cli::Usage);

    r = run(dir,
            {QStringLiteral("import"), QStringLiteral("daylio"), csvPath, QStringLiteral("--map"),
             QStringLiteral("Zen=5"), QStringLiteral("--yes"), QStringLiteral("--json")},
            {kVault});
    INFO(r.err.toStdString());
    REQUIRE(r.code == cli::Ok);
    const QJsonObject imported = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(imported.value(QStringLiteral("check_ins")).toInt() == 2);
    CHECK(imported.value(QStringLiteral("journal_entries")).toInt() == 1);
    auto vault = Vault::unlock(dir, secret("test passphrase"));
    CHECK(vault->checkIns().count() == 2);
    CHECK(vault->journal().page(1).constFirst().tags == QStringList{daylio::kImportTag});
    vault.reset();

    const QString bad = tmp.filePath(QStringLiteral("bad.csv"));
    {
        QFile f(bad);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("full_date,mood\n2026-13-01,good\n");
    }
    r = run(dir, {QStringLiteral("import"), QStringLiteral("daylio"), bad, QStringLiteral("--yes")},
            {kVault});
    CHECK(r.code == cli::Failure);
    CHECK(r.err.contains(QStringLiteral("Line 2")));

    const QString out = tmp.filePath(QStringLiteral("out"));
    REQUIRE(QDir().mkpath(out));
    r = run(dir, {QStringLiteral("export"), QStringLiteral("--output"), out, QStringLiteral("--json")},
            {kVault});
    INFO(r.err.toStdString());
    REQUIRE(r.code == cli::Ok);
    const QJsonObject exported = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(exported.value(QStringLiteral("journal_entries")).toInt() == 1);
    CHECK(QFileInfo::exists(exported.value(QStringLiteral("folder")).toString() +
                            QStringLiteral("/rebound.json")));
    CHECK(r.err.contains(QStringLiteral("not encrypted")));
}
