#pragma once
#include "core/JobApplication.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace rebound {

class VaultSession;

// The job applications for the board (desktop) and the list grouped by stage
// (phone), in pipeline order, most recently moved first within a stage.
// Filters are properties; typing is debounced, other filters apply at once
// (on the next turn of the event loop), refresh() applies them now.
// Reloads on unlock and after writes (refresh()); a locked vault shows nothing.
class ApplicationListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY filterChanged)
    // Accepted, rejected, withdrawn and no-answer applications are listed too.
    Q_PROPERTY(bool showClosed READ showClosed WRITE setShowClosed NOTIFY filterChanged)
    Q_PROPERTY(QString workMode READ workMode WRITE setWorkMode NOTIFY filterChanged) // "" = any
    Q_PROPERTY(QString source READ source WRITE setSource NOTIFY filterChanged)       // "" = any
    // Text, work mode or source set (showClosed is a view choice, not a filter).
    Q_PROPERTY(bool filtering READ filtering NOTIFY filterChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY resultsChanged)
    // Applications in the vault, whatever the filters.
    Q_PROPERTY(int totalCount READ totalCount NOTIFY resultsChanged)
    // Closed applications matching the filters (listed only with showClosed).
    Q_PROPERTY(int closedCount READ closedCount NOTIFY resultsChanged)
    // Board columns: [{stage, label, count}] for the open stages in pipeline
    // order, then {stage: "closed", label, count} when showClosed is on.
    Q_PROPERTY(QVariantList columns READ columns NOTIFY resultsChanged)
    // Distinct sources in the vault, most used first (filter chips, editor suggestions).
    Q_PROPERTY(QStringList sources READ sources NOTIFY resultsChanged)
    // Counts refreshes: bind to it to re-read inColumn() when the results change.
    Q_PROPERTY(int revision READ revision NOTIFY resultsChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // "applicationId" (QML reserves "id")
        CompanyRole,
        RoleRole,
        StageRole,
        StageLabelRole,
        StageDateRole,   // QDate
        StageDayRole,    // "yyyy-MM-dd"
        DaysInStageRole, // whole days since it reached its stage
        ClosedRole,
        WorkModeRole,
        WorkModeLabelRole,
        LocationRole,
        SourceRole,
        LinkRole,
        NextInterviewRole,   // "Technical · Tomorrow, 15:00", "" when none is coming
        NextInterviewAtRole, // QDateTime (invalid when none)
        SectionRole,         // the phone list's group: the stage label, or "Closed"
    };
    Q_ENUM(Role)

    static constexpr int kDebounceMs = 150;
    inline static const QString kClosedColumn = QStringLiteral("closed");

    explicit ApplicationListModel(VaultSession &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString text() const { return m_text; }
    void setText(const QString &text);
    bool showClosed() const { return m_showClosed; }
    void setShowClosed(bool show);
    QString workMode() const { return m_workMode; }
    void setWorkMode(const QString &mode);
    QString source() const { return m_source; }
    void setSource(const QString &source);
    bool filtering() const { return !m_text.trimmed().isEmpty() || !m_workMode.isEmpty() || !m_source.isEmpty(); }
    int totalCount() const { return m_total; }
    int closedCount() const { return m_closedCount; }
    QVariantList columns() const;
    QStringList sources() const { return m_sources; }
    int revision() const { return m_revision; }
    QString errorMessage() const { return m_error; }

    // The rows of one board column (a stage key, or "closed"), as maps with the
    // role names as keys.
    Q_INVOKABLE QVariantList inColumn(const QString &column) const;
    // Rows in `stage` (0 for an unknown stage).
    Q_INVOKABLE int countIn(const QString &stage) const;
    Q_INVOKABLE QVariantMap get(int row) const; // {} when out of range
    Q_INVOKABLE int rowOf(const QString &applicationId) const; // -1 when not listed
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void clearFilters(); // text, work mode and source

signals:
    void filterChanged();
    void resultsChanged();
    void errorMessageChanged();

private:
    struct Row {
        JobApplication application;
        QDateTime nextInterviewAt;
        QString nextInterviewKind;
    };
    void schedule(int delayMs);
    void setError(const QString &message);
    QVariant value(const Row &row, int role) const;
    QVariantMap toMap(const Row &row) const;

    VaultSession &m_session;
    QString m_text;
    bool m_showClosed = false;
    QString m_workMode;
    QString m_source;
    QList<Row> m_rows;
    QHash<QString, int> m_stageCounts;
    int m_total = 0;
    int m_closedCount = 0;
    int m_revision = 0;
    QStringList m_sources;
    QDate m_today;
    QTimer m_debounce;
    QString m_error;
};

} // namespace rebound
