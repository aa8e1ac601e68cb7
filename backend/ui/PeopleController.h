#pragma once
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <optional>

namespace rebound {

class AppSettings;
class VaultSession;
struct DueReminder;

// The People page's "Reach out" list and actions: contacts due or overdue for
// keep-in-touch (most overdue first; a snoozed one leaves the list until its
// snooze ends), snoozing them through the ReminderEngine, outreach templates
// filled for a contact, mailto links and the clipboard, and contact
// suggestions for linking an application's people.
class PeopleController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    // [{contactId, name, initials, subtitle, lastContactedText, cadenceText, dueText,
    //   overdueDays, email}] most overdue first
    Q_PROPERTY(QVariantList due READ due NOTIFY changed)
    Q_PROPERTY(int dueCount READ dueCount NOTIFY changed)
    // [{id, name, body}] by position
    Q_PROPERTY(QVariantList templates READ templates NOTIFY changed)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    PeopleController(VaultSession &session, AppSettings &settings, QObject *parent = nullptr);

    QVariantList due() const { return m_due; }
    int dueCount() const { return int(m_due.size()); }
    QVariantList templates() const { return m_templates; }
    QString errorMessage() const { return m_error; }

    Q_INVOKABLE void reload();
    // Snoozes the contact's keep-in-touch reminder for `days` days, or until a
    // day ("yyyy-MM-dd", after today), at the reminder time.
    Q_INVOKABLE bool snooze(const QString &contactId, int days);
    Q_INVOKABLE bool snoozeUntil(const QString &contactId, const QString &day);
    // The template's text with the contact's names filled in ("" on failure).
    Q_INVOKABLE QString fillTemplate(const QString &templateId, const QString &contactId);
    // mailto: link to the contact's first e-mail ("" without one).
    Q_INVOKABLE QString mailtoLink(const QString &contactId, const QString &subject, const QString &message);
    Q_INVOKABLE bool copyToClipboard(const QString &text);
    // Contacts whose name, company or e-mail contain `text`: [{contactId, name, email, subtitle}].
    Q_INVOKABLE QVariantList suggestContacts(const QString &text, int limit = 5);
    Q_INVOKABLE void clearError() { setError({}); }

signals:
    void changed();
    void errorMessageChanged();
    void dataWritten();

private:
    void setError(const QString &message);
    std::optional<DueReminder> keepInTouchOccurrence(const QString &contactId);
    bool snoozeTo(const QString &contactId, const QDate &day);

    VaultSession &m_session;
    AppSettings &m_settings;
    QVariantList m_due, m_templates;
    QString m_error;
};

} // namespace rebound
