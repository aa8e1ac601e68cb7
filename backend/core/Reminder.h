#pragma once
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace rebound {

// Every kind the reminders engine knows. The first five are stored rows of the
// reminders table (planned by a flow, editable); the others are computed from data.
namespace reminderkind {
inline const QString kInterviewPrep = QStringLiteral("interview_prep");
inline const QString kFeedbackFollowUp = QStringLiteral("feedback_follow_up");
inline const QString kPostRejection = QStringLiteral("post_rejection"); // keep in touch after a rejection
inline const QString kReapply = QStringLiteral("reapply");
inline const QString kGoalReview = QStringLiteral("goal_review");
inline const QString kKeepInTouch = QStringLiteral("keep_in_touch"); // a contact's cadence
inline const QString kCheckIn = QStringLiteral("check_in");          // daily nudge
inline const QString kSkillsAction = QStringLiteral("skills_action"); // a skills action's due day
const QStringList &all();
const QStringList &stored();
bool isValid(const QString &key); // a stored kind
QString label(const QString &key); // translated, e.g. "Keep in touch"
} // namespace reminderkind

// Something to do on a day, tied to what it is about, planned by a flow (interview
// prep, rejection follow-ups). The reminders engine turns these and the computed
// kinds into occurrences that notify.
struct Reminder {
    static constexpr int kMaxTitleChars = 300;
    static constexpr int kMaxNoteChars = 2000;

    QString id;
    QString kind;
    QDate dueOn;
    QString title;
    QString note;
    QString subjectKind; // "application", "interview", "person" or ""
    QString subjectId;
    bool done = false;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const Reminder &) const = default;
};

} // namespace rebound
