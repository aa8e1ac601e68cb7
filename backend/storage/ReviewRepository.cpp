#include "ReviewRepository.h"

#include "ChecklistRepository.h"
#include "FeedbackRepository.h"
#include "GoalRepository.h"
#include "JobRecords.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/TextRules.h"

#include <QCoreApplication>

namespace rebound {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Goals)
};

Review mustFind(Store &store, const QString &id) {
    const auto review = records::find<Review>(store, id);
    if (!review)
        throw Error(ErrorCode::NotFound, Tr::tr("That review no longer exists."));
    return *review;
}

void mustBeOpen(const Review &review) {
    if (review.isFinished())
        throw Error(ErrorCode::InvalidInput, Tr::tr("This review is finished: start a new one to answer again."));
}

// Newest first: reviews in progress, then by the day they finished.
const QString kNewestFirst =
    QStringLiteral("ORDER BY finished_on = '' DESC, finished_on DESC, created_at DESC, id DESC");
} // namespace

ReviewRepository::ReviewRepository(Store &store)
    : m_store(store) {}

FollowUp ReviewRepository::cleanFollowUp(const FollowUp &draft) {
    FollowUp f = draft;
    if (!followup::isValid(f.kind))
        throw Error(ErrorCode::InvalidInput, Tr::tr("Unknown kind of follow-up: %1.").arg(f.kind));
    if (f.kind.isEmpty())
        return {};
    if (f.kind == followup::kNewGoal) {
        f.title = text::cleanLine(f.title, Goal::kMaxTitleChars, QT_TRANSLATE_NOOP("TextRules", "The goal"));
        if (f.title.isEmpty())
            throw Error(ErrorCode::InvalidInput, Tr::tr("Say what the new goal is."));
        if (f.target.isEmpty())
            f.target = goalkind::kOther;
        if (f.target == goalkind::kEffort || f.target == goalkind::kNorthStar)
            throw Error(ErrorCode::InvalidInput,
                        Tr::tr("Set the north star and weekly effort goals on the Goals page, where they have "
                           "their own settings."));
        if (!goalkind::isValid(f.target))
            throw Error(ErrorCode::InvalidInput, Tr::tr("Unknown kind of goal: %1.").arg(f.target));
        f.detail = f.detail.trimmed(); // optional: the goal this is an alternative path to
    } else if (f.kind == followup::kGoalStatus) {
        f.title.clear();
        if (f.target.isEmpty())
            throw Error(ErrorCode::InvalidInput, Tr::tr("Choose the goal to change."));
        if (!goalstatus::isValid(f.detail))
            throw Error(ErrorCode::InvalidInput, Tr::tr("Choose the goal's new status."));
    } else { // skill action
        f.title = text::cleanLine(f.title, SkillAction::kMaxTitleChars, QT_TRANSLATE_NOOP("TextRules", "The action"));
        if (f.title.isEmpty())
            throw Error(ErrorCode::InvalidInput, Tr::tr("Say what you will do."));
        f.target = FeedbackRepository::cleanSkillName(f.target);
        if (f.target.isEmpty())
            throw Error(ErrorCode::InvalidInput, Tr::tr("Name the skill the action is for."));
        if (f.detail.isEmpty())
            f.detail = QStringLiteral("practice");
        if (!actionkind::isValid(f.detail))
            throw Error(ErrorCode::InvalidInput, Tr::tr("Unknown kind of action: %1.").arg(f.detail));
    }
    return f;
}

Review ReviewRepository::start(const QString &checklistId, const QDate &on) {
    const QDate day = on.isValid() ? on : localToday(m_store.clock());
    text::checkDate(day, localToday(m_store.clock()));
    WriteTransaction tx(m_store);
    const auto running = records::select<Review>(
        m_store, QStringLiteral("WHERE checklist_id = ?1 AND finished_on = '' ORDER BY created_at LIMIT 1"),
        {checklistId});
    if (!running.isEmpty())
        return running.constFirst();
    ChecklistRepository checklists(m_store);
    const auto checklist = checklists.find(checklistId);
    if (!checklist)
        throw Error(ErrorCode::NotFound, Tr::tr("That checklist no longer exists."));
    const QList<ChecklistItem> items = checklists.items(checklistId);
    if (items.isEmpty())
        throw Error(ErrorCode::InvalidInput, Tr::tr("Add at least one question to the checklist first."));
    Review review;
    review.checklistId = checklistId;
    review.checklistName = checklist->name;
    review.startedOn = day;
    review = records::insert(m_store, tx, review);
    int position = 0;
    for (const ChecklistItem &item : items) {
        ReviewAnswer a;
        a.reviewId = review.id;
        a.itemId = item.id;
        a.itemText = item.text;
        a.itemHint = item.hint;
        a.position = ++position;
        records::insert(m_store, tx, a);
    }
    tx.commit();
    return review;
}

std::optional<Review> ReviewRepository::find(const QString &id) {
    return records::find<Review>(m_store, id);
}

QList<Review> ReviewRepository::list() {
    return records::select<Review>(m_store, kNewestFirst);
}

QList<Review> ReviewRepository::inProgress() {
    return records::select<Review>(m_store, QStringLiteral("WHERE finished_on = '' ") + kNewestFirst);
}

std::optional<Review> ReviewRepository::previous(const Review &review) {
    QList<Review> rows;
    if (review.isFinished()) {
        rows = records::select<Review>(
            m_store,
            QStringLiteral("WHERE checklist_id = ?1 AND finished_on != '' AND id != ?4"
                           " AND (finished_on < ?2 OR (finished_on = ?2 AND (created_at < ?3"
                           " OR (created_at = ?3 AND id < ?4)))) ") +
                kNewestFirst + QStringLiteral(" LIMIT 1"),
            {review.checklistId, review.finishedOn.toString(Qt::ISODate), review.createdAt.toMSecsSinceEpoch(),
             review.id});
    } else {
        rows = records::select<Review>(
            m_store, QStringLiteral("WHERE checklist_id = ?1 AND finished_on != '' ") + kNewestFirst +
                         QStringLiteral(" LIMIT 1"),
            {review.checklistId});
    }
    if (rows.isEmpty())
        return std::nullopt;
    return rows.constFirst();
}

std::optional<Review> ReviewRepository::lastFinished(const QString &checklistId) {
    const QList<Review> rows =
        checklistId.isEmpty()
            ? records::select<Review>(m_store, QStringLiteral("WHERE finished_on != '' ") + kNewestFirst +
                                                   QStringLiteral(" LIMIT 1"))
            : records::select<Review>(m_store,
                                      QStringLiteral("WHERE checklist_id = ?1 AND finished_on != '' ") +
                                          kNewestFirst + QStringLiteral(" LIMIT 1"),
                                      {checklistId});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.constFirst();
}

QList<ReviewAnswer> ReviewRepository::answers(const QString &reviewId) {
    return records::select<ReviewAnswer>(m_store, QStringLiteral("WHERE review_id = ?1 ORDER BY position, id"),
                                         {reviewId});
}

std::optional<ReviewAnswer> ReviewRepository::findAnswer(const QString &id) {
    return records::find<ReviewAnswer>(m_store, id);
}

ReviewAnswer ReviewRepository::answer(const QString &answerId, const QString &answer, const QString &note,
                                      const FollowUp &followUp) {
    if (!reviewanswer::isValid(answer))
        throw Error(ErrorCode::InvalidInput, Tr::tr("Answer yes, no or unsure."));
    const QString cleanNote =
        text::cleanMultiline(note, ReviewAnswer::kMaxNoteChars, QT_TRANSLATE_NOOP("TextRules", "The note"));
    const FollowUp cleanFollow = cleanFollowUp(followUp);
    WriteTransaction tx(m_store);
    const auto current = findAnswer(answerId);
    if (!current)
        throw Error(ErrorCode::NotFound, Tr::tr("That question is no longer part of the review."));
    mustBeOpen(mustFind(m_store, current->reviewId));
    if (cleanFollow.kind == followup::kGoalStatus && !records::find<Goal>(m_store, cleanFollow.target))
        throw Error(ErrorCode::NotFound, Tr::tr("That goal no longer exists."));
    if (cleanFollow.kind == followup::kNewGoal && !cleanFollow.detail.isEmpty() &&
        !records::find<Goal>(m_store, cleanFollow.detail))
        throw Error(ErrorCode::NotFound, Tr::tr("The goal this is an alternative to no longer exists."));
    ReviewAnswer next = *current;
    next.answer = answer;
    next.note = cleanNote;
    next.followUp = cleanFollow;
    next = records::update(m_store, tx, *current, next);
    tx.commit();
    return next;
}

Review ReviewRepository::setSummary(const QString &reviewId, const QString &summary) {
    const QString clean =
        text::cleanMultiline(summary, Review::kMaxSummaryChars, QT_TRANSLATE_NOOP("TextRules", "The summary"));
    WriteTransaction tx(m_store);
    const Review current = mustFind(m_store, reviewId);
    Review next = current;
    next.summary = clean;
    next = records::update(m_store, tx, current, next);
    tx.commit();
    return next;
}

FinishedReview ReviewRepository::finish(const QString &reviewId, const QDate &on) {
    const QDate day = on.isValid() ? on : localToday(m_store.clock());
    text::checkDate(day, localToday(m_store.clock()));
    WriteTransaction tx(m_store);
    const Review current = mustFind(m_store, reviewId);
    mustBeOpen(current);
    if (day < current.startedOn)
        throw Error(ErrorCode::InvalidInput, Tr::tr("A review cannot finish before it started."));
    const QList<ReviewAnswer> all = answers(reviewId);
    const bool anyAnswered = std::any_of(all.begin(), all.end(), [](const ReviewAnswer &a) {
        return !a.answer.isEmpty();
    });
    if (!anyAnswered)
        throw Error(ErrorCode::InvalidInput, Tr::tr("Answer at least one question before finishing."));

    FinishedReview out;
    for (const ReviewAnswer &a : all) {
        if (a.followUp.isEmpty() || !a.followUpId.isEmpty())
            continue;
        QString madeId;
        if (a.followUp.kind == followup::kNewGoal) {
            Goal g;
            g.kind = a.followUp.target;
            g.title = a.followUp.title;
            //: notes of a goal created by a review follow-up: the review's day, then the question
            g.notes = Tr::tr("From the review on %1: %2").arg(day.toString(Qt::ISODate), a.itemText);
            g.parentId = a.followUp.detail;
            g = GoalRepository::insert(m_store, tx, GoalRepository::clean(g, day), day);
            madeId = g.id;
            out.goalIds.append(madeId);
        } else if (a.followUp.kind == followup::kGoalStatus) {
            const auto goal = records::find<Goal>(m_store, a.followUp.target);
            if (!goal)
                throw Error(ErrorCode::NotFound,
                            Tr::tr("A follow-up changes a goal that no longer exists (question %1): change that "
                               "follow-up first.")
                                .arg(a.position));
            GoalRepository::changeStatus(m_store, tx, *goal, a.followUp.detail, day);
            madeId = goal->id;
            out.goalIds.append(madeId);
        } else {
            SkillAction draft;
            draft.kind = a.followUp.detail;
            draft.title = a.followUp.title;
            madeId = FeedbackRepository::addActionForSkill(m_store, tx, a.followUp.target, draft).id;
            out.actionIds.append(madeId);
        }
        ReviewAnswer next = a;
        next.followUpId = madeId;
        records::update(m_store, tx, a, next);
    }

    // A finished review is what the goal-review reminders asked for.
    const QList<Reminder> reminders = records::select<Reminder>(
        m_store, QStringLiteral("WHERE kind = ?1 AND done = 0"), {reminderkind::kGoalReview});
    for (const Reminder &r : reminders) {
        Reminder done = r;
        done.done = true;
        records::update(m_store, tx, r, done);
    }
    out.remindersDone = int(reminders.size());

    Review next = current;
    next.finishedOn = day;
    out.review = records::update(m_store, tx, current, next);
    tx.commit();
    return out;
}

RemovedReview ReviewRepository::remove(const QString &id) {
    WriteTransaction tx(m_store);
    RemovedReview removed{mustFind(m_store, id), answers(id)};
    records::removeAll(tx, removed.answers);
    records::remove(tx, removed.review);
    tx.commit();
    return removed;
}

void ReviewRepository::restore(const RemovedReview &removed) {
    WriteTransaction tx(m_store);
    records::restore(tx, removed.review);
    records::restoreAll(tx, removed.answers);
    tx.commit();
}

} // namespace rebound
