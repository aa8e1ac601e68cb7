#pragma once
// A small RAII layer over the SQLCipher C API. Qt's QSQLITE driver is never used:
// its libsqlite3 exports the same symbols as libsqlcipher.
#include "crypto/SecureBytes.h"

#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace rebound {

class WriteTransaction;
class Migrator;
class Database;

// Passkey: only the change-logging writer and the migrator may prepare statements
// that modify data. Everybody else gets read-only statements, checked by SQLite.
class WriteAccess {
    WriteAccess() = default;
    friend class WriteTransaction;
    friend class Migrator;
    friend class Database;
};

class Statement {
public:
    Statement() = default;
    Statement(Database &db, sqlite3_stmt *stmt)
        : m_db(&db)
        , m_stmt(stmt) {}
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, const QString &value);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bindBlob(int index, const QByteArray &value);
    Statement &bind(int index, const QVariant &value);
    Statement &bindNull(int index);

    // true while there is a row; throws Error on failure.
    bool step();
    // Ready to step again with new bindings (old ones are cleared).
    void reset();

    bool isReadOnly() const;
    bool isNull(int column) const;
    QString text(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QByteArray blob(int column) const;
    // Typed as stored: null, qint64, double, QString or QByteArray (blobs).
    QVariant value(int column) const;

private:
    Database *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

// SQLCipher settings that decide whether a file opens; stored in the vault header
// so another SQLCipher major version can open the same file.
struct CipherSettings {
    int compatibility = 3; // SQLCipher 3.x on-disk defaults, readable by 4.x via cipher_compatibility
    int pageSize = 4096;
    QString hmacAlgorithm = QStringLiteral("HMAC_SHA1");
    QString kdfAlgorithm = QStringLiteral("PBKDF2_HMAC_SHA1");
    QString createdWith; // cipher_version that created the file, informational

    bool operator==(const CipherSettings &o) const {
        return compatibility == o.compatibility && pageSize == o.pageSize &&
               hmacAlgorithm == o.hmacAlgorithm && kdfAlgorithm == o.kdfAlgorithm;
    }
};

class Database {
public:
    // Opens (or creates) an encrypted database with a raw 256-bit key and applies
    // and verifies the cipher and connection settings. Throws Error.
    static Database open(const QString &path, const SecureBytes &rawKey, const CipherSettings &cipher);
    static QString cipherVersion(); // of the linked SQLCipher, e.g. "3.4.1" or "4.5.6 community"

    Database() = default;
    ~Database();
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool isOpen() const { return m_db != nullptr; }
    void close();
    const QString &path() const { return m_path; }

    // Read-only statements: anything that would modify the database throws.
    Statement query(const QString &sql);
    qint64 queryInt(const QString &sql);
    QString queryText(const QString &sql);

    // Privileged: statements that write, and plain execution.
    Statement prepareWrite(const QString &sql, WriteAccess);
    void exec(const QString &sql, WriteAccess);
    int changes() const;

    // Integrity and maintenance; safe for anyone.
    QString integrityCheck(); // "ok" when healthy
    qint64 userVersion();
    // Moves the whole WAL into the database file; false if a reader kept it from
    // completing (then the file alone is not a consistent copy).
    bool checkpoint();

    // Maps the last SQLite failure to an Error with a user-facing message.
    [[noreturn]] void fail(int rc, const char *what) const;

private:
    Statement prepare(const QString &sql);
    void execInternal(const QString &sql);
    qint64 pragmaInt(const QString &pragma);
    sqlite3 *m_db = nullptr;
    QString m_path;
};

} // namespace rebound
