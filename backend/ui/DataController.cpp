#include "DataController.h"

#include "Background.h"
#include "core/Logging.h"
#include "services/AppSettings.h"
#include "services/Backup.h"
#include "services/FullExport.h"
#include "services/PassphraseStrength.h"
#include "services/ReminderEngine.h"
#include "services/VaultSession.h"
#include "storage/Vault.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPointer>

namespace rebound {

namespace {

constexpr int kReminderDays = 90;   // what reminders.ics covers
constexpr int kProgressSteps = 200; // posts per task at most

struct Cancelled : Error {
    Cancelled()
        : Error(ErrorCode::Usage, QString()) {}
};

QString localPath(const QUrl &url) {
    return url.isLocalFile() ? url.toLocalFile() : url.toString();
}

// A second connection to the unlocked vault for a worker thread.
std::unique_ptr<Vault> openConnection(const Vault &vault, const Clock &clock) {
    const SecureBytes &key = vault.databaseKey();
    return Vault::unlockWithKey(vault.dir(), SecureBytes(key.data(), key.size()), clock);
}

} // namespace

DataController::DataController(VaultSession &session, AppSettings &settings, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_settings(settings) {
    // Locking drops a loaded import (it holds the file's text) and stops a running task.
    connect(&m_session, &VaultSession::stateChanged, this, [this] {
        if (!m_session.vault()) {
            cancel();
            closeDaylio();
            clearMessages();
        }
    });
}

DataController::~DataController() {
    cancel();
}

void DataController::start(const QString &task) {
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_task = task;
    m_busy = true;
    clearMessages();
    setProgress(0);
    emit busyChanged();
}

void DataController::finish() {
    m_busy = false;
    m_task.clear();
    m_cancel.reset();
    emit busyChanged();
}

void DataController::setProgress(qreal progress) {
    if (!qFuzzyCompare(m_progress + 1, progress + 1)) {
        m_progress = progress;
        emit progressChanged();
    }
}

void DataController::setError(const QString &message) {
    m_error = message;
    m_done.clear();
    m_doneFolder.clear();
    emit messageChanged();
}

void DataController::setDone(const QString &message, const QString &folder) {
    m_error.clear();
    m_done = message;
    m_doneFolder = folder;
    emit messageChanged();
}

void DataController::clearMessages() {
    if (m_error.isEmpty() && m_done.isEmpty())
        return;
    m_error.clear();
    m_done.clear();
    m_doneFolder.clear();
    emit messageChanged();
}

void DataController::cancel() {
    if (m_cancel)
        m_cancel->store(true);
}

std::function<void(qint64, qint64)> DataController::progressReporter() {
    auto cancel = m_cancel;
    QPointer<DataController> guard(this);
    auto lastStep = std::make_shared<qint64>(-1);
    return [cancel, guard, lastStep](qint64 done, qint64 total) {
        if (cancel && cancel->load())
            throw Cancelled();
        const qint64 step = total > 0 ? done * kProgressSteps / total : 0;
        if (step == *lastStep)
            return;
        *lastStep = step;
        const qreal fraction = qreal(step) / kProgressSteps;
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, fraction] {
                if (guard && guard->m_busy)
                    guard->setProgress(fraction);
            },
            Qt::QueuedConnection);
    };
}

void DataController::exportEverything(const QUrl &folder) {
    Vault *vault = m_session.vault();
    if (m_busy || !vault)
        return;
    const QString parent = localPath(folder);
    // The reminders are computed here (they need the settings); the rest on the worker.
    ReminderEngine engine(*vault, m_session.clock(), reminderTimes(m_settings), m_settings.rejection());
    const QDateTime now = localNow(m_session.clock());
    const QList<DueReminder> upcoming = engine.upcoming(now.addDays(kReminderDays));
    std::shared_ptr<Vault> connection;
    try {
        connection = openConnection(*vault, m_session.clock());
    } catch (const Error &e) {
        return setError(e.message());
    }
    start(tr("Exporting…"));
    const auto report = progressReporter();
    runInBackground(
        this,
        [connection, parent, upcoming, now, report] {
            return exporting::exportFolder(*connection, parent, upcoming, now, report);
        },
        [this](Outcome<exporting::FolderExport> outcome) {
            const bool cancelled = m_cancel && m_cancel->load();
            finish();
            if (auto *error = std::get_if<Error>(&outcome))
                return cancelled ? setDone(tr("Export cancelled. Nothing was left behind."))
                                 : setError(error->message());
            const auto &result = std::get<0>(outcome);
            setDone(tr("Exported %n journal entries and everything else to “%1”. These files are not "
                       "encrypted: keep them somewhere safe.",
                       nullptr, result.journalEntries)
                        .arg(QDir::toNativeSeparators(result.folder)),
                    result.folder);
        });
}

void DataController::createBackup(const QUrl &file, const QString &passphrase, const QString &confirmation) {
    Vault *vault = m_session.vault();
    if (m_busy || !vault)
        return;
    if (passphrase != confirmation)
        return setError(tr("The two passphrases do not match."));
    if (!PassphraseStrength::estimate(passphrase).acceptable)
        return setError(tr("Use at least %1 characters.").arg(PassphraseStrength::kMinimumLength));
    const QString path = backup::withSuffix(localPath(file));
    std::shared_ptr<Vault> connection;
    try {
        connection = openConnection(*vault, m_session.clock());
    } catch (const Error &e) {
        return setError(e.message());
    }
    auto secret = std::make_shared<SecureBytes>(SecureBytes::fromUtf8(passphrase));
    start(tr("Writing the backup…"));
    const auto report = progressReporter();
    runInBackground(
        this,
        [connection, path, secret, report] {
            return backup::create(*connection, path, *secret, KdfParams::recommended(), report);
        },
        [this, path](Outcome<backup::Info> outcome) {
            const bool cancelled = m_cancel && m_cancel->load();
            finish();
            if (auto *error = std::get_if<Error>(&outcome))
                return cancelled ? setDone(tr("Backup cancelled. No file was written."))
                                 : setError(error->message());
            setDone(tr("Backed up %n records to “%1”. You need its passphrase to restore it.", nullptr,
                       int(std::get<0>(outcome).records))
                        .arg(QDir::toNativeSeparators(path)),
                    QFileInfo(path).absolutePath());
        });
}

// ---- Daylio ----

void DataController::loadDaylio(const QUrl &file) {
    if (m_busy || !m_session.vault())
        return;
    clearMessages();
    const QString path = localPath(file);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return setError(tr("Could not open %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
    // Read at most one byte more than allowed: the parser refuses it with a clear message.
    daylio::ParseResult parsed = daylio::parse(f.read(daylio::kMaxInputBytes + 1));
    if (!parsed.ok()) {
        closeDaylio();
        return setError(parsed.error->message);
    }
    m_daylio = std::move(parsed);
    m_daylioMoods.clear();
    m_daylioFile = QFileInfo(path).fileName();
    updateDaylioPreview();
}

void DataController::setDaylioMood(const QString &name, int level) {
    if (m_daylioFile.isEmpty())
        return;
    if (level >= 1 && level <= 5)
        m_daylioMoods.insert(name.toCaseFolded(), level);
    else
        m_daylioMoods.remove(name.toCaseFolded());
    updateDaylioPreview();
}

void DataController::updateDaylioPreview() {
    if (Vault *vault = m_session.vault())
        m_preview = daylio::preview(*vault, m_daylio, m_daylioMoods);
    emit daylioChanged();
}

QVariantMap DataController::daylioPreview() const {
    if (m_daylioFile.isEmpty())
        return {};
    QVariantList moods;
    for (const QString &name : m_daylio.unknownMoods)
        moods.append(QVariantMap{{QStringLiteral("name"), name},
                                 {QStringLiteral("level"), m_daylioMoods.value(name.toCaseFolded(), 0)}});
    const QLocale locale;
    QString range;
    if (m_preview.from.isValid())
        range = m_preview.from == m_preview.to
                    ? locale.toString(m_preview.from, QLocale::ShortFormat)
                    //: A range of dates: %1 the first, %2 the last.
                    : tr("%1 – %2").arg(locale.toString(m_preview.from, QLocale::ShortFormat),
                                        locale.toString(m_preview.to, QLocale::ShortFormat));
    return {{QStringLiteral("rows"), m_preview.rows},
            {QStringLiteral("alreadyImported"), m_preview.alreadyImported},
            {QStringLiteral("checkIns"), m_preview.checkIns},
            {QStringLiteral("journalEntries"), m_preview.journalEntries},
            {QStringLiteral("withoutMood"), m_preview.withoutMood},
            {QStringLiteral("newEfforts"), m_preview.newEfforts},
            {QStringLiteral("unmappedMoods"), m_preview.unmappedMoods},
            {QStringLiteral("moods"), moods},
            {QStringLiteral("range"), range},
            {QStringLiteral("warnings"), m_daylio.warnings}};
}

void DataController::importDaylio() {
    Vault *vault = m_session.vault();
    if (m_busy || !vault || m_daylioFile.isEmpty())
        return;
    try {
        const daylio::ImportResult r = daylio::importRows(*vault, m_daylio, m_daylioMoods);
        QStringList parts;
        parts << tr("Imported %n check-ins", nullptr, r.checkIns);
        parts << tr("%n journal entries", nullptr, r.journalEntries);
        if (r.effortsAdded > 0)
            parts << tr("%n new effort tags", nullptr, r.effortsAdded);
        QString message = parts.join(QStringLiteral(", ")) + QLatin1Char('.');
        if (r.skipped > 0)
            message += QLatin1Char(' ') +
                       tr("%n entries were already imported and were skipped.", nullptr, r.skipped);
        for (const QString &w : r.warnings)
            message += QLatin1Char(' ') + w;
        closeDaylio();
        setDone(message);
        emit dataWritten();
    } catch (const Error &e) {
        setError(e.message());
    }
}

void DataController::closeDaylio() {
    if (m_daylioFile.isEmpty())
        return;
    m_daylioFile.clear();
    m_daylio = {};
    m_daylioMoods.clear();
    m_preview = {};
    emit daylioChanged();
}

} // namespace rebound
