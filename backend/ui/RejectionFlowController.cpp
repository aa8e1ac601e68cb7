#include "RejectionFlowController.h"

namespace rebound {

RejectionFlowController::RejectionFlowController(VaultSession &session, AppSettings &, QObject *parent)
    : QObject(parent)
    , m_session(session) {}

} // namespace rebound
