#include "Vault.h"

#include "AtomicFile.h"
#include "Migrations.h"
#include "core/Error.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QUuid>

namespace rebound {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Vault)
};
} // namespace

const Clock &Vault::systemClock() {
    static const SystemClock clock;
    return clock;
}

QString Vault::defaultDirectory() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("vault"));
}

bool Vault::exists(const QString &dir) {
    return QFile::exists(QDir(dir).filePath(kHeaderFile));
}

VaultHeader Vault::readHeader(const QString &dir) {
    QFile file(QDir(dir).filePath(kHeaderFile));
    if (!file.exists())
        throw Error(ErrorCode::VaultMissing,
                    Tr::tr("There is no vault in %1.").arg(QDir::toNativeSeparators(dir)));
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::Io, Tr::tr("The vault header could not be read (%1).").arg(file.errorString()));
    constexpr qint64 kMaxHeaderBytes = 64 * 1024; // a real one is < 1 KiB
    if (file.size() > kMaxHeaderBytes)
        throw Error(ErrorCode::VaultCorrupt, Tr::tr("The vault header (vault.json) is damaged."));
    return VaultHeader::fromJson(file.readAll());
}

SecureBytes Vault::unwrapKey(const VaultHeader &header, const SecureBytes &passphrase) {
    const SecureBytes kek = deriveKey(passphrase, header.kdf);
    SecureBytes key = open(kek, header.wrappedKey, header.associatedData());
    if (key.size() != 32)
        throw Error(ErrorCode::WrongPassphrase, Tr::tr("That passphrase does not unlock this vault."));
    return key;
}

Vault::Vault(QString dir, VaultHeader header, SecureBytes key, const Clock &clock)
    : m_dir(std::move(dir))
    , m_header(std::move(header))
    , m_key(std::move(key)) {
    const QString dbPath = QDir(m_dir).filePath(kDatabaseFile);
    Database db = Database::open(dbPath, m_key, m_header.cipher);
    Migrator::run(db, schemaMigrations(), QDir(m_dir).filePath(kBackupFolder));
    m_store = std::make_unique<Store>(std::move(db), clock);
    m_journal = std::make_unique<JournalRepository>(*m_store);
    m_checkIns = std::make_unique<CheckInRepository>(*m_store);
    m_catalog = std::make_unique<CatalogRepository>(*m_store);
    m_applications = std::make_unique<ApplicationRepository>(*m_store);
    m_interviews = std::make_unique<InterviewRepository>(*m_store);
    m_feedback = std::make_unique<FeedbackRepository>(*m_store);
    m_reminders = std::make_unique<ReminderRepository>(*m_store);
    m_rejectionFlows = std::make_unique<RejectionFlowRepository>(*m_store);
    m_goals = std::make_unique<GoalRepository>(*m_store);
    m_checklists = std::make_unique<ChecklistRepository>(*m_store);
    m_reviews = std::make_unique<ReviewRepository>(*m_store);
    m_contacts = std::make_unique<ContactRepository>(*m_store);
    m_reminderMarks = std::make_unique<ReminderMarkRepository>(*m_store);
    m_insights = std::make_unique<InsightsRepository>(*m_store);
    m_sync = std::make_unique<SyncRepository>(*m_store);
}

Vault::~Vault() {
    m_sync.reset();
    m_insights.reset();
    m_reminderMarks.reset();
    m_contacts.reset();
    m_reviews.reset();
    m_checklists.reset();
    m_goals.reset();
    m_rejectionFlows.reset();
    m_reminders.reset();
    m_feedback.reset();
    m_interviews.reset();
    m_applications.reset();
    m_catalog.reset();
    m_checkIns.reset();
    m_journal.reset();
    m_store.reset(); // closes the database before the key is wiped
    m_key.clear();
}

// A database without a header is what an interrupted creation leaves, but it may
// also be a real journal whose header was lost: never delete it, move it aside.
void Vault::setAsideOrphanedDatabase(const QString &dir) {
    const QDir folder(dir);
    if (!QFile::exists(folder.filePath(kDatabaseFile)))
        return;
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    folder.mkpath(kBackupFolder);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString from = folder.filePath(kDatabaseFile + suffix);
        if (QFile::exists(from) &&
            !QFile::rename(from, folder.filePath(kBackupFolder + QStringLiteral("/orphaned-") + stamp +
                                                 QLatin1Char('-') + kDatabaseFile + suffix)))
            throw Error(
                ErrorCode::Io,
                Tr::tr("Could not move aside an old database file in %1.").arg(QDir::toNativeSeparators(dir)));
    }
    qCWarning(lcVault) << "moved aside a database that had no header";
}

std::unique_ptr<Vault> Vault::create(const QString &dir, const SecureBytes &passphrase, const KdfParams &kdf,
                                     const Clock &clock) {
    if (exists(dir))
        throw Error(ErrorCode::VaultExists,
                    Tr::tr("A vault already exists in %1.").arg(QDir::toNativeSeparators(dir)));
    if (!kdf.meetsFloor() || !kdf.withinCeiling())
        throw Error(ErrorCode::WeakKdf, Tr::tr("The key-derivation settings are out of the allowed range."));
    if (!QDir().mkpath(dir))
        throw Error(ErrorCode::Io, Tr::tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(dir)));
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const FileLock lock(QDir(dir).filePath(kLockFile));
    if (exists(dir)) // created by another process while we waited
        throw Error(ErrorCode::VaultExists,
                    Tr::tr("A vault already exists in %1.").arg(QDir::toNativeSeparators(dir)));
    setAsideOrphanedDatabase(dir);

    VaultHeader header;
    header.vaultId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    header.created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    header.kdf = kdf;
    header.cipher.createdWith = Database::cipherVersion();
    SecureBytes key = SecureBytes::random(32);
    {
        const SecureBytes kek = deriveKey(passphrase, header.kdf);
        header.wrappedKey = seal(kek, key, header.associatedData());
    }
    auto vault = std::unique_ptr<Vault>(new Vault(dir, header, std::move(key), clock));
    // The header goes last: until it exists the folder is not a vault.
    writeFileAtomically(QDir(dir).filePath(kHeaderFile), header.toJson());
    qCInfo(lcVault) << "created vault" << header.vaultId;
    return vault;
}

std::unique_ptr<Vault> Vault::unlock(const QString &dir, const SecureBytes &passphrase, const Clock &clock) {
    VaultHeader header = readHeader(dir);
    if (!QFile::exists(QDir(dir).filePath(kDatabaseFile)))
        throw Error(ErrorCode::VaultCorrupt, Tr::tr("The vault's database file is missing."));
    SecureBytes key = unwrapKey(header, passphrase);
    return std::unique_ptr<Vault>(new Vault(dir, std::move(header), std::move(key), clock));
}

std::unique_ptr<Vault> Vault::unlockWithKey(const QString &dir, SecureBytes databaseKey, const Clock &clock) {
    VaultHeader header = readHeader(dir);
    if (!QFile::exists(QDir(dir).filePath(kDatabaseFile)))
        throw Error(ErrorCode::VaultCorrupt, Tr::tr("The vault's database file is missing."));
    if (databaseKey.size() != 32)
        throw Error(ErrorCode::WrongPassphrase, Tr::tr("The remembered key does not fit this vault."));
    try {
        return std::unique_ptr<Vault>(new Vault(dir, std::move(header), std::move(databaseKey), clock));
    } catch (const Error &e) {
        if (e.code() == ErrorCode::VaultCorrupt) // SQLCipher cannot tell a wrong key from damage
            throw Error(ErrorCode::WrongPassphrase, Tr::tr("The remembered key does not fit this vault."));
        throw;
    }
}

void Vault::changePassphrase(const QString &dir, const SecureBytes &current, const SecureBytes &next,
                             const KdfParams &kdf) {
    readHeader(dir); // a clear "no vault" error before we create a lock file
    const FileLock lock(QDir(dir).filePath(kLockFile));
    VaultHeader header = readHeader(dir);
    const SecureBytes key = unwrapKey(header, current);
    header.kdf = kdf.withNewSalt();
    {
        const SecureBytes kek = deriveKey(next, header.kdf);
        header.wrappedKey = seal(kek, key, header.associatedData());
    }
    writeFileAtomically(QDir(dir).filePath(kHeaderFile), header.toJson());
    qCInfo(lcVault) << "passphrase changed for vault" << header.vaultId;
}

} // namespace rebound
