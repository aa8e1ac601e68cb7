#pragma once
#include "storage/ChecklistRepository.h"

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <optional>
#include <variant>

namespace rebound {

class VaultSession;
class AppSettings;

// Re-evaluation checklists for QML (edit them, see when each is due) and the
// review schedule. Dates travel as "yyyy-MM-dd".
class ChecklistController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    // [{id, name, everyWeeks, scheduleText ("every 4 weeks" / "not scheduled"), itemCount,
    //   lastReviewed, lastReviewedText, dueOn, dueText ("due in 5 days" / "due today" / "3 days overdue"),
    //   due (bool), inProgressId}] by position
    Q_PROPERTY(QVariantList checklists READ checklists NOTIFY changed)
    // The soonest scheduled review: {checklistId, name, dueOn, dueText, due, inProgressId} or {}
    Q_PROPERTY(QVariantMap nextReview READ nextReview NOTIFY changed)
    // {suggested, rejections, windowDays, text} — several rejections since the last review
    Q_PROPERTY(QVariantMap nudge READ nudge NOTIFY changed)
    // What Today offers, or {} when nothing: {reason ("resume" | "due" | "nudge"), checklistId,
    //   name, inProgressId, title, text}. An unfinished review first, then a due one, then the nudge.
    Q_PROPERTY(QVariantMap todayPrompt READ todayPrompt NOTIFY changed)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY changed)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    ChecklistController(VaultSession &session, AppSettings &settings, QObject *parent = nullptr);

    QVariantList checklists() const { return m_checklists; }
    QVariantMap nextReview() const { return m_next; }
    QVariantMap nudge() const { return m_nudge; }
    QVariantMap todayPrompt() const { return m_prompt; }
    bool canUndo() const { return m_removed.index() != 0; }
    QString errorMessage() const { return m_error; }

    // [{id, text, hint, position}] by position
    Q_INVOKABLE QVariantList items(const QString &checklistId) const;
    // Each returns false / "" on failure with errorMessage set; nothing is lost.
    Q_INVOKABLE QString addChecklist(const QString &name, int everyWeeks);
    Q_INVOKABLE bool updateChecklist(const QString &id, const QString &name, int everyWeeks);
    Q_INVOKABLE QString duplicateChecklist(const QString &id, const QString &name);
    Q_INVOKABLE bool removeChecklist(const QString &id);
    Q_INVOKABLE QString addItem(const QString &checklistId, const QString &text, const QString &hint);
    Q_INVOKABLE bool updateItem(const QString &id, const QString &text, const QString &hint);
    Q_INVOKABLE bool removeItem(const QString &id);
    Q_INVOKABLE bool moveItem(const QString &id, int delta);
    // Brings back the checklist or item removed last.
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
    std::optional<ChecklistItem> findItem(const QString &id) const;

    VaultSession &m_session;
    AppSettings &m_settings;
    QVariantList m_checklists;
    QVariantMap m_next, m_nudge, m_prompt;
    std::variant<std::monostate, RemovedChecklist, ChecklistItem> m_removed;
    QString m_error;
};

} // namespace rebound
