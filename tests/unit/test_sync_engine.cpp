// The sync engine end to end: real vaults, a real folder backend and a real
// Apache mod_dav on 127.0.0.1 (tests/webdav/apache.sh). Two or three devices
// set up, join, edit and sync; then the server's files are tampered with on
// disk and every kind of tampering must be refused with local data untouched.
#include "TestSupport.h"
#include "support/ApacheServer.h"
#include "support/FaultProxy.h"

#include "core/Error.h"
#include "storage/SyncRepository.h"
#include "sync/FolderStore.h"
#include "sync/SyncEngine.h"
#include "sync/SyncFormat.h"
#include "sync/SyncKeys.h"
#include "sync/SyncService.h"
#include "sync/WebDavStore.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace rebound;
using namespace rebound::test;

namespace {

const QString kCanaryBody = QStringLiteral("canary-Blauwal-7f3e: the interview at Zebrafish Labs went badly 🐳");
const QString kCanaryEdit = QStringLiteral("canary-Kolibri-91c2 ثقة");

// A device: its own vault and a sync service on it.
struct Device {
    explicit Device(const Clock &clock = Vault::systemClock())
        : vault(createVault(dir.path(), "test passphrase", clock))
        , service(*vault, clock) {
        service.setKdfParams(KdfParams::floor());
    }
    QTemporaryDir dir;
    std::unique_ptr<Vault> vault;
    SyncService service;

    QByteArray state() { return vault->sync().stateHash(); }
};

SyncAccount folderAccount(const QString &folder, const QString &label) {
    SyncAccount a;
    a.kind = SyncAccount::Kind::Folder;
    a.url = folder;
    a.deviceLabel = label;
    return a;
}

SyncAccount davAccount(const QUrl &url, const QString &label) {
    SyncAccount a;
    a.kind = SyncAccount::Kind::WebDav;
    a.url = url.toString();
    a.user = ApacheServer::shared().user();
    a.password = ApacheServer::shared().password();
    a.deviceLabel = label;
    return a;
}

QStringList filesBelow(const QString &dir) {
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    out.sort();
    return out;
}

QStringList batchFiles(const QString &root) {
    QStringList out;
    for (const QString &f : filesBelow(root + QStringLiteral("/batches")))
        out << f;
    return out;
}

QByteArray readAll(const QString &path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeAll(const QString &path, const QByteArray &data) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(data) == data.size());
}

ErrorCode syncError(Device &d) {
    try {
        d.service.syncNow();
    } catch (const Error &e) {
        INFO(e.message().toStdString());
        CHECK_FALSE(e.message().isEmpty());
        return e.code();
    }
    FAIL("the sync succeeded");
    return ErrorCode::Usage;
}

// Two devices on a folder backend: A set up, B joined, both synced.
struct FolderPair {
    QTemporaryDir remote;
    Device a;
    Device b;
    FolderPair() {
        a.service.setUp(folderAccount(remote.path(), QStringLiteral("Laptop")), secret("sync words"), false);
        b.service.setUp(folderAccount(remote.path(), QStringLiteral("Phone")), secret("sync words"), true);
    }
};

} // namespace

TEST_CASE("Sync over a folder carries entries both ways and reports devices", "[syncengine]") {
    FolderPair p;
    const JournalEntry e = p.a.vault->journal().create(QDate(2026, 11, 2), 2, kCanaryBody);
    p.a.service.syncNow();
    CHECK(p.a.service.status().pendingChanges == 0);
    const SyncReport r = p.b.service.syncNow();
    CHECK(r.batchesReceived >= 1);
    CHECK(r.changedRecords >= 1);
    REQUIRE(p.b.vault->journal().find(e.id));
    CHECK(p.b.vault->journal().find(e.id)->body == kCanaryBody);

    p.b.vault->journal().update(e.id, QDate(2026, 11, 2), 3, kCanaryEdit);
    p.b.service.syncNow();
    p.a.service.syncNow();
    CHECK(p.a.vault->journal().find(e.id)->body == kCanaryEdit);
    CHECK(p.a.vault->journal().find(e.id)->mood == 3);
    CHECK(p.a.state() == p.b.state());

    p.a.vault->journal().remove(e.id);
    p.a.service.syncNow();
    p.b.service.syncNow();
    CHECK_FALSE(p.b.vault->journal().find(e.id));
    CHECK(p.a.state() == p.b.state());

    const SyncStatus s = p.b.service.status();
    CHECK(s.configured);
    CHECK(s.deviceLabel == QStringLiteral("Phone"));
    CHECK(s.lastError.isEmpty());
    CHECK(s.lastSync.isValid());
    REQUIRE(s.devices.size() == 2);
    CHECK(s.devices[0].thisDevice);
    CHECK(s.devices[1].label == QStringLiteral("Laptop"));
    CHECK(s.devices[1].lastSeen.isValid());

    // No plaintext on the "server".
    for (const QString &f : filesBelow(p.remote.path())) {
        const QByteArray bytes = readAll(f);
        CHECK_FALSE(bytes.contains("canary"));
        CHECK_FALSE(bytes.contains(kCanaryBody.toUtf8()));
    }
}

TEST_CASE("Joining with a wrong sync passphrase is refused and nothing is kept", "[syncengine]") {
    QTemporaryDir remote;
    Device a;
    Device b;
    a.service.setUp(folderAccount(remote.path(), QStringLiteral("A")), secret("right words"), false);
    try {
        b.service.setUp(folderAccount(remote.path(), QStringLiteral("B")), secret("wrong words"), true);
        FAIL("joined with a wrong passphrase");
    } catch (const Error &e) {
        CHECK(e.code() == ErrorCode::WrongPassphrase);
    }
    CHECK_FALSE(b.service.status().configured);
    // Setting up a second sync where one exists is refused too.
    try {
        b.service.setUp(folderAccount(remote.path(), QStringLiteral("B")), secret("right words"), false);
        FAIL("set up over an existing sync");
    } catch (const Error &e) {
        CHECK(e.code() == ErrorCode::Remote);
    }
    CHECK_FALSE(b.service.status().configured);
}

TEST_CASE("A flipped byte in a batch is refused and nothing is applied", "[syncengine]") {
    FolderPair p;
    p.a.vault->journal().create(QDate(2026, 11, 3), 4, QStringLiteral("first"));
    p.a.service.syncNow();
    const QStringList batches = batchFiles(p.remote.path());
    REQUIRE(batches.size() == 1);
    QByteArray bytes = readAll(batches[0]);
    bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
    writeAll(batches[0], bytes);
    const QByteArray before = p.b.state();
    CHECK(syncError(p.b) == ErrorCode::Tampered);
    CHECK(p.b.state() == before);
    CHECK_FALSE(p.b.service.status().lastError.isEmpty());
}

TEST_CASE("Swapped, missing and moved batches are refused", "[syncengine]") {
    FolderPair p;
    for (int i = 0; i < 3; ++i) {
        p.a.vault->journal().create(QDate(2026, 11, 4 + i), 3, QStringLiteral("entry %1").arg(i));
        p.a.service.syncNow();
    }
    QStringList batches = batchFiles(p.remote.path());
    REQUIRE(batches.size() == 3);
    const QByteArray one = readAll(batches[0]);
    const QByteArray two = readAll(batches[1]);
    const QByteArray before = p.b.state();

    SECTION("swapped") {
        writeAll(batches[0], two);
        writeAll(batches[1], one);
        CHECK(syncError(p.b) == ErrorCode::Tampered);
        CHECK(p.b.state() == before);
    }
    SECTION("a middle one deleted") {
        REQUIRE(QFile::remove(batches[1]));
        CHECK(syncError(p.b) == ErrorCode::Tampered);
        // The first batch was authentic and may be applied; nothing after the gap is.
        CHECK(p.b.vault->journal().count() <= 1);
    }
    SECTION("moved to another device's folder") {
        p.b.vault->journal().create(QDate(2026, 11, 9), 2, QStringLiteral("from b"));
        p.b.service.syncNow();
        const QStringList all = batchFiles(p.remote.path());
        QString bBatch;
        for (const QString &f : all)
            if (!batches.contains(f))
                bBatch = f;
        REQUIRE_FALSE(bBatch.isEmpty());
        // A's first batch copied over B's: A (reading B) must refuse it.
        writeAll(bBatch, one);
        const QByteArray aBefore = p.a.state();
        CHECK(syncError(p.a) == ErrorCode::Tampered);
        CHECK(p.a.state() == aBefore);
    }
}

TEST_CASE("An older head or header served again is refused as a rollback", "[syncengine]") {
    FolderPair p;
    p.a.vault->journal().create(QDate(2026, 11, 10), 3, QStringLiteral("one"));
    p.a.service.syncNow();
    p.b.service.syncNow();
    // Find A's head: the one B did not write. B's folder name is in its batches dir.
    QString aHead;
    for (const QString &f : filesBelow(p.remote.path()))
        if (f.endsWith(QStringLiteral(".head"))) {
            const QString folder = QFileInfo(f).completeBaseName();
            if (!filesBelow(p.remote.path() + QStringLiteral("/batches/") + folder).isEmpty())
                aHead = f;
        }
    REQUIRE_FALSE(aHead.isEmpty());
    const QByteArray oldHead = readAll(aHead);
    const QByteArray oldHeader = readAll(p.remote.path() + QStringLiteral("/rebound.vault"));

    SECTION("head") {
        p.a.vault->journal().create(QDate(2026, 11, 11), 3, QStringLiteral("two"));
        p.a.service.syncNow();
        p.b.service.syncNow();
        writeAll(aHead, oldHead);
        const QByteArray before = p.b.state();
        CHECK(syncError(p.b) == ErrorCode::Tampered);
        CHECK(p.b.state() == before);
    }
    SECTION("header") {
        p.a.service.rotateKey();
        p.b.service.syncNow();
        writeAll(p.remote.path() + QStringLiteral("/rebound.vault"), oldHeader);
        CHECK(syncError(p.b) == ErrorCode::Tampered);
    }
    SECTION("header with a weaker key derivation") {
        const syncformat::VaultHeader h = syncformat::parseHeader(oldHeader);
        KdfParams weak = h.kdf;
        weak.memLimitBytes = KdfParams::kFloorMemBytes / 2;
        syncformat::KeyRing ring;
        ring.addKey();
        writeAll(p.remote.path() + QStringLiteral("/rebound.vault"),
                 syncformat::buildHeader(h.revision + 1, h.vaultId, weak, SecureBytes::random(32), ring));
        CHECK(syncError(p.b) == ErrorCode::WeakKdf);
    }
}

TEST_CASE("Changes dated more than 5 minutes ahead are refused", "[syncengine]") {
    QTemporaryDir remote;
    FakeClock ahead(QDateTime::currentMSecsSinceEpoch() + 10 * 60 * 1000);
    Device a(ahead);
    Device b;
    a.service.setUp(folderAccount(remote.path(), QStringLiteral("Fast clock")), secret("sync words"), false);
    a.vault->journal().create(QDate(2026, 11, 12), 3, QStringLiteral("from the future"));
    a.service.syncNow();
    try {
        b.service.setUp(folderAccount(remote.path(), QStringLiteral("B")), secret("sync words"), true);
        FAIL("accepted changes from the future");
    } catch (const Error &e) {
        CHECK(e.code() == ErrorCode::Tampered);
        CHECK(e.message().contains(QStringLiteral("Fast clock")));
    }
    CHECK(b.vault->journal().count() == 0);
}

TEST_CASE("A new sync passphrase set on one device is asked for on the others", "[syncengine]") {
    FolderPair p;
    p.a.service.changePassphrase(secret("new words"));
    p.a.vault->journal().create(QDate(2026, 11, 13), 3, QStringLiteral("after the change"));
    p.a.service.syncNow();
    CHECK(syncError(p.b) == ErrorCode::WrongPassphrase);
    CHECK(p.b.service.status().needsPassphrase);
    CHECK(syncError(p.b) == ErrorCode::WrongPassphrase); // stays asked until entered
    try {
        p.b.service.enterPassphrase(secret("sync words"));
        FAIL("the old passphrase was accepted");
    } catch (const Error &e) {
        CHECK(e.code() == ErrorCode::WrongPassphrase);
    }
    p.b.service.enterPassphrase(secret("new words"));
    CHECK_FALSE(p.b.service.status().needsPassphrase);
    p.b.service.syncNow();
    CHECK(p.b.vault->journal().count() == 1);
}

TEST_CASE("After a key rotation new batches use the new key and every device reads them", "[syncengine]") {
    FolderPair p;
    p.a.service.rotateKey();
    p.a.vault->journal().create(QDate(2026, 11, 14), 3, QStringLiteral("under key two"));
    p.a.service.syncNow();
    const QStringList batches = batchFiles(p.remote.path());
    REQUIRE_FALSE(batches.isEmpty());
    CHECK(syncformat::objectKeyId(readAll(batches.last())) == 2);
    p.b.service.syncNow();
    CHECK(p.b.vault->journal().count() == 1);
    CHECK(p.a.state() == p.b.state());
}

TEST_CASE("Sync over Apache WebDAV: one edit costs at most 4 requests and 4 KB up, and the server holds no "
          "plaintext",
          "[syncengine][webdav]") {
    const QUrl url = ApacheServer::shared().url(QStringLiteral("engine-basic"));
    Device a;
    Device b;
    for (int i = 0; i < 50; ++i)
        a.vault->journal().create(QDate(2026, 10, 1).addDays(i), 1 + i % 5, kCanaryBody + QString::number(i));
    a.service.setUp(davAccount(url, QStringLiteral("Laptop")), secret("sync words"), false);
    b.service.setUp(davAccount(url, QStringLiteral("Phone")), secret("sync words"), true);
    CHECK(b.vault->journal().count() == 50);
    CHECK(a.state() == b.state());

    const JournalEntry e = b.vault->journal().page(1).constFirst();
    b.vault->journal().update(e.id, e.date, e.mood, kCanaryEdit);
    const SyncReport r = b.service.syncNow();
    CHECK(r.requests <= 4);
    CHECK(r.bytesUp <= 4096);
    CHECK(r.batchesSent == 1);
    const SyncReport quiet = b.service.syncNow();
    CHECK(quiet.requests == 1);
    a.service.syncNow();
    CHECK(a.vault->journal().find(e.id)->body == kCanaryEdit);
    CHECK(a.state() == b.state());

    for (const QString &f : filesBelow(ApacheServer::shared().documentRoot())) {
        const QByteArray bytes = readAll(f);
        INFO(f.toStdString());
        CHECK_FALSE(bytes.contains("canary"));
        CHECK_FALSE(bytes.contains("Zebrafish"));
    }
}

namespace {

// Two devices on Apache, each talking through the same fault-injecting proxy.
struct ProxiedPair {
    QUrl folder = ApacheServer::shared().url(QStringLiteral("engine-faults"));
    FaultProxy proxy{ApacheServer::shared().baseUrl()};
    Device a;
    Device b;
    ProxiedPair() {
        for (Device *d : {&a, &b})
            d->service.setRemoteFactory([this](const SyncAccount &account) {
                WebDavConfig c;
                c.root = proxy.urlFor(QUrl(account.url));
                c.user = account.user;
                c.password = account.password;
                c.retries = 2;
                c.backoffMs = 10;
                c.timeoutMs = 1500;
                return std::make_unique<WebDavStore>(c);
            });
        a.service.setUp(davAccount(folder, QStringLiteral("A")), secret("sync words"), false);
        b.service.setUp(davAccount(folder, QStringLiteral("B")), secret("sync words"), true);
    }
    void addEntries(int n) {
        for (int i = 0; i < n; ++i)
            a.vault->journal().create(QDate(2026, 11, 1).addDays(i), 1 + i % 5, kCanaryBody + QString::number(i));
    }
    // After faults are gone both devices sync and must agree, with every entry there.
    void converge(int entries) {
        proxy.clearRules();
        a.service.syncNow();
        b.service.syncNow();
        a.service.syncNow();
        CHECK(b.vault->journal().count() == entries);
        CHECK(a.state() == b.state());
        CHECK(a.service.status().pendingChanges == 0);
        CHECK(b.service.status().lastError.isEmpty());
    }
};

FaultRule rule(FaultRule::Kind kind, const char *method, const char *path, int times = -1, int status = 500) {
    FaultRule r;
    r.kind = kind;
    r.method = method;
    r.pathContains = QString::fromLatin1(path);
    r.times = times;
    r.status = status;
    return r;
}

} // namespace

TEST_CASE("Server errors while sending stop the sync with a clear error and the next sync resumes",
          "[syncengine][webdav][faults]") {
    ProxiedPair p;
    p.addEntries(3);
    SECTION("500 on every upload") {
        p.proxy.addRule(rule(FaultRule::Kind::Status, "PUT", "batches", -1, 500));
        CHECK(syncError(p.a) == ErrorCode::Network);
    }
    SECTION("507: no space") {
        p.proxy.addRule(rule(FaultRule::Kind::Status, "PUT", "batches", -1, 507));
        CHECK(syncError(p.a) == ErrorCode::Remote);
        CHECK(p.a.service.status().lastError.contains(QStringLiteral("space")));
    }
    SECTION("201 but nothing kept") {
        p.proxy.addRule(rule(FaultRule::Kind::FakeCreated, "PUT", "batches", -1));
        CHECK(syncError(p.a) == ErrorCode::Remote);
    }
    SECTION("connection dropped while sending") {
        p.proxy.addRule(rule(FaultRule::Kind::DropRequest, "PUT", "", -1));
        CHECK(syncError(p.a) == ErrorCode::Network);
    }
    SECTION("412 on the head") {
        p.proxy.addRule(rule(FaultRule::Kind::Status, "PUT", ".head", 1, 412));
        CHECK(syncError(p.a) == ErrorCode::Tampered);
        // The batch went up but the head does not point at it yet: B sees nothing.
        p.proxy.clearRules();
        p.b.service.syncNow();
        CHECK(p.b.vault->journal().count() == 0);
    }
    SECTION("batches not sent stay pending") {
        p.proxy.addRule(rule(FaultRule::Kind::Status, "PUT", "batches", -1, 503));
        CHECK(syncError(p.a) == ErrorCode::Network);
        CHECK(p.a.service.status().pendingChanges > 0);
    }
    CHECK_FALSE(p.a.service.status().lastError.isEmpty());
    p.converge(3);
}

TEST_CASE("Transient server answers are retried and the sync completes", "[syncengine][webdav][faults]") {
    ProxiedPair p;
    p.addEntries(2);
    p.proxy.addRule(rule(FaultRule::Kind::Status, "PUT", "batches", 1, 423));
    p.proxy.addRule(rule(FaultRule::Kind::Status, "PROPFIND", "", 1, 503));
    p.a.service.syncNow();
    CHECK(p.proxy.faults() == 2);
    p.b.service.syncNow();
    CHECK(p.b.vault->journal().count() == 2);
}

TEST_CASE("Broken answers while receiving never apply half a batch", "[syncengine][webdav][faults]") {
    ProxiedPair p;
    p.addEntries(4);
    p.a.service.syncNow();
    const QByteArray before = p.b.state();
    SECTION("truncated bodies") {
        p.proxy.addRule(rule(FaultRule::Kind::Truncate, "GET", "batches", -1));
        CHECK(syncError(p.b) == ErrorCode::Network);
    }
    SECTION("dropped mid-body") {
        p.proxy.addRule(rule(FaultRule::Kind::DropResponse, "GET", "batches", -1));
        CHECK(syncError(p.b) == ErrorCode::Network);
    }
    SECTION("a server too slow to answer") {
        FaultRule slow = rule(FaultRule::Kind::Delay, "PROPFIND", "", -1);
        slow.delayMs = 4000;
        p.proxy.addRule(slow);
        CHECK(syncError(p.b) == ErrorCode::Network);
    }
    CHECK(p.b.state() == before);
    p.converge(4);
}

TEST_CASE("A sync stopped halfway keeps what it applied and the next one finishes", "[syncengine]") {
    FolderPair p;
    for (int i = 0; i < 4; ++i) {
        p.a.vault->journal().create(QDate(2026, 11, 15 + i), 3, QStringLiteral("batch %1").arg(i));
        p.a.service.syncNow();
    }
    std::atomic_bool cancel{false};
    try {
        p.b.service.syncNow(
            [&cancel](const SyncProgress &progress) {
                if (progress.done >= 2)
                    cancel = true;
            },
            &cancel);
        FAIL("the sync was not stopped");
    } catch (const Error &e) {
        CHECK(e.code() == ErrorCode::Network);
    }
    const int partial = p.b.vault->journal().count();
    CHECK(partial >= 2);
    CHECK(partial < 4);
    const SyncReport rest = p.b.service.syncNow();
    CHECK(rest.batchesReceived == 4 - partial);
    CHECK(p.a.state() == p.b.state());
}

TEST_CASE("Many small syncs are compacted: a new device starts from a snapshot and old batches go",
          "[syncengine]") {
    FolderPair p;
    constexpr int kSyncs = SyncEngine::kSnapshotAfterBatches + 6;
    for (int i = 0; i < kSyncs; ++i) {
        p.a.vault->journal().create(QDate(2026, 1, 1).addDays(i), 1 + i % 5, QStringLiteral("day %1").arg(i));
        p.a.service.syncNow();
        if (i % 8 == 0)
            p.b.service.syncNow(); // B's head tells A how far it got
    }
    p.b.service.syncNow();
    p.a.service.syncNow(); // sees B's progress, deletes what both have
    p.a.service.syncNow();
    CHECK(filesBelow(p.remote.path() + QStringLiteral("/snapshots")).size() >= 1);
    CHECK(batchFiles(p.remote.path()).size() < kSyncs);

    Device c;
    const SyncReport first =
        c.service.setUp(folderAccount(p.remote.path(), QStringLiteral("Tablet")), secret("sync words"), true);
    CHECK(c.vault->journal().count() == kSyncs);
    CHECK(first.batchesReceived < kSyncs / 2);
    CHECK(c.state() == p.a.state());
    // And B, which had applied everything, still syncs without any gap.
    p.a.vault->journal().create(QDate(2026, 6, 1), 5, QStringLiteral("after compaction"));
    p.a.service.syncNow();
    p.b.service.syncNow();
    c.service.syncNow();
    CHECK(p.b.state() == p.a.state());
    CHECK(c.state() == p.a.state());
}
