// Settings → Export and backup, through the controllers the QML uses: export and
// backup on a worker thread with progress, the Daylio preview and import, and
// restoring a backup from the first-run screen.
#include "TestSupport.h"
#include "services/AppSettings.h"
#include "services/DemoData.h"
#include "services/VaultSession.h"
#include "ui/DataController.h"
#include "ui/VaultController.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace rebound;
using namespace rebound::test;

namespace {

constexpr int kSafetyNetMs = 60000;

struct Fixture {
    QTemporaryDir tmp;
    AppSettings settings{
        std::make_unique<QSettings>(tmp.filePath(QStringLiteral("s.ini")), QSettings::IniFormat)};
    VaultSession session{tmp.filePath(QStringLiteral("vault")), settings, nullptr, Vault::systemClock()};
    DataController data{session, settings};

    Fixture() { session.open(createVault(session.dir())); }
};

bool settle(DataController &c) {
    QSignalSpy spy(&c, &DataController::busyChanged);
    while (c.busy())
        if (!spy.wait(kSafetyNetMs))
            return false;
    return true;
}

QUrl writeCsv(const QString &path, const QByteArray &bytes) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return QUrl::fromLocalFile(path);
}

} // namespace

TEST_CASE("Export everything runs in the background and reports where it wrote", "[export][controller]") {
    Fixture f;
    fillDemoData(*f.session.vault(), QDate::currentDate());
    const QString out = f.tmp.filePath(QStringLiteral("out"));
    REQUIRE(QDir().mkpath(out));
    QSignalSpy progress(&f.data, &DataController::progressChanged);
    f.data.exportEverything(QUrl::fromLocalFile(out));
    CHECK(f.data.busy());
    CHECK_FALSE(f.data.task().isEmpty());
    REQUIRE(settle(f.data));
    CHECK(f.data.errorMessage().isEmpty());
    CHECK(f.data.doneMessage().contains(QStringLiteral("not encrypted")));
    REQUIRE_FALSE(f.data.doneFolder().isEmpty());
    CHECK(QFileInfo(f.data.doneFolder()).absolutePath() == QFileInfo(out).absoluteFilePath());
    CHECK(QFileInfo::exists(f.data.doneFolder() + QStringLiteral("/rebound.json")));
    CHECK(progress.count() > 0);
    CHECK(f.data.progress() == Approx(1.0));

    // A folder that is gone: the message says so, nothing is busy.
    f.data.exportEverything(QUrl::fromLocalFile(f.tmp.filePath(QStringLiteral("gone"))));
    REQUIRE(settle(f.data));
    CHECK(f.data.errorMessage().contains(QStringLiteral("gone")));
}

TEST_CASE("A backup made in Settings restores on the first-run screen", "[backup][controller]") {
    Fixture f;
    f.session.vault()->journal().create(QDate(2026, 1, 5), 4, QStringLiteral("Kept in the backup"));
    const QString file = f.tmp.filePath(QStringLiteral("mine"));

    f.data.createBackup(QUrl::fromLocalFile(file), QStringLiteral("short"), QStringLiteral("short"));
    CHECK_FALSE(f.data.busy());
    CHECK_FALSE(f.data.errorMessage().isEmpty());
    f.data.createBackup(QUrl::fromLocalFile(file), QStringLiteral("orchard velvet basalt"),
                        QStringLiteral("orchard velvet basal"));
    CHECK(f.data.errorMessage().contains(QStringLiteral("match")));

    f.data.createBackup(QUrl::fromLocalFile(file), QStringLiteral("orchard velvet basalt"),
                        QStringLiteral("orchard velvet basalt"));
    REQUIRE(settle(f.data));
    INFO(f.data.errorMessage().toStdString());
    CHECK(f.data.errorMessage().isEmpty());
    const QString written = file + QStringLiteral(".rebound-backup"); // the suffix is added
    REQUIRE(QFileInfo::exists(written));

    // Another device (no vault yet): restore with a wrong, then the right passphrase.
    QTemporaryDir other;
    AppSettings settings(
        std::make_unique<QSettings>(other.filePath(QStringLiteral("s.ini")), QSettings::IniFormat));
    VaultSession session(other.filePath(QStringLiteral("vault")), settings, nullptr, Vault::systemClock());
    VaultController vault(session);
    REQUIRE(vault.state() == VaultController::NoVault);
    QSignalSpy busy(&vault, &VaultController::busyChanged);
    vault.restoreBackup(QUrl::fromLocalFile(written), QStringLiteral("orchard velvet"), false);
    while (vault.busy())
        REQUIRE(busy.wait(kSafetyNetMs));
    CHECK(vault.errorMessage().contains(QStringLiteral("passphrase")));
    CHECK(vault.state() == VaultController::NoVault);
    CHECK_FALSE(Vault::exists(session.dir()));

    vault.restoreBackup(QUrl::fromLocalFile(written), QStringLiteral("orchard velvet basalt"), false);
    while (vault.busy())
        REQUIRE(busy.wait(kSafetyNetMs));
    CHECK(vault.errorMessage().isEmpty());
    REQUIRE(vault.state() == VaultController::Unlocked);
    const QList<JournalEntry> entries = session.vault()->journal().page(10);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].body == QStringLiteral("Kept in the backup"));
}

TEST_CASE("The Daylio preview asks for custom moods, then imports and tells the views",
          "[daylio][controller]") {
    Fixture f;
    const QDate day = QDate::currentDate().addDays(-3);
    const QByteArray csv = "full_date,date,weekday,time,mood,activities,note_title,note\n" +
                           day.toString(Qt::ISODate).toUtf8() +
                           ",,,20:00,good,\"work | yoga\",,\"Fine day\"\n" +
                           day.addDays(-1).toString(Qt::ISODate).toUtf8() + ",,,21:00,Zen,yoga,,\n";
    f.data.loadDaylio(writeCsv(f.tmp.filePath(QStringLiteral("daylio.csv")), csv));
    CHECK(f.data.errorMessage().isEmpty());
    CHECK(f.data.daylioFile() == QStringLiteral("daylio.csv"));
    QVariantMap p = f.data.daylioPreview();
    CHECK(p.value(QStringLiteral("rows")).toInt() == 2);
    CHECK(p.value(QStringLiteral("checkIns")).toInt() == 1);
    CHECK(p.value(QStringLiteral("withoutMood")).toInt() == 1);
    const QVariantList moods = p.value(QStringLiteral("moods")).toList();
    REQUIRE(moods.size() == 1);
    CHECK(moods[0].toMap().value(QStringLiteral("name")).toString() == QStringLiteral("Zen"));
    CHECK(moods[0].toMap().value(QStringLiteral("level")).toInt() == 0);

    f.data.setDaylioMood(QStringLiteral("Zen"), 5);
    p = f.data.daylioPreview();
    CHECK(p.value(QStringLiteral("checkIns")).toInt() == 2);
    CHECK(p.value(QStringLiteral("moods")).toList()[0].toMap().value(QStringLiteral("level")).toInt() == 5);

    QSignalSpy written(&f.data, &DataController::dataWritten);
    f.data.importDaylio();
    CHECK(written.count() == 1);
    CHECK(f.data.errorMessage().isEmpty());
    CHECK(f.data.doneMessage().contains(QStringLiteral("2 check-ins")));
    CHECK(f.data.daylioFile().isEmpty());
    CHECK(f.session.vault()->checkIns().count() == 2);

    // A file that is not a Daylio export: an error, nothing loaded.
    f.data.loadDaylio(writeCsv(f.tmp.filePath(QStringLiteral("other.csv")), "name,email\nA,a@b.c\n"));
    CHECK_FALSE(f.data.errorMessage().isEmpty());
    CHECK(f.data.daylioFile().isEmpty());
    CHECK(f.data.daylioPreview().isEmpty());

    // Locking forgets a loaded file.
    f.data.loadDaylio(writeCsv(f.tmp.filePath(QStringLiteral("daylio2.csv")), csv));
    REQUIRE_FALSE(f.data.daylioFile().isEmpty());
    f.session.lock();
    CHECK(f.data.daylioFile().isEmpty());
}
