#include "PeopleController.h"

#include "ContactListModel.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "services/AppSettings.h"
#include "services/Outreach.h"
#include "services/ReminderEngine.h"
#include "services/VaultSession.h"
#include "storage/ContactRepository.h"
#include "storage/Vault.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QSet>
#include <algorithm>

namespace rebound {

namespace {

QString subtitleOf(const Contact &c) {
    QStringList parts;
    if (!c.role.isEmpty())
        parts << c.role;
    if (!c.company.isEmpty())
        parts << c.company;
    return parts.join(PeopleController::tr(" · "));
}

} // namespace

PeopleController::PeopleController(VaultSession &session, AppSettings &settings, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_settings(settings) {
    connect(&m_session, &VaultSession::stateChanged, this, &PeopleController::reload);
    connect(&m_settings, &AppSettings::reminderTimeChanged, this, &PeopleController::reload);
    reload();
}

void PeopleController::setError(const QString &message) {
    if (m_error != message) {
        m_error = message;
        emit errorMessageChanged();
    }
}

void PeopleController::reload() {
    m_due.clear();
    m_templates.clear();
    Vault *vault = m_session.vault();
    if (!vault) { // locked: keep nothing of the vault
        setError({});
        emit changed();
        return;
    }
    try {
        const Clock &clock = m_session.clock();
        const QDate today = localToday(clock);
        // What the engine still shows today: not snoozed past today, not dismissed.
        ReminderEngine engine(*vault, clock, reminderTimes(m_settings), m_settings.rejection());
        const QDateTime endOfToday(today, QTime(23, 59, 59, 999), clock.timeZone());
        QSet<QString> active;
        for (const DueReminder &r : engine.upcoming(endOfToday))
            if (r.kind == reminderkind::kKeepInTouch && r.subjectKind == u"contact")
                active.insert(r.subjectId);
        QList<ContactStatus> due = vault->contacts().statuses(today, true);
        std::stable_sort(due.begin(), due.end(),
                         [](const ContactStatus &a, const ContactStatus &b) { return a.dueOn < b.dueOn; });
        for (const ContactStatus &s : std::as_const(due)) {
            if (!active.contains(s.contact.id))
                continue;
            m_due.append(QVariantMap{
                {QStringLiteral("contactId"), s.contact.id},
                {QStringLiteral("name"), s.contact.name},
                {QStringLiteral("initials"), ContactListModel::initials(s.contact.name)},
                {QStringLiteral("subtitle"), subtitleOf(s.contact)},
                {QStringLiteral("lastContactedText"), ContactListModel::agoText(s.lastContacted, today)},
                {QStringLiteral("cadenceText"), ContactListModel::cadenceText(s.cadenceDays)},
                {QStringLiteral("dueText"), ContactListModel::dueText(s.dueOn, today)},
                {QStringLiteral("overdueDays"), int(s.dueOn.daysTo(today))},
                {QStringLiteral("email"), s.contact.emails.value(0)}});
        }
        for (const OutreachTemplate &t : vault->contacts().templates())
            m_templates.append(QVariantMap{{QStringLiteral("id"), t.id},
                                           {QStringLiteral("name"), t.name},
                                           {QStringLiteral("body"), t.body}});
    } catch (const Error &e) {
        setError(e.message());
    }
    emit changed();
}

std::optional<DueReminder> PeopleController::keepInTouchOccurrence(const QString &contactId) {
    Vault *vault = m_session.vault();
    if (!vault)
        return std::nullopt;
    const Clock &clock = m_session.clock();
    const QDate today = localToday(clock);
    ReminderEngine engine(*vault, clock, reminderTimes(m_settings), m_settings.rejection());
    const QDateTime endOfToday(today, QTime(23, 59, 59, 999), clock.timeZone());
    for (const DueReminder &r : engine.upcoming(endOfToday))
        if (r.kind == reminderkind::kKeepInTouch && r.subjectId == contactId)
            return r;
    return std::nullopt;
}

bool PeopleController::snoozeTo(const QString &contactId, const QDate &day) {
    Vault *vault = m_session.vault();
    if (!vault) {
        setError(tr("The vault is locked. Unlock it and try again."));
        return false;
    }
    try {
        const Clock &clock = m_session.clock();
        if (!day.isValid() || day <= localToday(clock)) {
            setError(tr("Pick a day after today."));
            return false;
        }
        const std::optional<DueReminder> occurrence = keepInTouchOccurrence(contactId);
        if (!occurrence) {
            setError(tr("Nothing is due for this contact right now."));
            return false;
        }
        const ReminderTimes times = reminderTimes(m_settings);
        ReminderEngine engine(*vault, clock, times, m_settings.rejection());
        engine.snooze(*occurrence, ReminderEngine::fireTime(day, times.dayTime, clock.timeZone()));
        setError({});
        reload();
        emit dataWritten();
        return true;
    } catch (const Error &e) {
        setError(e.message());
        return false;
    }
}

bool PeopleController::snooze(const QString &contactId, int days) {
    if (days <= 0 || days > Contact::kMaxCadenceDays) {
        setError(tr("Snooze for at least one day."));
        return false;
    }
    return snoozeTo(contactId, localToday(m_session.clock()).addDays(days));
}

bool PeopleController::snoozeUntil(const QString &contactId, const QString &day) {
    return snoozeTo(contactId, QDate::fromString(day.trimmed(), QStringLiteral("yyyy-MM-dd")));
}

QString PeopleController::fillTemplate(const QString &templateId, const QString &contactId) {
    Vault *vault = m_session.vault();
    if (!vault) {
        setError(tr("The vault is locked. Unlock it and try again."));
        return {};
    }
    try {
        const std::optional<Contact> contact = vault->contacts().find(contactId);
        if (!contact) {
            setError(tr("That contact no longer exists."));
            return {};
        }
        for (const OutreachTemplate &t : vault->contacts().templates())
            if (t.id == templateId) {
                setError({});
                return outreach::fill(t.body, *contact);
            }
        setError(tr("That template no longer exists."));
    } catch (const Error &e) {
        setError(e.message());
    }
    return {};
}

QString PeopleController::mailtoLink(const QString &contactId, const QString &subject, const QString &message) {
    Vault *vault = m_session.vault();
    if (!vault)
        return {};
    try {
        const std::optional<Contact> contact = vault->contacts().find(contactId);
        return contact ? outreach::mailtoLink(*contact, subject, message) : QString();
    } catch (const Error &e) {
        setError(e.message());
        return {};
    }
}

bool PeopleController::copyToClipboard(const QString &text) {
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!clipboard)
        return false;
    clipboard->setText(text);
    return true;
}

QVariantList PeopleController::suggestContacts(const QString &text, int limit) {
    QVariantList out;
    Vault *vault = m_session.vault();
    const QString query = text.trimmed();
    if (!vault || query.isEmpty())
        return out;
    try {
        ContactFilter filter;
        filter.text = query;
        for (const Contact &c : vault->contacts().list(filter)) {
            if (out.size() >= limit)
                break;
            out.append(QVariantMap{{QStringLiteral("contactId"), c.id},
                                   {QStringLiteral("name"), c.name},
                                   {QStringLiteral("email"), c.emails.value(0)},
                                   {QStringLiteral("subtitle"), subtitleOf(c)}});
        }
    } catch (const Error &e) {
        setError(e.message());
    }
    return out;
}

} // namespace rebound
