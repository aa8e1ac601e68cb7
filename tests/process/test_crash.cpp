// kill -9 at random moments, many times: the vault must always open, pass
// PRAGMA integrity_check, and hold every entry whose write had returned.
#include "../unit/TestSupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>

using namespace rebound;
using namespace rebound::test;

namespace {
int rounds(int fallback) {
    const int fromEnv = qEnvironmentVariableIntValue("REBOUND_CRASH_ROUNDS");
    return fromEnv > 0 ? fromEnv : fallback;
}

// Starts the torture helper, lets it work for a random time, kills it, returns its stdout lines.
QStringList runAndKill(const QStringList &args, const QByteArray &stdinText, int minMs, int maxMs,
                       QRandomGenerator &rng) {
    QProcess p;
    p.setProcessEnvironment(childEnvironment());
    p.start(QStringLiteral(REBOUND_TORTURE), args);
    REQUIRE(p.waitForStarted());
    p.write(stdinText);
    REQUIRE(p.waitForBytesWritten());
    p.closeWriteChannel();
    // Drain stdout while waiting so the helper never blocks on a full pipe.
    QByteArray output;
    QElapsedTimer clock;
    clock.start();
    const qint64 lifetime = rng.bounded(minMs, maxMs);
    while (clock.elapsed() < lifetime && p.state() == QProcess::Running) {
        p.waitForReadyRead(int(std::max<qint64>(1, lifetime - clock.elapsed())));
        output += p.readAllStandardOutput();
    }
    p.kill(); // SIGKILL
    p.waitForFinished();
    output += p.readAllStandardOutput();
    // A line is only a promise once it is complete.
    if (!output.endsWith('\n'))
        output.truncate(output.lastIndexOf('\n') + 1);
    const QString out = QString::fromUtf8(output);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    INFO("helper stderr: " << err.toStdString());
    REQUIRE(p.exitStatus() == QProcess::CrashExit); // it must not have stopped on its own
    return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}
} // namespace

TEST_CASE("kill -9 during writes never corrupts the vault nor loses a committed entry", "[crash]") {
    const quint32 seed = QRandomGenerator::global()->generate();
    INFO("seed " << seed);
    QRandomGenerator rng(seed);
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("vault"));
    createVault(dir, "crash test passphrase");
    QSet<QString> committed;
    const int n = rounds(50);
    for (int round = 0; round < n; ++round) {
        const auto ids = runAndKill({QStringLiteral("write"), dir}, "crash test passphrase\n", 30, 400, rng);
        for (const auto &id : ids)
            committed.insert(id);
        auto vault = Vault::unlock(dir, secret("crash test passphrase"));
        auto &db = vault->store().db();
        INFO("round " << round);
        REQUIRE(db.integrityCheck() == QStringLiteral("ok"));
        QSet<QString> present;
        Statement st = db.query(QStringLiteral("SELECT id FROM journal_entries"));
        while (st.step())
            present.insert(st.text(0));
        REQUIRE(present.contains(committed));
        // Data and change log are written in one transaction: never one without the other.
        REQUIRE(db.queryInt(QStringLiteral("SELECT count(*) FROM journal_entries e WHERE "
                                           "(SELECT count(*) FROM change_log c WHERE c.entity = "
                                           "'journal_entry' AND c.record_id = e.id) != 9")) == 0);
    }
    CHECK(committed.size() > n); // the helper really was writing
}

TEST_CASE("kill -9 during passphrase changes always leaves a vault that opens with one of the two",
          "[crash]") {
    const quint32 seed = QRandomGenerator::global()->generate();
    INFO("seed " << seed);
    QRandomGenerator rng(seed);
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("vault"));
    createVault(dir, "passphrase A")->journal().create(QDate(2026, 1, 1), 3, QStringLiteral("survivor"));
    int changes = 0;
    const int n = rounds(40);
    for (int round = 0; round < n; ++round) {
        changes += int(
            runAndKill({QStringLiteral("passwd"), dir}, "passphrase A\npassphrase B\n", 10, 250, rng).size());
        // The helper leaves A in force after each full cycle; on disk it may be either.
        std::unique_ptr<Vault> vault;
        for (const char *candidate : {"passphrase A", "passphrase B"}) {
            try {
                vault = Vault::unlock(dir, secret(candidate));
                break;
            } catch (const Error &e) {
                REQUIRE(e.code() == ErrorCode::WrongPassphrase);
            }
        }
        INFO("round " << round);
        REQUIRE(vault);
        REQUIRE(vault->journal().count() == 1);
        // Put A back so the next round's helper starts from a known state.
        if (vault && !Vault::readHeader(dir).vaultId.isEmpty()) {
            vault.reset();
            try {
                Vault::changePassphrase(dir, secret("passphrase B"), secret("passphrase A"),
                                        KdfParams::floor());
            } catch (const Error &) {
                // already A
            }
        }
    }
    CHECK(changes > 0);
}
