#pragma once
#include "core/JournalEntry.h"

#include <QAbstractListModel>
#include <QDate>
#include <QtQml/qqmlregistration.h>
#include <optional>

namespace rebound {

class VaultSession;

// Journal entries, newest first, fetched lazily in pages so very large journals
// scroll smoothly. Reads and writes go through JournalRepository.
class JournalModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY countChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    // A deleted entry can be brought back until the next delete or lock.
    Q_PROPERTY(bool canUndoRemove READ canUndoRemove NOTIFY canUndoRemoveChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        DateRole, // QDate
        DayRole,  // "yyyy-MM-dd", for ListView sections
        MoodRole, // 0 = none, 1..5
        BodyRole,
        PreviewRole, // first lines, whitespace folded
        CreatedAtRole,
        UpdatedAtRole,
        TagsRole, // QStringList
    };
    Q_ENUM(Role)

    static constexpr int kPageSize = 200;

    explicit JournalModel(VaultSession &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    int totalCount() const { return m_total; }
    QString errorMessage() const { return m_error; }

    // Each returns false/empty and sets errorMessage on failure; nothing is lost.
    Q_INVOKABLE QString addEntry(const QDate &date, int mood, const QString &body);
    Q_INVOKABLE bool updateEntry(const QString &id, const QDate &date, int mood, const QString &body);
    Q_INVOKABLE bool removeEntry(const QString &id);
    // {id, date, mood, body, tags, emotions, emotionNames, checkInId, templateKey,
    //  displayBody (Markdown made safe to render), createdAt, updatedAt} or {}
    Q_INVOKABLE QVariantMap entry(const QString &id) const;
    // fields: date, mood, body, tags, emotions, checkInId, templateKey (missing = empty)
    Q_INVOKABLE QString createEntry(const QVariantMap &fields);
    // fields as above plus id; fields not given keep their stored value
    Q_INVOKABLE bool saveEntry(const QVariantMap &fields);
    Q_INVOKABLE bool undoRemove();
    bool canUndoRemove() const { return m_removed.has_value(); }
    // Guided templates: [{key, title, summary, body, tags}]
    Q_INVOKABLE QVariantList templates() const;
    Q_INVOKABLE QString idAt(int row) const;                // "" when out of range
    Q_INVOKABLE void reload();
    Q_INVOKABLE void clearError() { setError({}); }

signals:
    void countChanged();
    void errorMessageChanged();
    void canUndoRemoveChanged();
    // Something was written: calendars and searches should refresh.
    void dataWritten();

private:
    void setError(const QString &message);
    void insertSorted(const JournalEntry &entry);
    void replaceRow(const JournalEntry &updated);
    static JournalEntry fromMap(const QVariantMap &fields, JournalEntry base);

    VaultSession &m_session;
    QList<JournalEntry> m_rows;
    int m_total = 0;
    bool m_exhausted = true;
    QString m_error;
    std::optional<JournalEntry> m_removed;
};

} // namespace rebound
