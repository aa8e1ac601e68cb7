#include "TestSupport.h"
#include "core/Error.h"

#include <QSet>
#include <QTemporaryDir>

using namespace rebound;
using namespace rebound::test;

TEST_CASE("Journal entries round-trip any Unicode", "[journal]") {
    QTemporaryDir tmp;
    auto vault = createVault(tmp.filePath(QStringLiteral("v")));
    const QStringList bodies{
        QStringLiteral("Café, naïve, Ångström"),
        QStringLiteral("面接はうまくいかなかった。次は頑張る。"),
        QStringLiteral("😞 → 💪 🎉"),
        QStringLiteral("مقابلة العمل"),
        QStringLiteral("line1\nline2\n\ttab"),
        QStringLiteral("👩🏽‍💻 ZWJ, ﷺ, 𝔘𝔫𝔦𝔠𝔬𝔡𝔢, e\u0301"),
        QString(),
    };
    for (const QString &body : bodies) {
        const auto e = vault->journal().create(QDate(2026, 3, 4), 3, body);
        CHECK(vault->journal().find(e.id)->body == body);
    }
}

TEST_CASE("Journal bodies refuse control characters and broken text, keep newlines", "[journal]") {
    QTemporaryDir tmp;
    auto vault = createVault(tmp.filePath(QStringLiteral("v")));
    auto &j = vault->journal();
    const QDate day(2026, 3, 4);
    for (const QString &bad : {QString(QChar(0)) + QStringLiteral("nul"), QStringLiteral("bell\a"),
                               QStringLiteral("esc\x1b[31m"), QString(QChar(0xD800)) + QStringLiteral("half")}) {
        try {
            j.create(day, 3, bad);
            FAIL("accepted a control character");
        } catch (const Error &e) {
            CHECK(e.code() == ErrorCode::InvalidInput);
            CHECK((e.message().contains(QStringLiteral("control character")) ||
                   e.message().contains(QStringLiteral("broken character"))));
        }
    }
    CHECK(j.count() == 0);
    CHECK(j.create(day, 3, QStringLiteral("a\r\nb\rc")).body == QStringLiteral("a\nb\nc"));
}

TEST_CASE("Journal refuses far-future and ancient dates", "[journal]") {
    QTemporaryDir tmp;
    FakeClock clock(QDateTime(QDate(2026, 6, 15), QTime(12, 0)).toMSecsSinceEpoch());
    auto vault = createVault(tmp.filePath(QStringLiteral("v")), "pp pp pp pp", clock);
    auto &j = vault->journal();
    CHECK_NOTHROW(j.create(QDate(2026, 6, 16), 3, {})); // tomorrow somewhere on Earth
    CHECK_THROWS_WITH(j.create(QDate(2026, 6, 17), 3, {}), Catch::Contains("future"));
    CHECK_THROWS_WITH(j.create(QDate(9999, 12, 31), 3, {}), Catch::Contains("future"));
    CHECK_THROWS_AS(j.create(QDate(1899, 12, 31), 3, {}), Error);
    CHECK_THROWS_AS(j.create(QDate(), 3, {}), Error);
    CHECK(j.count() == 1);
}

TEST_CASE("Journal validation rejects out-of-range input with clear errors", "[journal]") {
    QTemporaryDir tmp;
    auto vault = createVault(tmp.filePath(QStringLiteral("v")));
    auto &j = vault->journal();
    CHECK_THROWS_AS(j.create(QDate(2026, 1, 1), 6, {}), Error);
    CHECK_THROWS_AS(j.create(QDate(2026, 1, 1), -1, {}), Error);
    CHECK_THROWS_AS(j.create(QDate(1200, 1, 1), 1, {}), Error);
    CHECK_THROWS_AS(
        j.create(QDate(2026, 1, 1), 1, QString(JournalEntry::kMaxBodyChars + 1, QLatin1Char('a'))), Error);
    CHECK_NOTHROW(j.create(QDate(2026, 1, 1), JournalEntry::kNoMood,
                           QString(JournalEntry::kMaxBodyChars, QLatin1Char('a'))));
    CHECK(j.count() == 1);
}

TEST_CASE("Journal pages newest first without gaps or repeats", "[journal]") {
    QTemporaryDir tmp;
    FakeClock clock(1'800'000'000'000);
    auto vault = createVault(tmp.filePath(QStringLiteral("v")), "pp pp pp pp", clock);
    auto &j = vault->journal();
    // Many entries share a date and even a creation millisecond: the order must still be total.
    for (int i = 0; i < 450; ++i) {
        if (i % 3 == 0)
            clock.advance(1);
        j.create(QDate(2026, 1, 1).addDays(i % 17), 1 + i % 5, QStringLiteral("entry %1").arg(i));
    }
    QList<JournalEntry> all;
    std::optional<JournalRepository::Cursor> cursor;
    for (;;) {
        const auto page = j.page(100, cursor);
        all += page;
        if (page.size() < 100)
            break;
        cursor = JournalRepository::cursorOf(page.constLast());
    }
    REQUIRE(all.size() == 450);
    QSet<QString> ids;
    for (qsizetype i = 0; i < all.size(); ++i) {
        ids.insert(all[i].id);
        if (i > 0) {
            const auto &a = all[i - 1], &b = all[i];
            const bool ordered = a.date > b.date ||
                                 (a.date == b.date &&
                                  (a.createdAt > b.createdAt || (a.createdAt == b.createdAt && a.id > b.id)));
            REQUIRE(ordered);
        }
    }
    CHECK(ids.size() == 450);
    CHECK(j.count() == 450);
}

TEST_CASE("Short ID prefixes resolve only when unique and well-formed", "[journal]") {
    QTemporaryDir tmp;
    auto vault = createVault(tmp.filePath(QStringLiteral("v")));
    const auto e = vault->journal().create(QDate(2026, 1, 1), 1, QStringLiteral("x"));
    CHECK(vault->journal().idsWithPrefix(e.id.left(8), 2) == QStringList{e.id});
    CHECK(vault->journal().idsWithPrefix(e.id.left(8).toUpper(), 2) == QStringList{e.id});
    CHECK(vault->journal().idsWithPrefix(QStringLiteral("%"), 2).isEmpty());
    CHECK(vault->journal().idsWithPrefix(QString(), 2).isEmpty());
}

TEST_CASE("Restore only brings back what was deleted", "[journal]") {
    QTemporaryDir tmp;
    auto vault = createVault(tmp.filePath(QStringLiteral("v")));
    auto &j = vault->journal();
    JournalEntry invented;
    invented.id = QStringLiteral("00000000-0000-4000-8000-000000000000");
    invented.date = QDate(2026, 3, 4);
    invented.body = QStringLiteral("never existed");
    CHECK_THROWS_AS(j.restore(invented), Error);
    CHECK(j.count() == 0);
    const auto e = j.create(QDate(2026, 3, 4), 2, QStringLiteral("real"));
    j.remove(e.id);
    CHECK(j.restore(e).body == QStringLiteral("real"));
    CHECK(vault->store().db().queryInt(QStringLiteral("SELECT count(*) FROM tombstones")) == 0);
}

TEST_CASE("Entries written under older rules stay editable and undoable", "[journal]") {
    QTemporaryDir tmp;
    FakeClock clock(QDateTime(QDate(2026, 6, 15), QTime(12, 0)).toMSecsSinceEpoch());
    auto vault = createVault(tmp.filePath(QStringLiteral("v")), "pp pp pp pp", clock);
    auto &j = vault->journal();
    // What an earlier version could store: a pasted U+2028 and a date far ahead.
    const auto e = j.create(QDate(2026, 6, 15), 3, QStringLiteral("clean"));
    clock.set(QDateTime(QDate(2026, 1, 1), QTime(12, 0)).toMSecsSinceEpoch()); // "today" moves back
    JournalEntry changed = *j.find(e.id);
    changed.mood = 4; // only the mood changes: the (now future) date is not re-judged
    CHECK(j.update(changed).mood == 4);
    changed.date = QDate(2026, 6, 20); // a new future date is refused
    CHECK_THROWS_AS(j.update(changed), Error);
    j.remove(e.id);
    JournalEntry removed = changed;
    removed.date = QDate(2026, 6, 15);
    removed.body = QStringLiteral("pasted") + QChar(0x2028) + QStringLiteral("text");
    CHECK(j.restore(removed).body == removed.body); // undo never fails on today's rules
    CHECK(j.find(e.id)->body == removed.body);
}
