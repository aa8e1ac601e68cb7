#pragma once
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace rebound {

class AppSettings;

// Non-secret preferences for the Settings page (never user text, never keys).
class SettingsController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    Q_PROPERTY(int themeMode READ themeMode WRITE setThemeMode NOTIFY themeModeChanged)
    Q_PROPERTY(
        int autoLockMinutes READ autoLockMinutes WRITE setAutoLockMinutes NOTIFY autoLockMinutesChanged)

public:
    enum ThemeMode { System = 0, Light = 1, Dark = 2 };
    Q_ENUM(ThemeMode)

    explicit SettingsController(AppSettings &settings, QObject *parent = nullptr);

    int themeMode() const;
    void setThemeMode(int mode);
    // 0 = never; otherwise minutes of inactivity before the vault locks itself.
    int autoLockMinutes() const;
    void setAutoLockMinutes(int minutes);
    Q_INVOKABLE QList<int> autoLockChoices() const;

signals:
    void themeModeChanged();
    void autoLockMinutesChanged();

private:
    AppSettings &m_settings;
};

} // namespace rebound
