#include "AppSettings.h"

namespace rebound {

namespace {
const QString kTheme = QStringLiteral("appearance/theme");
const QString kAutoLock = QStringLiteral("security/autoLockMinutes");
const QString kNudge = QStringLiteral("reminders/checkInNudge");
const QString kRemembered = QStringLiteral("security/rememberedVaults");
} // namespace

AppSettings::AppSettings(std::unique_ptr<QSettings> settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings ? std::move(settings) : std::make_unique<QSettings>()) {}

int AppSettings::themeMode() const {
    return qBound(0, m_settings->value(kTheme, 0).toInt(), 2);
}

void AppSettings::setThemeMode(int mode) {
    mode = qBound(0, mode, 2);
    if (mode == themeMode())
        return;
    m_settings->setValue(kTheme, mode);
    emit themeModeChanged();
}

int AppSettings::autoLockMinutes() const {
    return qBound(0, m_settings->value(kAutoLock, kDefaultAutoLockMinutes).toInt(), 24 * 60);
}

void AppSettings::setAutoLockMinutes(int minutes) {
    minutes = qBound(0, minutes, 24 * 60);
    if (minutes == autoLockMinutes())
        return;
    m_settings->setValue(kAutoLock, minutes);
    emit autoLockMinutesChanged();
}

QTime AppSettings::checkInNudge() const {
    return QTime::fromString(m_settings->value(kNudge).toString(), QStringLiteral("HH:mm"));
}

void AppSettings::setCheckInNudge(const QTime &time) {
    const QTime minute = time.isValid() ? QTime(time.hour(), time.minute()) : QTime();
    if (minute == checkInNudge())
        return;
    if (minute.isValid())
        m_settings->setValue(kNudge, minute.toString(QStringLiteral("HH:mm")));
    else
        m_settings->remove(kNudge);
    emit checkInNudgeChanged();
}

bool AppSettings::remembersVault(const QString &vaultId) const {
    return m_settings->value(kRemembered).toStringList().contains(vaultId);
}

void AppSettings::setRemembersVault(const QString &vaultId, bool remember) {
    QStringList ids = m_settings->value(kRemembered).toStringList();
    ids.removeAll(vaultId);
    if (remember)
        ids.append(vaultId);
    m_settings->setValue(kRemembered, ids);
    m_settings->sync();
}

} // namespace rebound
