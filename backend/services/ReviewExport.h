#pragma once
#include "services/ReviewSummary.h"

namespace rebound {

// A finished (or in-progress) review as Markdown to share with a coach or mentor.
// User text is escaped so it cannot break the document's structure.
class ReviewExport {
public:
    static QString markdown(const ReviewSummaryData &summary, const QList<ReviewAnswer> &answers,
                            const std::optional<Goal> &northStar, const QList<Goal> &goals);
};

} // namespace rebound
