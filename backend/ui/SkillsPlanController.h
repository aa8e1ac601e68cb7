#pragma once
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace rebound {

class VaultSession;

// SKELETON (being written): see issue 4.
class SkillsPlanController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")

public:
    explicit SkillsPlanController(VaultSession &session, QObject *parent = nullptr);

private:
    VaultSession &m_session;
};

} // namespace rebound
