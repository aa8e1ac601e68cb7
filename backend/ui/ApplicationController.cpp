#include "ApplicationController.h"

namespace rebound {

ApplicationController::ApplicationController(VaultSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session) {}

} // namespace rebound
