#pragma once
#include "core/Clock.h"

#include <QObject>
#include <QTimer>

namespace rebound {

class VaultSession;

// Locks the vault after a period without user input, and when the app leaves
// the foreground (always on phones; on desktops only when hidden or suspended).
// Idle time is measured on the wall clock: QTimer's monotonic clock stands still
// while the computer sleeps, and a laptop woken next morning must lock at once.
class AutoLock : public QObject {
    Q_OBJECT
public:
    AutoLock(VaultSession &session, const Clock &clock, bool lockWhenInactive, QObject *parent = nullptr);

    void setTimeout(int milliseconds); // 0 = never
    int timeout() const { return m_timeoutMs; }
    // Watches this object's (usually the application's) input events.
    void watch(QObject *target);
    // Returns false (and locks) when the idle time had already run out.
    bool userActivity();
    void applicationStateChanged(Qt::ApplicationState state);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool idleTooLong() const;
    void restart();
    void check();

    VaultSession &m_session;
    const Clock &m_clock;
    bool m_lockWhenInactive;
    int m_timeoutMs = 0;
    qint64 m_lastActivityMs = 0;
    QTimer m_timer;
};

} // namespace rebound
