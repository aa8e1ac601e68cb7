#include "TestSupport.h"
#include "core/Error.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace rebound;
using namespace rebound::test;

namespace {
ErrorCode unlockError(const QString &dir, const char *passphrase) {
    try {
        Vault::unlock(dir, secret(passphrase));
    } catch (const Error &e) {
        return e.code();
    }
    FAIL("unlock unexpectedly succeeded");
    return ErrorCode::Usage;
}

void writeHeader(const QString &dir, const VaultHeader &header) {
    QFile f(QDir(dir).filePath(Vault::kHeaderFile));
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(header.toJson());
}
} // namespace

TEST_CASE("Vault lifecycle: create, write, lock, unlock, change passphrase", "[vault]") {
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("vault"));
    QString id;
    {
        auto vault = createVault(dir, "first passphrase");
        id = vault->journal().create(QDate(2026, 11, 20), 4, QStringLiteral("hello")).id;
    } // destroyed = locked
    CHECK(Vault::exists(dir));
    {
        auto vault = Vault::unlock(dir, secret("first passphrase"));
        REQUIRE(vault->journal().find(id));
        CHECK(vault->journal().find(id)->body == QStringLiteral("hello"));
    }
    Vault::changePassphrase(dir, secret("first passphrase"), secret("second passphrase"), KdfParams::floor());
    CHECK(unlockError(dir, "first passphrase") == ErrorCode::WrongPassphrase);
    auto vault = Vault::unlock(dir, secret("second passphrase"));
    CHECK(vault->journal().find(id));
    CHECK_THROWS_AS(createVault(dir), Error);
}

TEST_CASE("Vault files are encrypted and settings are as specified", "[vault]") {
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("vault"));
    auto vault = createVault(dir);
    vault->journal().create(QDate(2026, 1, 1), 3, QStringLiteral("plain words"));
    const VaultHeader &h = vault->header();
    CHECK(h.cipher.pageSize == 4096);
    CHECK(h.cipher.compatibility == 3);
    CHECK(h.cipher.createdWith == Database::cipherVersion());
    CHECK(h.kdf.salt.size() == 16);
    vault.reset();
    QFile db(QDir(dir).filePath(Vault::kDatabaseFile));
    REQUIRE(db.open(QIODevice::ReadOnly));
    const QByteArray bytes = db.readAll();
    CHECK_FALSE(bytes.startsWith("SQLite format 3"));
    CHECK(bytes.size() % 4096 == 0);
    CHECK_FALSE(bytes.contains("plain words"));
    // The recommended parameters are what new vaults get by default.
    CHECK(KdfParams::recommended().memLimitBytes == 64ull * 1024 * 1024);
    CHECK(KdfParams::recommended().opsLimit == 3);
}

TEST_CASE("A wrong passphrase is a clear error and modifies no file", "[vault]") {
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("vault"));
    createVault(dir, "right one")->journal().create(QDate(2026, 1, 1), 2, QStringLiteral("x"));
    const auto before = snapshot(dir);
    try {
        Vault::unlock(dir, secret("wrong one"));
        FAIL("unlocked with a wrong passphrase");
    } catch (const Error &e) {
        CHECK(e.code() == ErrorCode::WrongPassphrase);
        CHECK(e.message().contains(QStringLiteral("passphrase")));
    }
    CHECK_THROWS_AS(Vault::unlockWithKey(dir, SecureBytes::random(32)), Error);
    CHECK(snapshot(dir) == before);
}

TEST_CASE("Any flipped bit in the header is reported as damage, not as a wrong passphrase", "[vault]") {
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("vault"));
    createVault(dir, "right one");
    const QString headerPath = QDir(dir).filePath(Vault::kHeaderFile);
    QFile f(headerPath);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray original = f.readAll();
    f.close();
    for (int bit = 0; bit < 8; ++bit) {
        for (qsizetype i = 0; i < original.size(); ++i) {
            QByteArray damaged = original;
            damaged[i] = char(damaged[i] ^ (1 << bit));
            QFile out(headerPath);
            REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(damaged);
            out.close();
            INFO("byte " << i << " bit " << bit);
            REQUIRE(unlockError(dir, "right one") == ErrorCode::VaultCorrupt);
        }
    }
}

TEST_CASE("Headers below the Argon2id floor or of unknown versions are refused", "[vault]") {
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("vault"));
    createVault(dir, "right one");
    const VaultHeader good = Vault::readHeader(dir);
    SECTION("memory lowered") {
        VaultHeader h = good;
        h.kdf.memLimitBytes = 8ull * 1024 * 1024;
        writeHeader(dir, h);
        CHECK(unlockError(dir, "right one") == ErrorCode::WeakKdf);
    }
    SECTION("passes lowered") {
        VaultHeader h = good;
        h.kdf.opsLimit = 1;
        writeHeader(dir, h);
        CHECK(unlockError(dir, "right one") == ErrorCode::WeakKdf);
    }
    SECTION("unknown format version") {
        VaultHeader h = good;
        h.version = 2;
        writeHeader(dir, h);
        CHECK(unlockError(dir, "right one") == ErrorCode::UnsupportedVersion);
    }
    SECTION("parameters changed above the floor fail authentication") {
        VaultHeader h = good;
        h.kdf.opsLimit = good.kdf.opsLimit + 1;
        writeHeader(dir, h);
        CHECK(unlockError(dir, "right one") == ErrorCode::WrongPassphrase);
    }
    SECTION("cipher settings are bound to the key") {
        VaultHeader h = good;
        h.cipher.pageSize = 1024;
        writeHeader(dir, h);
        CHECK(unlockError(dir, "right one") == ErrorCode::WrongPassphrase);
    }
    CHECK_THROWS_AS(Vault::create(tmp.filePath(QStringLiteral("weak")), secret("pw pw pw pw"),
                                  KdfParams{KdfParams::kFloorMemBytes / 2, 2, QByteArray(16, 'x')}),
                    Error);
}

TEST_CASE("Missing and damaged vault files give clear errors", "[vault]") {
    QTemporaryDir tmp;
    CHECK(unlockError(tmp.filePath(QStringLiteral("none")), "x") == ErrorCode::VaultMissing);
    const QString dir = tmp.filePath(QStringLiteral("vault"));
    createVault(dir, "right one");
    SECTION("database missing") {
        QFile::remove(QDir(dir).filePath(Vault::kDatabaseFile));
        CHECK(unlockError(dir, "right one") == ErrorCode::VaultCorrupt);
    }
    SECTION("database overwritten with garbage") {
        QFile db(QDir(dir).filePath(Vault::kDatabaseFile));
        REQUIRE(db.open(QIODevice::WriteOnly | QIODevice::Truncate));
        db.write(QByteArray(8192, 'z'));
        db.close();
        CHECK(unlockError(dir, "right one") == ErrorCode::VaultCorrupt);
    }
    SECTION("header truncated") {
        QFile h(QDir(dir).filePath(Vault::kHeaderFile));
        REQUIRE(h.resize(40));
        CHECK(unlockError(dir, "right one") == ErrorCode::VaultCorrupt);
    }
    SECTION("absurdly large header") {
        QFile h(QDir(dir).filePath(Vault::kHeaderFile));
        REQUIRE(h.open(QIODevice::WriteOnly | QIODevice::Truncate));
        h.write(QByteArray(1024 * 1024, ' '));
        h.close();
        CHECK(unlockError(dir, "right one") == ErrorCode::VaultCorrupt);
    }
}

TEST_CASE("The database key from a keystore unlocks without the passphrase", "[vault]") {
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("vault"));
    SecureBytes key;
    {
        auto vault = createVault(dir);
        key = SecureBytes(vault->databaseKey().data(), vault->databaseKey().size());
    }
    auto vault = Vault::unlockWithKey(dir, std::move(key));
    CHECK(vault->journal().count() == 0);
}

TEST_CASE("An interrupted creation (database but no header) can be created again", "[vault]") {
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("vault"));
    QDir().mkpath(dir);
    QFile junk(QDir(dir).filePath(Vault::kDatabaseFile));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write("half-created");
    junk.close();
    CHECK_FALSE(Vault::exists(dir));
    auto vault = createVault(dir);
    CHECK(vault->journal().count() == 0);
    // It may have been a real journal whose header was lost: moved aside, never deleted.
    const QStringList kept =
        QDir(QDir(dir).filePath(Vault::kBackupFolder)).entryList({QStringLiteral("orphaned-*")});
    REQUIRE(kept.size() == 1);
    QFile orphan(QDir(dir).filePath(Vault::kBackupFolder + QLatin1Char('/') + kept.first()));
    REQUIRE(orphan.open(QIODevice::ReadOnly));
    CHECK(orphan.readAll() == "half-created");
}

TEST_CASE("Absurd Argon2id parameters in a header are refused before any work", "[vault]") {
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("vault"));
    createVault(dir, "right one");
    VaultHeader h = Vault::readHeader(dir);
    h.kdf.opsLimit = 4'000'000'000ull; // would make unlocking run for days
    writeHeader(dir, h);
    CHECK(unlockError(dir, "right one") == ErrorCode::VaultCorrupt);
}
