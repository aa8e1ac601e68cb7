#include "SyncWorker.h"

#include "core/Logging.h"
#include "storage/Vault.h"

#include <QCoreApplication>

namespace rebound {

SyncWorker::SyncWorker(QString vaultDir, const Clock &clock)
    : m_dir(std::move(vaultDir))
    , m_clock(clock) {}

SyncWorker::~SyncWorker() {
    close();
}

void SyncWorker::close() {
    // The service holds the vault: drop it first.
    m_service.reset();
    m_vault.reset();
}

void SyncWorker::open(const SyncJob &job) {
    if (m_service)
        return;
    if (!job.databaseKey || job.databaseKey->isEmpty())
        throw Error(ErrorCode::Keystore,
                    QCoreApplication::translate("Sync", "The vault is locked. Unlock it to sync."));
    SecureBytes key(job.databaseKey->data(), job.databaseKey->size());
    m_vault = Vault::unlockWithKey(m_dir, std::move(key), m_clock);
    m_service = std::make_unique<SyncService>(*m_vault, m_clock);
    if (job.configure && *job.configure)
        (*job.configure)(*m_service);
}

void SyncWorker::run(const SyncJob &job) {
    SyncJobResult result;
    result.kind = job.kind;
    result.automatic = job.automatic;
    result.generation = job.generation;
    try {
        if (job.cancel && job.cancel->load())
            throw Error(ErrorCode::Network, QCoreApplication::translate("Sync", "Sync was stopped."));
        open(job);
        perform(job, result);
    } catch (const Error &e) {
        result.ok = false;
        result.code = e.code();
        result.error = e.message();
    } catch (const std::exception &e) {
        qCWarning(lcSync) << "sync job failed unexpectedly:" << e.what();
        result.ok = false;
        result.code = ErrorCode::Storage;
        result.error = QCoreApplication::translate("Sync", "Sync stopped because of an unexpected error. "
                                                           "Nothing was lost; it will try again later.");
    }
    if (job.account)
        wipe(job.account->password);
    // Status after every job, also a failed one: "last attempt" and pending changes moved.
    if (m_service) {
        try {
            result.status = m_service->status();
            result.conflicts = m_vault->sync().conflicts();
            result.hasStatus = true;
        } catch (const Error &e) {
            qCWarning(lcSync) << "could not read the sync status:" << e.message();
        }
    }
    emit finished(result);
}

void SyncWorker::perform(const SyncJob &job, SyncJobResult &result) {
    const quint64 generation = job.generation;
    const SyncProgressFn progressFn = [this, generation](const SyncProgress &p) {
        emit progress(generation, p.done, p.total, p.phase);
    };
    const auto sync = [&] {
        const SyncStatus status = m_service->status();
        if (status.configured && !status.needsPassphrase) {
            result.report = m_service->syncNow(progressFn, job.cancel.get());
            result.wroteData = result.report.changedRecords > 0;
            return;
        }
        if (job.automatic) // nothing to do yet: triggers fire before set-up too
            return;
        throw Error(ErrorCode::Usage,
                    status.configured
                        ? QCoreApplication::translate("Sync", "Enter the new sync passphrase first.")
                        : QCoreApplication::translate("Sync", "Sync is not set up on this device."));
    };
    switch (job.kind) {
    case SyncJob::Kind::Status:
        break;
    case SyncJob::Kind::Sync:
        sync();
        break;
    case SyncJob::Kind::SetUp:
        result.report = m_service->setUp(*job.account, *job.passphrase, job.join, progressFn);
        result.wroteData = result.report.changedRecords > 0;
        break;
    case SyncJob::Kind::EnterPassphrase:
        m_service->enterPassphrase(*job.passphrase);
        sync();
        break;
    case SyncJob::Kind::ChangePassphrase:
        m_service->changePassphrase(*job.passphrase);
        break;
    case SyncJob::Kind::TurnOff:
        m_service->turnOff();
        break;
    case SyncJob::Kind::RestoreConflict:
        m_vault->sync().restoreConflict(job.conflictId);
        result.wroteData = true;
        break;
    case SyncJob::Kind::DismissConflict:
        m_vault->sync().dismissConflict(job.conflictId);
        break;
    }
}

} // namespace rebound
