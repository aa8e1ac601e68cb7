#include "AutoLock.h"

#include "VaultSession.h"

#include <QEvent>

namespace rebound {

AutoLock::AutoLock(VaultSession &session, bool lockWhenInactive, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_lockWhenInactive(lockWhenInactive)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { m_session.lock(); });
    connect(&m_session, &VaultSession::stateChanged, this, &AutoLock::restart);
}

void AutoLock::setTimeout(int milliseconds)
{
    m_timeoutMs = qMax(0, milliseconds);
    restart();
}

void AutoLock::restart()
{
    if (m_timeoutMs > 0 && m_session.state() == VaultSession::State::Unlocked)
        m_timer.start(m_timeoutMs);
    else
        m_timer.stop();
}

void AutoLock::userActivity()
{
    if (m_timer.isActive())
        m_timer.start(m_timeoutMs);
}

void AutoLock::watch(QObject *target) { target->installEventFilter(this); }

bool AutoLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
        userActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void AutoLock::applicationStateChanged(Qt::ApplicationState state)
{
    if (state == Qt::ApplicationSuspended || state == Qt::ApplicationHidden
        || (state == Qt::ApplicationInactive && m_lockWhenInactive))
        m_session.lock();
}

} // namespace rebound
