#include "SettingsController.h"

#include "services/AppSettings.h"

namespace rebound {

SettingsController::SettingsController(AppSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings) {
    connect(&m_settings, &AppSettings::themeModeChanged, this, &SettingsController::themeModeChanged);
    connect(&m_settings, &AppSettings::autoLockMinutesChanged, this,
            &SettingsController::autoLockMinutesChanged);
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

} // namespace rebound
