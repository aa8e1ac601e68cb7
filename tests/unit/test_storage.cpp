#include "TestSupport.h"
#include "core/Error.h"
#include "storage/Migrations.h"

#include <QDir>
#include <QTemporaryDir>

using namespace rebound;
using namespace rebound::test;

namespace {
struct LogRow {
    QString entity, recordId, field, hlc, deviceId;
    QVariant value;
};

QList<LogRow> changeLog(Vault &vault) {
    Statement st = vault.store().db().query(QStringLiteral(
        "SELECT entity, record_id, field, value, hlc, device_id FROM change_log ORDER BY seq"));
    QList<LogRow> rows;
    while (st.step())
        rows.append({st.text(0), st.text(1), st.text(2), st.text(4), st.text(5), st.value(3)});
    return rows;
}

QStringList fields(const QList<LogRow> &rows) {
    QStringList out;
    for (const auto &r : rows)
        out << r.field;
    return out;
}
} // namespace

TEST_CASE("Every journal write path records field-level changes", "[storage][changelog]") {
    QTemporaryDir tmp;
    auto vault = createVault(tmp.filePath(QStringLiteral("v")));
    auto &journal = vault->journal();
    const QString device = vault->store().deviceId();

    const auto e = journal.create(QDate(2026, 11, 1), 3, QStringLiteral("first"));
    auto log = changeLog(*vault);
    REQUIRE(log.size() == 9);
    CHECK(fields(log) == QStringList{QStringLiteral("entry_date"), QStringLiteral("mood"),
                                     QStringLiteral("body"), QStringLiteral("tags"),
                                     QStringLiteral("emotions"), QStringLiteral("checkin_id"),
                                     QStringLiteral("template_key"), QStringLiteral("created_at"),
                                     QStringLiteral("updated_at")});
    for (const auto &r : log) {
        CHECK(r.entity == QStringLiteral("journal_entry"));
        CHECK(r.recordId == e.id);
        CHECK(r.deviceId == device);
        CHECK(r.hlc == log.first().hlc); // one operation, one stamp
    }
    CHECK(log[2].value.toString() == QStringLiteral("first"));

    SECTION("update logs only what changed, with a newer stamp") {
        journal.update(e.id, e.date, 5, e.body);
        const auto after = changeLog(*vault).mid(9);
        CHECK(fields(after) == QStringList{QStringLiteral("mood"), QStringLiteral("updated_at")});
        CHECK(after[0].value.toLongLong() == 5);
        CHECK(after[0].hlc > log.first().hlc);
    }
    SECTION("an update that changes nothing writes nothing") {
        journal.update(e.id, e.date, e.mood, e.body);
        CHECK(changeLog(*vault).size() == 9);
    }
    SECTION("clearing the mood logs a null value") {
        journal.update(e.id, e.date, JournalEntry::kNoMood, e.body);
        const auto after = changeLog(*vault).mid(9);
        REQUIRE(after.size() == 2);
        CHECK(after[0].value.isNull());
    }
    SECTION("delete leaves a tombstone") {
        journal.remove(e.id);
        const auto after = changeLog(*vault).mid(9);
        REQUIRE(after.size() == 1);
        CHECK(after[0].field == WriteTransaction::kDeletedField);
        CHECK(vault->store().db().queryInt(QStringLiteral("SELECT count(*) FROM tombstones")) == 1);
        CHECK_FALSE(journal.find(e.id));
        CHECK_THROWS_AS(journal.remove(e.id), Error);
    }
    SECTION("failed writes leave neither data nor log behind") {
        CHECK_THROWS_AS(journal.update(QStringLiteral("no-such-id"), e.date, 1, QString()), Error);
        CHECK_THROWS_AS(journal.create(QDate(2026, 1, 1), 9, QString()), Error);
        CHECK_THROWS_AS(journal.create(QDate(), 1, QString()), Error);
        CHECK(changeLog(*vault).size() == 9);
        CHECK(journal.count() == 1);
    }
}

TEST_CASE("Statements outside a write transaction cannot modify data", "[storage]") {
    QTemporaryDir tmp;
    auto vault = createVault(tmp.filePath(QStringLiteral("v")));
    auto &db = vault->store().db();
    CHECK_THROWS_AS(db.query(QStringLiteral("DELETE FROM journal_entries")), Error);
    CHECK_THROWS_AS(db.query(QStringLiteral("INSERT INTO meta(key, value) VALUES ('a', 'b')")), Error);
    CHECK_THROWS_AS(db.query(QStringLiteral("UPDATE journal_entries SET body = ''")), Error);
    CHECK_NOTHROW(db.query(QStringLiteral("SELECT count(*) FROM journal_entries")));
}

TEST_CASE("The HLC resumes after the newest stamp even if the clock went back", "[storage][hlc]") {
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("v"));
    FakeClock later(2'000'000'000'000);
    QString firstStamp;
    {
        auto vault = createVault(dir, "pp pp pp pp", later);
        vault->journal().create(QDate(2000, 1, 1), 1, QStringLiteral("a"));
        firstStamp = vault->store().db().queryText(QStringLiteral("SELECT max(hlc) FROM change_log"));
    }
    FakeClock earlier(1'000'000'000'000);
    auto vault = Vault::unlock(dir, secret("pp pp pp pp"), earlier);
    vault->journal().create(QDate(2000, 1, 2), 1, QStringLiteral("b"));
    const QString secondStamp =
        vault->store().db().queryText(QStringLiteral("SELECT max(hlc) FROM change_log"));
    CHECK(secondStamp > firstStamp);
}

TEST_CASE("Migrations: numbered, transactional, refuse newer schemas, back up before risky steps",
          "[storage][migrations]") {
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("v"));
    QString id;
    {
        auto vault = createVault(dir, "pp pp pp pp");
        id = vault->journal().create(QDate(2026, 1, 1), 2, QStringLiteral("keep me")).id;
        CHECK(vault->store().db().userVersion() == schemaMigrations().back().version);
    }
    const QString backups = QDir(dir).filePath(Vault::kBackupFolder);
    auto withExtra = [](Migration extra) {
        auto list = schemaMigrations();
        list.push_back(std::move(extra));
        return list;
    };
    auto vault = Vault::unlock(dir, secret("pp pp pp pp"));
    auto &db = vault->store().db();
    const int current = int(db.userVersion());

    SECTION("a failing migration rolls back completely") {
        const auto list = withExtra({current + 1, "fails halfway", false, [](MigrationContext &m) {
                                         m.exec(QStringLiteral("CREATE TABLE half_done(x)"));
                                         throw Error(ErrorCode::Storage, QStringLiteral("boom"));
                                     }});
        CHECK_THROWS_AS(Migrator::run(db, list, backups), Error);
        CHECK(db.userVersion() == current);
        CHECK(db.queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'")) ==
              0);
    }
    SECTION("a risky data fix-up backs the file up first and runs in one transaction") {
        const auto list =
            withExtra({current + 1, "fix-up", true, [](MigrationContext &m) {
                           m.exec(QStringLiteral("UPDATE journal_entries SET body = upper(body)"));
                       }});
        Migrator::run(db, list, backups);
        CHECK(db.userVersion() == current + 1);
        CHECK(vault->journal().find(id)->body == QStringLiteral("KEEP ME"));
        const QStringList files = QDir(backups).entryList(QDir::Files);
        REQUIRE(files.size() == 1);
        // The backup is the encrypted file as it was: it opens with the same key.
        Database copy = Database::open(QDir(backups).filePath(files.first()), vault->databaseKey(),
                                       vault->header().cipher);
        CHECK(copy.userVersion() == current);
        CHECK(copy.queryText(QStringLiteral("SELECT body FROM journal_entries")) ==
              QStringLiteral("keep me"));
    }
    SECTION("a vault with a newer schema is refused with a clear message") {
        Migrator::run(db, withExtra({current + 5, "from the future", false, [](MigrationContext &) {}}),
                      backups);
        vault.reset();
        try {
            Vault::unlock(dir, secret("pp pp pp pp"));
            FAIL("opened a newer schema");
        } catch (const Error &e) {
            CHECK(e.code() == ErrorCode::SchemaTooNew);
            CHECK(e.message().contains(QStringLiteral("newer version")));
        }
    }
}
