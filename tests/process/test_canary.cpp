// Canary: user text must never appear in any file outside the encrypted database.
#include "../unit/TestSupport.h"

#include <QDirIterator>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace rebound;
using namespace rebound::test;

namespace {
// Every occurrence of the marker, in UTF-8 or UTF-16, in any file below root.
QStringList filesContaining(const QString &root, const QString &marker) {
    const QByteArray utf8 = marker.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(marker.utf16()), marker.size() * 2);
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly)) {
            const QByteArray content = f.readAll();
            if (content.contains(utf8) || content.contains(utf16))
                hits << path;
        }
    }
    return hits;
}
} // namespace

TEST_CASE("Canary: no plaintext of user data in any file rebound-cli wrote", "[canary]") {
    QTemporaryDir root;
    const auto env = childEnvironment(root.path());
    const QString marker =
        QStringLiteral("CANARY%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    const QByteArray pass = "canary vault passphrase\n";
    const QString cli = QStringLiteral(REBOUND_CLI);
    QByteArray out, err;
    REQUIRE(runProcess(cli, {QStringLiteral("init")}, pass, &out, &err, env) == 0);
    for (int i = 0; i < 30; ++i) {
        REQUIRE(runProcess(cli,
                           {QStringLiteral("journal"), QStringLiteral("add"), QStringLiteral("--mood"),
                            QStringLiteral("3")},
                           pass + marker.toUtf8() + " entry " + QByteArray::number(i) + " ünïcødé 日本\n",
                           &out, &err, env) == 0);
    }
    const QString firstId = QString::fromUtf8(out).trimmed();
    REQUIRE(runProcess(
                cli, {QStringLiteral("journal"), QStringLiteral("edit"), firstId, QStringLiteral("--stdin")},
                pass + "edited " + marker.toUtf8() + "\n", &out, &err, env) == 0);
    REQUIRE(runProcess(cli, {QStringLiteral("journal"), QStringLiteral("delete"), firstId}, pass, &out, &err,
                       env) == 0);
    // Check-ins, wins, tags and a search for the marker go through the same vault.
    REQUIRE(runProcess(cli,
                       {QStringLiteral("checkin"), QStringLiteral("--mood"), QStringLiteral("2"),
                        QStringLiteral("--emotion"), QStringLiteral("anxious"), QStringLiteral("--note"),
                        marker + QStringLiteral(" note")},
                       pass, &out, &err, env) == 0);
    REQUIRE(runProcess(cli, {QStringLiteral("win"), QStringLiteral("add"), marker + QStringLiteral(" win")}, pass,
                       &out, &err, env) == 0);
    REQUIRE(runProcess(cli,
                       {QStringLiteral("journal"), QStringLiteral("add"), QStringLiteral("--tag"),
                        marker + QStringLiteral("tag"), QStringLiteral("--text"), QStringLiteral("tagged")},
                       pass, &out, &err, env) == 0);
    REQUIRE(runProcess(cli, {QStringLiteral("journal"), QStringLiteral("search"), marker, QStringLiteral("--json")},
                       pass, &out, &err, env) == 0);
    REQUIRE(QString::fromUtf8(out).contains(marker));
    REQUIRE(runProcess(cli, {QStringLiteral("win"), QStringLiteral("list"), QStringLiteral("--json")}, pass, &out,
                       &err, env) == 0);
    REQUIRE(QString::fromUtf8(out).contains(marker));
    REQUIRE(runProcess(cli, {QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--json")},
                       pass, &out, &err, env) == 0);
    REQUIRE(QString::fromUtf8(out).contains(marker)); // the data is really there...
    CHECK(QDir(root.filePath(QStringLiteral("data"))).exists());
    CHECK(filesContaining(root.path(), marker).isEmpty()); // ...but in no file as plaintext
    CHECK(filesContaining(root.path(), QStringLiteral("canary vault passphrase")).isEmpty());
}

TEST_CASE("Canary: no plaintext of user data in any file the app wrote", "[canary][app]") {
    QTemporaryDir root;
    auto env = childEnvironment(root.path());
    if (!env.contains(QStringLiteral("DISPLAY")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QByteArray out, err;
    // Screenshot mode writes realistic demo entries through the same storage code.
    const int code = runProcess(
        QStringLiteral(REBOUND_APP),
        {QStringLiteral("--screenshot"), root.filePath(QStringLiteral("shots")), QStringLiteral("--demo")},
        {}, &out, &err, env);
    INFO(err.toStdString());
    REQUIRE(code == 0);
    for (const char *phrase : {"Northwind", "window-functions course", "STAR answers"})
        CHECK(filesContaining(root.path(), QString::fromLatin1(phrase)).isEmpty());
}
