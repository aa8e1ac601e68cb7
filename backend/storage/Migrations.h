#pragma once
#include "Sqlite.h"
#include "core/Contact.h"

#include <QList>

#include <functional>
#include <vector>

namespace rebound {

class MigrationContext {
public:
    MigrationContext(Database &db, WriteAccess access)
        : m_db(db)
        , m_access(access) {}
    void exec(const QString &sql) { m_db.exec(sql, m_access); }
    Statement prepare(const QString &sql) { return m_db.prepareWrite(sql, m_access); }
    Database &db() { return m_db; }

private:
    Database &m_db;
    WriteAccess m_access;
};

struct Migration {
    int version;      // the user_version this migration produces
    const char *name; // for logs
    bool risky;       // rewrites existing data: back the file up first
    std::function<void(MigrationContext &)> apply;
};

// The outreach templates a new vault starts with (translated), at fixed ids.
QList<OutreachTemplate> defaultOutreachTemplates();

// The schema history of a vault database, oldest first.
const std::vector<Migration> &schemaMigrations();

// Brings a database to the newest version in `migrations`, one transaction per
// step (data fix-ups included) ending with PRAGMA user_version. Refuses a database
// newer than it knows. Before a risky step on existing data it copies the
// (encrypted) database file into backupDir.
class Migrator {
public:
    static void run(Database &db, const std::vector<Migration> &migrations, const QString &backupDir);
};

} // namespace rebound
