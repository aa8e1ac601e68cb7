#include "ReminderEngine.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "services/ReviewSchedule.h"
#include "storage/Vault.h"

#include <QLocale>
#include <algorithm>

namespace rebound {

namespace {

constexpr int kMaxStored = 100000; // pending stored reminders read at once

QString dayText(const QDate &day) {
    return QLocale().toString(day, QLocale::ShortFormat);
}

QString keyOf(const QString &kind, const QString &id, const QDate &day) {
    return kind + QLatin1Char(':') + id + QLatin1Char(':') + day.toString(Qt::ISODate);
}

} // namespace

ReminderTimes reminderTimes(const AppSettings &settings) {
    return ReminderTimes{settings.reminderTime(), settings.checkInNudge()};
}

ReminderEngine::ReminderEngine(Vault &vault, const Clock &clock, const ReminderTimes &times,
                               const RejectionSettings &rejection)
    : m_vault(vault)
    , m_clock(clock)
    , m_times(times)
    , m_rejection(rejection) {}

QDateTime ReminderEngine::fireTime(const QDate &day, const QTime &time, const QTimeZone &zone) {
    const QDateTime at(day, time, zone);
    if (at.isValid() && at.date() == day && at.time() == time)
        return at;
    // The time falls in a DST gap: keep the offset in force before the change, so
    // 02:30 on a spring-forward night fires at 03:30, as calendars do.
    const QDateTime asUtc(day, time, Qt::UTC);
    const int offsetBefore = zone.offsetFromUtc(asUtc.addDays(-1));
    return asUtc.addSecs(-offsetBefore).toTimeZone(zone);
}

QList<DueReminder> ReminderEngine::occurrences(const QDate &until) {
    const QDate today = localToday(m_clock);
    const QTimeZone zone = m_clock.timeZone();
    QList<DueReminder> out;
    const auto add = [&](DueReminder r) {
        r.fireAt = fireTime(r.dueOn, m_times.dayTime, zone);
        out.append(r);
    };

    // Keep in touch: each contact's cadence from the last logged interaction.
    for (const ContactStatus &s : m_vault.contacts().statuses(today)) {
        if (!s.dueOn.isValid() || s.dueOn > until)
            continue;
        DueReminder r;
        r.kind = reminderkind::kKeepInTouch;
        r.dueOn = s.dueOn;
        r.key = keyOf(r.kind, s.contact.id, s.dueOn);
        r.title = tr("Keep in touch with %1").arg(s.contact.name);
        r.detail = s.lastContacted.isValid()
                       ? tr("Last in touch on %1 · every %n days", nullptr, s.cadenceDays).arg(dayText(s.lastContacted))
                       : tr("No contact logged since you added them · every %n days", nullptr, s.cadenceDays);
        r.subjectKind = QStringLiteral("contact");
        r.subjectId = s.contact.id;
        add(r);
    }

    // Stored reminders planned by the flows (interview prep, follow-ups, re-apply ...).
    for (const Reminder &stored : m_vault.reminders().pending(kMaxStored)) {
        if (!stored.dueOn.isValid() || stored.dueOn > until)
            continue;
        DueReminder r;
        r.kind = stored.kind;
        r.dueOn = stored.dueOn;
        r.key = keyOf(r.kind, stored.id, stored.dueOn);
        r.title = stored.title;
        r.detail = stored.note;
        r.subjectKind = stored.subjectKind;
        r.subjectId = stored.subjectId;
        r.reminderId = stored.id;
        add(r);
    }

    // Scheduled goal reviews.
    for (const ReviewDue &due : ReviewSchedule(m_vault, m_rejection).scheduled()) {
        if (!due.dueOn.isValid() || due.dueOn > until)
            continue;
        DueReminder r;
        r.kind = reminderkind::kGoalReview;
        r.dueOn = due.dueOn;
        r.key = keyOf(r.kind, due.checklist.id, due.dueOn);
        r.title = tr("Time to review: %1").arg(due.checklist.name);
        r.detail = due.lastReviewed.isValid() ? tr("Last reviewed on %1").arg(dayText(due.lastReviewed))
                                              : tr("Not reviewed yet");
        r.subjectKind = QStringLiteral("checklist");
        r.subjectId = due.checklist.id;
        add(r);
    }

    // Skills actions with a due day that are not done.
    for (const SkillAction &a : m_vault.feedback().actions()) {
        if (!a.dueOn.isValid() || a.dueOn > until || a.status == QLatin1String("done"))
            continue;
        DueReminder r;
        r.kind = reminderkind::kSkillsAction;
        r.dueOn = a.dueOn;
        r.key = keyOf(r.kind, a.id, a.dueOn);
        r.title = tr("Skills plan: %1").arg(a.title);
        r.subjectKind = QStringLiteral("skill_action");
        r.subjectId = a.id;
        add(r);
    }

    // The daily check-in nudge: today unless already checked in, and tomorrow.
    if (m_times.checkIn.isValid()) {
        const bool checkedInToday = !m_vault.checkIns().between(today, today, 1).isEmpty();
        for (QDate day = checkedInToday ? today.addDays(1) : today; day <= until && day <= today.addDays(1);
             day = day.addDays(1)) {
            DueReminder r;
            r.kind = reminderkind::kCheckIn;
            r.dueOn = day;
            r.key = keyOf(r.kind, QStringLiteral("daily"), day);
            r.title = tr("How are you today?");
            r.detail = tr("A one-minute check-in: mood, effort and a small win.");
            r.subjectKind = QStringLiteral("check_in");
            r.fireAt = fireTime(day, m_times.checkIn, zone);
            out.append(r);
        }
    }

    // This device's marks: dismissed occurrences go, snoozed ones move.
    QStringList keys;
    keys.reserve(out.size());
    for (const DueReminder &r : out)
        keys.append(r.key);
    const QHash<QString, ReminderMark> marks = m_vault.reminderMarks().marks(keys);
    const QDateTime now = localNow(m_clock);
    QList<DueReminder> kept;
    kept.reserve(out.size());
    for (DueReminder r : out) {
        const auto it = marks.constFind(r.key);
        if (it != marks.constEnd()) {
            if (it->dismissedAt.isValid())
                continue;
            if (it->snoozedUntil.isValid() && it->snoozedUntil > r.fireAt) {
                r.fireAt = it->snoozedUntil.toTimeZone(zone);
                r.snoozed = r.fireAt > now;
            }
            r.seen = it->seenAt.isValid();
            r.notified = it->notifiedAt.isValid();
        }
        kept.append(r);
    }
    // Ties in time and kind go by title, then key: ids are random, titles are what people read.
    std::sort(kept.begin(), kept.end(), [](const DueReminder &a, const DueReminder &b) {
        if (a.fireAt != b.fireAt)
            return a.fireAt < b.fireAt;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        if (a.title != b.title)
            return a.title < b.title;
        return a.key < b.key;
    });
    return kept;
}

QList<DueReminder> ReminderEngine::upcoming(const QDateTime &until) {
    const QDateTime limit = until.toTimeZone(m_clock.timeZone());
    QList<DueReminder> all = occurrences(limit.date());
    all.erase(std::remove_if(all.begin(), all.end(), [&](const DueReminder &r) { return r.fireAt > limit; }),
              all.end());
    return all;
}

QList<DueReminder> ReminderEngine::due() {
    return upcoming(localNow(m_clock));
}

QList<DueReminder> ReminderEngine::inbox() {
    return due();
}

int ReminderEngine::unseenCount() {
    const QList<DueReminder> all = due();
    return int(std::count_if(all.cbegin(), all.cend(), [](const DueReminder &r) { return !r.seen; }));
}

std::optional<QDateTime> ReminderEngine::nextFireAfter(const QDateTime &after, int horizonDays) {
    const QDateTime from = after.toTimeZone(m_clock.timeZone());
    std::optional<QDateTime> best;
    for (const DueReminder &r : occurrences(from.date().addDays(horizonDays)))
        if (r.fireAt > from && (!best || r.fireAt < *best))
            best = r.fireAt;
    return best;
}

void ReminderEngine::markSeen(const QStringList &keys) {
    m_vault.reminderMarks().markSeen(keys);
}

void ReminderEngine::markNotified(const QStringList &keys) {
    m_vault.reminderMarks().markNotified(keys);
}

void ReminderEngine::dismiss(const DueReminder &reminder) {
    if (!reminder.reminderId.isEmpty()) {
        m_vault.reminders().setDone(reminder.reminderId, true);
    } else if (reminder.kind == reminderkind::kKeepInTouch) {
        // Done without logging a conversation skips this round: the contact comes
        // back one cadence from today, never silenced for good.
        const auto status = m_vault.contacts().status(reminder.subjectId);
        const int days = status && status->cadenceDays > 0 ? status->cadenceDays : 1;
        m_vault.reminderMarks().snooze(
            reminder.key, fireTime(localToday(m_clock).addDays(days), m_times.dayTime, m_clock.timeZone()));
    } else {
        m_vault.reminderMarks().dismiss(reminder.key);
    }
}

void ReminderEngine::undismiss(const DueReminder &reminder) {
    if (!reminder.reminderId.isEmpty())
        m_vault.reminders().setDone(reminder.reminderId, false);
    else if (reminder.kind == reminderkind::kKeepInTouch)
        m_vault.reminderMarks().snooze(reminder.key, QDateTime());
    else
        m_vault.reminderMarks().undismiss(reminder.key);
}

void ReminderEngine::snooze(const DueReminder &reminder, const QDateTime &until) {
    m_vault.reminderMarks().snooze(reminder.key, until);
}

} // namespace rebound
