// iCalendar (RFC 5545) export of reminders, validated with two third-party
// parsers from Debian (python3-icalendar and python3-vobject).
#include "TestSupport.h"
#include "services/ICalendar.h"

#include <QFile>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace rebound;
using namespace rebound::test;

namespace {

DueReminder reminder(const QString &key, const QString &kind, const QDateTime &fireAt, const QString &title,
                     const QString &detail = {}) {
    DueReminder r;
    r.key = key;
    r.kind = kind;
    r.fireAt = fireAt;
    r.dueOn = fireAt.date();
    r.title = title;
    r.detail = detail;
    return r;
}

QString runParsers(const QByteArray &ics) {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("reminders.ics"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(ics);
    f.close();
    QByteArray out, err;
    const int code = runProcess(QStringLiteral("/usr/bin/python3"),
                                {QStringLiteral(REBOUND_TEST_TOOLS "/ics_check.py"), path}, {}, &out, &err,
                                QProcessEnvironment::systemEnvironment());
    INFO(err.toStdString());
    REQUIRE(code == 0);
    return QString::fromUtf8(out);
}

const QDateTime kStamp(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

} // namespace

TEST_CASE("iCalendar exact output with escaping", "[ical]") {
    const QTimeZone berlin("Europe/Berlin");
    REQUIRE(berlin.isValid());
    const QList<DueReminder> list = {
        reminder(QStringLiteral("keep_in_touch:c1:2026-03-29"), QStringLiteral("keep_in_touch"),
                 QDateTime(QDate(2026, 3, 29), QTime(9, 0), berlin), QStringLiteral("Keep in touch with Maya Chen"),
                 QStringLiteral("Last: coffee, 60 days ago; say hi\\ask\nabout the role")),
        reminder(QStringLiteral("check_in:today:2026-03-28"), QStringLiteral("check_in"),
                 QDateTime(QDate(2026, 3, 28), QTime(20, 30), berlin), QStringLiteral("Daily check-in")),
    };
    CHECK(icalendar::write(list, kStamp)
          == "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Rebound//Reminders//EN\r\nCALSCALE:GREGORIAN\r\n"
             "METHOD:PUBLISH\r\n"
             "BEGIN:VEVENT\r\nUID:keep_in_touch:c1:2026-03-29@rebound.invalid\r\nDTSTAMP:20260301T120000Z\r\n"
             "DTSTART:20260329T070000Z\r\nDURATION:PT15M\r\nSUMMARY:Keep in touch with Maya Chen\r\n"
             "DESCRIPTION:Last: coffee\\, 60 days ago\\; say hi\\\\ask\\nabout the role\r\n"
             "CATEGORIES:keep_in_touch\r\nTRANSP:TRANSPARENT\r\nEND:VEVENT\r\n"
             "BEGIN:VEVENT\r\nUID:check_in:today:2026-03-28@rebound.invalid\r\nDTSTAMP:20260301T120000Z\r\n"
             "DTSTART:20260328T193000Z\r\nDURATION:PT15M\r\nSUMMARY:Daily check-in\r\n"
             "CATEGORIES:check_in\r\nTRANSP:TRANSPARENT\r\nEND:VEVENT\r\n"
             "END:VCALENDAR\r\n");
}

TEST_CASE("iCalendar an empty list is a valid empty calendar and a reminder without a time is all-day", "[ical]") {
    CHECK(icalendar::write({}, kStamp)
          == "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Rebound//Reminders//EN\r\nCALSCALE:GREGORIAN\r\n"
             "METHOD:PUBLISH\r\nEND:VCALENDAR\r\n");
    DueReminder day;
    day.key = QStringLiteral("reapply:r1:2026-06-01");
    day.kind = QStringLiteral("reapply");
    day.dueOn = QDate(2026, 6, 1);
    day.title = QStringLiteral("Re-apply to Acme?");
    DueReminder nothing; // neither a time nor a day: nothing to put on a calendar
    nothing.key = QStringLiteral("x");
    const QByteArray out = icalendar::write({day, nothing}, kStamp);
    CHECK(out.contains("DTSTART;VALUE=DATE:20260601\r\nDURATION:P1D\r\n"));
    CHECK(out.count("BEGIN:VEVENT") == 1);
}

TEST_CASE("iCalendar long Unicode text folds at 75 octets without splitting UTF-8", "[ical]") {
    const QString title = QStringLiteral("Πρόσκληση για συνέντευξη 🎉👩🏽‍💻 — ") + QString(60, u'λ')
                          + QStringLiteral(" שלום עולם e\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301");
    const QByteArray out = icalendar::write(
        {reminder(QStringLiteral("interview_prep:i1:2026-05-04"), QStringLiteral("interview_prep"),
                  QDateTime(QDate(2026, 5, 4), QTime(8, 0), Qt::UTC), title, title + QStringLiteral("\n") + title)},
        kStamp);
    REQUIRE(out.endsWith("\r\n"));
    int folded = 0;
    for (const QByteArray &line : out.chopped(1).split('\n')) {
        INFO(line.toStdString());
        REQUIRE(line.endsWith('\r'));
        CHECK(line.size() - 1 <= 75);
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        (void)utf8.decode(line);
        CHECK_FALSE(utf8.hasError());
        folded += line.startsWith(' ') ? 1 : 0;
    }
    CHECK(folded >= 6);
    // unfolding gives back the exact escaped line
    QByteArray unfolded = out;
    unfolded.replace("\r\n ", "");
    CHECK(unfolded.contains("SUMMARY:" + title.toUtf8() + "\r\n"));
}

TEST_CASE("iCalendar export read by python3-icalendar and python3-vobject, DST in Berlin and New York", "[ical]") {
    const QTimeZone berlin("Europe/Berlin");
    const QTimeZone newYork("America/New_York");
    REQUIRE(berlin.isValid());
    REQUIRE(newYork.isValid());
    const QList<DueReminder> list = {
        // the day before Europe springs forward: 09:00 CET = 08:00 UTC
        reminder(QStringLiteral("keep_in_touch:c1:2026-03-28"), QStringLiteral("keep_in_touch"),
                 QDateTime(QDate(2026, 3, 28), QTime(9, 0), berlin), QStringLiteral("Keep in touch with Maya Chen"),
                 QStringLiteral("Recruiter, every 60 days; last: a call")),
        // the day it does: 09:00 CEST = 07:00 UTC
        reminder(QStringLiteral("feedback_follow_up:r2:2026-03-29"), QStringLiteral("feedback_follow_up"),
                 QDateTime(QDate(2026, 3, 29), QTime(9, 0), berlin), QStringLiteral("Ask Helix Bio for feedback")),
        // New York falls back on 2026-11-01: 09:00 EST = 14:00 UTC (the day before: EDT, 13:00 UTC)
        reminder(QStringLiteral("post_rejection:r3:2026-10-31"), QStringLiteral("post_rejection"),
                 QDateTime(QDate(2026, 10, 31), QTime(9, 0), newYork), QStringLiteral("Write to Sam at Acme")),
        reminder(QStringLiteral("interview_prep:i4:2026-11-01"), QStringLiteral("interview_prep"),
                 QDateTime(QDate(2026, 11, 1), QTime(9, 0), newYork),
                 QStringLiteral("Prepare: Νίκος, Ελληνική Λογισμικού; 🎯 round 2"),
                 QStringLiteral("Questions:\n1) team\\size\n2) on-call")),
    };
    const QByteArray out = icalendar::write(list, kStamp);
    CHECK(runParsers(out)
          == QStringLiteral(
              "icalendar: VERSION=2.0 PRODID=-//Rebound//Reminders//EN CALSCALE=GREGORIAN\n"
              "icalendar: keep_in_touch:c1:2026-03-28@rebound.invalid | 2026-03-28T08:00:00Z | 0:15:00 | "
              "Keep in touch with Maya Chen | Recruiter, every 60 days; last: a call | keep_in_touch | 2026-03-01T12:00:00Z\n"
              "icalendar: feedback_follow_up:r2:2026-03-29@rebound.invalid | 2026-03-29T07:00:00Z | 0:15:00 | "
              "Ask Helix Bio for feedback |  | feedback_follow_up | 2026-03-01T12:00:00Z\n"
              "icalendar: post_rejection:r3:2026-10-31@rebound.invalid | 2026-10-31T13:00:00Z | 0:15:00 | "
              "Write to Sam at Acme |  | post_rejection | 2026-03-01T12:00:00Z\n"
              "icalendar: interview_prep:i4:2026-11-01@rebound.invalid | 2026-11-01T14:00:00Z | 0:15:00 | "
              "Prepare: Νίκος, Ελληνική Λογισμικού; 🎯 round 2 | Questions:\\n1) team\\\\size\\n2) on-call | "
              "interview_prep | 2026-03-01T12:00:00Z\n"
              "vobject: VERSION=2.0\n"
              "vobject: keep_in_touch:c1:2026-03-28@rebound.invalid | 2026-03-28T08:00:00Z | 0:15:00 | "
              "Keep in touch with Maya Chen | Recruiter, every 60 days; last: a call | keep_in_touch\n"
              "vobject: feedback_follow_up:r2:2026-03-29@rebound.invalid | 2026-03-29T07:00:00Z | 0:15:00 | "
              "Ask Helix Bio for feedback |  | feedback_follow_up\n"
              "vobject: post_rejection:r3:2026-10-31@rebound.invalid | 2026-10-31T13:00:00Z | 0:15:00 | "
              "Write to Sam at Acme |  | post_rejection\n"
              "vobject: interview_prep:i4:2026-11-01@rebound.invalid | 2026-11-01T14:00:00Z | 0:15:00 | "
              "Prepare: Νίκος, Ελληνική Λογισμικού; 🎯 round 2 | Questions:\\n1) team\\\\size\\n2) on-call | "
              "interview_prep\n"));
}
