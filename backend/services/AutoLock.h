#pragma once
#include <QObject>
#include <QTimer>

namespace rebound {

class VaultSession;

// Locks the vault after a period without user input, and when the app leaves
// the foreground (always on phones; on desktops only when hidden or suspended).
class AutoLock : public QObject {
    Q_OBJECT
public:
    AutoLock(VaultSession &session, bool lockWhenInactive, QObject *parent = nullptr);

    void setTimeout(int milliseconds); // 0 = never
    int timeout() const { return m_timeoutMs; }
    // Watches this object's (usually the application's) input events.
    void watch(QObject *target);
    void userActivity();
    void applicationStateChanged(Qt::ApplicationState state);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restart();

    VaultSession &m_session;
    bool m_lockWhenInactive;
    int m_timeoutMs = 0;
    QTimer m_timer;
};

} // namespace rebound
