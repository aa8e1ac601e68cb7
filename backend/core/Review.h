#pragma once
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace rebound {

// A re-evaluation checklist. everyWeeks > 0 schedules a review of it that often.
struct Checklist {
    static constexpr int kMaxNameChars = 120;
    static constexpr int kMaxEveryWeeks = 52;
    static constexpr int kMaxItems = 60;

    QString id;
    QString name;
    int everyWeeks = 0;
    int position = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const Checklist &) const = default;
};

struct ChecklistItem {
    static constexpr int kMaxTextChars = 300;
    static constexpr int kMaxHintChars = 1000;

    QString id;
    QString checklistId;
    QString text; // the question
    QString hint; // what to think about when answering
    int position = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const ChecklistItem &) const = default;
};

namespace reviewanswer {
inline const QString kNone = QString();
inline const QString kYes = QStringLiteral("yes");
inline const QString kNo = QStringLiteral("no");
inline const QString kUnsure = QStringLiteral("unsure");
const QStringList &all(); // yes, no, unsure
bool isValid(const QString &key); // "" is valid (not answered yet)
QString label(const QString &key);
} // namespace reviewanswer

// What an answer's follow-up turns into when the review is finished.
namespace followup {
inline const QString kNone = QString();
inline const QString kNewGoal = QStringLiteral("new_goal"); // title; target = goal kind; detail = "" or the
                                                            // goal it is an alternative path to
inline const QString kGoalStatus = QStringLiteral("goal_status"); // target = goal id; detail = new status
inline const QString kSkillAction = QStringLiteral("skill_action"); // title; target = skill name; detail = action kind
const QStringList &all();
bool isValid(const QString &key);
QString label(const QString &key);
} // namespace followup

struct FollowUp {
    QString kind; // followup::*
    QString title;
    QString target;
    QString detail;
    bool operator==(const FollowUp &) const = default;
    bool isEmpty() const { return kind.isEmpty(); }
};

// One walk through a checklist. The checklist's name and questions are copied
// in when it starts, so editing the checklist later never rewrites history.
struct Review {
    static constexpr int kMaxSummaryChars = 10000;

    QString id;
    QString checklistId;
    QString checklistName;
    QDate startedOn;
    QDate finishedOn; // invalid while in progress
    QString summary;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isFinished() const { return finishedOn.isValid(); }
    bool operator==(const Review &) const = default;
};

struct ReviewAnswer {
    static constexpr int kMaxNoteChars = 5000;

    QString id;
    QString reviewId;
    QString itemId;   // the checklist item it came from (answers are compared by it)
    QString itemText; // the question as it was
    QString itemHint;
    int position = 0;
    QString answer; // reviewanswer::*
    QString note;
    FollowUp followUp;
    QString followUpId; // the goal or skill action made from it when the review finished
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const ReviewAnswer &) const = default;
};

} // namespace rebound
