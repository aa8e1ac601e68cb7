#include "Migrations.h"

#include "core/Error.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QUuid>

namespace rebound {

namespace {

void createFoundationSchema(MigrationContext &m) {
    m.exec(QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
    // One random id per vault database: the "device" in change-log rows and sync.
    Statement st = m.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES ('device_id', ?)"));
    st.bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces));
    st.step();

    // seq only orders this device's log locally; records are identified by UUIDs.
    m.exec(QStringLiteral("CREATE TABLE change_log ("
                          " seq INTEGER PRIMARY KEY,"
                          " entity TEXT NOT NULL,"
                          " record_id TEXT NOT NULL,"
                          " field TEXT NOT NULL,"
                          " value,"
                          " hlc TEXT NOT NULL,"
                          " device_id TEXT NOT NULL)"));
    m.exec(QStringLiteral("CREATE INDEX change_log_record ON change_log(entity, record_id, field)"));
    m.exec(QStringLiteral("CREATE INDEX change_log_hlc ON change_log(hlc)"));
    m.exec(QStringLiteral("CREATE TABLE tombstones ("
                          " entity TEXT NOT NULL,"
                          " record_id TEXT NOT NULL,"
                          " hlc TEXT NOT NULL,"
                          " device_id TEXT NOT NULL,"
                          " PRIMARY KEY (entity, record_id))"));

    m.exec(QStringLiteral("CREATE TABLE journal_entries ("
                          " id TEXT PRIMARY KEY NOT NULL,"
                          " entry_date TEXT NOT NULL,"
                          " mood INTEGER CHECK (mood IS NULL OR mood BETWEEN 1 AND 5),"
                          " body TEXT NOT NULL DEFAULT '',"
                          " created_at INTEGER NOT NULL,"
                          " updated_at INTEGER NOT NULL)"));
    m.exec(QStringLiteral(
        "CREATE INDEX journal_entries_order ON journal_entries(entry_date DESC, created_at DESC, id DESC)"));
}

} // namespace

const std::vector<Migration> &schemaMigrations() {
    static const std::vector<Migration> migrations{
        {1, "foundation: meta, change log, tombstones, journal", false, createFoundationSchema},
    };
    return migrations;
}

void Migrator::run(Database &db, const std::vector<Migration> &migrations, const QString &backupDir) {
    const int latest = migrations.empty() ? 0 : migrations.back().version;
    const qint64 current = db.userVersion();
    if (current > latest) {
        throw Error(ErrorCode::SchemaTooNew,
                    QCoreApplication::translate(
                        "Storage", "This vault was written by a newer version of Rebound (schema %1; "
                                   "this version knows up to %2). Please update the app.")
                        .arg(current)
                        .arg(latest));
    }
    bool backedUp = false;
    for (const Migration &migration : migrations) {
        if (migration.version <= current)
            continue;
        if (migration.risky && current > 0 && !backedUp) {
            if (!db.checkpoint())
                throw Error(ErrorCode::Storage,
                            QCoreApplication::translate(
                                "Storage", "The vault is busy in another window or process; close it "
                                           "and try again (it needs upgrading)."));
            QDir().mkpath(backupDir);
            const QString target = QDir(backupDir).filePath(
                QStringLiteral("rebound-schema%1-%2.db")
                    .arg(current)
                    .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
            if (!QFile::copy(db.path(), target))
                throw Error(ErrorCode::Io,
                            QCoreApplication::translate("Storage",
                                                        "Could not back up the vault before upgrading it."));
            backedUp = true;
            qCInfo(lcStorage) << "backed up schema" << current << "before migration" << migration.version;
        }
        MigrationContext context(db, WriteAccess());
        context.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (db.userVersion() >= migration.version) { // another process applied it while we waited
            context.exec(QStringLiteral("COMMIT"));
            continue;
        }
        try {
            migration.apply(context);
            context.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
            context.exec(QStringLiteral("COMMIT"));
        } catch (...) {
            try {
                context.exec(QStringLiteral("ROLLBACK"));
            } catch (const Error &) {
            }
            throw;
        }
        qCInfo(lcStorage) << "migrated to schema" << migration.version << migration.name;
    }
}

} // namespace rebound
