#pragma once
#include "storage/ContactRepository.h"

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <optional>
#include <variant>

namespace rebound {

class Vault;
class VaultSession;

// One open contact for the contact view and its editor: fields, keep-in-touch
// state, interactions (newest first) and the applications it is linked to.
// Also creates, saves and deletes contacts (with undo) and logs, edits and
// deletes interactions (with undo) for any contact. Thin: the rules and their
// messages live in ContactRepository.
//
// Every write returns the id / true, or "" / false with errorMessage set
// (nothing is lost), and emits dataWritten() so lists refresh. Days travel as
// "yyyy-MM-dd" strings.
class ContactController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    Q_PROPERTY(QString contactId READ contactId NOTIFY changed)
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    // {id, name, initials, company, role, emails, phones, profileUrl, howWeMet,
    //  tags, tagLabels, notes, cadenceDays (-1 from tags, 0 off, N days)}
    Q_PROPERTY(QVariantMap contact READ contact NOTIFY changed)
    // {lastContacted, lastContactedText, lastContactedDate, dueOn, dueText, dueDate, isDue,
    //  cadenceDays (effective), cadenceText ("from tags: Mentor, every 30 days", "every 10 days", "off")}
    Q_PROPERTY(QVariantMap status READ status NOTIFY changed)
    // [{id, kind, kindLabel, day, dateText, agoText, note}], newest first
    Q_PROPERTY(QVariantList interactions READ interactions NOTIFY changed)
    // [{id, company, role, stage, stageLabel, closed}]
    Q_PROPERTY(QVariantList applications READ applications NOTIFY changed)
    // [{key, label, days}] tags with their keep-in-touch default (0 = off)
    Q_PROPERTY(QVariantList tagChoices READ tagChoices NOTIFY changed)
    Q_PROPERTY(QVariantList interactionKinds READ interactionKinds CONSTANT)
    Q_PROPERTY(int maxCadenceDays READ maxCadenceDays CONSTANT)
    // "contact", "interaction" or "" when there is nothing to undo
    Q_PROPERTY(QString undoKind READ undoKind NOTIFY changed)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY changed)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    explicit ContactController(VaultSession &session, QObject *parent = nullptr);

    QString contactId() const { return m_id; }
    bool loaded() const { return !m_contact.isEmpty(); }
    QVariantMap contact() const { return m_contact; }
    QVariantMap status() const { return m_status; }
    QVariantList interactions() const { return m_interactions; }
    QVariantList applications() const { return m_applications; }
    QVariantList tagChoices() const { return m_tagChoices; }
    QVariantList interactionKinds() const;
    int maxCadenceDays() const { return Contact::kMaxCadenceDays; }
    QString undoKind() const;
    bool canUndo() const { return !undoKind().isEmpty(); }
    QString errorMessage() const { return m_error; }

    Q_INVOKABLE bool load(const QString &id);
    Q_INVOKABLE void close();
    Q_INVOKABLE void reload();

    // fields: name, company, role, emails, phones (lists of strings), profileUrl,
    // howWeMet, tags (keys), notes, cadenceDays (-1 from tags, 0 off, N days).
    // Returns the new id.
    Q_INVOKABLE QString create(const QVariantMap &fields);
    // fields as above plus id; fields not given keep their stored value.
    Q_INVOKABLE QString save(const QVariantMap &fields);
    // Deletes a contact with its interactions; its application people are unlinked.
    Q_INVOKABLE bool remove(const QString &contactId);
    Q_INVOKABLE bool undoRemove();

    // Logs an interaction with any contact (day "" = today). Returns its id.
    Q_INVOKABLE QString logInteraction(const QString &contactId, const QString &kind, const QString &day,
                                       const QString &note);
    Q_INVOKABLE bool updateInteraction(const QString &interactionId, const QString &kind, const QString &day,
                                       const QString &note);
    Q_INVOKABLE bool removeInteraction(const QString &interactionId);

    Q_INVOKABLE void clearError() { setError({}); }

signals:
    void changed();
    void errorMessageChanged();
    void dataWritten();

private:
    template <typename F> bool write(F &&f);
    void setError(const QString &message);
    void clearState();
    bool parseDay(const QString &day, QDate *out);
    static Contact applyFields(Contact c, const QVariantMap &fields);

    VaultSession &m_session;
    QString m_id;
    QVariantMap m_contact, m_status;
    QVariantList m_interactions, m_applications, m_tagChoices;
    std::variant<std::monostate, RemovedContact, Interaction> m_removed;
    QString m_error;
};

} // namespace rebound
