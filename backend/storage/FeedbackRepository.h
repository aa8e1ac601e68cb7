#pragma once
#include "core/Feedback.h"

#include <QList>
#include <optional>

namespace rebound {

class Store;

// All SQL for feedback, the skills it names and the actions planned for them.
class FeedbackRepository {
public:
    explicit FeedbackRepository(Store &store);

    // Skills are given by name and created on first use (matched case-insensitively).
    // A skill named on both sides counts as a strength and a weakness. New feedback
    // on an application completes its pending feedback follow-up reminders.
    Feedback create(const Feedback &draft, const QStringList &strengthNames, const QStringList &weaknessNames);
    Feedback update(const Feedback &changed, const QStringList &strengthNames, const QStringList &weaknessNames);
    void remove(const QString &id);
    void restore(const Feedback &removed);
    std::optional<Feedback> find(const QString &id);
    QList<Feedback> all(); // newest first
    // Feedback on the application or on one of its interviews, newest first.
    QList<Feedback> forApplication(const QString &applicationId);

    QList<Skill> skills(); // by name
    std::optional<Skill> findSkill(const QString &id);
    std::optional<Skill> skillNamed(const QString &name);
    Skill renameSkill(const QString &id, const QString &name);
    Skill setPitch(const QString &id, const QString &pitch);

    SkillAction addAction(const SkillAction &draft);
    SkillAction updateAction(const SkillAction &changed);
    void removeAction(const QString &id);
    void restoreAction(const SkillAction &removed);
    std::optional<SkillAction> findAction(const QString &id);
    QList<SkillAction> actions(); // by due day (undated last)

    // For writers adding an action inside their own transaction (review
    // follow-ups): the skill is matched by name, or created.
    // A skill name as stored: one clean line without "|" (throws otherwise).
    static QString cleanSkillName(const QString &name);
    static SkillAction addActionForSkill(Store &store, class WriteTransaction &tx, const QString &skillName,
                                         const SkillAction &draft);

private:
    Feedback clean(const Feedback &draft);
    QStringList skillIds(class WriteTransaction &tx, const QStringList &names);
    Store &m_store;
};

} // namespace rebound
