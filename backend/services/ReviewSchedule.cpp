#include "ReviewSchedule.h"

#include "core/JobApplication.h"
#include "storage/Vault.h"

#include <algorithm>

namespace rebound {

ReviewSchedule::ReviewSchedule(Vault &vault, const RejectionSettings &settings)
    : m_vault(vault)
    , m_settings(settings) {}

QDate ReviewSchedule::nextDue(const Checklist &checklist, const QDate &lastReviewed) {
    if (checklist.everyWeeks <= 0)
        return {};
    const QDate base = lastReviewed.isValid() ? lastReviewed : checklist.createdAt.toLocalTime().date();
    return base.addDays(qint64(checklist.everyWeeks) * 7);
}

QList<ReviewDue> ReviewSchedule::scheduled() {
    const QList<Review> running = m_vault.reviews().inProgress();
    QList<ReviewDue> out;
    for (const Checklist &c : m_vault.checklists().list()) {
        if (c.everyWeeks <= 0)
            continue;
        ReviewDue due;
        due.checklist = c;
        if (const auto last = m_vault.reviews().lastFinished(c.id))
            due.lastReviewed = last->finishedOn;
        due.dueOn = nextDue(c, due.lastReviewed);
        for (const Review &r : running)
            if (r.checklistId == c.id)
                due.inProgressId = r.id;
        out.append(due);
    }
    std::stable_sort(out.begin(), out.end(), [](const ReviewDue &a, const ReviewDue &b) { return a.dueOn < b.dueOn; });
    return out;
}

std::optional<ReviewDue> ReviewSchedule::soonest() {
    const QList<ReviewDue> all = scheduled();
    if (all.isEmpty())
        return std::nullopt;
    return all.constFirst();
}

ReviewNudge ReviewSchedule::nudge(const QDate &today) {
    ReviewNudge n;
    n.windowDays = m_settings.reviewWindowDays;
    if (m_settings.reviewCount <= 0 || m_settings.reviewWindowDays <= 0)
        return n;
    QDate since = today.addDays(1 - m_settings.reviewWindowDays);
    // Rejections a finished review already looked at do not count again.
    if (const auto last = m_vault.reviews().lastFinished(); last && last->finishedOn >= since)
        since = last->finishedOn.addDays(1);
    n.rejections = since > today ? 0 : m_vault.applications().countEntered(stage::kRejected, since, today);
    n.suggested = n.rejections >= m_settings.reviewCount;
    return n;
}

} // namespace rebound
