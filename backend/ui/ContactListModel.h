#pragma once
#include "core/Contact.h"

#include <QAbstractListModel>
#include <QDate>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace rebound {

class VaultSession;

// The contacts for the People list, by name, with their keep-in-touch state.
// Filters (text: name, company, role, email, phone; tag) apply at once.
// Reloads on unlock and on refresh(); a locked vault shows nothing.
class ContactListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY filterChanged)
    Q_PROPERTY(QString tag READ tag WRITE setTag NOTIFY filterChanged) // "" = any
    Q_PROPERTY(bool filtering READ filtering NOTIFY filterChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY resultsChanged)
    // Contacts in the vault, whatever the filters.
    Q_PROPERTY(int totalCount READ totalCount NOTIFY resultsChanged)
    // [{key, label, count}] every tag with how many contacts carry it
    Q_PROPERTY(QVariantList tagChoices READ tagChoices NOTIFY resultsChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // "contactId"
        NameRole,
        InitialsRole,
        CompanyRole,
        RoleRole,       // "jobRole": the contact's role at work
        SubtitleRole,   // "Recruiter at Northwind" style line: role · company
        EmailsRole,     // QStringList
        PhonesRole,     // QStringList
        TagsRole,       // keys
        TagLabelsRole,  // translated
        LastContactedRole,     // "yyyy-MM-dd" or ""
        LastContactedTextRole, // "3 weeks ago", "never"
        CadenceDaysRole,       // effective; 0 = off
        DueOnRole,             // "yyyy-MM-dd" or ""
        DueTextRole,           // "due today", "5 days overdue", "due in 3 days", ""
        IsDueRole,
    };
    Q_ENUM(Role)

    explicit ContactListModel(VaultSession &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString text() const { return m_text; }
    void setText(const QString &text);
    QString tag() const { return m_tag; }
    void setTag(const QString &tag);
    bool filtering() const { return !m_text.trimmed().isEmpty() || !m_tag.isEmpty(); }
    int totalCount() const { return m_total; }
    QVariantList tagChoices() const { return m_tagChoices; }
    QString errorMessage() const { return m_error; }

    Q_INVOKABLE QVariantMap get(int row) const; // {} when out of range
    Q_INVOKABLE int rowOf(const QString &contactId) const; // -1 when not listed
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void clearFilters();

    // Shared wording for the People views.
    static QString initials(const QString &name);
    // "today", "yesterday", "5 days ago", "3 weeks ago", "4 months ago", "2 years ago"; "never".
    static QString agoText(const QDate &day, const QDate &today);
    // "due today", "1 day overdue", "12 days overdue", "due tomorrow", "due in 5 days", "" (no cadence).
    static QString dueText(const QDate &dueOn, const QDate &today);
    // "every 30 days", "off"
    static QString cadenceText(int days);

signals:
    void filterChanged();
    void resultsChanged();
    void errorMessageChanged();

private:
    void setError(const QString &message);
    QVariant value(const ContactStatus &row, int role) const;

    VaultSession &m_session;
    QString m_text;
    QString m_tag;
    QList<ContactStatus> m_rows;
    int m_total = 0;
    QVariantList m_tagChoices;
    QDate m_today;
    QString m_error;
};

} // namespace rebound
