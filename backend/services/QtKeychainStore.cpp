#include "QtKeychainStore.h"

#include "core/Logging.h"

#include <qt6keychain/keychain.h>

namespace rebound {

namespace {
const QString kService = QStringLiteral("Rebound");
QString entryName(const QString &vaultId) { return QStringLiteral("vault-key-") + vaultId; }
} // namespace

void QtKeychainStore::save(const QString &vaultId, const SecureBytes &key, std::function<void(bool)> done)
{
    auto *job = new QKeychain::WritePasswordJob(kService);
    job->setAutoDelete(true);
    job->setKey(entryName(vaultId));
    QByteArray bytes(reinterpret_cast<const char *>(key.data()), qsizetype(key.size()));
    job->setBinaryData(bytes);
    wipe(bytes);
    QObject::connect(job, &QKeychain::Job::finished, job, [done = std::move(done)](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError)
            qCWarning(lcKeystore) << "could not store the key:" << j->errorString();
        if (done)
            done(j->error() == QKeychain::NoError);
    });
    job->start();
}

void QtKeychainStore::load(const QString &vaultId, std::function<void(std::optional<SecureBytes>)> done)
{
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
        SecureBytes key(reinterpret_cast<const unsigned char *>(bytes.constData()), std::size_t(bytes.size()));
        wipe(bytes);
        done(std::move(key));
    });
    job->start();
}

void QtKeychainStore::remove(const QString &vaultId, std::function<void()> done)
{
    auto *job = new QKeychain::DeletePasswordJob(kService);
    job->setAutoDelete(true);
    job->setKey(entryName(vaultId));
    QObject::connect(job, &QKeychain::Job::finished, job, [done = std::move(done)](QKeychain::Job *) {
        if (done)
            done();
    });
    job->start();
}

} // namespace rebound
