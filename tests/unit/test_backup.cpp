// Encrypted backup files: a round trip that compares every record, and every way
// a file can be wrong (passphrase, tampering, truncation, not a backup) failing
// cleanly without leaving a half-restored vault.
#include "TestSupport.h"
#include "services/Backup.h"
#include "services/DemoData.h"
#include "storage/SyncSchemas.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>

using namespace rebound;
using namespace rebound::test;

namespace {

const QString kMarker = QStringLiteral("Zebra-7731 confidential: Øresund 🦓 سلام 漢字");

// Demo content of every kind, plus Unicode, a deleted entry and an undone delete.
void fill(Vault &vault) {
    fillDemoData(vault, QDate(2026, 11, 20));
    vault.journal().create(QDate(2026, 11, 21), 4, kMarker + QStringLiteral("\n\n- e\u0301t\u00e9\n\u200f"));
    const JournalEntry gone = vault.journal().create(QDate(2026, 11, 19), 2, QStringLiteral("to be deleted"));
    vault.journal().remove(gone.id);
    const JournalEntry back =
        vault.journal().create(QDate(2026, 11, 18), 3, QStringLiteral("deleted, then undone"));
    vault.journal().remove(back.id);
    vault.journal().restore(back);
}

QByteArray readFile(const QString &path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

ErrorCode restoreError(const QString &file, const QString &target,
                       const char *passphrase = "backup passphrase") {
    try {
        backup::restore(file, secret(passphrase), target, secret("new vault passphrase"), KdfParams::floor());
    } catch (const Error &e) {
        CHECK(!e.message().isEmpty());
        return e.code();
    }
    FAIL("restore succeeded");
    return ErrorCode::Usage;
}

} // namespace

TEST_CASE("A backup restored into a new vault holds every record exactly", "[backup]") {
    QTemporaryDir tmp;
    auto original = createVault(tmp.filePath(QStringLiteral("a")));
    fill(*original);
    const QString file = tmp.filePath(QStringLiteral("vault.rebound-backup"));
    QList<std::pair<qint64, qint64>> steps;
    const backup::Info written = backup::create(*original, file, secret("backup passphrase"),
                                                KdfParams::floor(), [&steps](qint64 done, qint64 total) {
                                                    steps.append({done, total});
                                                });
    CHECK(written.records > 100);
    CHECK(written.ops > written.records);
    REQUIRE(steps.size() >= 2);
    CHECK(steps.constLast().first == steps.constLast().second);
    for (qsizetype i = 1; i < steps.size(); ++i)
        CHECK(steps[i].first >= steps[i - 1].first);

    // The file holds no plaintext: not the marker, not a journal body.
    const QByteArray bytes = readFile(file);
    CHECK(!bytes.contains(kMarker.toUtf8()));
    CHECK(!bytes.contains(QByteArray("Zebra-7731")));
    CHECK(!bytes.contains(QByteArray("deleted, then undone")));

    const QString target = tmp.filePath(QStringLiteral("restored"));
    int reports = 0;
    auto restored = backup::restore(file, secret("backup passphrase"), target, secret("another passphrase"),
                                    KdfParams::floor(), [&reports](qint64, qint64) { ++reports; });
    CHECK(reports > 0);
    CHECK(restored->header().vaultId != original->header().vaultId);
    CHECK(restored->sync().stateHash() == original->sync().stateHash());
    // Every row and every field the same. The one exception: rows a migration wrote
    // into each vault (the default checklist, message templates, keep-in-touch
    // defaults) and nobody edited carry each vault's own creation time; they are
    // not in the change log, so not in the backup (sync treats them the same way).
    QSet<QPair<QString, QString>> logged;
    backup::read(file, secret("backup passphrase"), [&logged](const QList<SyncOp> &ops) {
        for (const SyncOp &op : ops)
            logged.insert({op.entity, op.recordId});
    });
    for (const EntitySchema *schema : allSyncSchemas()) {
        INFO("table " << schema->table.toStdString());
        const QList<QVariantList> mine = original->sync().rows(*schema);
        const QList<QVariantList> theirs = restored->sync().rows(*schema);
        REQUIRE(theirs.size() == mine.size());
        for (qsizetype i = 0; i < mine.size(); ++i) {
            const QString id = mine[i].value(0).toString();
            INFO("row " << id.toStdString());
            const bool base = !logged.contains({schema->entity, id});
            for (qsizetype c = 0; c < mine[i].size(); ++c) {
                const QString column = c == 0 ? QStringLiteral("id") : schema->fields.value(c - 1);
                if (base &&
                    (column == QStringLiteral("created_at") || column == QStringLiteral("updated_at")))
                    continue;
                INFO("column " << column.toStdString());
                CHECK(theirs[i].value(c) == mine[i][c]);
            }
        }
    }
    CHECK(restored->journal().count() == original->journal().count());

    // Read back without restoring: the same counts and origin.
    const backup::Info info = backup::read(file, secret("backup passphrase"), {});
    CHECK(info.records == written.records);
    CHECK(info.ops == written.ops);
    CHECK(info.vaultId == original->header().vaultId);
    CHECK(info.createdAt == written.createdAt);

    // The restored vault opens with its own passphrase, and the deleted entry stays deleted.
    restored.reset();
    auto reopened = Vault::unlock(target, secret("another passphrase"));
    bool foundUndone = false, foundDeleted = false;
    for (const JournalEntry &e : reopened->journal().page(10000)) {
        foundUndone |= e.body == QStringLiteral("deleted, then undone");
        foundDeleted |= e.body == QStringLiteral("to be deleted");
    }
    CHECK(foundUndone);
    CHECK_FALSE(foundDeleted);
    // The restored entries are searchable (the full-text index was rebuilt).
    JournalFilter filter;
    filter.text = QStringLiteral("confidential");
    CHECK(reopened->journal().search(filter).size() == 1);
}

TEST_CASE("A backup of an empty vault restores to an empty vault", "[backup]") {
    QTemporaryDir tmp;
    auto original = createVault(tmp.filePath(QStringLiteral("a")));
    const QString file = tmp.filePath(QStringLiteral("empty.rebound-backup"));
    const backup::Info info =
        backup::create(*original, file, secret("backup passphrase"), KdfParams::floor());
    CHECK(info.records == 0);
    auto restored = backup::restore(file, secret("backup passphrase"), tmp.filePath(QStringLiteral("b")),
                                    secret("x passphrase"), KdfParams::floor());
    CHECK(restored->journal().count() == 0);
    CHECK(restored->sync().stateHash() == original->sync().stateHash());
}

TEST_CASE("A wrong backup passphrase is refused and no vault is left behind", "[backup]") {
    QTemporaryDir tmp;
    auto original = createVault(tmp.filePath(QStringLiteral("a")));
    original->journal().create(QDate(2026, 1, 2), 3, QStringLiteral("x"));
    const QString file = tmp.filePath(QStringLiteral("b.rebound-backup"));
    backup::create(*original, file, secret("backup passphrase"), KdfParams::floor());
    const QString target = tmp.filePath(QStringLiteral("restored"));
    CHECK(restoreError(file, target, "Backup passphrase") == ErrorCode::WrongPassphrase);
    CHECK_FALSE(Vault::exists(target));
    CHECK_FALSE(QFileInfo::exists(target));
}

TEST_CASE("A damaged, truncated or extended backup fails and restores nothing", "[backup]") {
    QTemporaryDir tmp;
    auto original = createVault(tmp.filePath(QStringLiteral("a")));
    fillDemoData(*original, QDate(2026, 11, 20));
    const QString file = tmp.filePath(QStringLiteral("good.rebound-backup"));
    backup::create(*original, file, secret("backup passphrase"), KdfParams::floor());
    const QByteArray good = readFile(file);
    REQUIRE(good.size() > 2000);
    const QString bad = tmp.filePath(QStringLiteral("bad.rebound-backup"));
    const QString target = tmp.filePath(QStringLiteral("restored"));

    // One flipped bit anywhere: the header (magic, version, KDF, salt, stream
    // header), chunk lengths, ciphertext and the final chunk.
    QList<qsizetype> positions{0, 8, 9, 10, 17, 18, 26, 30, 45, 66, 67, 70, 71, 100};
    for (qsizetype p = 200; p < good.size(); p += good.size() / 23)
        positions << p;
    positions << good.size() - 20 << good.size() - 1;
    for (const qsizetype p : positions) {
        INFO("flipped byte " << p);
        QByteArray changed = good;
        changed[p] = char(changed[p] ^ 0x10);
        writeFile(bad, changed);
        const ErrorCode code = restoreError(bad, target);
        CHECK((code == ErrorCode::VaultCorrupt || code == ErrorCode::WrongPassphrase ||
               code == ErrorCode::UnsupportedVersion));
        CHECK_FALSE(QFileInfo::exists(target));
    }
    for (const qsizetype length : {qsizetype(0), qsizetype(5), qsizetype(42), qsizetype(70), good.size() / 2,
                                   good.size() - 21, good.size() - 1}) {
        INFO("truncated to " << length);
        writeFile(bad, good.left(length));
        const ErrorCode code = restoreError(bad, target);
        CHECK((code == ErrorCode::VaultCorrupt || code == ErrorCode::WrongPassphrase));
        CHECK_FALSE(QFileInfo::exists(target));
    }
    writeFile(bad, good + QByteArray("trailing"));
    CHECK(restoreError(bad, target) == ErrorCode::VaultCorrupt);
    CHECK_FALSE(QFileInfo::exists(target));

    writeFile(bad, QByteArray("full_date,mood\n2024-01-01,good\n"));
    CHECK(restoreError(bad, target) == ErrorCode::VaultCorrupt);
    CHECK(restoreError(tmp.filePath(QStringLiteral("missing")), target) == ErrorCode::Io);
    CHECK_FALSE(QFileInfo::exists(target));

    // Still fine: the original file restores.
    CHECK(backup::restore(file, secret("backup passphrase"), target, secret("new vault passphrase"),
                          KdfParams::floor())
              ->sync()
              .stateHash() == original->sync().stateHash());
}

TEST_CASE("A backup from a newer app version asks for an update", "[backup]") {
    QTemporaryDir tmp;
    auto original = createVault(tmp.filePath(QStringLiteral("a")));
    const QString file = tmp.filePath(QStringLiteral("b.rebound-backup"));
    backup::create(*original, file, secret("backup passphrase"), KdfParams::floor());
    QByteArray newer = readFile(file);
    newer[8] = char(2); // version u16, little-endian
    writeFile(file, newer);
    CHECK(restoreError(file, tmp.filePath(QStringLiteral("r"))) == ErrorCode::UnsupportedVersion);
}

TEST_CASE("Restoring never replaces an existing vault", "[backup]") {
    QTemporaryDir tmp;
    auto original = createVault(tmp.filePath(QStringLiteral("a")));
    original->journal().create(QDate(2026, 1, 2), 3, QStringLiteral("keep me"));
    const QString file = tmp.filePath(QStringLiteral("b.rebound-backup"));
    backup::create(*original, file, secret("backup passphrase"), KdfParams::floor());
    const QString existing = tmp.filePath(QStringLiteral("existing"));
    createVault(existing)->journal().create(QDate(2026, 1, 3), 4, QStringLiteral("mine"));
    const auto before = snapshot(existing);
    CHECK(restoreError(file, existing) == ErrorCode::VaultExists);
    CHECK(snapshot(existing) == before);
}

TEST_CASE("A backup is written completely or not at all", "[backup]") {
    QTemporaryDir tmp;
    auto original = createVault(tmp.filePath(QStringLiteral("a")));
    fillDemoData(*original, QDate(2026, 11, 20));
    const QString file = tmp.filePath(QStringLiteral("b.rebound-backup"));
    writeFile(file, QByteArray("an older backup"));
    // Cancelled half way (the progress callback throws): the old file stays.
    struct Cancelled {};
    CHECK_THROWS_AS(backup::create(*original, file, secret("backup passphrase"), KdfParams::floor(),
                                   [](qint64 done, qint64) {
                                       if (done > 0)
                                           throw Cancelled{};
                                   }),
                    Cancelled);
    CHECK(readFile(file) == QByteArray("an older backup"));
    CHECK(QDir(tmp.path()).entryList(QDir::Files).size() == 1);
    // A folder that does not exist: a clear error.
    try {
        backup::create(*original, tmp.filePath(QStringLiteral("no/such/folder/b.rebound-backup")),
                       secret("backup passphrase"), KdfParams::floor());
        FAIL("no error");
    } catch (const Error &e) {
        CHECK(e.code() == ErrorCode::Io);
        CHECK(e.message().contains(QStringLiteral("b.rebound-backup")));
    }
}
