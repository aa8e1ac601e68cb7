#pragma once
#include "core/Reminder.h"
#include "services/AppSettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QTime>
#include <optional>

namespace rebound {

class Vault;
class Clock;

// When reminders fire, from AppSettings (the app and the CLI read the same values).
struct ReminderTimes {
    QTime dayTime = QTime(9, 0); // every dated reminder fires at this local time of its day
    QTime checkIn;               // daily check-in nudge; invalid = off
    bool operator==(const ReminderTimes &) const = default;
};

// The times the user chose (the app, the CLI and every controller read them here).
ReminderTimes reminderTimes(const AppSettings &settings);

// One occurrence of a reminder, computed from the data.
struct DueReminder {
    // Stable per occurrence: "<kind>:<subject or row id>:<due day>", e.g.
    // "keep_in_touch:1f0c...:2026-11-24". A new due day is a new occurrence.
    QString key;
    QString kind; // reminderkind::all()
    QDate dueOn;
    // dueOn at the reminder time in the clock's zone (a time skipped by a DST change
    // moves forward by the gap), or the snooze time when snoozed.
    QDateTime fireAt;
    QString title;   // translated, e.g. "Keep in touch with Maya Chen"
    QString detail;  // a second line, may be empty
    // What it is about, for the UI to open: "contact", "application", "interview",
    // "person", "checklist", "skill_action", "check_in".
    QString subjectKind;
    QString subjectId;
    QString reminderId; // stored reminders (reminders table): its row id; computed ones: ""
    bool seen = false;
    bool notified = false;
    bool snoozed = false;
    bool operator==(const DueReminder &) const = default;
};

// The one service behind every reminder kind. Nothing is stored as "due": each
// call computes occurrences from contacts and interactions, stored reminders
// (interview prep, feedback follow-up, post-rejection keep in touch, re-apply,
// goal review), review schedules, skills action due days and the check-in
// nudge, then applies this device's marks (seen, notified, dismissed, snoozed).
class ReminderEngine {
    Q_DECLARE_TR_FUNCTIONS(ReminderEngine)
public:
    ReminderEngine(Vault &vault, const Clock &clock, const ReminderTimes &times,
                   const RejectionSettings &rejection);

    // Not done or dismissed, fireAt up to `until`, sorted by fireAt, kind, title, then key.
    QList<DueReminder> upcoming(const QDateTime &until);
    QList<DueReminder> due();   // fireAt <= now
    QList<DueReminder> inbox(); // same as due(); unseen ones are what the badge counts
    int unseenCount();
    std::optional<QDateTime> nextFireAfter(const QDateTime &after, int horizonDays = 400);

    void markSeen(const QStringList &keys);
    void markNotified(const QStringList &keys);
    // Stored reminders are marked done (synced); computed occurrences are dismissed here,
    // except keep in touch, which skips one round (back a cadence from today).
    void dismiss(const DueReminder &reminder);
    void undismiss(const DueReminder &reminder);
    void snooze(const DueReminder &reminder, const QDateTime &until);

    // dueOn at `time` in `zone`; a time inside a DST gap moves forward by the gap.
    static QDateTime fireTime(const QDate &day, const QTime &time, const QTimeZone &zone);

private:
    QList<DueReminder> occurrences(const QDate &until);

    Vault &m_vault;
    const Clock &m_clock;
    ReminderTimes m_times;
    RejectionSettings m_rejection;
};

} // namespace rebound
