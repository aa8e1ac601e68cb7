#include "SkillsPlanController.h"

namespace rebound {

SkillsPlanController::SkillsPlanController(VaultSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session) {}

} // namespace rebound
