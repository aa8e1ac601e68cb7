#pragma once
#include "core/Feedback.h"

#include <QList>

namespace rebound {

struct RankedSkill {
    Skill skill;
    int mentions = 0; // feedback items naming it on this side
    QDate lastSeen;   // newest of those
    double score = 0; // sum of each mention's recency weight
    QList<SkillAction> actions; // weaknesses only: what the user plans, open first then by due day
};

struct SkillsPlan {
    QList<RankedSkill> strengths;
    QList<RankedSkill> weaknesses;
};

// The skills plan: strengths and weaknesses across all feedback, ranked by how
// often and how recently they appear. Each mention weighs 2^(-age / half-life)
// (a mention today weighs 1, one half-life ago 0.5), so three mentions a year
// ago rank below two last month. Ties: more mentions, then more recent, then name.
// Weaknesses end with skills that have actions but were never named as one
// (mentions 0), so work planned elsewhere (a review follow-up) stays visible.
class SkillsPlanner {
public:
    static constexpr int kHalfLifeDays = 90;

    static double weight(const QDate &mentioned, const QDate &today);
    static SkillsPlan build(const QList<Feedback> &feedback, const QList<Skill> &skills,
                            const QList<SkillAction> &actions, const QDate &today);
};

} // namespace rebound
