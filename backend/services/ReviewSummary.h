#pragma once
#include "core/Feedback.h"
#include "core/Goal.h"
#include "core/Review.h"
#include "services/GoalProgress.h"
#include "services/SkillsPlan.h"

#include <optional>

namespace rebound {

class Vault;

struct AnswerChange {
    QString itemId; // of the checklist item (may be "" in very old copies)
    QString question;
    QString before; // reviewanswer key ("" = not answered)
    QString after;
};

struct MoodFigures {
    double average = 0; // mean of the days with a mood in the period; 0 = none
    int days = 0;
    double previousAverage = 0; // the same length of time just before
    int previousDays = 0;
    bool hasTrend() const { return days > 0 && previousDays > 0; }
    double change() const { return hasTrend() ? average - previousAverage : 0; }
};

struct PipelineFigures {
    int applied = 0;    // "applied" stage events in the period
    int interviews = 0; // interviews held in the period
    int offers = 0;
    int rejections = 0;
    int open = 0;       // applications in an open stage now
};

// What changed since the last review, and the context to review against.
struct ReviewSummaryData {
    Review review;
    std::optional<Review> previous;
    QDate from; // the day after the previous review (or kDefaultPeriodDays back)
    QDate to;   // the day it finished (or today while in progress)
    QList<AnswerChange> changes; // answers that differ from the previous review's
    int answered = 0;
    int total = 0;
    QList<EffortProgress> effort;
    MoodFigures mood;
    PipelineFigures pipeline;
    QList<Goal> goalsChanged;      // status changed in the period
    QList<Feedback> recentFeedback; // received in the period, newest first, at most 5
    QList<RankedSkill> topGaps;     // the skills plan's top weaknesses, at most 3
};

class ReviewSummary {
public:
    static constexpr int kDefaultPeriodDays = 28;
    static constexpr int kMaxFeedback = 5;
    static constexpr int kMaxGaps = 3;

    static ReviewSummaryData compute(Vault &vault, const Review &review, const QDate &today,
                                     Qt::DayOfWeek firstDayOfWeek = Qt::Monday);
};

} // namespace rebound
