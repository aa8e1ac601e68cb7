#pragma once
#include "core/Contact.h"
#include "services/ReminderEngine.h"

#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <memory>
#include <optional>

namespace rebound {

class VaultSession;
class AppSettings;
class Platform;
class Notifier;
class ReminderNotifier;

// The reminders inbox and the reminder settings for QML. While the vault is
// unlocked it also runs the in-app ReminderNotifier (OS notifications at each
// fire time). Everything shown is computed by ReminderEngine on each reload.
class RemindersController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    // Due now, soonest first: [{key, kind, kindLabel, title, detail, whenText, seen,
    // subjectKind, subjectId, stored}]
    Q_PROPERTY(QVariantList inbox READ inbox NOTIFY changed)
    // Not due yet, within the next two weeks, same shape.
    Q_PROPERTY(QVariantList upcoming READ upcoming NOTIFY changed)
    Q_PROPERTY(int unseenCount READ unseenCount NOTIFY changed)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY changed)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    // Settings → Reminders
    Q_PROPERTY(QString reminderTime READ reminderTime WRITE setReminderTime NOTIFY settingsChanged)
    Q_PROPERTY(bool notificationDetails READ notificationDetails WRITE setNotificationDetails NOTIFY settingsChanged)
    Q_PROPERTY(bool notificationsAvailable READ notificationsAvailable NOTIFY settingsChanged)
    Q_PROPERTY(QString notificationsStatus READ notificationsStatus NOTIFY settingsChanged)
    Q_PROPERTY(bool backgroundSupported READ backgroundSupported CONSTANT)
    Q_PROPERTY(bool backgroundEnabled READ backgroundEnabled NOTIFY settingsChanged)
    // [{tag, label, days}] keep-in-touch default per tag (0 = off)
    Q_PROPERTY(QVariantList tagCadences READ tagCadences NOTIFY changed)
    // [{id, name, body}] outreach message templates
    Q_PROPERTY(QVariantList templates READ templates NOTIFY changed)
    // Screenshot mode: no OS notifications and no "waiting for you" toast.
    Q_PROPERTY(bool quiet READ quiet CONSTANT)

public:
    // cliPath: the rebound-cli the background timer runs ("" = not installed beside the app).
    RemindersController(VaultSession &session, AppSettings &settings, Platform &platform, QString cliPath,
                        QObject *parent = nullptr);
    ~RemindersController() override;

    QVariantList inbox() const { return m_inbox; }
    QVariantList upcoming() const { return m_upcoming; }
    int unseenCount() const { return m_unseen; }
    bool canUndo() const { return m_dismissed.has_value(); }
    QString errorMessage() const { return m_error; }
    QString reminderTime() const;
    void setReminderTime(const QString &time);
    bool notificationDetails() const;
    void setNotificationDetails(bool on);
    bool notificationsAvailable() const;
    QString notificationsStatus() const;
    bool backgroundSupported() const;
    bool backgroundEnabled() const;
    QVariantList tagCadences() const { return m_tagCadences; }
    QVariantList templates() const { return m_templates; }
    bool quiet() const { return m_quiet; }
    void setQuiet(bool quiet);

    Q_INVOKABLE void reload();
public slots:
    // Other views wrote data: reload and re-arm the notifier (a logged call moves a due day).
    void dataChanged();

public:
    Q_INVOKABLE void markAllSeen();
    Q_INVOKABLE bool dismiss(const QString &key);
    Q_INVOKABLE bool undoDismiss();
    // Snoozes to the reminder time `days` days from today (1 = tomorrow).
    Q_INVOKABLE bool snooze(const QString &key, int days);
    Q_INVOKABLE bool setBackgroundEnabled(bool enabled);
    Q_INVOKABLE bool setTagCadence(const QString &tag, int days);
    // id "" creates; returns the template's id ("" on failure).
    Q_INVOKABLE QString saveTemplate(const QString &id, const QString &name, const QString &body);
    Q_INVOKABLE bool removeTemplate(const QString &id);
    Q_INVOKABLE bool undoRemoveTemplate();
    Q_INVOKABLE void clearError() { setError({}); }

signals:
    void changed();
    void settingsChanged();
    void errorMessageChanged();
    void dataWritten();
    // OS notifications were shown for this many reminders (the in-app notifier).
    void notified(int reminders);

private:
    template <typename F> bool write(F &&f);
    void setError(const QString &message);
    void onSessionChanged();
    void restartEngine(bool notifyNow);
    std::optional<DueReminder> find(const QString &key);
    QVariantMap toMap(const DueReminder &r) const;

    VaultSession &m_session;
    AppSettings &m_settings;
    Platform &m_platform;
    QString m_cliPath;
    std::unique_ptr<Notifier> m_notifier;
    std::unique_ptr<ReminderEngine> m_engine;
    std::unique_ptr<ReminderNotifier> m_runner;
    QVariantList m_inbox, m_upcoming, m_tagCadences, m_templates;
    int m_unseen = 0;
    bool m_quiet = false;
    std::optional<DueReminder> m_dismissed;
    std::optional<OutreachTemplate> m_removedTemplate;
    QString m_error;
};

} // namespace rebound
