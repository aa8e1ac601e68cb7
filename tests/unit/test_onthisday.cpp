#include "TestSupport.h"
#include "core/SameDay.h"
#include "services/OnThisDay.h"

#include <QTemporaryDir>

using namespace rebound;
using namespace rebound::test;

namespace {

qint64 noonOn(const QDate &day) {
    return QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch();
}

// "E 2026-05-15 1" / "W 2026-04-15 2": kind, date, months ago.
QStringList describe(const QList<Memory> &memories) {
    QStringList out;
    for (const Memory &m : memories)
        out << QStringLiteral("%1 %2 %3")
                   .arg(m.kind == Memory::Kind::Entry ? QStringLiteral("E") : QStringLiteral("W"),
                        m.date.toString(Qt::ISODate))
                   .arg(m.monthsAgo);
    return out;
}

struct Fixture {
    QTemporaryDir tmp;
    FakeClock clock;
    std::unique_ptr<Vault> vault;
    explicit Fixture(const QDate &today)
        : clock(noonOn(today))
        , vault(createVault(tmp.filePath(QStringLiteral("v")), "pp pp pp pp", clock)) {}
    JournalEntry entry(const QDate &d, int mood, const QString &body = QStringLiteral("entry")) {
        return vault->journal().create(d, mood, body);
    }
    SmallWin win(const QDate &d, const QString &text = QStringLiteral("a win")) {
        return vault->checkIns().addWin(d, text);
    }
    QList<Memory> memories(int limit = 10) {
        return onThisDay(vault->journal(), vault->checkIns(), localToday(clock), limit);
    }
};

} // namespace

TEST_CASE("Same day in earlier months: dates, short months, the earliest bound", "[onthisday]") {
    CHECK(sameDayEarlierDates(QDate(2026, 7, 31), QDate(2025, 12, 1)) ==
          QStringList{QStringLiteral("2026-05-31"), QStringLiteral("2026-03-31"),
                      QStringLiteral("2026-01-31"), QStringLiteral("2025-12-31")});
    CHECK(sameDayEarlierDates(QDate(2026, 7, 31), QDate(2025, 12, 31)).last() ==
          QStringLiteral("2025-12-31"));
    const QStringList leap = sameDayEarlierDates(QDate(2028, 2, 29), QDate(2027, 1, 1));
    CHECK(leap.size() == 12);
    CHECK(leap.first() == QStringLiteral("2028-01-29"));
    CHECK(leap.last() == QStringLiteral("2027-01-29"));
    CHECK_FALSE(leap.contains(QStringLiteral("2027-02-28")));
    CHECK(sameDayEarlierDates(QDate(2026, 6, 15), QDate(2026, 6, 1)).isEmpty()); // only this month
    CHECK(sameDayEarlierDates(QDate(2026, 6, 15), QDate()).isEmpty());
    CHECK(sameDayEarlierDates(QDate(2026, 6, 15), QDate(1900, 1, 1), 24).size() == 24);
    CHECK(sameDayEarlierDates(QDate(2026, 6, 15), QDate(2026, 5, 31)) ==
          QStringList{QStringLiteral("2026-05-15")});
}

TEST_CASE("On this day: entries and wins from the same date, newest first, today excluded", "[onthisday]") {
    Fixture f(QDate(2026, 6, 15));
    const auto lastMonth = f.entry(QDate(2026, 5, 15), 4, QStringLiteral("# Heading\n**bold** last   month"));
    f.entry(QDate(2026, 3, 15), 1, QStringLiteral("low entry"));
    f.entry(QDate(2025, 6, 15), 3, QStringLiteral("a year ago"));
    f.entry(QDate(2024, 6, 15), JournalEntry::kNoMood, QStringLiteral("two years ago"));
    f.entry(QDate(2026, 6, 15), 5, QStringLiteral("today"));
    f.entry(QDate(2026, 6, 16), 5, QStringLiteral("tomorrow"));
    f.entry(QDate(2026, 6, 14), 5, QStringLiteral("yesterday"));
    f.entry(QDate(2026, 5, 14), 5, QStringLiteral("not the same day"));
    const auto aprilWin = f.win(QDate(2026, 4, 15), QStringLiteral("Second interview booked"));
    f.win(QDate(2025, 6, 15), QStringLiteral("First reply"));
    f.win(QDate(2026, 6, 15), QStringLiteral("today's win"));
    f.win(QDate(2026, 6, 10), QStringLiteral("other day"));

    const auto m = f.memories();
    CHECK(describe(m) == QStringList{QStringLiteral("E 2026-05-15 1"), QStringLiteral("W 2026-04-15 2"),
                                     QStringLiteral("E 2026-03-15 3"), QStringLiteral("E 2025-06-15 12"),
                                     QStringLiteral("W 2025-06-15 12"), QStringLiteral("E 2024-06-15 24")});
    REQUIRE(m.size() == 6);
    CHECK(m[0].id == lastMonth.id);
    CHECK(m[0].mood == 4);
    CHECK(m[0].text == QStringLiteral("Heading bold last month"));
    CHECK(m[1].id == aprilWin.id);
    CHECK(m[1].text == QStringLiteral("Second interview booked"));
    CHECK(m[1].mood == 0);
    CHECK(m[5].mood == 0);

    CHECK(describe(f.memories(2)) ==
          QStringList{QStringLiteral("E 2026-05-15 1"), QStringLiteral("W 2026-04-15 2")});
}

TEST_CASE("On this day: the 31st is skipped in short months", "[onthisday]") {
    Fixture f(QDate(2026, 7, 31));
    f.entry(QDate(2026, 6, 30), 4, QStringLiteral("end of June"));
    f.entry(QDate(2026, 5, 31), 4, QStringLiteral("May 31"));
    f.entry(QDate(2026, 2, 28), 4, QStringLiteral("end of February"));
    f.entry(QDate(2025, 12, 31), 4, QStringLiteral("New Year's Eve"));
    f.win(QDate(2026, 4, 30), QStringLiteral("end of April"));
    CHECK(describe(f.memories()) ==
          QStringList{QStringLiteral("E 2026-05-31 2"), QStringLiteral("E 2025-12-31 7")});
}

TEST_CASE("On a low-mood day past wins come first and low entries stay away", "[onthisday]") {
    Fixture f(QDate(2026, 6, 15));
    f.entry(QDate(2026, 5, 15), 4, QStringLiteral("good"));
    f.entry(QDate(2026, 3, 15), 1, QStringLiteral("low entry"));
    f.entry(QDate(2026, 2, 15), 2, QStringLiteral("another low one"));
    f.entry(QDate(2025, 6, 15), 3, QStringLiteral("a year ago"));
    f.entry(QDate(2024, 6, 15), JournalEntry::kNoMood, QStringLiteral("no mood"));
    f.win(QDate(2026, 4, 15), QStringLiteral("Second interview booked"));
    f.win(QDate(2025, 6, 15), QStringLiteral("First reply"));

    SECTION("not low: by date") {
        CheckIn ok;
        ok.mood = 3;
        f.vault->checkIns().create(ok);
        CHECK(describe(f.memories()).size() == 7);
        CHECK(describe(f.memories()).first() == QStringLiteral("E 2026-05-15 1"));
    }
    SECTION("low by check-ins") {
        for (int mood : {1, 2, 3}) { // mean 2: low
            CheckIn c;
            c.mood = mood;
            f.vault->checkIns().create(c);
        }
        REQUIRE(f.vault->checkIns().dayMood(QDate(2026, 6, 15)).isLow());
        CHECK(describe(f.memories()) ==
              QStringList{QStringLiteral("W 2026-04-15 2"), QStringLiteral("W 2025-06-15 12"),
                          QStringLiteral("E 2026-05-15 1"), QStringLiteral("E 2025-06-15 12"),
                          QStringLiteral("E 2024-06-15 24")});
        CHECK(describe(f.memories(3)).size() == 3);
        CHECK(describe(f.memories(1)) == QStringList{QStringLiteral("W 2026-04-15 2")});
    }
    SECTION("low by today's entry mood when there is no check-in") {
        f.entry(QDate(2026, 6, 15), 2, QStringLiteral("rough day"));
        CHECK(describe(f.memories()).first() == QStringLiteral("W 2026-04-15 2"));
        CHECK(describe(f.memories()).size() == 5);
    }
    SECTION("2.5 rounds up: not low") {
        for (int mood : {2, 3}) {
            CheckIn c;
            c.mood = mood;
            f.vault->checkIns().create(c);
        }
        CHECK(describe(f.memories()).first() == QStringLiteral("E 2026-05-15 1"));
    }
}

TEST_CASE("On a low day good entries are found even behind many low ones", "[onthisday]") {
    Fixture f(QDate(2026, 6, 15));
    for (int m = 1; m <= 5; ++m)
        f.entry(QDate(2026, 6, 15).addMonths(-m), 1, QStringLiteral("low"));
    const auto good = f.entry(QDate(2025, 6, 15), 5, QStringLiteral("great day"));
    CheckIn c;
    c.mood = 1;
    f.vault->checkIns().create(c);
    const auto m = f.memories(3);
    REQUIRE(m.size() == 1);
    CHECK(m[0].id == good.id);
}

TEST_CASE("On this day: previews are one clean line, never half a character", "[onthisday]") {
    Fixture f(QDate(2026, 6, 15));
    f.entry(QDate(2026, 5, 15), 4, QStringLiteral("🎉").repeated(200));
    f.entry(QDate(2026, 4, 15), 4, QStringLiteral("word ").repeated(100));
    const auto m = f.memories();
    REQUIRE(m.size() == 2);
    CHECK(m[0].text.size() <= 160);
    CHECK(m[0].text.endsWith(QChar(0x2026)));
    CHECK_FALSE(m[0].text.at(m[0].text.size() - 2).isHighSurrogate());
    CHECK(m[0].text == QStringLiteral("🎉").repeated(79) + QChar(0x2026));
    CHECK(m[1].text.size() == 160);
    CHECK_FALSE(m[1].text.contains(QLatin1Char('\n')));
}

TEST_CASE("On this day on an empty vault", "[onthisday]") {
    Fixture f(QDate(2026, 6, 15));
    CHECK(f.memories().isEmpty());
    f.entry(QDate(2026, 6, 15), 1, QStringLiteral("only today"));
    CHECK(f.memories().isEmpty());
}

TEST_CASE("describeAge", "[onthisday]") {
    CHECK(describeAge(1) == QStringLiteral("1 month ago"));
    CHECK(describeAge(2) == QStringLiteral("2 months ago"));
    CHECK(describeAge(11) == QStringLiteral("11 months ago"));
    CHECK(describeAge(12) == QStringLiteral("1 year ago"));
    CHECK(describeAge(13) == QStringLiteral("13 months ago"));
    CHECK(describeAge(24) == QStringLiteral("2 years ago"));
    CHECK(describeAge(36) == QStringLiteral("3 years ago"));
    CHECK(describeAge(120) == QStringLiteral("10 years ago"));
}
