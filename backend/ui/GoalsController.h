#pragma once
#include "storage/GoalRepository.h"

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <optional>

namespace rebound {

class VaultSession;
class AppSettings;

// Goals for QML: the north star, concrete goals with their alternative paths,
// and this week's effort against the weekly targets. Dates travel as "yyyy-MM-dd".
class GoalsController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    // {id, title, notes} or {} when none
    Q_PROPERTY(QVariantMap northStar READ northStar NOTIFY changed)
    // [{id, kind, kindLabel, title, notes, status, statusLabel, statusOn, statusText ("Active since 3 Nov"),
    //   statusDateText ("since 3 Nov", "on 12 Nov"),
    //   open (active or paused), metric, metricLabel, weeklyTarget, targetDate, targetDateText,
    //   alternatives: [same fields]}] top-level goals by kind order, then position
    Q_PROPERTY(QVariantList goals READ goals NOTIFY changed)
    // [{goalId, title, metricLabel, target, thisWeek, met, weekText ("this week"),
    //   weeks: [{weekStart, count, met}] the last 8 weeks, oldest first}]
    Q_PROPERTY(QVariantList effort READ effort NOTIFY changed)
    Q_PROPERTY(int openCount READ openCount NOTIFY changed)
    // [{key, label}] for pickers (goal kinds exclude the north star)
    Q_PROPERTY(QVariantList goalKinds READ goalKinds CONSTANT)
    Q_PROPERTY(QVariantList statuses READ statuses CONSTANT)
    Q_PROPERTY(QVariantList metrics READ metrics NOTIFY changed) // includes the effort catalog
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY changed)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    GoalsController(VaultSession &session, AppSettings &settings, QObject *parent = nullptr);

    QVariantMap northStar() const { return m_northStar; }
    QVariantList goals() const { return m_goals; }
    QVariantList effort() const { return m_effort; }
    int openCount() const { return m_openCount; }
    QVariantList goalKinds() const;
    QVariantList statuses() const;
    QVariantList metrics() const { return m_metrics; }
    bool canUndo() const { return m_removed.has_value(); }
    QString errorMessage() const { return m_error; }

    // Each returns false / "" on failure with errorMessage set; nothing is lost.
    Q_INVOKABLE bool setNorthStar(const QString &title, const QString &notes);
    // fields: kind, title, notes, status, parentId, metric, weeklyTarget, targetDate ("" = none).
    // Returns the new goal's id.
    Q_INVOKABLE QString addGoal(const QVariantMap &fields);
    Q_INVOKABLE bool updateGoal(const QString &id, const QVariantMap &fields);
    Q_INVOKABLE bool setStatus(const QString &id, const QString &status);
    // Removes the goal with its alternative paths; undoRemove brings them back.
    Q_INVOKABLE bool removeGoal(const QString &id);
    Q_INVOKABLE bool undoRemove();
    Q_INVOKABLE QVariantMap goal(const QString &id) const; // {} when unknown
    Q_INVOKABLE void reload();
    Q_INVOKABLE void clearError() { setError({}); }

signals:
    void changed();
    void errorMessageChanged();
    void dataWritten();

private:
    template <typename F> bool write(F &&f);
    void setError(const QString &message);

    VaultSession &m_session;
    AppSettings &m_settings;
    QVariantMap m_northStar;
    QVariantList m_goals, m_effort, m_metrics;
    int m_openCount = 0;
    std::optional<RemovedGoal> m_removed;
    QString m_error;
};

} // namespace rebound
