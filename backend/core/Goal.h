#pragma once
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace rebound {

namespace goalkind {
inline const QString kNorthStar = QStringLiteral("north_star");
inline const QString kRole = QStringLiteral("role");
inline const QString kIndustry = QStringLiteral("industry");
inline const QString kSkill = QStringLiteral("skill");
inline const QString kCertification = QStringLiteral("certification");
inline const QString kEffort = QStringLiteral("effort");
inline const QString kOther = QStringLiteral("other");
const QStringList &all(); // concrete kinds in display order, then north_star
bool isValid(const QString &key);
QString label(const QString &key);
} // namespace goalkind

namespace goalstatus {
inline const QString kActive = QStringLiteral("active");
inline const QString kPaused = QStringLiteral("paused");
inline const QString kAchieved = QStringLiteral("achieved");
inline const QString kDropped = QStringLiteral("dropped");
const QStringList &all();
bool isValid(const QString &key);
QString label(const QString &key);
} // namespace goalstatus

// What a weekly effort goal counts. Outcomes (offers, rejections) are never
// effort targets: only what the user controls.
namespace effortmetric {
inline const QString kApplications = QStringLiteral("applications"); // "applied" stage events
inline const QString kInterviews = QStringLiteral("interviews");     // interviews held
inline const QString kJournal = QStringLiteral("journal");           // journal entries written
// Check-ins tagged with an effort from the catalog: "effort:<catalog id>",
// e.g. "effort:effort:reached-out" counts check-ins tagged "reached out".
inline const QString kEffortPrefix = QStringLiteral("effort:");
QStringList builtIns(); // the three above
bool isValid(const QString &key);
QString label(const QString &key, const QString &effortName = {}); // effortName for effort: metrics
} // namespace effortmetric

// A goal: the long-term north star (at most one that is not dropped), or a
// concrete target role, industry, skill, certification or weekly effort. A goal
// with a parentId is an alternative path worth trying next to that goal.
struct Goal {
    static constexpr int kMaxTitleChars = 200;
    static constexpr int kMaxNotesChars = 5000;
    static constexpr int kMaxWeeklyTarget = 200;

    QString id;
    QString kind = goalkind::kOther;
    QString title;
    QString notes;
    QString status = goalstatus::kActive;
    QDate statusOn;        // when the status last changed (created: the day it was added)
    QString parentId;      // non-empty: an alternative path to that goal
    QString metric;        // effort goals only
    int weeklyTarget = 0;  // effort goals only, 1..kMaxWeeklyTarget
    QDate targetDate;      // optional "by when"
    int position = 0;      // order within its kind
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isOpen() const { return status == goalstatus::kActive || status == goalstatus::kPaused; }
    bool operator==(const Goal &) const = default;
};

} // namespace rebound
