#include "SyncController.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "services/VaultSession.h"
#include "storage/Vault.h"

#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>
#include <QLocale>
#include <QSysInfo>
#include <QUrl>
#include <algorithm>

namespace rebound {

namespace {

constexpr int kDebounceMs = 5 * 1000;
constexpr int kPeriodicMs = 15 * 60 * 1000;
constexpr int kMinuteMs = 60 * 1000;
constexpr qint64 kSecsPerMinute = 60;
constexpr qint64 kSecsPerHour = 60 * 60;
constexpr qint64 kSecsPerDay = 24 * 60 * 60;
constexpr qint64 kRelativeDays = 7; // older than this: a date

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Sync)
};

// "just now", "5 minutes ago", "3 hours ago", "2 days ago", then a date.
QString relative(const QDateTime &when, const Clock &clock) {
    const QDateTime now = localNow(clock);
    const qint64 secs = std::max<qint64>(0, when.secsTo(now));
    if (secs < kSecsPerMinute)
        return Tr::tr("just now");
    if (secs < kSecsPerHour)
        return Tr::tr("%n minutes ago", nullptr, int(secs / kSecsPerMinute));
    if (secs < kSecsPerDay)
        return Tr::tr("%n hours ago", nullptr, int(secs / kSecsPerHour));
    if (secs < kRelativeDays * kSecsPerDay)
        return Tr::tr("%n days ago", nullptr, int(secs / kSecsPerDay));
    return Tr::tr("on %1").arg(
        QLocale().toString(when.toTimeZone(clock.timeZone()).date(), QLocale::ShortFormat));
}

QString entityWords(const QString &entity) {
    static const QHash<QString, const char *> words{
        {QStringLiteral("journal_entry"), QT_TRANSLATE_NOOP("Sync", "Journal entry")},
        {QStringLiteral("checkin"), QT_TRANSLATE_NOOP("Sync", "Check-in")},
        {QStringLiteral("win"), QT_TRANSLATE_NOOP("Sync", "Small win")},
        {QStringLiteral("application"), QT_TRANSLATE_NOOP("Sync", "Application")},
        {QStringLiteral("interview"), QT_TRANSLATE_NOOP("Sync", "Interview")},
        {QStringLiteral("feedback"), QT_TRANSLATE_NOOP("Sync", "Feedback")},
        {QStringLiteral("job_person"), QT_TRANSLATE_NOOP("Sync", "Person on an application")},
        {QStringLiteral("rejection_flow"), QT_TRANSLATE_NOOP("Sync", "After-rejection steps")},
        {QStringLiteral("skill"), QT_TRANSLATE_NOOP("Sync", "Skill")},
        {QStringLiteral("skill_action"), QT_TRANSLATE_NOOP("Sync", "Skills action")},
        {QStringLiteral("goal"), QT_TRANSLATE_NOOP("Sync", "Goal")},
        {QStringLiteral("checklist"), QT_TRANSLATE_NOOP("Sync", "Review checklist")},
        {QStringLiteral("checklist_item"), QT_TRANSLATE_NOOP("Sync", "Checklist question")},
        {QStringLiteral("review"), QT_TRANSLATE_NOOP("Sync", "Review")},
        {QStringLiteral("review_answer"), QT_TRANSLATE_NOOP("Sync", "Review answer")},
        {QStringLiteral("contact"), QT_TRANSLATE_NOOP("Sync", "Contact")},
        {QStringLiteral("interaction"), QT_TRANSLATE_NOOP("Sync", "Interaction")},
        {QStringLiteral("outreach_template"), QT_TRANSLATE_NOOP("Sync", "Outreach message")},
        {QStringLiteral("reminder"), QT_TRANSLATE_NOOP("Sync", "Reminder")},
    };
    const auto it = words.constFind(entity);
    if (it == words.constEnd())
        return Tr::tr("Record");
    return QCoreApplication::translate("Sync", *it);
}

QString fieldWords(const QString &field) {
    static const QHash<QString, const char *> words{
        {QStringLiteral("body"), QT_TRANSLATE_NOOP("Sync", "text")},
        {QStringLiteral("text"), QT_TRANSLATE_NOOP("Sync", "text")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("Sync", "note")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("Sync", "notes")},
        {QStringLiteral("reflection"), QT_TRANSLATE_NOOP("Sync", "reflection")},
        {QStringLiteral("summary"), QT_TRANSLATE_NOOP("Sync", "summary")},
        {QStringLiteral("pitch"), QT_TRANSLATE_NOOP("Sync", "pitch")},
        {QStringLiteral("draft"), QT_TRANSLATE_NOOP("Sync", "draft")},
    };
    const auto it = words.constFind(field);
    if (it != words.constEnd())
        return QCoreApplication::translate("Sync", *it);
    QString plain = field;
    return plain.replace(QLatin1Char('_'), QLatin1Char(' '));
}

bool isLocalHost(const QString &host) {
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

SyncController::SyncController(VaultSession &session, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_clock(clock)
    , m_worker(new SyncWorker(session.dir(), clock)) {
    qRegisterMetaType<SyncJobResult>();
    m_thread.setObjectName(QStringLiteral("sync"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::progress, this, &SyncController::onProgress);
    connect(m_worker, &SyncWorker::finished, this, &SyncController::onFinished);
    m_thread.start();

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, [this] { requestSync(true); });
    m_periodic.setInterval(kPeriodicMs);
    connect(&m_periodic, &QTimer::timeout, this, [this] { requestSync(true); });
    m_minute.setInterval(kMinuteMs);
    connect(&m_minute, &QTimer::timeout, this, &SyncController::statusChanged);

    connect(&m_session, &VaultSession::stateChanged, this, &SyncController::onSessionChanged);
    onSessionChanged();
}

SyncController::~SyncController() {
    if (m_cancel)
        m_cancel->store(true);
    m_thread.quit();
    m_thread.wait();
}

bool SyncController::unlocked() const {
    return m_session.vault() != nullptr;
}

void SyncController::onSessionChanged() {
    if (unlocked()) {
        m_periodic.start();
        m_minute.start();
        // First the status, then a sync if this device is configured.
        SyncJob job;
        job.kind = SyncJob::Kind::Sync;
        job.automatic = true;
        enqueue(std::move(job));
        return;
    }
    // Locked: stop the running job, forget what waits, close the worker's vault.
    ++m_generation;
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
    m_queue.clear();
    m_syncQueued = false;
    m_debounce.stop();
    m_periodic.stop();
    m_minute.stop();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->close(); }, Qt::QueuedConnection);
    const bool wasBusy = busy();
    m_running = false;
    m_status = {};
    m_conflicts.clear();
    m_progress = -1;
    m_phase.clear();
    m_error.clear();
    if (wasBusy)
        emit busyChanged();
    emit progressChanged();
    emit statusChanged();
    emit conflictsChanged();
    emit errorMessageChanged();
}

void SyncController::setServiceConfigurator(std::function<void(SyncService &)> configure) {
    m_configure = std::make_shared<const std::function<void(SyncService &)>>(std::move(configure));
}

void SyncController::requestSync(bool automatic) {
    if (!unlocked())
        return;
    // Triggers only matter once sync is set up; "Sync now" always answers.
    if (automatic && !m_status.configured)
        return;
    SyncJob job;
    job.kind = SyncJob::Kind::Sync;
    job.automatic = automatic;
    enqueue(std::move(job));
}

void SyncController::enqueue(SyncJob job) {
    if (!unlocked())
        return;
    if (m_running) {
        if (job.kind == SyncJob::Kind::Sync) {
            m_queuedSyncAutomatic = (m_syncQueued ? m_queuedSyncAutomatic : true) && job.automatic;
            m_syncQueued = true;
        } else {
            m_queue.append(std::move(job));
        }
        return;
    }
    start(std::move(job));
}

void SyncController::start(SyncJob job) {
    job.generation = m_generation;
    job.configure = m_configure;
    job.cancel = std::make_shared<std::atomic_bool>(false);
    const SecureBytes &key = m_session.vault()->databaseKey();
    job.databaseKey = std::make_shared<SecureBytes>(key.data(), key.size());
    m_cancel = job.cancel;
    if (job.kind != SyncJob::Kind::Status) {
        m_progress = -1;
        m_phase = job.kind == SyncJob::Kind::SetUp ? Tr::tr("Connecting") : QString();
        emit progressChanged();
    }
    setRunning(true, job.kind);
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, job = std::move(job)] { w->run(job); }, Qt::QueuedConnection);
}

void SyncController::setRunning(bool running, SyncJob::Kind kind) {
    const bool wasBusy = busy();
    m_running = running;
    m_runningKind = kind;
    if (busy() != wasBusy)
        emit busyChanged();
}

void SyncController::onProgress(quint64 generation, int done, int total, const QString &phase) {
    if (generation != m_generation)
        return;
    m_progress = total > 0 ? std::clamp(double(done) / total, 0.0, 1.0) : -1;
    m_phase = phase;
    emit progressChanged();
}

void SyncController::onFinished(const SyncJobResult &result) {
    if (result.generation != m_generation)
        return; // from before a lock
    m_cancel.reset();
    setRunning(false, result.kind);
    m_progress = -1;
    m_phase.clear();
    emit progressChanged();
    applyStatus(result);

    if (result.ok) {
        // A complete sync clears the last error; a status read keeps it.
        if (result.kind != SyncJob::Kind::Status)
            setError({});
    } else {
        qCInfo(lcSync) << "sync job failed:" << int(result.code);
        setError(result.error);
    }
    if (result.wroteData)
        emit dataWritten();

    switch (result.kind) {
    case SyncJob::Kind::SetUp:
        emit setupFinished(result.ok, result.ok ? Tr::tr("Sync is set up.") : result.error);
        break;
    case SyncJob::Kind::Sync:
        if (!result.automatic)
            emit jobFinished(result.ok, result.ok ? Tr::tr("Synced.") : result.error);
        break;
    case SyncJob::Kind::EnterPassphrase:
        emit jobFinished(result.ok, result.ok ? Tr::tr("Sync passphrase accepted.") : result.error);
        break;
    case SyncJob::Kind::ChangePassphrase:
        emit jobFinished(result.ok, result.ok ? Tr::tr("Sync passphrase changed. Other devices will ask for it.")
                                              : result.error);
        break;
    case SyncJob::Kind::TurnOff:
        emit jobFinished(result.ok, result.ok ? Tr::tr("Sync is off on this device.") : result.error);
        break;
    case SyncJob::Kind::RestoreConflict:
        emit jobFinished(result.ok, result.ok ? Tr::tr("Restored.") : result.error);
        break;
    case SyncJob::Kind::DismissConflict:
    case SyncJob::Kind::Status:
        break;
    }

    if (!m_queue.isEmpty()) {
        start(m_queue.takeFirst());
    } else if (m_syncQueued) {
        m_syncQueued = false;
        requestSync(m_queuedSyncAutomatic);
    }
}

void SyncController::applyStatus(const SyncJobResult &result) {
    if (!result.hasStatus)
        return;
    const bool wasConfigured = m_status.configured;
    m_status = result.status;
    m_conflicts = result.conflicts;
    // The service keeps the last error of any attempt (the CLI's too): show it.
    if (result.ok && result.kind == SyncJob::Kind::Status && !m_status.lastError.isEmpty())
        setError(m_status.lastError);
    if (!m_status.configured)
        m_debounce.stop();
    else if (!wasConfigured)
        m_periodic.start();
    emit statusChanged();
    emit conflictsChanged();
}

void SyncController::setError(const QString &message) {
    if (m_error == message)
        return;
    m_error = message;
    emit errorMessageChanged();
}

void SyncController::clearError() {
    setError({});
}

QString SyncController::lastSyncText() const {
    if (!m_status.lastSync.isValid())
        return Tr::tr("Never synced");
    return Tr::tr("Last synced %1").arg(relative(m_status.lastSync, m_clock));
}

QVariantList SyncController::devices() const {
    QVariantList out;
    for (const SyncDevice &d : m_status.devices) {
        const QString seen = d.lastSeen.isValid()
                                 ? Tr::tr("Last heard from %1").arg(relative(d.lastSeen, m_clock))
                                 : Tr::tr("Not heard from yet");
        out.append(QVariantMap{{QStringLiteral("label"), d.label},
                               {QStringLiteral("lastSeenText"), seen},
                               {QStringLiteral("thisDevice"), d.thisDevice}});
    }
    return out;
}

QVariantList SyncController::conflicts() const {
    QVariantList out;
    for (const SyncConflict &c : m_conflicts) {
        const QString title = Tr::tr("%1 — %2").arg(entityWords(c.entity), fieldWords(c.field));
        out.append(QVariantMap{
            {QStringLiteral("id"), c.id},
            {QStringLiteral("title"), title},
            {QStringLiteral("text"), c.text},
            {QStringLiteral("winnerText"), c.winnerText},
            {QStringLiteral("detectedText"), Tr::tr("Kept %1").arg(relative(c.detectedAt, m_clock))}});
    }
    return out;
}

QString SyncController::defaultDeviceLabel() const {
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? QSysInfo::prettyProductName() : host;
}

bool SyncController::needsInsecureConfirmation(const QString &url) const {
    const QUrl parsed = QUrl::fromUserInput(url.trimmed());
    return parsed.scheme() == QLatin1String("http") && !isLocalHost(parsed.host());
}

void SyncController::setUp(bool join, int kind, QString url, QString user, QString password,
                           QString syncPassphrase, QString deviceLabel, bool allowInsecureHttp) {
    // Whoever drops the last copy (the worker, or a lock clearing the queue) wipes the password.
    std::shared_ptr<SyncAccount> account(new SyncAccount, [](SyncAccount *a) {
        wipe(a->password);
        delete a;
    });
    account->kind = kind == Folder ? SyncAccount::Kind::Folder : SyncAccount::Kind::WebDav;
    account->url = url.trimmed();
    account->user = user.trimmed();
    account->password = password.toUtf8();
    account->allowInsecureHttp = allowInsecureHttp;
    account->deviceLabel = deviceLabel.trimmed().isEmpty() ? defaultDeviceLabel() : deviceLabel.trimmed();
    auto passphrase = std::make_shared<SecureBytes>(SecureBytes::fromUtf8(syncPassphrase));
    wipe(password);
    wipe(syncPassphrase);

    QString problem;
    if (!unlocked())
        problem = Tr::tr("Unlock the vault to set up sync.");
    else if (account->url.isEmpty())
        problem = account->kind == SyncAccount::Kind::Folder ? Tr::tr("Choose a folder for the sync data.")
                                                             : Tr::tr("Enter the server address.");
    else if (passphrase->isEmpty())
        problem = Tr::tr("Enter a sync passphrase.");
    else if (account->kind == SyncAccount::Kind::WebDav && needsInsecureConfirmation(account->url) &&
             !allowInsecureHttp)
        problem = Tr::tr("This address is not encrypted (http). Confirm that you want to use it, or use https.");
    if (!problem.isEmpty()) {
        wipe(account->password);
        setError(problem);
        emit setupFinished(false, problem);
        return;
    }
    setError({});
    SyncJob job;
    job.kind = SyncJob::Kind::SetUp;
    job.account = std::move(account);
    job.passphrase = std::move(passphrase);
    job.join = join;
    enqueue(std::move(job));
}

void SyncController::syncNow() {
    requestSync(false);
}

void SyncController::enterPassphrase(QString syncPassphrase) {
    SyncJob job;
    job.kind = SyncJob::Kind::EnterPassphrase;
    job.passphrase = std::make_shared<SecureBytes>(SecureBytes::fromUtf8(syncPassphrase));
    wipe(syncPassphrase);
    if (job.passphrase->isEmpty()) {
        setError(Tr::tr("Enter the sync passphrase."));
        return;
    }
    enqueue(std::move(job));
}

void SyncController::changePassphrase(QString syncPassphrase) {
    SyncJob job;
    job.kind = SyncJob::Kind::ChangePassphrase;
    job.passphrase = std::make_shared<SecureBytes>(SecureBytes::fromUtf8(syncPassphrase));
    wipe(syncPassphrase);
    if (job.passphrase->isEmpty()) {
        setError(Tr::tr("Enter a new sync passphrase."));
        return;
    }
    enqueue(std::move(job));
}

void SyncController::turnOff() {
    SyncJob job;
    job.kind = SyncJob::Kind::TurnOff;
    enqueue(std::move(job));
}

void SyncController::restoreConflict(qint64 id) {
    SyncJob job;
    job.kind = SyncJob::Kind::RestoreConflict;
    job.conflictId = id;
    enqueue(std::move(job));
}

void SyncController::dismissConflict(qint64 id) {
    SyncJob job;
    job.kind = SyncJob::Kind::DismissConflict;
    job.conflictId = id;
    enqueue(std::move(job));
}

void SyncController::refreshStatus() {
    SyncJob job;
    job.kind = SyncJob::Kind::Status;
    enqueue(std::move(job));
}

void SyncController::localDataChanged() {
    if (unlocked() && m_status.configured)
        m_debounce.start();
}

void SyncController::applicationStateChanged(Qt::ApplicationState state) {
    if (state == Qt::ApplicationActive)
        requestSync(true);
}

} // namespace rebound
