// libFuzzer target: daylio::parse on arbitrary bytes must not crash or hang, and
// what it returns must keep its promises (an error has no rows; rows have valid
// dates, moods in 0..5, lines that move forward; unknown moods are listed).
#include "services/DaylioCsv.h"

#include <QSet>
#include <cstdio>
#include <cstdlib>

using namespace rebound;

namespace {
[[noreturn]] void fail(const char *what) {
    std::fprintf(stderr, "fuzz_daylio: %s\n", what);
    std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const daylio::ParseResult r =
        daylio::parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!r.ok()) {
        if (!r.rows.isEmpty() || r.error->message.isEmpty() || r.error->line < 0)
            fail("an error with rows, without a message or with a bad line");
        return 0;
    }
    QSet<QString> unknown;
    for (const QString &m : r.unknownMoods)
        unknown.insert(m.toCaseFolded());
    int line = 0;
    for (const daylio::Row &row : r.rows) {
        if (!row.date.isValid() || row.mood < 0 || row.mood > 5 || row.line <= line)
            fail("a row with a bad date, mood or line");
        line = row.line;
        if (row.mood == 0 && !unknown.contains(row.moodName.toCaseFolded()))
            fail("a custom mood missing from unknownMoods");
        if (row.title.contains(QLatin1Char('\n')))
            fail("a title over several lines");
    }
    return 0;
}
