#include "AutoLock.h"

#include "VaultSession.h"

#include <QEvent>
#include <algorithm>

namespace rebound {

AutoLock::AutoLock(VaultSession &session, const Clock &clock, bool lockWhenInactive, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_clock(clock)
    , m_lockWhenInactive(lockWhenInactive) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AutoLock::check);
    connect(&m_session, &VaultSession::stateChanged, this, [this] {
        m_lastActivityMs = m_clock.nowMs();
        restart();
    });
}

void AutoLock::setTimeout(int milliseconds) {
    m_timeoutMs = qMax(0, milliseconds);
    m_lastActivityMs = m_clock.nowMs();
    restart();
}

bool AutoLock::idleTooLong() const {
    return m_timeoutMs > 0 && m_clock.nowMs() - m_lastActivityMs >= m_timeoutMs;
}

void AutoLock::restart() {
    if (m_timeoutMs > 0 && m_session.state() == VaultSession::State::Unlocked) {
        const qint64 remaining = m_timeoutMs - (m_clock.nowMs() - m_lastActivityMs);
        m_timer.start(int(std::clamp<qint64>(remaining, 1, m_timeoutMs)));
    } else {
        m_timer.stop();
    }
}

void AutoLock::check() {
    if (m_session.state() != VaultSession::State::Unlocked)
        return;
    if (idleTooLong())
        m_session.lock();
    else
        restart(); // the timer ran early relative to the wall clock (clock changes)
}

bool AutoLock::userActivity() {
    if (m_session.state() != VaultSession::State::Unlocked)
        return true;
    if (idleTooLong()) {
        m_session.lock();
        return false;
    }
    m_lastActivityMs = m_clock.nowMs();
    restart();
    return true;
}

void AutoLock::watch(QObject *target) {
    target->installEventFilter(this);
}

bool AutoLock::eventFilter(QObject *watched, QEvent *event) {
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
        if (m_session.state() == VaultSession::State::Unlocked && idleTooLong()) {
            // Lock after this event is dropped: the UI it targets is about to go.
            QMetaObject::invokeMethod(
                this, [this] { m_session.lock(); }, Qt::QueuedConnection);
            return true;
        }
        userActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void AutoLock::applicationStateChanged(Qt::ApplicationState state) {
    if (state == Qt::ApplicationSuspended || state == Qt::ApplicationHidden ||
        (state == Qt::ApplicationInactive && m_lockWhenInactive))
        m_session.lock();
    else if (state == Qt::ApplicationActive)
        check(); // back from sleep or another app: lock if the idle time ran out
}

} // namespace rebound
