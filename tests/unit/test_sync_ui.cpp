// The Sync settings controller on real vaults and a real folder sync account:
// its worker thread (own vault connection), the state it shows, set-up errors,
// two devices meeting through one folder, coalesced requests, lock and conflicts.
#include "TestSupport.h"
#include "services/AppSettings.h"
#include "services/VaultSession.h"
#include "storage/SyncRepository.h"
#include "ui/SyncController.h"

#include <QDir>
#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace rebound;
using namespace rebound::test;

namespace {

constexpr int kSafetyNetMs = 60000; // a safety net only: jobs take well under a second here
const char *const kSyncPassphrase = "river lantern copper meadow";

// One device: its own vault, settings and controller; the clock is shared.
struct Device {
    QTemporaryDir tmp;
    AppSettings settings{
        std::make_unique<QSettings>(tmp.filePath(QStringLiteral("s.ini")), QSettings::IniFormat)};
    VaultSession session;
    SyncController sync;

    explicit Device(const Clock &clock)
        : session(tmp.filePath(QStringLiteral("vault")), settings, nullptr, clock)
        , sync(session, clock) {
        sync.setServiceConfigurator([](SyncService &s) { s.setKdfParams(KdfParams::floor()); });
        sync.setDebounceInterval(0);
        session.open(createVault(session.dir(), "test passphrase", clock));
    }
    Vault &vault() { return *session.vault(); }
};

// Waits until no job runs (the one after unlock included).
bool settle(SyncController &c) {
    QSignalSpy spy(&c, &SyncController::busyChanged);
    while (c.busy())
        if (!spy.wait(kSafetyNetMs))
            return false;
    return true;
}

bool setUp(Device &d, bool join, const QString &folder, const QString &label) {
    QSignalSpy done(&d.sync, &SyncController::setupFinished);
    d.sync.setUp(join, SyncController::Folder, folder, {}, {}, QString::fromUtf8(kSyncPassphrase), label,
                 false);
    if (done.isEmpty() && !done.wait(kSafetyNetMs))
        return false;
    const bool ok = done.constFirst().at(0).toBool();
    if (!ok)
        UNSCOPED_INFO(done.constFirst().at(1).toString().toStdString());
    return settle(d.sync) && ok;
}

// Runs "Sync now" and returns whether it succeeded.
bool syncNow(Device &d) {
    QSignalSpy done(&d.sync, &SyncController::jobFinished);
    d.sync.syncNow();
    if (!done.wait(kSafetyNetMs))
        return false;
    if (!done.constFirst().at(0).toBool())
        UNSCOPED_INFO(done.constFirst().at(1).toString().toStdString());
    return settle(d.sync) && done.constFirst().at(0).toBool();
}

qint64 nowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}

int filesContaining(const QString &dir, const QByteArray &needle) {
    int hits = 0;
    for (QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            ++hits;
    }
    return hits;
}

} // namespace

TEST_CASE("Sync settings start not configured and a manual sync says why it cannot run", "[syncui]") {
    FakeClock clock(nowMs());
    Device d(clock);
    REQUIRE(settle(d.sync));
    CHECK_FALSE(d.sync.configured());
    CHECK_FALSE(d.sync.busy());
    CHECK(d.sync.progress() == -1);
    CHECK(d.sync.lastSyncText() == QStringLiteral("Never synced"));
    CHECK(d.sync.devices().isEmpty());
    CHECK(d.sync.conflicts().isEmpty());
    CHECK(d.sync.conflictCount() == 0);
    CHECK(d.sync.errorMessage().isEmpty());
    CHECK_FALSE(d.sync.defaultDeviceLabel().isEmpty());

    QSignalSpy errors(&d.sync, &SyncController::errorMessageChanged);
    CHECK_FALSE(syncNow(d));
    CHECK(d.sync.errorMessage() == QStringLiteral("Sync is not set up on this device."));
    CHECK(errors.size() == 1);
    // Edits do nothing while sync is off: no job starts.
    d.sync.localDataChanged();
    CHECK_FALSE(d.sync.busy());
}

TEST_CASE("Sync set-up refuses bad input with a clear error and keeps nothing", "[syncui]") {
    FakeClock clock(nowMs());
    Device d(clock);
    REQUIRE(settle(d.sync));
    QSignalSpy done(&d.sync, &SyncController::setupFinished);

    d.sync.setUp(false, SyncController::WebDav, QStringLiteral("  "), {}, {}, QStringLiteral("pass"), {},
                 false);
    REQUIRE(done.size() == 1);
    CHECK_FALSE(done.at(0).at(0).toBool());
    CHECK(d.sync.errorMessage() == QStringLiteral("Enter the server address."));

    d.sync.setUp(false, SyncController::WebDav, QStringLiteral("https://dav.example.org/r/"), {}, {}, {}, {},
                 false);
    REQUIRE(done.size() == 2);
    CHECK(d.sync.errorMessage() == QStringLiteral("Enter a sync passphrase."));

    // Plain http to another machine needs the user's explicit yes.
    d.sync.setUp(false, SyncController::WebDav, QStringLiteral("http://dav.example.org/r/"),
                 QStringLiteral("me"), QStringLiteral("pw"), QStringLiteral("pass"), {}, false);
    REQUIRE(done.size() == 3);
    CHECK(d.sync.errorMessage().contains(QStringLiteral("not encrypted")));
    CHECK_FALSE(d.sync.busy());
    CHECK_FALSE(d.sync.configured());

    // The service's own refusal comes back through the worker: a folder that is not there.
    QTemporaryDir remote;
    const QString missing = remote.filePath(QStringLiteral("no/such/folder"));
    QFile blocker(remote.filePath(QStringLiteral("no")));
    REQUIRE(blocker.open(QIODevice::WriteOnly)); // a file where a folder must go
    blocker.close();
    d.sync.setUp(false, SyncController::Folder, missing, {}, {}, QString::fromUtf8(kSyncPassphrase), {},
                 false);
    REQUIRE((done.size() == 4 || done.wait(kSafetyNetMs)));
    CHECK_FALSE(done.at(3).at(0).toBool());
    CHECK_FALSE(d.sync.errorMessage().isEmpty());
    CHECK(d.sync.errorMessage() == done.at(3).at(1).toString());
    REQUIRE(settle(d.sync));
    CHECK_FALSE(d.sync.configured());
}

TEST_CASE("Plain http needs confirming only for another machine", "[syncui]") {
    FakeClock clock(nowMs());
    Device d(clock);
    CHECK(d.sync.needsInsecureConfirmation(QStringLiteral("http://dav.example.org/rebound/")));
    CHECK(d.sync.needsInsecureConfirmation(QStringLiteral("http://192.168.1.20:8080/dav")));
    CHECK_FALSE(d.sync.needsInsecureConfirmation(QStringLiteral("https://dav.example.org/rebound/")));
    CHECK_FALSE(d.sync.needsInsecureConfirmation(QStringLiteral("http://localhost:8080/dav")));
    CHECK_FALSE(d.sync.needsInsecureConfirmation(QStringLiteral("http://127.0.0.1/dav")));
    CHECK_FALSE(d.sync.needsInsecureConfirmation(QStringLiteral("http://[::1]:81/dav")));
    REQUIRE(settle(d.sync));
}

TEST_CASE("Two devices meet through a folder and every view learns of the new data", "[syncui]") {
    FakeClock clock(nowMs());
    QTemporaryDir remote;
    Device laptop(clock);
    Device phone(clock);
    REQUIRE(settle(laptop.sync));
    REQUIRE(settle(phone.sync));

    const QString canary = QStringLiteral("canary-sync-ui-7f3a quiet courage");
    const JournalEntry entry = laptop.vault().journal().create(QDate(2026, 11, 20), 4, canary);
    REQUIRE(setUp(laptop, false, remote.path(), QStringLiteral("Laptop")));
    CHECK(laptop.sync.configured());
    CHECK(laptop.sync.errorMessage().isEmpty());
    CHECK(laptop.sync.server() == remote.path());
    CHECK(laptop.sync.deviceLabel() == QStringLiteral("Laptop"));
    CHECK(laptop.sync.pendingChanges() == 0);
    CHECK(laptop.sync.lastSyncText() == QStringLiteral("Last synced just now"));
    REQUIRE(laptop.sync.devices().size() == 1);
    CHECK(laptop.sync.devices().at(0).toMap().value(QStringLiteral("thisDevice")).toBool());
    // The server never sees the words.
    CHECK(filesContaining(remote.path(), canary.toUtf8()) == 0);
    CHECK(filesContaining(remote.path(), QByteArrayLiteral("canary-sync-ui")) == 0);

    QSignalSpy written(&phone.sync, &SyncController::dataWritten);
    REQUIRE(setUp(phone, true, remote.path(), QStringLiteral("Phone")));
    CHECK(written.size() == 1); // the views reload once
    const auto received = phone.vault().journal().find(entry.id);
    REQUIRE(received.has_value());
    CHECK(received->body == canary);
    CHECK(phone.sync.devices().size() == 2);

    // An edit on the phone goes out by itself (debounced) and reaches the laptop on its next sync.
    phone.vault().journal().update(entry.id, entry.date, 5, QStringLiteral("better today"));
    QSignalSpy phoneBusy(&phone.sync, &SyncController::busyChanged);
    phone.sync.localDataChanged();
    REQUIRE(phoneBusy.wait(kSafetyNetMs)); // the debounce fired a sync
    REQUIRE(settle(phone.sync));
    CHECK(phone.sync.pendingChanges() == 0);
    QSignalSpy laptopWritten(&laptop.sync, &SyncController::dataWritten);
    REQUIRE(syncNow(laptop));
    CHECK(laptopWritten.size() == 1);
    CHECK(laptop.vault().journal().find(entry.id)->body == QStringLiteral("better today"));
    QStringList labels;
    for (const QVariant &v : laptop.sync.devices())
        labels << v.toMap().value(QStringLiteral("label")).toString();
    CHECK(labels.contains(QStringLiteral("Phone")));

    // Relative times move with the clock.
    clock.advance(5 * 60 * 1000);
    CHECK(laptop.sync.lastSyncText() == QStringLiteral("Last synced 5 minutes ago"));
    clock.advance(3 * 60 * 60 * 1000);
    CHECK(laptop.sync.lastSyncText() == QStringLiteral("Last synced 3 hours ago"));
}

TEST_CASE("Sync requests made while busy coalesce into one more sync", "[syncui]") {
    FakeClock clock(nowMs());
    QTemporaryDir remote;
    Device d(clock);
    REQUIRE(settle(d.sync));
    REQUIRE(setUp(d, false, remote.path(), QStringLiteral("Laptop")));

    QSignalSpy finished(&d.sync, &SyncController::jobFinished);
    d.sync.syncNow();
    REQUIRE(d.sync.busy());
    d.sync.syncNow();
    d.sync.syncNow();
    d.sync.applicationStateChanged(Qt::ApplicationActive);
    while (finished.size() < 2)
        REQUIRE(finished.wait(kSafetyNetMs));
    // Nothing else was started after the second one (it would be busy now).
    CHECK_FALSE(d.sync.busy());
    CHECK(finished.size() == 2);
    CHECK(finished.at(0).at(0).toBool());
    CHECK(finished.at(1).at(0).toBool());
}

TEST_CASE("Locking clears the sync state and unlocking syncs again", "[syncui]") {
    FakeClock clock(nowMs());
    QTemporaryDir remote;
    Device d(clock);
    REQUIRE(settle(d.sync));
    REQUIRE(setUp(d, false, remote.path(), QStringLiteral("Laptop")));
    d.vault().journal().create(QDate(2026, 11, 21), 3, QStringLiteral("written before the lock"));

    d.sync.syncNow();
    REQUIRE(d.sync.busy());
    QSignalSpy status(&d.sync, &SyncController::statusChanged);
    d.session.lock(); // cancels the running job; its result is dropped
    CHECK_FALSE(d.sync.busy());
    CHECK_FALSE(d.sync.configured());
    CHECK(d.sync.server().isEmpty());
    CHECK(d.sync.devices().isEmpty());
    d.sync.syncNow(); // locked: ignored
    CHECK_FALSE(d.sync.busy());

    d.session.open(Vault::unlock(d.session.dir(), secret("test passphrase"), clock));
    CHECK(d.sync.busy()); // the sync on unlock
    REQUIRE(settle(d.sync));
    CHECK(d.sync.configured());
    CHECK(d.sync.server() == remote.path());
    CHECK(d.sync.pendingChanges() == 0);
    CHECK(d.sync.errorMessage().isEmpty());
}

TEST_CASE("The sync passphrase changed on one device is asked for on the other", "[syncui]") {
    FakeClock clock(nowMs());
    QTemporaryDir remote;
    Device laptop(clock);
    Device phone(clock);
    REQUIRE(settle(laptop.sync));
    REQUIRE(settle(phone.sync));
    REQUIRE(setUp(laptop, false, remote.path(), QStringLiteral("Laptop")));
    REQUIRE(setUp(phone, true, remote.path(), QStringLiteral("Phone")));

    QSignalSpy changed(&laptop.sync, &SyncController::jobFinished);
    laptop.sync.changePassphrase(QStringLiteral("a brand new sync passphrase"));
    REQUIRE(changed.wait(kSafetyNetMs));
    REQUIRE(changed.at(0).at(0).toBool());

    phone.sync.syncNow();
    REQUIRE(settle(phone.sync));
    CHECK(phone.sync.needsPassphrase());

    QSignalSpy wrong(&phone.sync, &SyncController::jobFinished);
    phone.sync.enterPassphrase(QString::fromUtf8(kSyncPassphrase)); // the old one
    REQUIRE(wrong.wait(kSafetyNetMs));
    CHECK_FALSE(wrong.at(0).at(0).toBool());
    CHECK_FALSE(phone.sync.errorMessage().isEmpty());
    REQUIRE(settle(phone.sync));
    CHECK(phone.sync.needsPassphrase());

    QSignalSpy right(&phone.sync, &SyncController::jobFinished);
    phone.sync.enterPassphrase(QStringLiteral("a brand new sync passphrase"));
    REQUIRE(right.wait(kSafetyNetMs));
    CHECK(right.at(0).at(0).toBool());
    REQUIRE(settle(phone.sync));
    CHECK_FALSE(phone.sync.needsPassphrase());
    CHECK(phone.sync.errorMessage().isEmpty());
}

TEST_CASE("Concurrent edits keep the losing text as a conflict the user can restore", "[syncui]") {
    FakeClock clock(nowMs());
    QTemporaryDir remote;
    Device laptop(clock);
    Device phone(clock);
    REQUIRE(settle(laptop.sync));
    REQUIRE(settle(phone.sync));
    const JournalEntry entry =
        laptop.vault().journal().create(QDate(2026, 11, 20), 3, QStringLiteral("first"));
    REQUIRE(setUp(laptop, false, remote.path(), QStringLiteral("Laptop")));
    REQUIRE(setUp(phone, true, remote.path(), QStringLiteral("Phone")));

    // Both edit the same text before either syncs.
    laptop.vault().journal().update(entry.id, entry.date, 3, QStringLiteral("the laptop's words"));
    clock.advance(1000);
    phone.vault().journal().update(entry.id, entry.date, 3, QStringLiteral("the phone's words"));
    REQUIRE(syncNow(laptop));
    REQUIRE(syncNow(phone));
    REQUIRE(syncNow(laptop));

    // The newer (phone) edit wins everywhere; the laptop's words are kept on a device that saw both.
    CHECK(laptop.vault().journal().find(entry.id)->body == QStringLiteral("the phone's words"));
    Device &keeper = phone.sync.conflictCount() > 0 ? phone : laptop;
    REQUIRE(keeper.sync.conflictCount() == 1);
    const QVariantMap conflict = keeper.sync.conflicts().at(0).toMap();
    CHECK(conflict.value(QStringLiteral("title")).toString() == QStringLiteral("Journal entry — text"));
    CHECK(conflict.value(QStringLiteral("text")).toString() == QStringLiteral("the laptop's words"));
    CHECK(conflict.value(QStringLiteral("winnerText")).toString() == QStringLiteral("the phone's words"));
    CHECK(conflict.value(QStringLiteral("detectedText")).toString() == QStringLiteral("Kept just now"));

    QSignalSpy written(&keeper.sync, &SyncController::dataWritten);
    QSignalSpy restored(&keeper.sync, &SyncController::jobFinished);
    keeper.sync.restoreConflict(conflict.value(QStringLiteral("id")).toLongLong());
    REQUIRE(restored.wait(kSafetyNetMs));
    CHECK(restored.at(0).at(0).toBool());
    CHECK(written.size() == 1);
    REQUIRE(settle(keeper.sync));
    CHECK(keeper.sync.conflictCount() == 0);
    CHECK(keeper.vault().journal().find(entry.id)->body == QStringLiteral("the laptop's words"));
}

TEST_CASE("Turning sync off forgets the account here and leaves the server's data", "[syncui]") {
    FakeClock clock(nowMs());
    QTemporaryDir remote;
    Device d(clock);
    REQUIRE(settle(d.sync));
    d.vault().journal().create(QDate(2026, 11, 20), 3, QStringLiteral("kept locally"));
    REQUIRE(setUp(d, false, remote.path(), QStringLiteral("Laptop")));
    const auto before = snapshot(remote.path());
    REQUIRE_FALSE(before.isEmpty());

    QSignalSpy done(&d.sync, &SyncController::jobFinished);
    d.sync.turnOff();
    REQUIRE(done.wait(kSafetyNetMs));
    CHECK(done.at(0).at(0).toBool());
    REQUIRE(settle(d.sync));
    CHECK_FALSE(d.sync.configured());
    CHECK(d.sync.lastSyncText() == QStringLiteral("Never synced"));
    CHECK(snapshot(remote.path()) == before);
    CHECK(d.vault().journal().count() == 1);
}
