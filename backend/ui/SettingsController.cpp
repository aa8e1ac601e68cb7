#include "SettingsController.h"

#include "services/AppSettings.h"
#include "services/Translations.h"

#include <QLocale>

namespace rebound {

SettingsController::SettingsController(AppSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings) {
    connect(&m_settings, &AppSettings::themeModeChanged, this, &SettingsController::themeModeChanged);
    connect(&m_settings, &AppSettings::languageChanged, this, &SettingsController::languageChanged);
    connect(&m_settings, &AppSettings::autoLockMinutesChanged, this,
            &SettingsController::autoLockMinutesChanged);
    connect(&m_settings, &AppSettings::checkInNudgeChanged, this, &SettingsController::checkInNudgeChanged);
    connect(&m_settings, &AppSettings::rejectionChanged, this, &SettingsController::rejectionChanged);
}

int SettingsController::themeMode() const {
    return m_settings.themeMode();
}
void SettingsController::setThemeMode(int mode) {
    m_settings.setThemeMode(mode);
}
QString SettingsController::language() const {
    return m_settings.language();
}
void SettingsController::setLanguage(const QString &code) {
    m_settings.setLanguage(code);
}
QVariantList SettingsController::languages() const {
    QVariantList out;
    const QString systemName = Translations::nativeName(Translations::resolve(QString()));
    out.append(QVariantMap{{QStringLiteral("code"), QString()},
                           {QStringLiteral("name"), tr("System (%1)").arg(systemName)}});
    for (const auto &l : Translations::available())
        out.append(QVariantMap{{QStringLiteral("code"), l.code}, {QStringLiteral("name"), l.name}});
    return out;
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

namespace {
template <typename F> void editRejection(AppSettings &settings, F &&edit) {
    RejectionSettings r = settings.rejection();
    edit(r);
    settings.setRejection(r);
}
} // namespace

int SettingsController::followUpDays() const {
    return m_settings.rejection().followUpDays;
}
void SettingsController::setFollowUpDays(int days) {
    editRejection(m_settings, [&](RejectionSettings &r) { r.followUpDays = days; });
}
int SettingsController::keepInTouchDays() const {
    return m_settings.rejection().keepInTouchDays;
}
void SettingsController::setKeepInTouchDays(int days) {
    editRejection(m_settings, [&](RejectionSettings &r) { r.keepInTouchDays = days; });
}
int SettingsController::reapplyDays() const {
    return m_settings.rejection().reapplyDays;
}
void SettingsController::setReapplyDays(int days) {
    editRejection(m_settings, [&](RejectionSettings &r) { r.reapplyDays = days; });
}
int SettingsController::reviewCount() const {
    return m_settings.rejection().reviewCount;
}
void SettingsController::setReviewCount(int count) {
    editRejection(m_settings, [&](RejectionSettings &r) { r.reviewCount = count; });
}
int SettingsController::reviewWindowDays() const {
    return m_settings.rejection().reviewWindowDays;
}
void SettingsController::setReviewWindowDays(int days) {
    editRejection(m_settings, [&](RejectionSettings &r) { r.reviewWindowDays = days; });
}
int SettingsController::rejectionMaxDays() const {
    return RejectionSettings::kMaxDays;
}

} // namespace rebound
