#pragma once
#include "core/RejectionFlow.h"
#include "core/Reminder.h"

#include <QList>
#include <optional>

namespace rebound {

class Store;

// One change to a rejection flow, written with the reminders it creates in one
// transaction. Unset optionals leave the field as it is.
struct FlowChange {
    QString step;  // "" = no step changes state
    QString state; // stepstate::kDone / kSkipped / kPending (reopen)
    std::optional<QString> journalEntryId;
    std::optional<QString> feedbackMessage;
    std::optional<QString> caseNote;
    std::optional<QString> thankYouMessage;
    std::optional<QString> winText; // saved as a small win (today) and linked as winId
    std::optional<bool> closed;
    QList<Reminder> reminders; // each replaces a pending one of the same kind and subject
};

// All SQL for rejection flows (one per application).
class RejectionFlowRepository {
public:
    explicit RejectionFlowRepository(Store &store);

    // The application's flow, created on first call and reopened if it was closed;
    // a later rejection (re-applied, rejected again) starts its steps afresh.
    RejectionFlow start(const QString &applicationId, const QDate &rejectedOn);
    RejectionFlow apply(const QString &flowId, const FlowChange &change);
    std::optional<RejectionFlow> find(const QString &id);
    std::optional<RejectionFlow> forApplication(const QString &applicationId);
    QList<RejectionFlow> open(); // not closed, newest rejection first

private:
    Store &m_store;
};

} // namespace rebound
