#pragma once
#include "SyncWorker.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <memory>

namespace rebound {

class VaultSession;
class Clock;

// Settings -> Sync for QML. SyncService blocks (network, Argon2id), so every
// call runs on one worker thread with its own vault connection; results come
// back queued. One job at a time: sync requests made while busy coalesce into
// one more sync, other requests wait their turn. Syncs on unlock, on resume,
// 5 s after edits, every 15 minutes and on demand, only while configured.
class SyncController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    Q_PROPERTY(bool configured READ configured NOTIFY statusChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // 0..1, or -1 while the total is unknown.
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString phase READ phase NOTIFY progressChanged)
    Q_PROPERTY(QString lastSyncText READ lastSyncText NOTIFY statusChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(bool needsPassphrase READ needsPassphrase NOTIFY statusChanged)
    Q_PROPERTY(int pendingChanges READ pendingChanges NOTIFY statusChanged)
    Q_PROPERTY(int conflictCount READ conflictCount NOTIFY conflictsChanged)
    Q_PROPERTY(QString server READ server NOTIFY statusChanged)
    Q_PROPERTY(QString user READ user NOTIFY statusChanged)
    Q_PROPERTY(QString deviceLabel READ deviceLabel NOTIFY statusChanged)
    // [{label, lastSeenText, thisDevice}]
    Q_PROPERTY(QVariantList devices READ devices NOTIFY statusChanged)
    // [{id, title, text, winnerText, detectedText}]
    Q_PROPERTY(QVariantList conflicts READ conflicts NOTIFY conflictsChanged)
    // The name this device suggests for itself (its host name).
    Q_PROPERTY(QString defaultDeviceLabel READ defaultDeviceLabel CONSTANT)

public:
    enum Kind { WebDav = 0, Folder = 1 };
    Q_ENUM(Kind)

    SyncController(VaultSession &session, const Clock &clock, QObject *parent = nullptr);
    ~SyncController() override;

    bool configured() const { return m_status.configured; }
    bool busy() const { return m_running && m_runningKind != SyncJob::Kind::Status; }
    double progress() const { return m_progress; }
    QString phase() const { return m_phase; }
    QString lastSyncText() const;
    QString errorMessage() const { return m_error; }
    bool needsPassphrase() const { return m_status.needsPassphrase; }
    int pendingChanges() const { return m_status.pendingChanges; }
    int conflictCount() const { return int(m_conflicts.size()); }
    QString server() const { return m_status.server; }
    QString user() const { return m_status.user; }
    QString deviceLabel() const { return m_status.deviceLabel; }
    QVariantList devices() const;
    QVariantList conflicts() const;
    QString defaultDeviceLabel() const;

    // Tests: applied to the worker's SyncService when it is created (cheap KDF, fault proxy).
    void setServiceConfigurator(std::function<void(SyncService &)> configure);
    // Tests: the debounce after edits (default 5 s).
    void setDebounceInterval(int ms) { m_debounce.setInterval(ms); }

    Q_INVOKABLE void setUp(bool join, int kind, QString url, QString user, QString password,
                           QString syncPassphrase, QString deviceLabel, bool allowInsecureHttp);
    Q_INVOKABLE void syncNow();
    Q_INVOKABLE void enterPassphrase(QString syncPassphrase);
    Q_INVOKABLE void changePassphrase(QString syncPassphrase);
    Q_INVOKABLE void turnOff();
    Q_INVOKABLE void restoreConflict(qint64 id);
    Q_INVOKABLE void dismissConflict(qint64 id);
    Q_INVOKABLE void refreshStatus();
    Q_INVOKABLE void clearError();
    // Plain http to a host other than this machine: the user must confirm it.
    Q_INVOKABLE bool needsInsecureConfirmation(const QString &url) const;

public slots:
    // Another view wrote data: sync a little later (edits come in bursts).
    void localDataChanged();
    void applicationStateChanged(Qt::ApplicationState state);

signals:
    void statusChanged();
    void busyChanged();
    void progressChanged();
    void errorMessageChanged();
    void conflictsChanged();
    // A sync or a restored conflict changed what the views show.
    void dataWritten();
    void setupFinished(bool ok, const QString &message);
    // The answer to a user's request (sync now, passphrase, turn off ...), for a toast.
    void jobFinished(bool ok, const QString &message);

private:
    void onSessionChanged();
    void requestSync(bool automatic);
    void enqueue(SyncJob job);
    void start(SyncJob job);
    void onProgress(quint64 generation, int done, int total, const QString &phase);
    void onFinished(const SyncJobResult &result);
    void applyStatus(const SyncJobResult &result);
    void setError(const QString &message);
    void setRunning(bool running, SyncJob::Kind kind);
    bool unlocked() const;

    VaultSession &m_session;
    const Clock &m_clock;
    QThread m_thread;
    SyncWorker *m_worker; // lives on m_thread, deleted when it finishes
    std::shared_ptr<const std::function<void(SyncService &)>> m_configure;
    quint64 m_generation = 0;
    bool m_running = false;
    SyncJob::Kind m_runningKind = SyncJob::Kind::Status;
    std::shared_ptr<std::atomic_bool> m_cancel; // of the running job
    bool m_syncQueued = false;
    bool m_queuedSyncAutomatic = true;
    QList<SyncJob> m_queue; // user requests waiting behind the running job
    SyncStatus m_status;
    QList<SyncConflict> m_conflicts;
    double m_progress = -1;
    QString m_phase;
    QString m_error;
    QTimer m_debounce; // after edits
    QTimer m_periodic; // every 15 minutes while unlocked
    QTimer m_minute;   // relative times ("5 minutes ago") move on
};

} // namespace rebound
