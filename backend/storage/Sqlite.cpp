#include "Sqlite.h"
#include "SearchText.h"

#include "core/Error.h"
#include "core/TextRules.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QStringList>
#include <cerrno>
#include <cstring>
#include <sodium.h>
#include <sqlite3.h>
#include <utility>

namespace rebound {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};
} // namespace

// ---- Statement ----

Statement::~Statement() {
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr)) {}

Statement &Statement::operator=(Statement &&other) noexcept {
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

Statement &Statement::bind(int index, const QString &value) {
    const QByteArray utf8 = value.toUtf8();
    const int rc = sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        m_db->fail(rc, "bind");
    return *this;
}

Statement &Statement::bind(int index, qint64 value) {
    const int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK)
        m_db->fail(rc, "bind");
    return *this;
}

Statement &Statement::bind(int index, double value) {
    const int rc = sqlite3_bind_double(m_stmt, index, value);
    if (rc != SQLITE_OK)
        m_db->fail(rc, "bind");
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &value) {
    // An empty blob must stay a blob: a null data pointer would bind NULL.
    const int rc = value.isEmpty() ? sqlite3_bind_zeroblob(m_stmt, index, 0)
                                   : sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()),
                                                       SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        m_db->fail(rc, "bind");
    return *this;
}

Statement &Statement::bindNull(int index) {
    const int rc = sqlite3_bind_null(m_stmt, index);
    if (rc != SQLITE_OK)
        m_db->fail(rc, "bind");
    return *this;
}

Statement &Statement::bind(int index, const QVariant &value) {
    if (value.isNull() || !value.isValid())
        return bindNull(index);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        return bind(index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return bind(index, value.toDouble());
    case QMetaType::QByteArray:
        return bindBlob(index, value.toByteArray());
    default:
        return bind(index, value.toString());
    }
}

bool Statement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    m_db->fail(rc, "step");
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

double Statement::real(int column) const {
    return sqlite3_column_double(m_stmt, column);
}

QByteArray Statement::blob(int column) const {
    const void *data = sqlite3_column_blob(m_stmt, column);
    return data ? QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

bool Statement::isReadOnly() const {
    return sqlite3_stmt_readonly(m_stmt) != 0;
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString Statement::text(int column) const {
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
}

qint64 Statement::int64(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

QVariant Statement::value(int column) const {
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_NULL:
        return QVariant();
    case SQLITE_INTEGER:
        return QVariant(int64(column));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_stmt, column));
    case SQLITE_BLOB:
        return QVariant(blob(column));
    default:
        return QVariant(text(column));
    }
}

// ---- Database ----

Database::~Database() {
    close();
}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path)) {}

Database &Database::operator=(Database &&other) noexcept {
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
    }
    return *this;
}

void Database::close() {
    if (m_db) {
        sqlite3_close_v2(m_db); // statements are RAII-finalised before this
        m_db = nullptr;
    }
}

QString Database::cipherVersion() {
    // Ask an unkeyed in-memory database: no file is touched.
    sqlite3 *db = nullptr;
    QString version;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &stmt, nullptr) == SQLITE_OK &&
            sqlite3_step(stmt) == SQLITE_ROW)
            version = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
    }
    sqlite3_close_v2(db);
    return version;
}

void Database::fail(int rc, const char *what) const {
    const int primary = rc & 0xff;
    const QString detail =
        m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
    qCWarning(lcStorage) << "sqlite" << what << "failed:" << rc << detail;
    const int systemError = m_db ? sqlite3_system_errno(m_db) : 0;
    const bool outOfSpace = systemError == ENOSPC || systemError == EDQUOT || systemError == EFBIG;
    switch (outOfSpace && primary == SQLITE_IOERR ? SQLITE_FULL : primary) {
    case SQLITE_FULL:
        throw Error(ErrorCode::DiskFull,
                    Tr::tr("The disk is full. Nothing was saved; free some space and try again."));
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        throw Error(ErrorCode::VaultCorrupt,
                    Tr::tr("The vault database is damaged or was not written by Rebound."));
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        throw Error(ErrorCode::Io, Tr::tr("The vault could not be read or written (%1).").arg(detail));
    case SQLITE_CONSTRAINT:
        throw Error(ErrorCode::InvalidInput, Tr::tr("The data was refused by the vault (%1).").arg(detail));
    default:
        throw Error(ErrorCode::Storage, Tr::tr("A storage error occurred (%1).").arg(detail));
    }
}

Statement Database::prepare(const QString &sql) {
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK)
        fail(rc, "prepare");
    return Statement(*this, stmt);
}

Statement Database::query(const QString &sql) {
    Statement st = prepare(sql);
    if (!st.isReadOnly()) // a programming error, not a user one: all writes must be change-logged
        throw Error(ErrorCode::Storage,
                    QStringLiteral("Refused a writing statement outside a write transaction"));
    return st;
}

qint64 Database::queryInt(const QString &sql) {
    Statement st = query(sql);
    return st.step() ? st.int64(0) : 0;
}

QString Database::queryText(const QString &sql) {
    Statement st = query(sql);
    return st.step() ? st.text(0) : QString();
}

Statement Database::prepareWrite(const QString &sql, WriteAccess) {
    return prepare(sql);
}

void Database::execInternal(const QString &sql) {
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        fail(rc, "exec");
}

void Database::exec(const QString &sql, WriteAccess) {
    execInternal(sql);
}

int Database::changes() const {
    return sqlite3_changes(m_db);
}

// PRAGMA statements are not reliably flagged read-only by SQLite 3.15, so they
// bypass query()'s check; only fixed pragma names reach this.
qint64 Database::pragmaInt(const QString &pragma) {
    Statement st = prepare(QStringLiteral("PRAGMA ") + pragma);
    return st.step() ? st.int64(0) : 0;
}

QString Database::integrityCheck() {
    Statement st = prepare(QStringLiteral("PRAGMA integrity_check"));
    QStringList problems;
    while (st.step())
        problems << st.text(0);
    return problems.join(QLatin1Char('\n'));
}

qint64 Database::userVersion() {
    return pragmaInt(QStringLiteral("user_version"));
}

bool Database::checkpoint() {
    Statement st = prepare(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return st.step() && st.int64(0) == 0; // columns: busy, log frames, checkpointed frames
}

namespace {
// rebound_fts_text(body, tags, emotions): the FTS4 document of a journal entry
// (search::entryDocument), used by the journal_fts triggers. Lists arrive in their
// stored '|a|b|' form. Deterministic, so SQLite may cache it.
void ftsText(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    const auto arg = [&](int i) {
        if (i >= argc)
            return QString();
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_value_text(argv[i]));
        return bytes ? QString::fromUtf8(bytes, sqlite3_value_bytes(argv[i])) : QString();
    };
    const QString doc = search::entryDocument(arg(0), text::splitList(arg(1)), text::splitList(arg(2)));
    const QByteArray utf8 = doc.toUtf8();
    sqlite3_result_text(ctx, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void registerFunctions(sqlite3 *db) {
    sqlite3_create_function_v2(db, "rebound_fts_text", -1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, ftsText,
                               nullptr, nullptr, nullptr);
}
} // namespace

Database Database::open(const QString &path, const SecureBytes &rawKey, const CipherSettings &cipher) {
    if (rawKey.size() != 32)
        throw Error(ErrorCode::Crypto, Tr::tr("The database key has the wrong size."));
    Database db;
    db.m_path = path;
    const int rc =
        sqlite3_open_v2(path.toUtf8().constData(), &db.m_db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX, nullptr);
    if (rc != SQLITE_OK)
        db.fail(rc, "open");

    // Raw key form x'<64 hex>': SQLCipher skips its own PBKDF2 (we already ran Argon2id).
    SecureBytes keySpec(3 + 64 + 1);
    keySpec.data()[0] = 'x';
    keySpec.data()[1] = '\'';
    sodium_bin2hex(reinterpret_cast<char *>(keySpec.data() + 2), 65, rawKey.data(), rawKey.size());
    keySpec.data()[66] = '\'';
    if (sqlite3_key_v2(db.m_db, "main", keySpec.data(), 67) != SQLITE_OK)
        db.fail(SQLITE_ERROR, "key");
    keySpec.clear();

    const int major = cipherVersion().section(QLatin1Char('.'), 0, 0).toInt();
    if (major >= 4)
        db.execInternal(QStringLiteral("PRAGMA cipher_compatibility = %1").arg(cipher.compatibility));
    db.execInternal(QStringLiteral("PRAGMA cipher_page_size = %1").arg(cipher.pageSize));

    registerFunctions(db.m_db);

    // First real read: fails here with NOTADB when the key is wrong.
    db.queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master"));

    db.execInternal(QStringLiteral("PRAGMA foreign_keys = ON"));
    db.execInternal(QStringLiteral("PRAGMA secure_delete = ON"));
    db.execInternal(QStringLiteral("PRAGMA temp_store = MEMORY"));
    db.execInternal(QStringLiteral("PRAGMA synchronous = FULL"));
    db.execInternal(QStringLiteral("PRAGMA busy_timeout = 5000"));
    // Every page read is decrypted: a 32 MiB cache (SQLite's default is 2 MiB)
    // keeps Insights' joins over years of data from decrypting pages again.
    db.execInternal(QStringLiteral("PRAGMA cache_size = -32768"));
    {
        Statement st = db.prepare(QStringLiteral("PRAGMA journal_mode = WAL"));
        st.step();
        if (st.text(0).compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            throw Error(ErrorCode::Storage, Tr::tr("The vault could not switch to write-ahead logging."));
    }
    // SQLCipher ignores pragmas it does not know: read every setting back.
    if (db.pragmaInt(QStringLiteral("cipher_page_size")) != cipher.pageSize ||
        db.pragmaInt(QStringLiteral("page_size")) != cipher.pageSize ||
        db.pragmaInt(QStringLiteral("foreign_keys")) != 1 ||
        db.pragmaInt(QStringLiteral("secure_delete")) != 1 || db.pragmaInt(QStringLiteral("temp_store")) != 2)
        throw Error(ErrorCode::Storage, Tr::tr("The vault database did not accept its security settings."));
    return db;
}

} // namespace rebound
