// A full disk must give a clear error and lose nothing. The child process gets a
// file-size limit (RLIMIT_FSIZE), which needs no privileges or special mounts.
#include "../unit/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <csignal>
#include <sys/resource.h>

using namespace rebound;
using namespace rebound::test;

namespace {
struct Outcome {
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QStringList lines;
    QString errors;
};

Outcome runLimited(const QStringList &args, const QByteArray &stdinText, rlim_t maxFileBytes) {
    QProcess p;
    p.setProcessEnvironment(childEnvironment());
    p.setChildProcessModifier([maxFileBytes] {
        const rlimit limit{maxFileBytes, maxFileBytes};
        ::setrlimit(RLIMIT_FSIZE, &limit);
    });
    p.start(QStringLiteral(REBOUND_TORTURE), args);
    REQUIRE(p.waitForStarted());
    p.write(stdinText);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(120000));
    Outcome o;
    o.exitCode = p.exitCode();
    o.status = p.exitStatus();
    o.lines = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    o.errors = QString::fromUtf8(p.readAllStandardError());
    return o;
}
} // namespace

TEST_CASE("A full disk while writing entries: clear error, nothing written before it lost", "[diskfull]") {
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("vault"));
    createVault(dir, "disk full passphrase")
        ->journal()
        .create(QDate(2026, 1, 1), 3, QStringLiteral("before"));
    const qint64 dbSize = QFileInfo(QDir(dir).filePath(Vault::kDatabaseFile)).size();

    // Room for a few dozen entries in the write-ahead log, then the disk is "full".
    const Outcome o =
        runLimited({QStringLiteral("write"), dir}, "disk full passphrase\n", rlim_t(dbSize + 256 * 1024));
    INFO(o.errors.toStdString());
    REQUIRE(o.status == QProcess::NormalExit); // an error, not a crash
    CHECK(o.exitCode == 1);
    CHECK(o.errors.contains(QStringLiteral("disk is full")));
    CHECK(o.lines.size() > 3);

    auto vault = Vault::unlock(dir, secret("disk full passphrase"));
    CHECK(vault->store().db().integrityCheck() == QStringLiteral("ok"));
    QSet<QString> present;
    for (const auto &e : vault->journal().page(100000))
        present.insert(e.id);
    for (const QString &id : o.lines)
        REQUIRE(present.contains(id));
    CHECK(present.size() == o.lines.size() + 1); // the failed write left nothing half-done
}

TEST_CASE("A full disk while changing the passphrase keeps the old one working", "[diskfull]") {
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("vault"));
    createVault(dir, "passphrase A");
    const QByteArray headerBefore = snapshot(dir).value(Vault::kHeaderFile);

    const Outcome o =
        runLimited({QStringLiteral("passwd"), dir}, "passphrase A\npassphrase B\n", 100); // < one header
    REQUIRE(o.status == QProcess::NormalExit);
    CHECK(o.exitCode == 1);
    CHECK(o.errors.contains(QStringLiteral("disk is full")));
    CHECK(o.lines.isEmpty());

    const auto after = snapshot(dir);
    CHECK(after.value(Vault::kHeaderFile) == headerBefore);
    for (const QString &name : after.keys())
        CHECK_FALSE(name.endsWith(QStringLiteral(".tmp"))); // no half-written temporary left behind
    CHECK_NOTHROW(Vault::unlock(dir, secret("passphrase A")));
}

TEST_CASE("A full disk while writing a backup: a clear error, the older backup stays", "[diskfull][backup]") {
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("vault"));
    {
        // Text that does not compress, so the backup outgrows the limit below; the CLI
        // only reads the database (its memory map and WAL stay under the limit).
        auto vault = createVault(dir, "disk full passphrase");
        QRandomGenerator random(7);
        for (int i = 0; i < 40; ++i) {
            QString body;
            for (int c = 0; c < 3000; ++c)
                body += QChar(u'a' + random.bounded(26));
            vault->journal().create(QDate(2026, 1, 1).addDays(i), 3, body);
        }
    }
    const QString file = tmp.filePath(QStringLiteral("b.rebound-backup"));
    {
        QFile older(file);
        REQUIRE(older.open(QIODevice::WriteOnly));
        older.write("an older backup");
    }
    QProcess p;
    p.setProcessEnvironment(childEnvironment());
    p.setChildProcessModifier([] {
        std::signal(SIGXFSZ, SIG_IGN);            // like the torture helper: a failed write, not a signal
        const rlimit limit{48 * 1024, 48 * 1024}; // above SQLite's 32 KiB shared memory file
        ::setrlimit(RLIMIT_FSIZE, &limit);
    });
    p.start(QStringLiteral(REBOUND_CLI),
            {QStringLiteral("--vault"), dir, QStringLiteral("backup"), QStringLiteral("create"), file});
    REQUIRE(p.waitForStarted());
    p.write("disk full passphrase\ncopper lantern meadow\n");
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(120000));
    const QString errors = QString::fromUtf8(p.readAllStandardError());
    INFO(errors.toStdString());
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    CHECK(p.exitCode() == 1);
    CHECK(errors.contains(QStringLiteral("not enough space")));
    QFile older(file);
    REQUIRE(older.open(QIODevice::ReadOnly));
    CHECK(older.readAll() == QByteArray("an older backup"));
    CHECK(QDir(tmp.path()).entryList(QDir::Files) == QStringList{QStringLiteral("b.rebound-backup")});
}
