#pragma once
#include "services/DaylioImport.h"

#include <QObject>
#include <QUrl>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <atomic>
#include <memory>

namespace rebound {

class AppSettings;
class VaultSession;

// Settings → "Export and backup": the full export, encrypted backups and the
// Daylio import. Export and backup run on the thread pool with their own
// database connection, so the app stays responsive and shows progress.
class DataController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(qreal progress READ progress NOTIFY progressChanged) // 0..1
    Q_PROPERTY(QString task READ task NOTIFY busyChanged)           // what runs, for the progress bar
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY messageChanged)
    Q_PROPERTY(QString doneMessage READ doneMessage NOTIFY messageChanged) // the last success, translated
    Q_PROPERTY(QString doneFolder READ doneFolder NOTIFY messageChanged)   // what it wrote (to open)
    // The loaded Daylio file (empty: none): see loadDaylio().
    Q_PROPERTY(QString daylioFile READ daylioFile NOTIFY daylioChanged)
    // {rows, alreadyImported, checkIns, journalEntries, withoutMood, newEfforts, unmappedMoods,
    //  moods: [{name, level}], range, warnings}
    Q_PROPERTY(QVariantMap daylioPreview READ daylioPreview NOTIFY daylioChanged)

public:
    DataController(VaultSession &session, AppSettings &settings, QObject *parent = nullptr);
    ~DataController() override;

    bool busy() const { return m_busy; }
    qreal progress() const { return m_progress; }
    QString task() const { return m_task; }
    QString errorMessage() const { return m_error; }
    QString doneMessage() const { return m_done; }
    QString doneFolder() const { return m_doneFolder; }
    QString daylioFile() const { return m_daylioFile; }
    QVariantMap daylioPreview() const;

    // Writes "Rebound export <date>" inside `folder`.
    Q_INVOKABLE void exportEverything(const QUrl &folder);
    // Writes an encrypted backup to `file` (a .rebound-backup suffix is added).
    Q_INVOKABLE void createBackup(const QUrl &file, const QString &passphrase, const QString &confirmation);
    Q_INVOKABLE void cancel();

    // Reads and previews a Daylio CSV export; nothing is written yet.
    Q_INVOKABLE void loadDaylio(const QUrl &file);
    // The level (1..5) a custom mood word stands for.
    Q_INVOKABLE void setDaylioMood(const QString &name, int level);
    Q_INVOKABLE void importDaylio();
    Q_INVOKABLE void closeDaylio();
    Q_INVOKABLE void clearMessages();

signals:
    void busyChanged();
    void progressChanged();
    void messageChanged();
    void daylioChanged();
    void dataWritten(); // the import added records: views reload

private:
    void start(const QString &task);
    void finish();
    void setProgress(qreal progress);
    void setError(const QString &message);
    void setDone(const QString &message, const QString &folder = {});
    void updateDaylioPreview();
    // A progress callback for a worker thread: posts to this object, throws to cancel.
    std::function<void(qint64, qint64)> progressReporter();

    VaultSession &m_session;
    AppSettings &m_settings;
    bool m_busy = false;
    qreal m_progress = 0;
    QString m_task, m_error, m_done, m_doneFolder;
    std::shared_ptr<std::atomic_bool> m_cancel;

    QString m_daylioFile;
    daylio::ParseResult m_daylio;
    daylio::MoodMap m_daylioMoods;
    daylio::ImportPreview m_preview;
};

} // namespace rebound
