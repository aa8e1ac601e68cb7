#pragma once
#include "storage/JournalRepository.h"

#include <QAbstractListModel>
#include <QDate>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace rebound {

class VaultSession;

// Journal search results for the search view: the query and filters are
// properties; results refresh shortly after any of them changes (typing is
// debounced), or at once with refresh().
class JournalSearchModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY filterChanged)
    Q_PROPERTY(int moodMin READ moodMin WRITE setMoodMin NOTIFY filterChanged)
    Q_PROPERTY(int moodMax READ moodMax WRITE setMoodMax NOTIFY filterChanged)
    Q_PROPERTY(QString emotion READ emotion WRITE setEmotion NOTIFY filterChanged)
    Q_PROPERTY(QString tag READ tag WRITE setTag NOTIFY filterChanged)
    Q_PROPERTY(QDate from READ from WRITE setFrom NOTIFY filterChanged)
    Q_PROPERTY(QDate to READ to WRITE setTo NOTIFY filterChanged)
    // true when any query text or filter is set
    Q_PROPERTY(bool active READ active NOTIFY filterChanged)
    Q_PROPERTY(int filterCount READ filterCount NOTIFY filterChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY resultsChanged)
    Q_PROPERTY(QStringList tagChoices READ tagChoices NOTIFY resultsChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        DateRole,
        DayRole,
        MoodRole,
        SnippetRole, // HTML-escaped text with <b> around matches
        TagsRole,
        ScoreRole,
    };
    Q_ENUM(Role)

    static constexpr int kDebounceMs = 150;
    static constexpr int kLimit = 100;

    explicit JournalSearchModel(VaultSession &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString text() const { return m_filter.text; }
    void setText(const QString &text);
    int moodMin() const { return m_filter.moodMin; }
    void setMoodMin(int mood);
    int moodMax() const { return m_filter.moodMax; }
    void setMoodMax(int mood);
    QString emotion() const { return m_filter.emotion; }
    void setEmotion(const QString &id);
    QString tag() const { return m_filter.tag; }
    void setTag(const QString &tag);
    QDate from() const { return m_filter.from; }
    void setFrom(const QDate &date);
    QDate to() const { return m_filter.to; }
    void setTo(const QDate &date);
    bool active() const { return !m_filter.isEmpty(); }
    int filterCount() const;
    QStringList tagChoices() const { return m_tags; }
    QString errorMessage() const { return m_error; }

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void clearFilters(); // keeps the text
    Q_INVOKABLE void clear();        // text and filters

signals:
    void filterChanged();
    void resultsChanged();
    void errorMessageChanged();

private:
    void schedule(int delayMs);
    void setError(const QString &message);

    VaultSession &m_session;
    JournalFilter m_filter;
    QList<JournalHit> m_hits;
    QStringList m_tags;
    QTimer m_debounce;
    QString m_error;
};

} // namespace rebound
