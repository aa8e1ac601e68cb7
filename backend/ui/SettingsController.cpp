#include "SettingsController.h"

#include "services/AppSettings.h"

#include <QLocale>

namespace rebound {

SettingsController::SettingsController(AppSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings) {
    connect(&m_settings, &AppSettings::themeModeChanged, this, &SettingsController::themeModeChanged);
    connect(&m_settings, &AppSettings::autoLockMinutesChanged, this,
            &SettingsController::autoLockMinutesChanged);
    connect(&m_settings, &AppSettings::checkInNudgeChanged, this, &SettingsController::checkInNudgeChanged);
}

int SettingsController::themeMode() const {
    return m_settings.themeMode();
}
void SettingsController::setThemeMode(int mode) {
    m_settings.setThemeMode(mode);
}
int SettingsController::autoLockMinutes() const {
    return m_settings.autoLockMinutes();
}
void SettingsController::setAutoLockMinutes(int minutes) {
    m_settings.setAutoLockMinutes(minutes);
}
QList<int> SettingsController::autoLockChoices() const {
    return {0, 1, 5, 15, 30, 60};
}

bool SettingsController::checkInNudgeEnabled() const {
    return m_settings.checkInNudge().isValid();
}
int SettingsController::checkInNudgeHour() const {
    const QTime t = m_settings.checkInNudge();
    return t.isValid() ? t.hour() : kDefaultNudgeHour;
}
int SettingsController::checkInNudgeMinute() const {
    const QTime t = m_settings.checkInNudge();
    return t.isValid() ? t.minute() : 0;
}
QString SettingsController::checkInNudgeText() const {
    return QLocale().toString(QTime(checkInNudgeHour(), checkInNudgeMinute()), QLocale::ShortFormat);
}
void SettingsController::setCheckInNudge(bool enabled, int hour, int minute) {
    m_settings.setCheckInNudge(enabled ? QTime(qBound(0, hour, 23), qBound(0, minute, 59)) : QTime());
}

} // namespace rebound
