#pragma once
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace rebound {

class VaultSession;
class AppSettings;

// SKELETON (being written): see issue 4.
class RejectionFlowController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")

public:
    explicit RejectionFlowController(VaultSession &session, AppSettings &settings, QObject *parent = nullptr);

private:
    VaultSession &m_session;
};

} // namespace rebound
