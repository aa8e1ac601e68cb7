// Daylio history into a vault: moods to check-ins, activities to effort tags,
// notes to journal entries; preview first, all or nothing, never twice.
#include "TestSupport.h"
#include "services/DaylioImport.h"

#include <QTemporaryDir>

using namespace rebound;
using namespace rebound::test;

namespace {

// "2026-11-22 10:00 UTC" in a fixed zone, so "future" and local days are stable.
struct FixedClock : Clock {
    qint64 nowMs() const override {
        return QDateTime(QDate(2026, 11, 22), QTime(10, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    }
    QTimeZone timeZone() const override { return QTimeZone("Europe/Berlin"); }
};

const QByteArray kFile = "\xEF\xBB\xBF"
                         "full_date,date,weekday,time,mood,activities,note_title,note\r\n"
                         "2026-11-20,November 20,Friday,20:15,good,\"work | friends | Work\",Busy day,"
                         "\"Sent two applications.<br>Felt ok &amp; tired.\"\r\n"
                         "2026-11-19,November 19,Thursday,8:05 am,awful,,,\r\n"
                         "2026-11-18,November 18,Wednesday,21:00,Zen,reading,,\"Calm 🧘\"\r\n"
                         "2026-11-17,November 17,Tuesday,,meh,applied,,\r\n";

QStringList effortNames(Vault &vault, const CheckIn &c) {
    QStringList out;
    for (const QString &id : c.efforts)
        out << vault.catalog().nameOf(id);
    return out;
}

} // namespace

TEST_CASE("A Daylio export previews, then imports moods, activities and notes", "[daylio]") {
    QTemporaryDir tmp;
    FixedClock clock;
    auto vault = createVault(tmp.filePath(QStringLiteral("v")), "test passphrase", clock);
    const daylio::ParseResult parsed = daylio::parse(kFile);
    REQUIRE(parsed.ok());
    REQUIRE(parsed.unknownMoods == QStringList{QStringLiteral("Zen")});

    // Before mapping the custom mood: its row gets no check-in, only its note.
    daylio::ImportPreview p = daylio::preview(*vault, parsed);
    CHECK(p.rows == 4);
    CHECK(p.checkIns == 3);
    CHECK(p.journalEntries == 2);
    CHECK(p.withoutMood == 1);
    CHECK(p.unmappedMoods == QStringList{QStringLiteral("Zen")});
    CHECK(p.newEfforts ==
          QStringList{QStringLiteral("work"), QStringLiteral("friends")}); // "applied" is built in
    CHECK(p.from == QDate(2026, 11, 17));
    CHECK(p.to == QDate(2026, 11, 20));

    const daylio::MoodMap moods{{QStringLiteral("zen"), 5}};
    p = daylio::preview(*vault, parsed, moods);
    CHECK(p.checkIns == 4);
    CHECK(p.withoutMood == 0);
    CHECK(p.unmappedMoods.isEmpty());
    CHECK(p.newEfforts.contains(QStringLiteral("reading")));

    const daylio::ImportResult r = daylio::importRows(*vault, parsed, moods);
    CHECK(r.checkIns == 4);
    CHECK(r.journalEntries == 2);
    CHECK(r.skipped == 0);
    CHECK(r.effortsAdded == p.newEfforts.size());

    const QList<CheckIn> checkIns = vault->checkIns().between(QDate(2026, 11, 1), QDate(2026, 11, 30));
    REQUIRE(checkIns.size() == 4);
    const QTimeZone berlin("Europe/Berlin");
    QHash<QDate, CheckIn> byDay;
    for (const CheckIn &c : checkIns)
        byDay.insert(c.date, c);
    CHECK(byDay[QDate(2026, 11, 20)].mood == 4);
    CHECK(effortNames(*vault, byDay[QDate(2026, 11, 20)]) ==
          QStringList{QStringLiteral("work"), QStringLiteral("friends")});
    CHECK(byDay[QDate(2026, 11, 20)].createdAt == QDateTime(QDate(2026, 11, 20), QTime(20, 15), berlin));
    CHECK(byDay[QDate(2026, 11, 19)].mood == 1);
    CHECK(byDay[QDate(2026, 11, 19)].createdAt == QDateTime(QDate(2026, 11, 19), QTime(8, 5), berlin));
    CHECK(byDay[QDate(2026, 11, 18)].mood == 5);
    CHECK(byDay[QDate(2026, 11, 17)].mood == 3);
    CHECK(byDay[QDate(2026, 11, 17)].createdAt == QDateTime(QDate(2026, 11, 17), QTime(12, 0), berlin));

    const QList<JournalEntry> entries = vault->journal().page(10);
    REQUIRE(entries.size() == 2);
    const JournalEntry &busy = entries[0].date == QDate(2026, 11, 20) ? entries[0] : entries[1];
    const JournalEntry &calm = entries[0].date == QDate(2026, 11, 20) ? entries[1] : entries[0];
    CHECK(busy.body == QStringLiteral("## Busy day\n\nSent two applications.\nFelt ok & tired."));
    CHECK(busy.mood == 4);
    CHECK(busy.tags == QStringList{daylio::kImportTag});
    CHECK(busy.checkInId == byDay[QDate(2026, 11, 20)].id);
    CHECK(calm.body == QStringLiteral("Calm 🧘"));
    CHECK(calm.mood == 5);

    // The same file again adds nothing.
    const daylio::ImportPreview again = daylio::preview(*vault, parsed, moods);
    CHECK(again.alreadyImported == 4);
    CHECK(again.checkIns == 0);
    CHECK(again.newEfforts.isEmpty());
    const daylio::ImportResult second = daylio::importRows(*vault, parsed, moods);
    CHECK(second.skipped == 4);
    CHECK(second.checkIns == 0);
    CHECK(vault->checkIns().count() == 4);
    CHECK(vault->journal().count() == 2);
}

TEST_CASE("A Daylio row the vault refuses fails the whole import with its line", "[daylio]") {
    QTemporaryDir tmp;
    FixedClock clock;
    auto vault = createVault(tmp.filePath(QStringLiteral("v")), "test passphrase", clock);
    const daylio::ParseResult parsed = daylio::parse("full_date,time,mood,activities,note\n"
                                                     "2026-11-20,10:00,good,work,fine\n"
                                                     "2027-01-01,10:00,rad,,from the future\n");
    REQUIRE(parsed.ok());
    try {
        daylio::importRows(*vault, parsed);
        FAIL("no error");
    } catch (const Error &e) {
        CHECK(e.message().startsWith(QStringLiteral("Line 3: ")));
    }
    CHECK(vault->checkIns().count() == 0);
    CHECK(vault->journal().count() == 0);
    CHECK(vault->catalog().resolve(CatalogItem::Kind::Effort, QStringLiteral("work")) == std::nullopt);

    const daylio::ParseResult broken = daylio::parse("not,a,daylio,file\n1,2,3,4\n");
    REQUIRE_FALSE(broken.ok());
    CHECK(daylio::preview(*vault, broken).rows == 0);
    CHECK_THROWS_AS(daylio::importRows(*vault, broken), Error);
}
