#include "ReviewSummary.h"

#include "core/JobApplication.h"
#include "storage/Vault.h"

#include <QHash>

namespace rebound {

namespace {

struct MoodSum {
    double sum = 0;
    int days = 0;
    double average() const { return days > 0 ? sum / days : 0; }
};

MoodSum moodOver(Vault &vault, const QDate &from, const QDate &to) {
    MoodSum m;
    for (const DayMood &d : vault.checkIns().dayMoods(from, to)) {
        if (d.average <= 0)
            continue;
        m.sum += d.average;
        ++m.days;
    }
    return m;
}

QList<AnswerChange> changesBetween(const QList<ReviewAnswer> &before, const QList<ReviewAnswer> &after) {
    // Matched by the checklist item; an item id lost in an old copy falls back to the question text.
    QHash<QString, QString> byItem, byText;
    for (const ReviewAnswer &a : before) {
        if (!a.itemId.isEmpty())
            byItem.insert(a.itemId, a.answer);
        byText.insert(a.itemText, a.answer);
    }
    QList<AnswerChange> out;
    for (const ReviewAnswer &a : after) {
        if (a.answer.isEmpty())
            continue; // not answered yet: nothing to compare
        std::optional<QString> was;
        if (byItem.contains(a.itemId))
            was = byItem.value(a.itemId);
        else if (byText.contains(a.itemText))
            was = byText.value(a.itemText);
        if (was && *was != a.answer)
            out.append({a.itemId, a.itemText, *was, a.answer});
    }
    return out;
}

} // namespace

ReviewSummaryData ReviewSummary::compute(Vault &vault, const Review &review, const QDate &today,
                                         Qt::DayOfWeek firstDayOfWeek) {
    ReviewSummaryData s;
    s.review = review;
    s.previous = vault.reviews().previous(review);
    s.to = review.isFinished() ? review.finishedOn : today;
    s.from = s.previous ? s.previous->finishedOn.addDays(1) : s.to.addDays(1 - kDefaultPeriodDays);
    if (s.from > s.to)
        s.from = s.to; // the previous review finished the same day

    const QList<ReviewAnswer> answers = vault.reviews().answers(review.id);
    s.total = int(answers.size());
    for (const ReviewAnswer &a : answers)
        s.answered += a.answer.isEmpty() ? 0 : 1;
    if (s.previous)
        s.changes = changesBetween(vault.reviews().answers(s.previous->id), answers);

    // Effort goals of that period: added by its end, still open at its start.
    GoalProgress progress(vault, firstDayOfWeek);
    for (const Goal &goal : vault.goals().list()) {
        if (goal.kind != goalkind::kEffort || goal.createdAt.toLocalTime().date() > s.to)
            continue;
        if (goal.status == goalstatus::kPaused || (!goal.isOpen() && goal.statusOn < s.from))
            continue;
        s.effort.append(progress.progress(goal, s.from, s.to));
    }

    const qint64 length = s.from.daysTo(s.to) + 1;
    const MoodSum now = moodOver(vault, s.from, s.to);
    const MoodSum before = moodOver(vault, s.from.addDays(-length), s.from.addDays(-1));
    s.mood.average = now.average();
    s.mood.days = now.days;
    s.mood.previousAverage = before.average();
    s.mood.previousDays = before.days;

    auto &apps = vault.applications();
    s.pipeline.applied = apps.countEntered(stage::kApplied, s.from, s.to);
    s.pipeline.interviews = vault.interviews().countBetween(s.from, s.to);
    s.pipeline.offers = apps.countEntered(stage::kOffer, s.from, s.to);
    s.pipeline.rejections = apps.countEntered(stage::kRejected, s.from, s.to);
    for (const JobApplication &a : apps.list())
        s.pipeline.open += (a.stage != stage::kSaved && !stage::isClosed(a.stage)) ? 1 : 0;

    for (const Goal &g : vault.goals().changedSince(s.from))
        if (g.statusOn <= s.to)
            s.goalsChanged.append(g);

    const QList<Feedback> feedback = vault.feedback().all();
    for (const Feedback &f : feedback)
        if (f.receivedOn >= s.from && f.receivedOn <= s.to && s.recentFeedback.size() < kMaxFeedback)
            s.recentFeedback.append(f);
    const SkillsPlan plan =
        SkillsPlanner::build(feedback, vault.feedback().skills(), vault.feedback().actions(), s.to);
    for (const RankedSkill &r : plan.weaknesses)
        if (r.mentions > 0 && s.topGaps.size() < kMaxGaps) // gaps that feedback named
            s.topGaps.append(r);
    return s;
}

} // namespace rebound
