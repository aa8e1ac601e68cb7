// libFuzzer target: arbitrary bytes become DueReminder fields; what icalendar::write
// makes of them must be well-formed: CRLF lines of at most 75 octets, each valid
// UTF-8 on its own, BEGIN/END balanced, one VEVENT per placeable reminder.
#include "services/ICalendar.h"

#include <QStringDecoder>
#include <QTimeZone>
#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace rebound;

namespace {
[[noreturn]] void fail(const char *what, const QByteArray &detail = {}) {
    std::fprintf(stderr, "fuzz_icalendar: %s %s\n", what, detail.constData());
    std::abort();
}

struct Reader {
    const uint8_t *p;
    size_t n;
    quint32 u32() {
        quint32 v = 0;
        for (int i = 0; i < 4; ++i)
            v = (v << 8) | byte();
        return v;
    }
    uint8_t byte() {
        if (n == 0)
            return 0;
        --n;
        return *p++;
    }
    // a length-prefixed string, decoded as UTF-8 (invalid bytes become U+FFFD) or, every
    // other time, as UTF-16 code units (lone surrogates included)
    QString text() {
        const bool utf16 = byte() & 1;
        const size_t len = qMin<size_t>(byte() * 4u, n);
        QString s;
        if (utf16)
            for (size_t i = 0; i + 1 < len; i += 2)
                s.append(QChar(char16_t(p[i] | (p[i + 1] << 8))));
        else
            s = QString::fromUtf8(reinterpret_cast<const char *>(p), qsizetype(len));
        p += len;
        n -= len;
        return s;
    }
};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    Reader in{data, size};
    QList<DueReminder> reminders;
    int placeable = 0;
    static const QList<QTimeZone> zones = {QTimeZone(QByteArrayLiteral("Europe/Berlin")),
                                           QTimeZone(QByteArrayLiteral("America/New_York")),
                                           QTimeZone(QByteArrayLiteral("Asia/Kolkata")), QTimeZone(0)};
    while (in.n > 0 && reminders.size() < 20) {
        DueReminder r;
        r.key = in.text();
        r.kind = in.text();
        r.title = in.text();
        r.detail = in.text();
        const quint32 secs = in.u32();
        const uint8_t flags = in.byte();
        if (flags & 1)
            r.fireAt = QDateTime::fromSecsSinceEpoch(qint64(secs) * 4, zones.at((flags >> 2) % zones.size()));
        if (flags & 2)
            r.dueOn = QDate(1970, 1, 1).addDays(secs % 200000);
        placeable += r.fireAt.isValid() || r.dueOn.isValid() ? 1 : 0;
        reminders.append(r);
    }
    const QByteArray out = icalendar::write(reminders, QDateTime::fromSecsSinceEpoch(1780000000, Qt::UTC));
    if (!out.endsWith("\r\n"))
        fail("no CRLF at the end");
    int depth = 0;
    int events = 0;
    for (const QByteArray &line : out.chopped(1).split('\n')) {
        if (!line.endsWith('\r'))
            fail("a line without CR", line);
        if (line.size() - 1 > 75)
            fail("a line over 75 octets", line);
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        (void)utf8.decode(line);
        if (utf8.hasError())
            fail("a line that is not UTF-8 on its own", line);
        if (line.startsWith("BEGIN:")) {
            ++depth;
            events += line == "BEGIN:VEVENT\r" ? 1 : 0;
        } else if (line.startsWith("END:")) {
            if (--depth < 0)
                fail("END without BEGIN");
        } else if (depth == 0) {
            fail("a line outside VCALENDAR", line);
        } else if (line.contains('\n') || (line.size() > 1 && line.at(line.size() - 2) == '\r')) {
            fail("a stray line break", line);
        }
    }
    if (depth != 0)
        fail("BEGIN/END not balanced");
    if (events != placeable)
        fail("not one VEVENT per reminder with a time or a day");
    return 0;
}
