#pragma once
#include "core/Feedback.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <optional>

namespace rebound {

class VaultSession;

// The skills plan (SkillsPlanner) for QML: strengths and weaknesses across all
// feedback, ranked by how often and how recently they were named; a pitch per
// strength and improvement actions per weakness. Dates travel as "yyyy-MM-dd".
class SkillsPlanController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    // [{id, name, rank (1-based), mentions, score, lastSeen, lastSeenText ("last named 3 days ago"), pitch}] best first
    Q_PROPERTY(QVariantList strengths READ strengths NOTIFY changed)
    // as strengths, plus actions: [{id, skillId, kind, kindLabel, title, status,
    // statusLabel, dueOn, dueText, overdue}] open first, then by due day; and openActions
    Q_PROPERTY(QVariantList weaknesses READ weaknesses NOTIFY changed)
    Q_PROPERTY(int feedbackCount READ feedbackCount NOTIFY changed)
    Q_PROPERTY(int openActionCount READ openActionCount NOTIFY changed)
    Q_PROPERTY(int overdueCount READ overdueCount NOTIFY changed)
    // [{key, label}] for pickers
    Q_PROPERTY(QVariantList actionKinds READ actionKinds CONSTANT)
    Q_PROPERTY(QVariantList actionStatuses READ actionStatuses CONSTANT)
    Q_PROPERTY(int halfLifeDays READ halfLifeDays CONSTANT)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY changed)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    explicit SkillsPlanController(VaultSession &session, QObject *parent = nullptr);

    QVariantList strengths() const { return m_strengths; }
    QVariantList weaknesses() const { return m_weaknesses; }
    int feedbackCount() const { return m_feedbackCount; }
    int openActionCount() const { return m_openActions; }
    int overdueCount() const { return m_overdue; }
    QVariantList actionKinds() const;
    QVariantList actionStatuses() const;
    int halfLifeDays() const;
    bool canUndo() const { return m_removed.has_value(); }
    QString errorMessage() const { return m_error; }

    // Each returns false / "" on failure with errorMessage set; nothing is lost.
    Q_INVOKABLE bool setPitch(const QString &skillId, const QString &pitch);
    Q_INVOKABLE bool renameSkill(const QString &skillId, const QString &name);
    // Returns the new action's id. dueOn "" = no due day.
    Q_INVOKABLE QString addAction(const QString &skillId, const QString &kind, const QString &title,
                                  const QString &dueOn);
    Q_INVOKABLE bool updateAction(const QString &actionId, const QString &kind, const QString &title,
                                  const QString &dueOn);
    Q_INVOKABLE bool setActionStatus(const QString &actionId, const QString &status);
    Q_INVOKABLE bool removeAction(const QString &actionId);
    // Brings back the action removed last.
    Q_INVOKABLE bool undoRemove();
    Q_INVOKABLE void reload();
    Q_INVOKABLE void clearError() { setError({}); }

signals:
    void changed();
    void errorMessageChanged();
    void dataWritten();

private:
    template <typename F> bool write(F &&f);
    void setError(const QString &message);
    bool parseDay(const QString &day, QDate *out);

    VaultSession &m_session;
    QVariantList m_strengths, m_weaknesses;
    int m_feedbackCount = 0;
    int m_openActions = 0;
    int m_overdue = 0;
    std::optional<SkillAction> m_removed;
    QString m_error;
};

} // namespace rebound
