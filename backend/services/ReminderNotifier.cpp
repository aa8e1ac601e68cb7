#include "ReminderNotifier.h"

#include "Notifier.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <algorithm>

namespace rebound {

namespace {
// Re-check at least this often, so a suspend and resume or a clock change cannot
// leave a reminder waiting until the next far-away fire time.
constexpr qint64 kMaxWaitMs = 60LL * 60 * 1000;
constexpr qint64 kMinWaitMs = 1000; // a fire time in the past (or now) runs soon, not in a busy loop
constexpr int kTitlesInSummary = 3;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ReminderNotifier)
};
} // namespace

ReminderNotifier::ReminderNotifier(ReminderEngine &engine, Notifier &notifier, bool details, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_notifier(notifier)
    , m_details(details) {
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] { start(); });
}

NotifyResult ReminderNotifier::notifyDue() {
    NotifyResult result;
    QList<DueReminder> pending;
    for (const DueReminder &r : m_engine.due())
        if (!r.notified)
            pending.append(r);
    if (pending.isEmpty())
        return result;

    QList<Notification> toShow;
    QList<QStringList> covers; // keys each notification stands for
    const int count = int(pending.size());
    if (!m_details) {
        // Private: a count, never who or what (a lock screen is readable by anyone near).
        Notification n;
        n.key = QStringLiteral("summary:") + pending.constFirst().key;
        n.title = count == 1 ? Tr::tr("Rebound: 1 reminder is due") : Tr::tr("Rebound: %1 reminders are due").arg(count);
        n.body = Tr::tr("Open Rebound to see them.");
        toShow.append(n);
        QStringList keys;
        for (const DueReminder &r : pending)
            keys << r.key;
        covers.append(keys);
    } else if (count > kMaxSingle) {
        Notification n;
        n.key = QStringLiteral("summary:") + pending.constFirst().key;
        n.title = QCoreApplication::translate("ReminderNotifier", "%n reminders are due", nullptr, count);
        QStringList lines, keys;
        for (const DueReminder &r : pending) {
            keys << r.key;
            if (lines.size() < kTitlesInSummary)
                lines << r.title;
        }
        if (count > kTitlesInSummary)
            lines << Tr::tr("and %1 more").arg(count - kTitlesInSummary);
        n.body = lines.join(u'\n');
        toShow.append(n);
        covers.append(keys);
    } else {
        for (const DueReminder &r : pending) {
            toShow.append(Notification{r.key, r.title, r.detail});
            covers.append(QStringList{r.key});
        }
    }

    QStringList shownKeys;
    for (qsizetype i = 0; i < toShow.size(); ++i) {
        QString error;
        if (!m_notifier.show(toShow[i], &error)) {
            if (shownKeys.isEmpty()) { // nothing reached the user: nothing is marked
                result.error = error;
                return result;
            }
            // Some were shown: keep those marked, the rest comes again next time.
            result.error = error;
            break;
        }
        shownKeys += covers[i];
        ++result.shown;
    }
    m_engine.markNotified(shownKeys);
    result.reminders = int(shownKeys.size());
    if (result.reminders > 0)
        emit notified(result.reminders);
    return result;
}

void ReminderNotifier::start() {
    // A busy or full database must not end the app from a timer: log, try again later.
    try {
        notifyDue();
    } catch (const Error &e) {
        qCWarning(lcReminders) << "notify failed:" << e.message();
    }
    reschedule();
}

void ReminderNotifier::stop() {
    m_timer.stop();
}

void ReminderNotifier::reschedule() {
    // The engine's clock is the truth ("now"); the timer only wakes us up.
    const QDateTime now = QDateTime::currentDateTime();
    qint64 waitMs = kMaxWaitMs;
    try {
        if (const auto next = m_engine.nextFireAfter(now))
            waitMs = std::clamp(now.msecsTo(*next), kMinWaitMs, kMaxWaitMs);
    } catch (const Error &e) {
        qCWarning(lcReminders) << "next fire time unknown:" << e.message();
    }
    m_timer.start(std::chrono::milliseconds(waitMs));
}

} // namespace rebound
