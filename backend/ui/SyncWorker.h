#pragma once
#include "core/Clock.h"
#include "core/Error.h"
#include "storage/SyncRepository.h"
#include "sync/SyncService.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <atomic>
#include <functional>
#include <memory>

namespace rebound {

class Vault;

// One request to the sync worker. Secrets travel in shared SecureBytes so the
// last holder wipes them, whichever thread that is.
struct SyncJob {
    enum class Kind {
        Status,
        Sync,
        SetUp,
        EnterPassphrase,
        ChangePassphrase,
        TurnOff,
        RestoreConflict,
        DismissConflict
    };
    Kind kind = Kind::Status;
    bool automatic = false;                   // a trigger, not the user: errors never pop up
    quint64 generation = 0;                   // lock generation: results of an older one are dropped
    std::shared_ptr<SecureBytes> databaseKey; // opens the worker's own connection
    std::shared_ptr<SecureBytes> passphrase;  // sync passphrase (set up, enter, change)
    std::shared_ptr<SyncAccount> account;     // set up (its password is wiped by the worker)
    bool join = false;
    qint64 conflictId = 0;
    std::shared_ptr<std::atomic_bool> cancel;
    // Tests: cheaper Argon2id, another remote factory ... applied to each new service.
    std::shared_ptr<const std::function<void(SyncService &)>> configure;
};

struct SyncJobResult {
    SyncJob::Kind kind = SyncJob::Kind::Status;
    bool automatic = false;
    quint64 generation = 0;
    bool ok = true;
    ErrorCode code = ErrorCode::Remote;
    QString error; // plain language
    SyncReport report;
    bool wroteData = false; // the vault's visible data changed: views reload
    bool hasStatus = false;
    SyncStatus status;
    QList<SyncConflict> conflicts;
};

// Lives on the sync thread: opens its own vault connection (SQLite connections
// are never shared between threads) and runs the blocking SyncService there.
class SyncWorker : public QObject {
    Q_OBJECT
public:
    SyncWorker(QString vaultDir, const Clock &clock);
    ~SyncWorker() override;

    void run(const SyncJob &job);
    // The vault locked: close the connection (after the running job).
    void close();

signals:
    void progress(quint64 generation, int done, int total, const QString &phase);
    void finished(const rebound::SyncJobResult &result);

private:
    void open(const SyncJob &job);
    void perform(const SyncJob &job, SyncJobResult &result);

    QString m_dir;
    const Clock &m_clock;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<SyncService> m_service;
};

} // namespace rebound

Q_DECLARE_METATYPE(rebound::SyncJobResult)
