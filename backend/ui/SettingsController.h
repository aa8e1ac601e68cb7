#pragma once
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace rebound {

class AppSettings;

// Non-secret preferences for the Settings page (never user text, never keys).
class SettingsController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    Q_PROPERTY(int themeMode READ themeMode WRITE setThemeMode NOTIFY themeModeChanged)
    // "" follows the system; otherwise a code from `languages`.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    // [{code, name}]: "System (…)" first, then each language in its own name.
    Q_PROPERTY(QVariantList languages READ languages NOTIFY languageChanged)
    Q_PROPERTY(
        int autoLockMinutes READ autoLockMinutes WRITE setAutoLockMinutes NOTIFY autoLockMinutesChanged)
    // Daily check-in nudge. Stored and shown now; it fires once the reminders
    // engine exists (see README).
    Q_PROPERTY(bool checkInNudgeEnabled READ checkInNudgeEnabled NOTIFY checkInNudgeChanged)
    Q_PROPERTY(int checkInNudgeHour READ checkInNudgeHour NOTIFY checkInNudgeChanged)
    Q_PROPERTY(int checkInNudgeMinute READ checkInNudgeMinute NOTIFY checkInNudgeChanged)
    Q_PROPERTY(QString checkInNudgeText READ checkInNudgeText NOTIFY checkInNudgeChanged) // localised time
    // How the rejection flow plans ahead (days) and when it suggests a goal review.
    Q_PROPERTY(int followUpDays READ followUpDays WRITE setFollowUpDays NOTIFY rejectionChanged)
    Q_PROPERTY(int keepInTouchDays READ keepInTouchDays WRITE setKeepInTouchDays NOTIFY rejectionChanged)
    Q_PROPERTY(int reapplyDays READ reapplyDays WRITE setReapplyDays NOTIFY rejectionChanged)
    Q_PROPERTY(int reviewCount READ reviewCount WRITE setReviewCount NOTIFY rejectionChanged)
    Q_PROPERTY(int reviewWindowDays READ reviewWindowDays WRITE setReviewWindowDays NOTIFY rejectionChanged)
    Q_PROPERTY(int rejectionMaxDays READ rejectionMaxDays CONSTANT)

public:
    static constexpr int kDefaultNudgeHour = 19;

    enum ThemeMode { System = 0, Light = 1, Dark = 2 };
    Q_ENUM(ThemeMode)

    explicit SettingsController(AppSettings &settings, QObject *parent = nullptr);

    int themeMode() const;
    void setThemeMode(int mode);
    QString language() const;
    void setLanguage(const QString &code);
    QVariantList languages() const;
    // 0 = never; otherwise minutes of inactivity before the vault locks itself.
    int autoLockMinutes() const;
    void setAutoLockMinutes(int minutes);
    Q_INVOKABLE QList<int> autoLockChoices() const;
    bool checkInNudgeEnabled() const;
    int checkInNudgeHour() const;
    int checkInNudgeMinute() const;
    QString checkInNudgeText() const;
    // Out-of-range values are clamped; disabling forgets the time.
    Q_INVOKABLE void setCheckInNudge(bool enabled, int hour, int minute);
    // Rejection flow settings; out-of-range values are clamped (AppSettings).
    int followUpDays() const;
    void setFollowUpDays(int days);
    int keepInTouchDays() const;
    void setKeepInTouchDays(int days);
    int reapplyDays() const;
    void setReapplyDays(int days);
    int reviewCount() const;
    void setReviewCount(int count);
    int reviewWindowDays() const;
    void setReviewWindowDays(int days);
    int rejectionMaxDays() const;

signals:
    void themeModeChanged();
    void languageChanged();
    void autoLockMinutesChanged();
    void checkInNudgeChanged();
    void rejectionChanged();

private:
    AppSettings &m_settings;
};

} // namespace rebound
