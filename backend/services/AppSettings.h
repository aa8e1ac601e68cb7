#pragma once
#include <QList>
#include <QObject>
#include <QSettings>
#include <QTime>
#include <memory>

namespace rebound {

// How the rejection flow plans ahead; every date it proposes stays editable.
struct RejectionSettings {
    static constexpr int kMaxDays = 3650;
    int followUpDays = 7;     // ask again about feedback if nothing came back
    int keepInTouchDays = 90; // with the recruiter and interviewers
    int reapplyDays = 180;    // look at the company again
    int reviewCount = 3;      // this many rejections ...
    int reviewWindowDays = 30; // ... within this many days suggest a goal review
    bool operator==(const RejectionSettings &) const = default;
};

// Preferences stored with QSettings. Only non-secret values live here: never a
// passphrase, a key, or anything the user wrote.
class AppSettings : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultAutoLockMinutes = 5;

    // Default: the platform's settings store for this app; tests pass an INI file.
    explicit AppSettings(std::unique_ptr<QSettings> settings = nullptr, QObject *parent = nullptr);

    int themeMode() const;
    void setThemeMode(int mode);
    // The language chosen in Settings ("" = follow the system); an unknown code reads as "".
    QString language() const;
    void setLanguage(const QString &code);
    int autoLockMinutes() const;
    void setAutoLockMinutes(int minutes);
    // Daily check-in nudge: a time of day, stored here (not in the vault) so the
    // reminder can fire while the vault is locked. Invalid time = off.
    QTime checkInNudge() const;
    void setCheckInNudge(const QTime &time);
    // The local time of day dated reminders fire (default 09:00).
    QTime reminderTime() const;
    void setReminderTime(const QTime &time);
    // Whether OS notifications name who or what (default off: "2 reminders are due";
    // a lock screen and the desktop's notification history are outside the vault).
    bool notificationDetails() const;
    void setNotificationDetails(bool on);
    // Weekdays planned as rest (Qt::DayOfWeek values): a rest day without effort
    // does not break an effort streak. Default: the locale's weekend.
    QList<int> restWeekdays() const;
    void setRestWeekdays(const QList<int> &days); // sorted, duplicates and invalid days dropped
    RejectionSettings rejection() const;
    void setRejection(const RejectionSettings &value); // clamped to sensible ranges
    // Whether the database key of this vault is kept in the OS keystore.
    bool remembersVault(const QString &vaultId) const;
    void setRemembersVault(const QString &vaultId, bool remember);

signals:
    void themeModeChanged();
    void languageChanged();
    void autoLockMinutesChanged();
    void checkInNudgeChanged();
    void reminderTimeChanged();
    void notificationDetailsChanged();
    void rejectionChanged();
    void restWeekdaysChanged();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace rebound
