#include "AppSettings.h"

#include "Translations.h"

#include <QLocale>
#include <QStringList>
#include <algorithm>

namespace rebound {

namespace {
const QString kTheme = QStringLiteral("appearance/theme");
const QString kLanguage = QStringLiteral("appearance/language");
const QString kAutoLock = QStringLiteral("security/autoLockMinutes");
const QString kNudge = QStringLiteral("reminders/checkInNudge");
const QString kReminderTime = QStringLiteral("reminders/time");
const QString kNotificationDetails = QStringLiteral("reminders/notificationDetails");
const QString kRestWeekdays = QStringLiteral("insights/restWeekdays");
const QString kRejection = QStringLiteral("jobsearch/");
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

QString AppSettings::language() const {
    const QString code = m_settings->value(kLanguage).toString();
    return Translations::isOffered(code) ? code : QString();
}

void AppSettings::setLanguage(const QString &code) {
    const QString known = Translations::isOffered(code) ? code : QString();
    if (known == language())
        return;
    if (known.isEmpty())
        m_settings->remove(kLanguage);
    else
        m_settings->setValue(kLanguage, known);
    emit languageChanged();
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

QTime AppSettings::reminderTime() const {
    const QTime t = QTime::fromString(m_settings->value(kReminderTime).toString(), QStringLiteral("HH:mm"));
    return t.isValid() ? t : QTime(9, 0);
}

void AppSettings::setReminderTime(const QTime &time) {
    if (!time.isValid())
        return; // dated reminders always fire at some time of their day
    const QTime minute(time.hour(), time.minute());
    if (minute == reminderTime())
        return;
    m_settings->setValue(kReminderTime, minute.toString(QStringLiteral("HH:mm")));
    emit reminderTimeChanged();
}

QList<int> AppSettings::restWeekdays() const {
    const QVariant stored = m_settings->value(kRestWeekdays);
    QList<int> days;
    if (!stored.isValid()) {
        // The locale's weekend: the days that are not working days.
        const QList<Qt::DayOfWeek> working = QLocale().weekdays();
        for (int d = Qt::Monday; d <= Qt::Sunday; ++d)
            if (!working.contains(Qt::DayOfWeek(d)))
                days.append(d);
        return days;
    }
    // "" = no rest days; otherwise "6,7".
    for (const QString &part : stored.toString().split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int d = part.trimmed().toInt(&ok);
        if (ok && d >= Qt::Monday && d <= Qt::Sunday && !days.contains(d))
            days.append(d);
    }
    std::sort(days.begin(), days.end());
    return days;
}

void AppSettings::setRestWeekdays(const QList<int> &days) {
    QList<int> clean;
    for (int d : days)
        if (d >= Qt::Monday && d <= Qt::Sunday && !clean.contains(d))
            clean.append(d);
    std::sort(clean.begin(), clean.end());
    const bool stored = m_settings->contains(kRestWeekdays);
    if (stored && clean == restWeekdays())
        return;
    QStringList parts;
    for (int d : clean)
        parts.append(QString::number(d));
    m_settings->setValue(kRestWeekdays, parts.join(u','));
    emit restWeekdaysChanged();
}

bool AppSettings::notificationDetails() const {
    return m_settings->value(kNotificationDetails, false).toBool();
}

void AppSettings::setNotificationDetails(bool on) {
    if (on == notificationDetails())
        return;
    m_settings->setValue(kNotificationDetails, on);
    emit notificationDetailsChanged();
}

namespace {
int clampDays(int days) {
    return qBound(1, days, RejectionSettings::kMaxDays);
}
} // namespace

RejectionSettings AppSettings::rejection() const {
    const RejectionSettings d;
    RejectionSettings r;
    r.followUpDays = clampDays(m_settings->value(kRejection + QStringLiteral("followUpDays"), d.followUpDays).toInt());
    r.keepInTouchDays = clampDays(m_settings->value(kRejection + QStringLiteral("keepInTouchDays"), d.keepInTouchDays).toInt());
    r.reapplyDays = clampDays(m_settings->value(kRejection + QStringLiteral("reapplyDays"), d.reapplyDays).toInt());
    r.reviewCount = qBound(1, m_settings->value(kRejection + QStringLiteral("reviewCount"), d.reviewCount).toInt(), 100);
    r.reviewWindowDays = clampDays(m_settings->value(kRejection + QStringLiteral("reviewWindowDays"), d.reviewWindowDays).toInt());
    return r;
}

void AppSettings::setRejection(const RejectionSettings &value) {
    RejectionSettings r = value;
    r.followUpDays = clampDays(r.followUpDays);
    r.keepInTouchDays = clampDays(r.keepInTouchDays);
    r.reapplyDays = clampDays(r.reapplyDays);
    r.reviewCount = qBound(1, r.reviewCount, 100);
    r.reviewWindowDays = clampDays(r.reviewWindowDays);
    if (r == rejection())
        return;
    m_settings->setValue(kRejection + QStringLiteral("followUpDays"), r.followUpDays);
    m_settings->setValue(kRejection + QStringLiteral("keepInTouchDays"), r.keepInTouchDays);
    m_settings->setValue(kRejection + QStringLiteral("reapplyDays"), r.reapplyDays);
    m_settings->setValue(kRejection + QStringLiteral("reviewCount"), r.reviewCount);
    m_settings->setValue(kRejection + QStringLiteral("reviewWindowDays"), r.reviewWindowDays);
    emit rejectionChanged();
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
