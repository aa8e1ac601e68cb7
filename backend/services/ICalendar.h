#pragma once
// RFC 5545 export of upcoming reminders so any calendar can show them.
#include "services/ReminderEngine.h"

#include <QByteArray>
#include <QList>

namespace rebound::icalendar {

// One VCALENDAR with a VEVENT per reminder: UID "<key>@rebound.invalid", DTSTAMP
// `stamp` (UTC), DTSTART at fireAt in UTC with a 15-minute DURATION, SUMMARY
// title, DESCRIPTION detail, CATEGORIES kind. Text escaped, CRLF, lines folded
// at 75 octets without splitting UTF-8 sequences.
QByteArray write(const QList<DueReminder> &reminders, const QDateTime &stamp);

} // namespace rebound::icalendar
