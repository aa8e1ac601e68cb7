#include "TestSupport.h"
#include "services/AppSettings.h"
#include "services/AutoLock.h"
#include "services/KeyStore.h"
#include "services/QtKeychainStore.h"
#include "services/VaultSession.h"
#include "storage/Migrations.h"

#include <QMap>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace rebound;
using namespace rebound::test;

namespace {
// In-memory keystore; `available = false` behaves like a machine without a keyring.
class FakeKeyStore final : public KeyStore {
public:
    bool available = true;
    QMap<QString, QByteArray> entries;

    void save(const QString &id, const SecureBytes &key, std::function<void(bool)> done) override {
        if (available)
            entries.insert(id, QByteArray(reinterpret_cast<const char *>(key.data()), qsizetype(key.size())));
        done(available);
    }
    void load(const QString &id, std::function<void(std::optional<SecureBytes>)> done) override {
        if (!available || !entries.contains(id))
            return done(std::nullopt);
        const QByteArray k = entries.value(id);
        done(SecureBytes(reinterpret_cast<const unsigned char *>(k.constData()), std::size_t(k.size())));
    }
    void remove(const QString &id, std::function<void(bool)> done) override {
        if (available)
            entries.remove(id);
        if (done)
            done(available);
    }
};

struct Fixture {
    QTemporaryDir tmp;
    AppSettings settings{
        std::make_unique<QSettings>(tmp.filePath(QStringLiteral("s.ini")), QSettings::IniFormat)};
    FakeKeyStore keys;
    VaultSession session{tmp.filePath(QStringLiteral("vault")), settings, &keys, Vault::systemClock()};
};
} // namespace

TEST_CASE("Remember on this device unlocks with the stored key, a stale key falls back to the passphrase",
          "[session]") {
    Fixture f;
    f.session.open(createVault(f.session.dir()));
    f.session.setRemembersKey(true);
    CHECK(f.session.remembersKey());
    CHECK(f.keys.entries.size() == 1);
    f.session.lock();

    bool result = false;
    f.session.tryRememberedKey([&](bool ok) { result = ok; });
    CHECK(result);
    CHECK(f.session.state() == VaultSession::State::Unlocked);
    f.session.lock();

    SECTION("keystore entry replaced by garbage") {
        f.keys.entries.first() = QByteArray(32, 'x');
        f.session.tryRememberedKey([&](bool ok) { result = ok; });
        CHECK_FALSE(result);
        CHECK(f.session.state() == VaultSession::State::Locked);
        CHECK_FALSE(f.session.remembersKey()); // forgotten, the passphrase screen stays
        CHECK(f.keys.entries.isEmpty());
    }
    SECTION("keystore gone") {
        f.keys.available = false;
        f.session.tryRememberedKey([&](bool ok) { result = ok; });
        CHECK_FALSE(result);
        CHECK(f.session.state() == VaultSession::State::Locked);
        CHECK_NOTHROW(Vault::unlock(f.session.dir(), secret("test passphrase")));
    }
    SECTION("turning it off removes the key") {
        f.session.setRemembersKey(false);
        CHECK(f.keys.entries.isEmpty());
        CHECK_FALSE(f.session.remembersKey());
    }
}

TEST_CASE("Turning remember off while the key is still being saved leaves it off", "[session]") {
    // A keystore that answers later, like a real one.
    class SlowKeyStore final : public KeyStore {
    public:
        QMap<QString, QByteArray> entries;
        QList<std::function<void()>> pending;
        void save(const QString &id, const SecureBytes &key, std::function<void(bool)> done) override {
            const QByteArray k(reinterpret_cast<const char *>(key.data()), qsizetype(key.size()));
            pending << [this, id, k, done] {
                entries.insert(id, k);
                done(true);
            };
        }
        void load(const QString &, std::function<void(std::optional<SecureBytes>)> done) override {
            done(std::nullopt);
        }
        void remove(const QString &id, std::function<void(bool)> done) override {
            pending << [this, id, done] {
                entries.remove(id);
                if (done)
                    done(true);
            };
        }
        void runAll() {
            while (!pending.isEmpty())
                pending.takeFirst()();
        }
    } keys;
    QTemporaryDir tmp;
    AppSettings settings(
        std::make_unique<QSettings>(tmp.filePath(QStringLiteral("s.ini")), QSettings::IniFormat));
    VaultSession session(tmp.filePath(QStringLiteral("vault")), settings, &keys, Vault::systemClock());
    session.open(createVault(session.dir()));
    session.setRemembersKey(true);
    session.setRemembersKey(false); // before the save finished
    keys.runAll();
    CHECK(keys.entries.isEmpty());
    CHECK_FALSE(session.remembersKey());
}

TEST_CASE("A remembered key survives errors that are not about the key", "[session]") {
    Fixture f;
    f.session.open(createVault(f.session.dir()));
    f.session.setRemembersKey(true);
    // Written by a newer app version meanwhile: the key is right, the schema is not ours.
    auto migrations = schemaMigrations();
    migrations.push_back({migrations.back().version + 1, "future", false, [](MigrationContext &) {}});
    Migrator::run(f.session.vault()->store().db(), migrations, QString());
    f.session.lock();
    bool result = true;
    f.session.tryRememberedKey([&](bool ok) { result = ok; });
    CHECK_FALSE(result);
    CHECK(f.session.state() == VaultSession::State::Locked);
    CHECK(f.keys.entries.size() == 1); // kept for when the app is updated
    CHECK(f.session.remembersKey());
}

TEST_CASE("A failing keystore leaves remember off", "[session]") {
    Fixture f;
    f.keys.available = false;
    f.session.open(createVault(f.session.dir()));
    f.session.setRemembersKey(true);
    CHECK_FALSE(f.session.remembersKey());
}

TEST_CASE("Auto-lock after inactivity and when the app leaves the foreground", "[session][autolock]") {
    Fixture f;
    f.session.open(createVault(f.session.dir()));
    SECTION("idle timeout, postponed by activity") {
        AutoLock lock(f.session, Vault::systemClock(), false);
        lock.setTimeout(300);
        QTest::qWait(200);
        lock.userActivity();
        QTest::qWait(200);
        CHECK(f.session.state() == VaultSession::State::Unlocked);
        QTRY_COMPARE_WITH_TIMEOUT(int(f.session.state()), int(VaultSession::State::Locked), 2000);
    }
    SECTION("desktop: focus loss keeps it open, hiding locks") {
        AutoLock lock(f.session, Vault::systemClock(), false);
        lock.applicationStateChanged(Qt::ApplicationInactive);
        CHECK(f.session.state() == VaultSession::State::Unlocked);
        lock.applicationStateChanged(Qt::ApplicationHidden);
        CHECK(f.session.state() == VaultSession::State::Locked);
    }
    SECTION("phone: going to the background locks") {
        AutoLock lock(f.session, Vault::systemClock(), true);
        lock.applicationStateChanged(Qt::ApplicationInactive);
        CHECK(f.session.state() == VaultSession::State::Locked);
    }
    SECTION("idle time is wall-clock time: a machine that slept locks on the first input") {
        FakeClock wall(1'000'000);
        AutoLock lock(f.session, wall, false);
        lock.setTimeout(60'000);
        wall.advance(30'000);
        CHECK(lock.userActivity());
        wall.advance(8 * 3600 * 1000); // suspended overnight: no QTimer fired meanwhile
        CHECK_FALSE(lock.userActivity());
        CHECK(f.session.state() == VaultSession::State::Locked);
    }
    SECTION("coming back to the foreground after the idle time locks") {
        FakeClock wall(1'000'000);
        AutoLock lock(f.session, wall, false);
        lock.setTimeout(60'000);
        wall.advance(61'000);
        lock.applicationStateChanged(Qt::ApplicationActive);
        CHECK(f.session.state() == VaultSession::State::Locked);
    }
    SECTION("zero means never") {
        AutoLock lock(f.session, Vault::systemClock(), false);
        lock.setTimeout(0);
        QTest::qWait(100);
        CHECK(f.session.state() == VaultSession::State::Unlocked);
    }
}

TEST_CASE("QtKeychain stores, returns and forgets a vault key in the real Secret Service",
          "[session][keychain]") {
    // platform/linux/test.sh provides a throw-away keyring and sets this; without
    // one there is nothing real to talk to.
    if (qEnvironmentVariable("REBOUND_EXPECT_KEYRING") != QLatin1String("1")) {
        WARN("No Secret Service in this session: run through platform/linux/with-keyring.sh");
        return;
    }
    QtKeychainStore store;
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const SecureBytes key = SecureBytes::random(32);

    std::optional<bool> saved;
    store.save(id, key, [&](bool ok) { saved = ok; });
    QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 10000);
    REQUIRE(*saved);

    std::optional<std::optional<SecureBytes>> loaded;
    store.load(id, [&](std::optional<SecureBytes> k) { loaded = std::move(k); });
    QTRY_VERIFY_WITH_TIMEOUT(loaded.has_value(), 10000);
    REQUIRE(loaded->has_value());
    CHECK((*loaded)->equals(key));

    std::optional<bool> removed;
    store.remove(id, [&](bool ok) { removed = ok; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 10000);
    CHECK(*removed);
    loaded.reset();
    store.load(id, [&](std::optional<SecureBytes> k) { loaded = std::move(k); });
    QTRY_VERIFY_WITH_TIMEOUT(loaded.has_value(), 10000);
    CHECK_FALSE(loaded->has_value());
}
