#include "RemindersController.h"

#include "Platform.h"
#include "core/Contact.h"
#include "core/Error.h"
#include "core/Logging.h"
#include "services/AppSettings.h"
#include "services/ReminderNotifier.h"
#include "services/VaultSession.h"
#include "storage/Vault.h"

#include <QCoreApplication>
#include <QLocale>

namespace rebound {

namespace {
constexpr int kUpcomingDays = 14;
constexpr int kMaxSnoozeDays = 365;
constexpr int kPruneAfterDays = 400;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RemindersController)
};

// "Today at 09:00", "Yesterday", "3 days ago", "Tomorrow at 09:00", "Mon 30 Nov at 09:00"
QString whenText(const QDateTime &fireAt, const QDate &today) {
    const QDate day = fireAt.date();
    const QString time = fireAt.time().toString(QStringLiteral("HH:mm"));
    const qint64 days = today.daysTo(day);
    if (days == 0)
        return Tr::tr("Today at %1").arg(time);
    if (days == 1)
        return Tr::tr("Tomorrow at %1").arg(time);
    if (days == -1)
        return Tr::tr("Yesterday");
    if (days < 0)
        return Tr::tr("%n days ago", nullptr, int(-days));
    return Tr::tr("%1 at %2").arg(QLocale().toString(day, QStringLiteral("ddd d MMM")), time);
}
} // namespace

RemindersController::RemindersController(VaultSession &session, AppSettings &settings, Platform &platform,
                                         QString cliPath, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_settings(settings)
    , m_platform(platform)
    , m_cliPath(std::move(cliPath))
    , m_notifier(platform.createNotifier()) {
    connect(&m_session, &VaultSession::stateChanged, this, &RemindersController::onSessionChanged);
    // New times or privacy: a new engine and notifier with them.
    // Not a fresh start: reminders are shown at the next wake-up, not while the
    // user is still turning the time picker.
    const auto restart = [this] {
        restartEngine(false);
        emit settingsChanged();
    };
    connect(&m_settings, &AppSettings::reminderTimeChanged, this, restart);
    connect(&m_settings, &AppSettings::checkInNudgeChanged, this, restart);
    connect(&m_settings, &AppSettings::notificationDetailsChanged, this, restart);
    connect(&m_settings, &AppSettings::rejectionChanged, this, restart);
    onSessionChanged();
}

RemindersController::~RemindersController() = default;

void RemindersController::onSessionChanged() {
    m_dismissed.reset();
    m_removedTemplate.reset();
    setError({});
    if (Vault *vault = m_session.vault()) {
        try {
            // Occurrences gone for over a year leave their marks behind.
            vault->reminderMarks().prune(localNow(m_session.clock()).addDays(-kPruneAfterDays));
        } catch (const Error &e) {
            qCWarning(lcReminders) << "pruning marks failed:" << e.message();
        }
    }
    restartEngine(true);
}

void RemindersController::setQuiet(bool quiet) {
    m_quiet = quiet;
    restartEngine(false);
}

void RemindersController::restartEngine(bool notifyNow) {
    // The runner and the engine hold the vault: drop them before it closes.
    m_runner.reset();
    m_engine.reset();
    if (Vault *vault = m_session.vault()) {
        m_engine = std::make_unique<ReminderEngine>(*vault, m_session.clock(), reminderTimes(m_settings),
                                                    m_settings.rejection());
        if (m_quiet) {
            reload();
            return;
        }
        m_runner = std::make_unique<ReminderNotifier>(*m_engine, *m_notifier, m_settings.notificationDetails());
        connect(m_runner.get(), &ReminderNotifier::notified, this, [this](int n) {
            reload();
            emit notified(n);
        });
        if (notifyNow)
            m_runner->start();
        else
            m_runner->reschedule();
    }
    reload();
}

QVariantMap RemindersController::toMap(const DueReminder &r) const {
    const QDate today = localToday(m_session.clock());
    return {{QStringLiteral("key"), r.key},
            {QStringLiteral("kind"), r.kind},
            {QStringLiteral("kindLabel"), reminderkind::label(r.kind)},
            {QStringLiteral("title"), r.title},
            {QStringLiteral("detail"), r.detail},
            {QStringLiteral("whenText"), whenText(r.fireAt.toTimeZone(m_session.clock().timeZone()), today)},
            {QStringLiteral("seen"), r.seen},
            {QStringLiteral("snoozed"), r.snoozed},
            {QStringLiteral("subjectKind"), r.subjectKind},
            {QStringLiteral("subjectId"), r.subjectId},
            {QStringLiteral("stored"), !r.reminderId.isEmpty()}};
}

void RemindersController::reload() {
    m_inbox.clear();
    m_upcoming.clear();
    m_tagCadences.clear();
    m_templates.clear();
    m_unseen = 0;
    Vault *vault = m_session.vault();
    if (vault && m_engine) {
        try {
            const QDateTime now = localNow(m_session.clock());
            for (const DueReminder &r : m_engine->upcoming(now.addDays(kUpcomingDays))) {
                if (r.fireAt <= now) {
                    m_inbox.append(toMap(r));
                    m_unseen += r.seen ? 0 : 1;
                } else {
                    m_upcoming.append(toMap(r));
                }
            }
            const QHash<QString, int> cadences = vault->contacts().cadenceDefaults();
            for (const QString &tag : contacttag::all())
                m_tagCadences.append(QVariantMap{{QStringLiteral("tag"), tag},
                                                 {QStringLiteral("label"), contacttag::label(tag)},
                                                 {QStringLiteral("days"), cadences.value(tag)}});
            for (const OutreachTemplate &t : vault->contacts().templates())
                m_templates.append(QVariantMap{{QStringLiteral("id"), t.id},
                                               {QStringLiteral("name"), t.name},
                                               {QStringLiteral("body"), t.body}});
        } catch (const Error &e) {
            qCWarning(lcReminders) << "reload failed:" << e.message();
            setError(e.message());
        }
    }
    emit changed();
}

void RemindersController::dataChanged() {
    reload();
    if (m_runner && m_session.vault())
        m_runner->reschedule();
}

template <typename F> bool RemindersController::write(F &&f) {
    if (!m_session.vault() || !m_engine) {
        setError(Tr::tr("The vault is locked."));
        return false;
    }
    try {
        f(*m_session.vault());
        setError({});
        reload();
        if (m_runner)
            m_runner->reschedule();
        emit dataWritten();
        return true;
    } catch (const Error &e) {
        setError(e.message());
        return false;
    }
}

void RemindersController::setError(const QString &message) {
    if (message == m_error)
        return;
    m_error = message;
    emit errorMessageChanged();
}

std::optional<DueReminder> RemindersController::find(const QString &key) {
    if (!m_engine || !m_session.vault())
        return std::nullopt;
    for (const DueReminder &r : m_engine->upcoming(localNow(m_session.clock()).addDays(kUpcomingDays)))
        if (r.key == key)
            return r;
    return std::nullopt;
}

void RemindersController::markAllSeen() {
    QStringList keys;
    for (const QVariant &v : std::as_const(m_inbox))
        if (!v.toMap().value(QStringLiteral("seen")).toBool())
            keys.append(v.toMap().value(QStringLiteral("key")).toString());
    if (keys.isEmpty())
        return;
    write([&](Vault &) { m_engine->markSeen(keys); });
}

bool RemindersController::dismiss(const QString &key) {
    const auto r = find(key);
    if (!r) {
        setError(Tr::tr("That reminder is no longer due."));
        return false;
    }
    return write([&](Vault &) {
        m_engine->dismiss(*r);
        m_dismissed = r;
    });
}

bool RemindersController::undoDismiss() {
    if (!m_dismissed)
        return false;
    const DueReminder r = *m_dismissed;
    return write([&](Vault &) {
        m_engine->undismiss(r);
        m_dismissed.reset();
    });
}

bool RemindersController::snooze(const QString &key, int days) {
    if (days < 1 || days > kMaxSnoozeDays) {
        setError(Tr::tr("Snooze for 1 to %1 days.").arg(kMaxSnoozeDays));
        return false;
    }
    const auto r = find(key);
    if (!r) {
        setError(Tr::tr("That reminder is no longer due."));
        return false;
    }
    const Clock &clock = m_session.clock();
    const QDate day = localToday(clock).addDays(days);
    const QTime at = r->kind == reminderkind::kCheckIn && m_settings.checkInNudge().isValid()
                         ? m_settings.checkInNudge()
                         : m_settings.reminderTime();
    return write([&](Vault &) { m_engine->snooze(*r, ReminderEngine::fireTime(day, at, clock.timeZone())); });
}

QString RemindersController::reminderTime() const {
    return m_settings.reminderTime().toString(QStringLiteral("HH:mm"));
}

void RemindersController::setReminderTime(const QString &time) {
    const QTime t = QTime::fromString(time, QStringLiteral("HH:mm"));
    if (!t.isValid()) {
        setError(Tr::tr("Give a time as hours and minutes, like 09:00."));
        return;
    }
    m_settings.setReminderTime(t);
}

bool RemindersController::notificationDetails() const {
    return m_settings.notificationDetails();
}

void RemindersController::setNotificationDetails(bool on) {
    m_settings.setNotificationDetails(on);
}

bool RemindersController::notificationsAvailable() const {
    return m_notifier->available();
}

QString RemindersController::notificationsStatus() const {
    QString why;
    if (m_notifier->available(&why))
        return Tr::tr("Notifications are on: reminders appear at their time while Rebound is open.");
    return why;
}

bool RemindersController::backgroundSupported() const {
    return m_platform.backgroundRemindersSupported() && !m_cliPath.isEmpty();
}

bool RemindersController::backgroundEnabled() const {
    return m_platform.backgroundRemindersEnabled();
}

bool RemindersController::setBackgroundEnabled(bool enabled) {
    QString error;
    if (!m_platform.setBackgroundReminders(enabled, m_cliPath, &error)) {
        setError(error.isEmpty() ? Tr::tr("Reminders while Rebound is closed could not be changed.") : error);
        emit settingsChanged();
        return false;
    }
    setError({});
    emit settingsChanged();
    return true;
}

bool RemindersController::setTagCadence(const QString &tag, int days) {
    return write([&](Vault &vault) { vault.contacts().setCadenceDefault(tag, days); });
}

QString RemindersController::saveTemplate(const QString &id, const QString &name, const QString &body) {
    QString saved;
    write([&](Vault &vault) {
        OutreachTemplate t;
        if (!id.isEmpty()) {
            for (const OutreachTemplate &existing : vault.contacts().templates())
                if (existing.id == id)
                    t = existing;
            if (t.id.isEmpty())
                throw Error(ErrorCode::NotFound, Tr::tr("That template no longer exists."));
        }
        t.name = name;
        t.body = body;
        saved = vault.contacts().saveTemplate(t).id;
    });
    return saved;
}

bool RemindersController::removeTemplate(const QString &id) {
    return write([&](Vault &vault) { m_removedTemplate = vault.contacts().removeTemplate(id); });
}

bool RemindersController::undoRemoveTemplate() {
    if (!m_removedTemplate)
        return false;
    const OutreachTemplate t = *m_removedTemplate;
    return write([&](Vault &vault) {
        vault.contacts().restoreTemplate(t);
        m_removedTemplate.reset();
    });
}

} // namespace rebound
