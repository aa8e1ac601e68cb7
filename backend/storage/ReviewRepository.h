#pragma once
#include "core/Goal.h"
#include "core/Review.h"

#include <QList>
#include <optional>

namespace rebound {

class Store;

struct RemovedReview {
    Review review;
    QList<ReviewAnswer> answers;
};

// What finishing a review changed, for the UI's message and Undo-free history.
struct FinishedReview {
    Review review;
    QStringList goalIds;   // goals created or changed by follow-ups
    QStringList actionIds; // skill actions created by follow-ups
    int remindersDone = 0; // pending goal-review reminders completed
};

// All SQL for reviews and their answers.
class ReviewRepository {
public:
    explicit ReviewRepository(Store &store);

    // Starts a review of the checklist, copying its questions; if one is already
    // in progress for it, returns that one instead (resume, never two at once).
    Review start(const QString &checklistId, const QDate &on = {});
    std::optional<Review> find(const QString &id);
    QList<Review> list(); // newest first: in progress, then by finished day
    QList<Review> inProgress();
    // The last finished review of the same checklist before this one.
    std::optional<Review> previous(const Review &review);
    std::optional<Review> lastFinished(const QString &checklistId = {}); // any checklist when empty

    QList<ReviewAnswer> answers(const QString &reviewId); // by position
    std::optional<ReviewAnswer> findAnswer(const QString &id);
    // Sets the answer, note and follow-up (validated; finished reviews are read-only).
    ReviewAnswer answer(const QString &answerId, const QString &answer, const QString &note,
                        const FollowUp &followUp);
    Review setSummary(const QString &reviewId, const QString &summary);

    // In one transaction: applies every follow-up (a new goal, a goal's new
    // status, or a skill action on a skill created by name if new), completes
    // pending goal-review reminders and marks the review finished.
    FinishedReview finish(const QString &reviewId, const QDate &on = {});

    RemovedReview remove(const QString &id);
    void restore(const RemovedReview &removed);

    static FollowUp cleanFollowUp(const FollowUp &draft);

private:
    Store &m_store;
};

} // namespace rebound
