#pragma once
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace rebound {

namespace reminderkind {
inline const QString kInterviewPrep = QStringLiteral("interview_prep");
inline const QString kFeedbackFollowUp = QStringLiteral("feedback_follow_up");
inline const QString kKeepInTouch = QStringLiteral("keep_in_touch");
inline const QString kReapply = QStringLiteral("reapply");
inline const QString kGoalReview = QStringLiteral("goal_review");
const QStringList &all();
bool isValid(const QString &key);
} // namespace reminderkind

// Something to do on a day, tied to what it is about. These are data today: the
// app lists them; the reminders engine (People issue) will notify and repeat.
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
