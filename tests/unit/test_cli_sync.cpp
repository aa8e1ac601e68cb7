// rebound-cli sync: set up, join, sync now, status and off through the command
// line, with secrets read in order (vault passphrase, server password, sync
// passphrase) and never taken from options.
#include "TestSupport.h"
#include "cli/Cli.h"
#include "cli/Terminal.h"
#include "storage/SyncRepository.h"
#include "support/ApacheServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace rebound;
using namespace rebound::test;

namespace {

// Answers secrets from a list, in order.
class SecretsInput final : public cli::Input {
public:
    explicit SecretsInput(QStringList secrets)
        : m_secrets(std::move(secrets)) {}
    bool interactive() const override { return false; }
    SecureBytes readSecret(const QString &) override {
        return SecureBytes::fromUtf8(m_secrets.isEmpty() ? QString() : m_secrets.takeFirst());
    }
    QString readRest() override { return {}; }
    QString readLine(const QString &) override { return {}; }

private:
    QStringList m_secrets;
};

struct Result {
    int code;
    QString out, err;
};

struct CliVault {
    QTemporaryDir tmp;
    QString dir = tmp.filePath(QStringLiteral("vault"));
    CliVault() { createVault(dir).reset(); }

    Result run(const QStringList &args, const QStringList &secrets = {QStringLiteral("test passphrase")}) {
        SecretsInput in(secrets);
        QString out, err;
        QTextStream o(&out), e(&err);
        const int code = cli::run(QStringList{QStringLiteral("--vault"), dir} + args, in, o, e);
        o.flush();
        e.flush();
        return {code, out, err};
    }
    QJsonObject json(const QStringList &args) {
        const Result r = run(args + QStringList{QStringLiteral("--json")});
        INFO(r.err.toStdString());
        REQUIRE(r.code == cli::Ok);
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }
    std::unique_ptr<Vault> open() { return Vault::unlock(dir, secret("test passphrase")); }
};

QStringList words(std::initializer_list<const char *> list) {
    QStringList out;
    for (const char *w : list)
        out << QString::fromUtf8(w);
    return out;
}

} // namespace

TEST_CASE("rebound-cli sync sets up a folder sync, joins it, syncs and turns off", "[cli-sync]") {
    QTemporaryDir remote;
    CliVault one;
    CliVault two;
    const QStringList vaultAndSync{QStringLiteral("test passphrase"), QStringLiteral("sync words")};

    const Result setUp =
        one.run(words({"sync", "setup", "--folder"}) + QStringList{remote.path(), QStringLiteral("--device"),
                                                                   QStringLiteral("Desk")},
                vaultAndSync);
    INFO(setUp.err.toStdString());
    REQUIRE(setUp.code == cli::Ok);
    CHECK(setUp.out.contains(QStringLiteral("Sync is set up")));
    CHECK(setUp.err.contains(QStringLiteral("cannot be recovered")));

    const Result joined = two.run(words({"sync", "setup", "--join", "--device", "Home server", "--folder"}) +
                                      QStringList{remote.path()},
                                  vaultAndSync);
    INFO(joined.err.toStdString());
    REQUIRE(joined.code == cli::Ok);

    one.open()->journal().create(QDate(2026, 11, 20), 4, QStringLiteral("written on the desk"));
    const QJsonObject sent = one.json(words({"sync", "now"}));
    CHECK(sent[QStringLiteral("changes_sent")].toInt() >= 1);
    CHECK(sent[QStringLiteral("requests")].toInt() >= 1);
    const QJsonObject received = two.json(words({"sync", "now"}));
    CHECK(received[QStringLiteral("changes_received")].toInt() >= 1);
    CHECK(two.open()->journal().count() == 1);

    const QJsonObject status = two.json(words({"sync", "status"}));
    CHECK(status[QStringLiteral("configured")].toBool());
    CHECK(status[QStringLiteral("kind")].toString() == QStringLiteral("folder"));
    CHECK(status[QStringLiteral("device")].toString() == QStringLiteral("Home server"));
    CHECK(status[QStringLiteral("pending_changes")].toInt() == 0);
    CHECK(status[QStringLiteral("last_error")].isNull());
    const QJsonArray devices = status[QStringLiteral("devices")].toArray();
    REQUIRE(devices.size() == 2);
    CHECK(devices[1].toObject()[QStringLiteral("label")].toString() == QStringLiteral("Desk"));

    const Result text = two.run(words({"sync", "status"}));
    CHECK(text.out.contains(QStringLiteral("Home server (this device)")));

    const Result off = two.run(words({"sync", "off", "--yes"}));
    CHECK(off.code == cli::Ok);
    CHECK_FALSE(two.json(words({"sync", "status"}))[QStringLiteral("configured")].toBool());
    CHECK(two.open()->journal().count() == 1); // turning off keeps the data
}

TEST_CASE("rebound-cli sync refuses bad input with clear messages and changes nothing", "[cli-sync]") {
    CliVault v;
    struct Case {
        QStringList args;
        int code;
        const char *message;
    };
    const QList<Case> cases{
        {words({"sync", "setup"}), cli::Usage, "either --server"},
        {words({"sync", "setup", "--server", "https://a.example/dav/", "--folder", "/tmp/x"}), cli::Usage,
         "either --server"},
        {words({"sync", "setup", "--server", "ftp://a.example/dav/"}), cli::Usage, "https://"},
        {words({"sync", "setup", "--server", "https://me:secret@a.example/dav/"}), cli::Usage, "--user"},
        {words({"sync", "setup", "--folder", "/tmp/x", "--user", "me"}), cli::Usage, "--server only"},
        {words({"sync", "setup", "--server", "http://a.example/dav/", "--user", "me"}), cli::Failure, "http"},
        {words({"sync", "now"}), cli::Failure, "not set up"},
        {words({"sync", "frobnicate"}), cli::Usage, "Unknown command"},
    };
    for (const Case &c : cases) {
        const Result r = v.run(c.args, {QStringLiteral("test passphrase"), QStringLiteral("server pw"),
                                        QStringLiteral("sync words")});
        INFO(c.args.join(u' ').toStdString() << " -> " << r.err.toStdString());
        CHECK(r.code == c.code);
        CHECK(r.err.contains(QString::fromUtf8(c.message)));
        CHECK_FALSE(r.err.contains(QStringLiteral("server pw")));
    }
    CHECK_FALSE(v.open()->sync().state(QStringLiteral("account")));
}

TEST_CASE("rebound-cli sync works with a WebDAV server and a wrong password is a clear error",
          "[cli-sync][webdav]") {
    const QUrl url = ApacheServer::shared().url(QStringLiteral("cli-sync"));
    CliVault v;
    const QStringList server{QStringLiteral("--server"), url.toString(), QStringLiteral("--user"),
                             ApacheServer::shared().user()};
    const Result wrong = v.run(words({"sync", "setup"}) + server,
                               {QStringLiteral("test passphrase"), QStringLiteral("not-the-password"),
                                QStringLiteral("sync words")});
    CHECK(wrong.code == cli::Failure);
    CHECK(wrong.err.contains(QStringLiteral("refused")));
    CHECK_FALSE(wrong.err.contains(QStringLiteral("not-the-password")));
    CHECK_FALSE(v.open()->sync().state(QStringLiteral("account")));

    const Result right = v.run(words({"sync", "setup"}) + server,
                               {QStringLiteral("test passphrase"), QString::fromUtf8(ApacheServer::shared().password()),
                                QStringLiteral("sync words")});
    INFO(right.err.toStdString());
    CHECK(right.code == cli::Ok);
    const QJsonObject status = v.json(words({"sync", "status"}));
    CHECK(status[QStringLiteral("server")].toString() == url.toString());
    CHECK(status[QStringLiteral("user")].toString() == ApacheServer::shared().user());
    CHECK_FALSE(status.contains(QStringLiteral("password")));
}
