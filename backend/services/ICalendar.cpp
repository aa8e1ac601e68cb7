// RFC 5545 export of reminders. Uses DueReminder as plain data only (no
// ReminderEngine symbols), so the libFuzzer target can compile this file alone.
#include "services/ICalendar.h"

#include <QTimeZone>

namespace rebound::icalendar {
namespace {

// TEXT (RFC 5545 3.3.11): backslash, ';', ',' and newlines escaped; other
// control characters (not allowed in TEXT) are dropped.
QByteArray escapeText(const QString &text) {
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\')
            out += QStringLiteral("\\\\");
        else if (c == u';')
            out += QStringLiteral("\\;");
        else if (c == u',')
            out += QStringLiteral("\\,");
        else if (c == u'\r') {
            out += QStringLiteral("\\n");
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
        } else if (c == u'\n')
            out += QStringLiteral("\\n");
        else if ((c.unicode() < 0x20 && c != u'\t') || c.unicode() == 0x7F)
            continue;
        else
            out.append(c);
    }
    return out.toUtf8();
}

// Content lines folded at 75 octets (RFC 5545 3.1), never inside a UTF-8 sequence.
void appendFolded(QByteArray &out, const QByteArray &line) {
    constexpr qsizetype kMax = 75;
    qsizetype pos = 0;
    bool first = true;
    while (true) {
        const qsizetype room = first ? kMax : kMax - 1; // a continuation starts with a space
        if (line.size() - pos <= room) {
            if (!first)
                out += ' ';
            out += line.mid(pos);
            out += "\r\n";
            return;
        }
        qsizetype end = pos + room;
        while (end > pos && (static_cast<unsigned char>(line.at(end)) & 0xC0) == 0x80)
            --end;
        if (!first)
            out += ' ';
        out += line.mid(pos, end - pos);
        out += "\r\n";
        pos = end;
        first = false;
    }
}

QByteArray utcStamp(const QDateTime &t) {
    return t.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

} // namespace

QByteArray write(const QList<DueReminder> &reminders, const QDateTime &stamp) {
    QByteArray out;
    auto prop = [&out](const QByteArray &name, const QByteArray &value) { appendFolded(out, name + ':' + value); };
    prop("BEGIN", "VCALENDAR");
    prop("VERSION", "2.0");
    prop("PRODID", "-//Rebound//Reminders//EN");
    prop("CALSCALE", "GREGORIAN");
    prop("METHOD", "PUBLISH");
    const QByteArray dtstamp = utcStamp(stamp.isValid() ? stamp : QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
    for (const DueReminder &r : reminders) {
        if (!r.fireAt.isValid() && !r.dueOn.isValid())
            continue; // nothing to place on a calendar
        prop("BEGIN", "VEVENT");
        prop("UID", escapeText(r.key + QStringLiteral("@rebound.invalid")));
        prop("DTSTAMP", dtstamp);
        if (r.fireAt.isValid()) {
            prop("DTSTART", utcStamp(r.fireAt));
            prop("DURATION", "PT15M");
        } else { // a day without a time: an all-day event
            prop("DTSTART;VALUE=DATE", r.dueOn.toString(QStringLiteral("yyyyMMdd")).toLatin1());
            prop("DURATION", "P1D");
        }
        prop("SUMMARY", escapeText(r.title));
        if (!r.detail.isEmpty())
            prop("DESCRIPTION", escapeText(r.detail));
        if (!r.kind.isEmpty())
            prop("CATEGORIES", escapeText(r.kind));
        prop("TRANSP", "TRANSPARENT"); // a reminder does not make the user busy
        prop("END", "VEVENT");
    }
    prop("END", "VCALENDAR");
    return out;
}

} // namespace rebound::icalendar
