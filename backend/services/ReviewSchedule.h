#pragma once
#include "core/Review.h"
#include "services/AppSettings.h"

#include <QList>
#include <optional>

namespace rebound {

class Vault;

// When a checklist is next due.
struct ReviewDue {
    Checklist checklist;
    QDate lastReviewed; // invalid: never
    QDate dueOn;        // last review (or the checklist's creation) + everyWeeks
    QString inProgressId; // a review of it already started
    bool isDue(const QDate &today) const { return dueOn.isValid() && dueOn <= today; }
};

// Several rejections close together since the last review suggest one now.
struct ReviewNudge {
    bool suggested = false;
    int rejections = 0; // since the last finished review, within the window
    int windowDays = 0;
};

// Computed from the data every time (never stored flags that drift).
class ReviewSchedule {
public:
    ReviewSchedule(Vault &vault, const RejectionSettings &settings);

    static QDate nextDue(const Checklist &checklist, const QDate &lastReviewed);
    // Scheduled checklists (everyWeeks > 0), soonest first.
    QList<ReviewDue> scheduled();
    std::optional<ReviewDue> soonest();
    ReviewNudge nudge(const QDate &today);

private:
    Vault &m_vault;
    RejectionSettings m_settings;
};

} // namespace rebound
