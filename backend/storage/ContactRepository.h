#pragma once
#include "core/Contact.h"
#include "core/JobApplication.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <optional>

namespace rebound {

class Store;
class WriteTransaction;

struct RemovedContact {
    Contact contact;
    QList<Interaction> interactions;   // removed with it
    QList<JobPerson> unlinkedPeople;   // application people whose contact_id pointed here
};

// A contact that is already in the vault, found by a shared email or phone.
struct ContactMatch {
    int draftIndex = -1; // index into the list given to duplicatesOf
    Contact existing;
    QString reason; // the email or phone number they share, as written in the vault
};

struct ContactFilter {
    QString text; // matches name, company, role, emails, phones (folded, substring)
    QString tag;  // "" = any
};

// All SQL for contacts, their interactions, the keep-in-touch defaults per tag
// and the outreach message templates.
class ContactRepository {
    Q_DECLARE_TR_FUNCTIONS(ContactRepository)
public:
    static constexpr int kMaxImport = 5000; // contacts in one import

    explicit ContactRepository(Store &store);

    Contact create(const Contact &draft);
    Contact update(const Contact &changed);
    RemovedContact remove(const QString &id);
    void restore(const RemovedContact &removed);
    std::optional<Contact> find(const QString &id);
    QList<Contact> list(const ContactFilter &filter = {}); // by folded name
    int count();

    // Every contact with its keep-in-touch state; dueOnly: those due on or before `today`.
    QList<ContactStatus> statuses(const QDate &today, bool dueOnly = false);
    std::optional<ContactStatus> status(const QString &id);

    // Logging any interaction moves "last contacted" (the clock restarts from its day).
    Interaction logInteraction(const Interaction &draft);
    Interaction updateInteraction(const Interaction &changed);
    Interaction removeInteraction(const QString &id); // returns it for undo
    void restoreInteraction(const Interaction &removed);
    QList<Interaction> interactions(const QString &contactId); // newest first
    QList<Interaction> interactionsBetween(const QDate &from, const QDate &to);

    // Keep-in-touch cadence per tag, editable; every tag has a value (0 = off).
    QHash<QString, int> cadenceDefaults();
    void setCadenceDefault(const QString &tag, int days);
    int effectiveCadence(const Contact &contact); // reads the defaults when needed
    static int effectiveCadence(const Contact &contact, const QHash<QString, int> &defaults);

    // Applications this contact is one of the people of (through job_people.contact_id).
    QList<JobApplication> applicationsOf(const QString &contactId);
    // Links (or with an empty contactId, unlinks) a person of an application.
    JobPerson linkPerson(const QString &jobPersonId, const QString &contactId);
    // A new contact from an application's person (name, email, tag from the role), linked to it.
    Contact createFromPerson(const QString &jobPersonId);

    // Import: all or nothing in one transaction; each draft is cleaned as create() does.
    QList<Contact> importContacts(const QList<Contact> &drafts);
    // Drafts sharing an email (case-insensitive) or a phone (digits only, at least
    // 6, compared on the last 9) with a contact already in the vault.
    QList<ContactMatch> duplicatesOf(const QList<Contact> &drafts);

    QList<OutreachTemplate> templates(); // by position
    OutreachTemplate saveTemplate(const OutreachTemplate &draft); // creates when id is empty
    OutreachTemplate removeTemplate(const QString &id);
    void restoreTemplate(const OutreachTemplate &removed);

    // Input rules; throw Error(InvalidInput) with a message for the user.
    static Contact clean(const Contact &draft);
    static Interaction cleanInteraction(const Interaction &draft, const QDate &today);

private:
    Store &m_store;
};

} // namespace rebound
