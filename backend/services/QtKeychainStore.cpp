#include "QtKeychainStore.h"

#include "core/Logging.h"

#include <qt6keychain/keychain.h>
#include <sodium.h>

namespace rebound {

namespace {
const QString kService = QStringLiteral("Rebound");
QString entryName(const QString &vaultId) {
    return QStringLiteral("vault-key-") + vaultId;
}

// QtKeychain keeps implicitly shared copies of the key: zero the one buffer they
// all point to (wipe() would only detach from it).
void zeroShared(QByteArray &bytes) {
    if (!bytes.isEmpty())
        sodium_memzero(const_cast<char *>(bytes.constData()), std::size_t(bytes.size()));
    bytes.clear();
}
} // namespace

void QtKeychainStore::save(const QString &vaultId, const SecureBytes &key, std::function<void(bool)> done) {
    auto *job = new QKeychain::WritePasswordJob(kService);
    job->setAutoDelete(true);
    job->setKey(entryName(vaultId));
    QByteArray bytes(reinterpret_cast<const char *>(key.data()), qsizetype(key.size()));
    job->setBinaryData(bytes); // shares bytes' buffer: zero it once the job is done with it
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [done = std::move(done), bytes](QKeychain::Job *j) mutable {
                         zeroShared(bytes);
                         if (j->error() != QKeychain::NoError)
                             qCWarning(lcKeystore) << "could not store the key:" << j->errorString();
                         if (done)
                             done(j->error() == QKeychain::NoError);
                     });
    job->start();
}

void QtKeychainStore::load(const QString &vaultId, std::function<void(std::optional<SecureBytes>)> done) {
    auto *job = new QKeychain::ReadPasswordJob(kService);
    job->setAutoDelete(true);
    job->setKey(entryName(vaultId));
    QObject::connect(job, &QKeychain::Job::finished, job, [done = std::move(done)](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (j->error() != QKeychain::NoError) {
            qCInfo(lcKeystore) << "no remembered key:" << j->errorString();
            done(std::nullopt);
            return;
        }
        QByteArray bytes = read->binaryData();
        SecureBytes key(reinterpret_cast<const unsigned char *>(bytes.constData()),
                        std::size_t(bytes.size()));
        zeroShared(bytes);
        done(std::move(key));
    });
    job->start();
}

void QtKeychainStore::remove(const QString &vaultId, std::function<void(bool)> done) {
    auto *job = new QKeychain::DeletePasswordJob(kService);
    job->setAutoDelete(true);
    job->setKey(entryName(vaultId));
    QObject::connect(job, &QKeychain::Job::finished, job, [done = std::move(done)](QKeychain::Job *j) {
        // An entry that was not there is as good as removed.
        const bool removed = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        if (!removed)
            qCWarning(lcKeystore) << "could not remove the key:" << j->errorString();
        if (done)
            done(removed);
    });
    job->start();
}

} // namespace rebound
