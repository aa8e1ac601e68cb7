#pragma once
#include "services/ReminderEngine.h"

#include <QCoreApplication>
#include <QObject>
#include <QTimer>

namespace rebound {

class Notifier;

struct NotifyResult {
    int shown = 0;      // notifications shown
    int reminders = 0;  // reminders they covered (a summary covers several)
    QString error;      // non-empty: the notifier failed; what it did not show was not marked notified
                        // (when the first notification fails, nothing is)
};

// Turns due, not yet notified occurrences into OS notifications and marks them
// notified on this device. Used by the app (timer to the next fire time) and by
// `rebound-cli reminders --notify` (systemd user timer while the app is closed).
class ReminderNotifier : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxSingle = 3; // more than this at once: one summary instead

    // `details` false: notifications say only how many reminders are due (no names).
    ReminderNotifier(ReminderEngine &engine, Notifier &notifier, bool details, QObject *parent = nullptr);

    NotifyResult notifyDue();
    // In the app: notify now, then again at each next fire time (re-armed by reschedule()).
    void start();
    void stop();
    void reschedule(); // after data changed (a logged call moves a due day)

signals:
    void notified(int reminders);

private:
    ReminderEngine &m_engine;
    Notifier &m_notifier;
    bool m_details;
    QTimer m_timer;
};

} // namespace rebound
