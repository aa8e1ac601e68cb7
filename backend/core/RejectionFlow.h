#pragma once
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace rebound {

// The guided steps after a rejection (from the advice in shared/seeds): each is
// pending, done or skipped, and the flow resumes at the first pending one.
namespace rejectionstep {
inline const QString kFeelings = QStringLiteral("feelings");
inline const QString kFeedback = QStringLiteral("feedback");
inline const QString kCase = QStringLiteral("case");
inline const QString kBridges = QStringLiteral("bridges");
inline const QString kWentWell = QStringLiteral("went_well");
const QStringList &all(); // in order
} // namespace rejectionstep

namespace stepstate {
inline const QString kPending = QString();
inline const QString kDone = QStringLiteral("done");
inline const QString kSkipped = QStringLiteral("skipped");
} // namespace stepstate

struct RejectionFlow {
    static constexpr int kMaxMessageChars = 10000;

    QString id;
    QString applicationId;
    QDate rejectedOn;
    QStringList states; // one per rejectionstep::all(), "" / "done" / "skipped"
    QString journalEntryId;
    QString feedbackMessage;
    QString caseNote;
    QString thankYouMessage;
    QString winId;
    bool closed = false; // the user finished or dismissed it
    QDateTime createdAt;
    QDateTime updatedAt;

    QString stateOf(const QString &step) const {
        const qsizetype i = rejectionstep::all().indexOf(step);
        return i >= 0 && i < states.size() ? states[i] : QString();
    }
    // The first pending step, "" when every step is done or skipped.
    QString currentStep() const {
        for (const QString &step : rejectionstep::all())
            if (stateOf(step).isEmpty())
                return step;
        return {};
    }

    bool operator==(const RejectionFlow &) const = default;
};

} // namespace rebound
