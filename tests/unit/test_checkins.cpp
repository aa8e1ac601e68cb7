#include "TestSupport.h"
#include "core/DayMood.h"
#include "core/Error.h"

#include <QTemporaryDir>

using namespace rebound;
using namespace rebound::test;

namespace {

qint64 june15() {
    return QDateTime(QDate(2026, 6, 15), QTime(12, 0)).toMSecsSinceEpoch();
}

struct LogRow {
    QString entity, recordId, field, hlc, deviceId;
    QVariant value;
};

qint64 lastSeq(Vault &vault) {
    return vault.store().db().queryInt(QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log"));
}

QList<LogRow> logSince(Vault &vault, qint64 seq) {
    Statement st = vault.store().db().query(QStringLiteral(
        "SELECT entity, record_id, field, value, hlc, device_id FROM change_log WHERE seq > ? ORDER BY seq"));
    st.bind(1, seq);
    QList<LogRow> rows;
    while (st.step())
        rows.append({st.text(0), st.text(1), st.text(2), st.text(4), st.text(5), st.value(3)});
    return rows;
}

QStringList fields(const QList<LogRow> &rows) {
    QStringList out;
    for (const auto &r : rows)
        out << r.field;
    return out;
}

qint64 tombstones(Vault &vault, const QString &entity, const QString &id) {
    Statement st = vault.store().db().query(
        QStringLiteral("SELECT count(*) FROM tombstones WHERE entity = ? AND record_id = ?"));
    st.bind(1, entity).bind(2, id);
    st.step();
    return st.int64(0);
}

CheckIn checkIn(int mood, const QDate &date = {}, const QString &note = {}) {
    CheckIn c;
    c.mood = mood;
    c.date = date;
    c.note = note;
    return c;
}

template <typename F> QString invalidInputMessage(F &&f) {
    try {
        f();
    } catch (const Error &e) {
        if (e.code() == ErrorCode::InvalidInput)
            return e.message();
        return QStringLiteral("wrong code: ") + e.message();
    }
    return QStringLiteral("no error");
}

QStringList names(const QList<CatalogItem> &items) {
    QStringList out;
    for (const auto &i : items)
        out << i.name;
    return out;
}

QStringList ids(const QList<CatalogItem> &items) {
    QStringList out;
    for (const auto &i : items)
        out << i.id;
    return out;
}

} // namespace

TEST_CASE("Check-ins: create, update, remove and restore, all in the change log", "[checkins][changelog]") {
    QTemporaryDir tmp;
    FakeClock clock(june15());
    auto vault = createVault(tmp.filePath(QStringLiteral("v")), "pp pp pp pp", clock);
    auto &repo = vault->checkIns();
    const QString device = vault->store().deviceId();

    CheckIn draft = checkIn(2, {}, QStringLiteral("  rough call  "));
    draft.emotions = {QStringLiteral("emotion:anxious"), QStringLiteral("emotion:anxious"),
                      QStringLiteral("emotion:frustrated")};
    draft.efforts = {QStringLiteral("effort:applied")};
    qint64 seq = lastSeq(*vault);
    const CheckIn c = repo.create(draft);
    CHECK_FALSE(c.id.isEmpty());
    CHECK(c.date == QDate(2026, 6, 15)); // defaults to today
    CHECK(c.note == QStringLiteral("rough call"));
    CHECK(c.emotions == QStringList{QStringLiteral("emotion:anxious"), QStringLiteral("emotion:frustrated")});
    CHECK(c.createdAt.toMSecsSinceEpoch() == june15());
    CHECK(c.updatedAt == c.createdAt);
    REQUIRE(repo.find(c.id));
    CHECK(*repo.find(c.id) == c);

    auto log = logSince(*vault, seq);
    REQUIRE(log.size() == 7);
    CHECK(fields(log) == QStringList{QStringLiteral("entry_date"), QStringLiteral("mood"),
                                     QStringLiteral("emotions"), QStringLiteral("efforts"),
                                     QStringLiteral("note"), QStringLiteral("created_at"),
                                     QStringLiteral("updated_at")});
    for (const auto &r : log) {
        CHECK(r.entity == QStringLiteral("checkin"));
        CHECK(r.recordId == c.id);
        CHECK(r.deviceId == device);
        CHECK(r.hlc == log.first().hlc);
    }
    CHECK(log[0].value.toString() == QStringLiteral("2026-06-15"));
    CHECK(log[1].value.toLongLong() == 2);
    CHECK(log[2].value.toString() == QStringLiteral("|emotion:anxious|emotion:frustrated|"));
    CHECK(log[3].value.toString() == QStringLiteral("|effort:applied|"));
    CHECK(log[4].value.toString() == QStringLiteral("rough call"));

    // Update: only what changed, plus updated_at, with a newer stamp.
    clock.advance(60'000);
    seq = lastSeq(*vault);
    CheckIn changed = c;
    changed.mood = 4;
    const CheckIn updated = repo.update(changed);
    CHECK(updated.mood == 4);
    CHECK(updated.createdAt == c.createdAt);
    CHECK(updated.updatedAt.toMSecsSinceEpoch() == june15() + 60'000);
    CHECK(*repo.find(c.id) == updated);
    log = logSince(*vault, seq);
    CHECK(fields(log) == QStringList{QStringLiteral("mood"), QStringLiteral("updated_at")});
    CHECK(log[0].value.toLongLong() == 4);
    CHECK(log[0].hlc > logSince(*vault, 0).first().hlc);

    // No change: nothing written.
    seq = lastSeq(*vault);
    CHECK(repo.update(updated) == updated);
    CHECK(logSince(*vault, seq).isEmpty());

    // Remove: tombstone and a _deleted row.
    seq = lastSeq(*vault);
    repo.remove(c.id);
    CHECK_FALSE(repo.find(c.id));
    CHECK(repo.count() == 0);
    log = logSince(*vault, seq);
    REQUIRE(log.size() == 1);
    CHECK(log[0].field == WriteTransaction::kDeletedField);
    CHECK(log[0].recordId == c.id);
    CHECK(log[0].value.toLongLong() == 1);
    CHECK(tombstones(*vault, QStringLiteral("checkin"), c.id) == 1);
    CHECK_THROWS_AS(repo.remove(c.id), Error);
    CHECK_THROWS_AS(repo.update(updated), Error);

    // Restore (undo): same id and fields, logged again, tombstone cleared.
    seq = lastSeq(*vault);
    const CheckIn back = repo.restore(updated);
    CHECK(back == updated);
    CHECK(*repo.find(c.id) == updated);
    log = logSince(*vault, seq);
    CHECK(log.size() == 8); // 7 fields and "_deleted" = 0, so the undo syncs
    CHECK(log.last().field == WriteTransaction::kDeletedField);
    CHECK(tombstones(*vault, QStringLiteral("checkin"), c.id) == 0);
    CHECK(invalidInputMessage([&] { repo.restore(updated); }).contains(QStringLiteral("not deleted")));
    CHECK(repo.count() == 1);

    // Unknown ids.
    try {
        repo.remove(QStringLiteral("no-such-id"));
        FAIL("removed a missing check-in");
    } catch (const Error &e) {
        CHECK(e.code() == ErrorCode::NotFound);
    }
    CheckIn ghost = updated;
    ghost.id = QStringLiteral("no-such-id");
    try {
        repo.update(ghost);
        FAIL("updated a missing check-in");
    } catch (const Error &e) {
        CHECK(e.code() == ErrorCode::NotFound);
    }
}

TEST_CASE("Several check-ins per day, listed newest first", "[checkins]") {
    QTemporaryDir tmp;
    FakeClock clock(june15());
    auto vault = createVault(tmp.filePath(QStringLiteral("v")), "pp pp pp pp", clock);
    auto &repo = vault->checkIns();
    const QDate day(2026, 6, 10);
    QStringList created;
    for (int mood : {2, 3, 3}) {
        created.prepend(repo.create(checkIn(mood, day)).id);
        clock.advance(1000);
    }
    const auto other = repo.create(checkIn(5, QDate(2026, 6, 11)));
    QStringList listed;
    for (const auto &c : repo.between(day, day))
        listed << c.id;
    CHECK(listed == created);
    CHECK(repo.between(day, QDate(2026, 6, 11)).first().id == other.id);
    CHECK(repo.between(QDate(2026, 6, 12), QDate(2026, 6, 20)).isEmpty());
    CHECK(repo.latest(2).size() == 2);
    CHECK(repo.latest(2).first().id == other.id);
    CHECK(repo.count() == 4);
    CHECK(repo.between(day, day, 2).size() == 2);
}

TEST_CASE("DayMood: the mean, rounded half up, low at 2 and below", "[checkins][daymood]") {
    auto level = [](double avg) {
        DayMood d;
        d.average = avg;
        return d.level();
    };
    CHECK(level(0) == 0);
    CHECK(level(1) == 1);
    CHECK(level(1.5) == 2);
    CHECK(level(2.49) == 2);
    CHECK(level(2.5) == 3);
    CHECK(level(8.0 / 3) == 3);
    CHECK(level(4.5) == 5);
    CHECK(level(5) == 5);
    DayMood d;
    CHECK_FALSE(d.isLow()); // no mood is not a low mood
    d.average = 2.49;
    CHECK(d.isLow());
    d.average = 2.5;
    CHECK_FALSE(d.isLow());
    d.average = 1;
    CHECK(d.isLow());
}

TEST_CASE("The day's mood: check-ins first, entry moods as fallback", "[checkins][daymood]") {
    QTemporaryDir tmp;
    FakeClock clock(june15());
    auto vault = createVault(tmp.filePath(QStringLiteral("v")), "pp pp pp pp", clock);
    auto &repo = vault->checkIns();
    auto &journal = vault->journal();

    const QDate halfDay(2026, 6, 1), lowDay(2026, 6, 2), entryDay(2026, 6, 3), bothDay(2026, 6, 4),
        noMoodDay(2026, 6, 5), emptyDay(2026, 6, 6), thirds(2026, 6, 7);
    for (int m : {2, 3})
        repo.create(checkIn(m, halfDay));
    for (int m : {1, 2, 2})
        repo.create(checkIn(m, lowDay));
    journal.create(entryDay, 1, QStringLiteral("a"));
    journal.create(entryDay, 2, QStringLiteral("b"));
    journal.create(entryDay, JournalEntry::kNoMood, QStringLiteral("no mood"));
    repo.create(checkIn(4, bothDay));
    journal.create(bothDay, 1, QStringLiteral("c"));
    journal.create(noMoodDay, JournalEntry::kNoMood, QStringLiteral("d"));
    for (int m : {2, 3, 3})
        repo.create(checkIn(m, thirds));

    const DayMood half = repo.dayMood(halfDay);
    CHECK(half.date == halfDay);
    CHECK(half.average == Approx(2.5));
    CHECK(half.checkIns == 2);
    CHECK(half.entries == 0);
    CHECK(half.level() == 3);
    CHECK_FALSE(half.isLow());

    const DayMood low = repo.dayMood(lowDay);
    CHECK(low.average == Approx(5.0 / 3));
    CHECK(low.level() == 2);
    CHECK(low.isLow());

    const DayMood fromEntries = repo.dayMood(entryDay);
    CHECK(fromEntries.checkIns == 0);
    CHECK(fromEntries.entries == 2);
    CHECK(fromEntries.average == Approx(1.5));
    CHECK(fromEntries.level() == 2);
    CHECK(fromEntries.isLow());

    const DayMood both = repo.dayMood(bothDay);
    CHECK(both.checkIns == 1);
    CHECK(both.entries == 1);
    CHECK(both.average == Approx(4)); // the check-in defines the day
    CHECK_FALSE(both.isLow());

    for (const QDate &d : {noMoodDay, emptyDay}) {
        const DayMood none = repo.dayMood(d);
        CHECK(none.date == d);
        CHECK(none.average == 0);
        CHECK(none.level() == 0);
        CHECK_FALSE(none.isLow());
    }
    CHECK(repo.dayMood(thirds).level() == 3);

    const auto range = repo.dayMoods(halfDay, emptyDay);
    QList<QDate> dates;
    for (const auto &m : range)
        dates << m.date;
    CHECK(dates == QList<QDate>{halfDay, lowDay, entryDay, bothDay});
    CHECK(repo.dayMoods(QDate(2026, 6, 2), QDate(2026, 6, 3)).size() == 2);
    CHECK(repo.dayMoods(QDate(2026, 7, 1), QDate(2026, 7, 31)).isEmpty());

    // Removing the only check-in falls back to the entries.
    const auto onlyCheckIn = repo.between(bothDay, bothDay).first();
    repo.remove(onlyCheckIn.id);
    CHECK(repo.dayMood(bothDay).average == Approx(1));
    CHECK(repo.dayMood(bothDay).isLow());
}

TEST_CASE("Check-ins refuse bad input with clear errors", "[checkins]") {
    QTemporaryDir tmp;
    FakeClock clock(june15());
    auto vault = createVault(tmp.filePath(QStringLiteral("v")), "pp pp pp pp", clock);
    auto &repo = vault->checkIns();

    CHECK(invalidInputMessage([&] { repo.create(checkIn(0)); }).contains(QStringLiteral("1 to 5")));
    CHECK(invalidInputMessage([&] { repo.create(checkIn(6)); }).contains(QStringLiteral("1 to 5")));
    CHECK(invalidInputMessage([&] { repo.create(checkIn(-3)); }).contains(QStringLiteral("1 to 5")));
    CHECK(invalidInputMessage([&] {
              repo.create(checkIn(3, {}, QStringLiteral("two\nlines")));
          }).contains(QStringLiteral("single line")));
    CHECK(invalidInputMessage([&] {
              repo.create(checkIn(3, {}, QStringLiteral("bell\a")));
          }).contains(QStringLiteral("control character")));
    CHECK(invalidInputMessage([&] {
              repo.create(checkIn(3, {}, QStringLiteral("esc\x1b[0m")));
          }).contains(QStringLiteral("control character")));
    CHECK(invalidInputMessage([&] {
              repo.create(checkIn(3, {}, QStringLiteral("sep\u2028x")));
          }).contains(QStringLiteral("control character")));
    CHECK(invalidInputMessage([&] {
              repo.create(checkIn(3, {}, QString(QChar(0xDC00))));
          }).contains(QStringLiteral("broken character")));
    CHECK(invalidInputMessage([&] {
              repo.create(checkIn(3, {}, QString(281, QLatin1Char('x'))));
          }).contains(QStringLiteral("too long")));
    CHECK(invalidInputMessage([&] {
              repo.create(checkIn(3, QDate(2026, 6, 17)));
          }).contains(QStringLiteral("future")));
    CHECK(invalidInputMessage([&] {
              repo.create(checkIn(3, QDate(9999, 1, 1)));
          }).contains(QStringLiteral("future")));
    CHECK(invalidInputMessage([&] {
              repo.create(checkIn(3, QDate(1899, 12, 31)));
          }).contains(QStringLiteral("valid date")));
    for (const QString &badId :
         {QStringLiteral("bad id!"), QStringLiteral("emotion:ä"), QString(), QStringLiteral("x|y"),
          QString(65, QLatin1Char('a')), QStringLiteral("'; DROP TABLE checkins; --")}) {
        CheckIn c = checkIn(3);
        c.emotions = {badId};
        CHECK(invalidInputMessage([&] { repo.create(c); }).contains(QStringLiteral("not a known item")));
        c.emotions.clear();
        c.efforts = {badId};
        CHECK(invalidInputMessage([&] { repo.create(c); }).contains(QStringLiteral("not a known item")));
    }
    CheckIn tooMany = checkIn(3);
    for (int i = 0; i <= CheckIn::kMaxChoices; ++i)
        tooMany.emotions << QStringLiteral("emotion:e%1").arg(i);
    CHECK(invalidInputMessage([&] { repo.create(tooMany); }).contains(QStringLiteral("too many")));
    CHECK(repo.count() == 0);
    CHECK(vault->store().db().queryInt(QStringLiteral("SELECT count(*) FROM change_log")) == 0);

    // The limits themselves are fine.
    CHECK(repo.create(checkIn(1, QDate(2026, 6, 16), QString(280, QLatin1Char('x')))).note.size() == 280);
    CHECK(repo.create(checkIn(5, QDate(1900, 1, 1), QStringLiteral("tab\tok 😀"))).note ==
          QStringLiteral("tab\tok 😀"));
    CHECK(repo.count() == 2);

    // Updates are validated the same way and leave the stored row alone.
    CheckIn c = repo.latest(1).first();
    const CheckIn before = c;
    c.mood = 9;
    CHECK_THROWS_AS(repo.update(c), Error);
    c.mood = 3;
    c.note = QStringLiteral("a\nb");
    CHECK_THROWS_AS(repo.update(c), Error);
    CHECK(*repo.find(c.id) == before);
}

TEST_CASE("Small wins: add, list, remove, restore", "[checkins][wins]") {
    QTemporaryDir tmp;
    FakeClock clock(june15());
    auto vault = createVault(tmp.filePath(QStringLiteral("v")), "pp pp pp pp", clock);
    auto &repo = vault->checkIns();

    qint64 seq = lastSeq(*vault);
    const SmallWin today = repo.addWin(QDate(), QStringLiteral("  Got a callback 📞  "));
    CHECK(today.date == QDate(2026, 6, 15));
    CHECK(today.text == QStringLiteral("Got a callback 📞"));
    auto log = logSince(*vault, seq);
    CHECK(fields(log) == QStringList{QStringLiteral("entry_date"), QStringLiteral("text"),
                                     QStringLiteral("created_at"), QStringLiteral("updated_at")});
    for (const auto &r : log) {
        CHECK(r.entity == QStringLiteral("win"));
        CHECK(r.recordId == today.id);
    }
    clock.advance(1000);
    const SmallWin earlier = repo.addWin(QDate(2026, 6, 1), QStringLiteral("Final round!"));
    clock.advance(1000);
    const SmallWin sameDay = repo.addWin(QDate(2026, 6, 15), QStringLiteral("Good feedback"));

    QStringList listed;
    for (const auto &w : repo.wins(10))
        listed << w.id;
    CHECK(listed == QStringList{sameDay.id, today.id, earlier.id});
    CHECK(repo.wins(1, 2).first().id == earlier.id);
    CHECK(repo.winCount() == 3);
    CHECK(repo.winsBetween(QDate(2026, 6, 1), QDate(2026, 6, 14)).size() == 1);
    CHECK(*repo.findWin(earlier.id) == earlier);

    seq = lastSeq(*vault);
    repo.removeWin(earlier.id);
    CHECK_FALSE(repo.findWin(earlier.id));
    CHECK(repo.winCount() == 2);
    log = logSince(*vault, seq);
    REQUIRE(log.size() == 1);
    CHECK(log[0].field == WriteTransaction::kDeletedField);
    CHECK(tombstones(*vault, QStringLiteral("win"), earlier.id) == 1);
    CHECK_THROWS_AS(repo.removeWin(earlier.id), Error);

    seq = lastSeq(*vault);
    CHECK(repo.restoreWin(earlier) == earlier);
    CHECK(*repo.findWin(earlier.id) == earlier);
    CHECK(logSince(*vault, seq).size() == 5); // 4 fields and "_deleted" = 0
    CHECK(tombstones(*vault, QStringLiteral("win"), earlier.id) == 0);
    // Restoring a win that is there is a clear error, not a database one.
    CHECK(invalidInputMessage([&] { repo.restoreWin(earlier); }).contains(QStringLiteral("not deleted")));
    SmallWin blank = earlier;
    blank.id.clear();
    CHECK(invalidInputMessage([&] { repo.restoreWin(blank); }) != QStringLiteral("no error"));
    CHECK(repo.winCount() == 3);
}

TEST_CASE("Small wins refuse bad input", "[checkins][wins]") {
    QTemporaryDir tmp;
    FakeClock clock(june15());
    auto vault = createVault(tmp.filePath(QStringLiteral("v")), "pp pp pp pp", clock);
    auto &repo = vault->checkIns();
    CHECK(invalidInputMessage([&] { repo.addWin({}, QString()); }).contains(QStringLiteral("few words")));
    CHECK(invalidInputMessage([&] {
              repo.addWin({}, QStringLiteral(" \t "));
          }).contains(QStringLiteral("few words")));
    CHECK(invalidInputMessage([&] {
              repo.addWin({}, QStringLiteral("a\nb"));
          }).contains(QStringLiteral("single line")));
    CHECK(invalidInputMessage([&] {
              repo.addWin({}, QStringLiteral("nul") + QChar(0));
          }).contains(QStringLiteral("control character")));
    CHECK(invalidInputMessage([&] {
              repo.addWin({}, QString(SmallWin::kMaxTextChars + 1, QLatin1Char('w')));
          }).contains(QStringLiteral("too long")));
    CHECK(invalidInputMessage([&] {
              repo.addWin(QDate(2030, 1, 1), QStringLiteral("future win"));
          }).contains(QStringLiteral("future")));
    CHECK(repo.winCount() == 0);
    CHECK(repo.addWin({}, QString(SmallWin::kMaxTextChars, QLatin1Char('w'))).text.size() ==
          SmallWin::kMaxTextChars);
}

TEST_CASE("Catalog: built-in emotions and efforts in order", "[checkins][catalog]") {
    QTemporaryDir tmp;
    FakeClock clock(june15());
    auto vault = createVault(tmp.filePath(QStringLiteral("v")), "pp pp pp pp", clock);
    auto &cat = vault->catalog();
    using Kind = CatalogItem::Kind;

    const auto emotions = cat.items(Kind::Emotion);
    CHECK(emotions == CatalogRepository::builtIns(Kind::Emotion));
    // The starting list from the issue, in this order (other built-ins may sit between).
    const QStringList starting{QStringLiteral("disappointed"), QStringLiteral("frustrated"),
                               QStringLiteral("disheartened"), QStringLiteral("anxious"),
                               QStringLiteral("embarrassed"),  QStringLiteral("hopeful"),
                               QStringLiteral("relieved"),     QStringLiteral("proud"),
                               QStringLiteral("motivated"),    QStringLiteral("calm")};
    int at = 0;
    for (const QString &name : starting) {
        const QStringList all = names(emotions);
        const int index = int(all.indexOf(name));
        INFO(name.toStdString());
        CHECK(index >= at);
        at = std::max(at, index);
        REQUIRE(index >= 0);
        CHECK(emotions[index].id == QStringLiteral("emotion:") + name);
        CHECK(emotions[index].valence == (starting.indexOf(name) < 5 ? -1 : 1));
    }
    for (int i = 0; i < emotions.size(); ++i) {
        CHECK(emotions[i].builtIn);
        CHECK_FALSE(emotions[i].hidden);
        CHECK(emotions[i].position == i);
        CHECK(emotions[i].kind == Kind::Emotion);
    }
    const auto efforts = cat.items(Kind::Effort);
    CHECK(names(efforts) == QStringList{QStringLiteral("applied"), QStringLiteral("reached out"),
                                        QStringLiteral("practised"), QStringLiteral("learned"),
                                        QStringLiteral("exercised"), QStringLiteral("rested")});
    CHECK(ids(efforts).contains(QStringLiteral("effort:reached-out")));
    for (const auto &e : efforts)
        CHECK(e.valence == 0);
    CHECK(vault->store().db().queryInt(QStringLiteral("SELECT count(*) FROM catalog_items")) == 0);
}

TEST_CASE("Catalog: add, rename, hide, resolve, every write logged", "[checkins][catalog][changelog]") {
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("v"));
    FakeClock clock(june15());
    auto vault = createVault(dir, "pp pp pp pp", clock);
    auto &cat = vault->catalog();
    using Kind = CatalogItem::Kind;
    const int builtInCount = int(CatalogRepository::builtIns(Kind::Emotion).size());

    // Add.
    qint64 seq = lastSeq(*vault);
    const CatalogItem curious = cat.add(Kind::Emotion, QStringLiteral("  Curious "), 1);
    CHECK(curious.name == QStringLiteral("Curious"));
    CHECK(curious.id.startsWith(QStringLiteral("emotion:")));
    CHECK(curious.id.size() > 20);
    CHECK(curious.valence == 1);
    CHECK_FALSE(curious.builtIn);
    CHECK_FALSE(curious.hidden);
    CHECK(curious.position == builtInCount);
    auto log = logSince(*vault, seq);
    CHECK(fields(log) == QStringList{QStringLiteral("kind"), QStringLiteral("name"),
                                     QStringLiteral("valence"), QStringLiteral("hidden"),
                                     QStringLiteral("created_at"), QStringLiteral("updated_at")});
    for (const auto &r : log) {
        CHECK(r.entity == QStringLiteral("catalog_item"));
        CHECK(r.recordId == curious.id);
    }
    auto emotions = cat.items(Kind::Emotion);
    REQUIRE(emotions.size() == builtInCount + 1);
    CHECK(emotions.last() == curious);
    CHECK(cat.add(Kind::Emotion, QStringLiteral("Wobbly"), 7).valence == 1); // clamped
    CHECK(cat.add(Kind::Effort, QStringLiteral("Mock interview")).kind == Kind::Effort);
    CHECK(cat.items(Kind::Effort).last().name == QStringLiteral("Mock interview"));
    CHECK(cat.items(Kind::Emotion).size() == builtInCount + 2); // kinds stay apart

    // Duplicates are refused case-insensitively, against built-ins too.
    seq = lastSeq(*vault);
    CHECK(invalidInputMessage([&] {
              cat.add(Kind::Emotion, QStringLiteral("curious"));
          }).contains(QStringLiteral("already in the list")));
    CHECK(invalidInputMessage([&] {
              cat.add(Kind::Emotion, QStringLiteral("ANXIOUS"));
          }).contains(QStringLiteral("already in the list")));
    CHECK(invalidInputMessage([&] {
              cat.add(Kind::Effort, QStringLiteral("Reached Out"));
          }).contains(QStringLiteral("already in the list")));
    CHECK(invalidInputMessage([&] {
              cat.add(Kind::Emotion, QStringLiteral("   "));
          }).contains(QStringLiteral("name")));
    CHECK(invalidInputMessage([&] {
              cat.add(Kind::Emotion, QString(41, QLatin1Char('n')));
          }).contains(QStringLiteral("too long")));
    CHECK(invalidInputMessage([&] {
              cat.add(Kind::Emotion, QStringLiteral("two\nlines"));
          }).contains(QStringLiteral("single line")));
    CHECK(logSince(*vault, seq).isEmpty());
    // The same name in the other list is fine.
    CHECK_NOTHROW(cat.add(Kind::Effort, QStringLiteral("Curious")));

    // Rename a built-in: its row appears on first change.
    seq = lastSeq(*vault);
    CatalogItem anxious = cat.rename(QStringLiteral("emotion:anxious"), QStringLiteral(" Nervous "));
    CHECK(anxious.name == QStringLiteral("Nervous"));
    CHECK(anxious.builtIn);
    CHECK(cat.nameOf(QStringLiteral("emotion:anxious")) == QStringLiteral("Nervous"));
    log = logSince(*vault, seq);
    CHECK(fields(log) == QStringList{QStringLiteral("kind"), QStringLiteral("valence"),
                                     QStringLiteral("created_at"), QStringLiteral("updated_at"),
                                     QStringLiteral("name")});
    for (const auto &r : log)
        CHECK(r.recordId == QStringLiteral("emotion:anxious"));
    CHECK(log.last().value.toString() == QStringLiteral("Nervous"));
    // Resolve by id, short id and name (case-insensitive, trimmed).
    CHECK(cat.resolve(Kind::Emotion, QStringLiteral("emotion:anxious"))->name == QStringLiteral("Nervous"));
    CHECK(cat.resolve(Kind::Emotion, QStringLiteral("anxious"))->id == QStringLiteral("emotion:anxious"));
    CHECK(cat.resolve(Kind::Emotion, QStringLiteral(" NERVOUS "))->id == QStringLiteral("emotion:anxious"));
    CHECK(cat.resolve(Kind::Emotion, QStringLiteral("curious"))->id == curious.id);
    CHECK(cat.resolve(Kind::Emotion, curious.id.section(QLatin1Char(':'), 1))->id == curious.id);
    CHECK(cat.resolve(Kind::Effort, QStringLiteral("reached out"))->id ==
          QStringLiteral("effort:reached-out"));
    CHECK(cat.resolve(Kind::Effort, QStringLiteral("reached-out"))->id ==
          QStringLiteral("effort:reached-out"));
    CHECK_FALSE(cat.resolve(Kind::Effort, QStringLiteral("proud")));
    CHECK_FALSE(cat.resolve(Kind::Emotion, QStringLiteral("zzz")));
    CHECK_FALSE(cat.resolve(Kind::Emotion, QString()));
    CHECK_FALSE(cat.resolve(Kind::Emotion, QStringLiteral("emotion:")));

    // Second rename: only name and updated_at.
    seq = lastSeq(*vault);
    CHECK(cat.rename(QStringLiteral("emotion:anxious"), QStringLiteral("NERVOUS")).name ==
          QStringLiteral("NERVOUS")); // its own name in another case is fine
    CHECK(fields(logSince(*vault, seq)) == QStringList{QStringLiteral("name"), QStringLiteral("updated_at")});
    CHECK(invalidInputMessage([&] {
              cat.rename(QStringLiteral("emotion:anxious"), QStringLiteral("hopeful"));
          }).contains(QStringLiteral("already in the list")));
    CHECK(invalidInputMessage([&] {
              cat.rename(curious.id, QStringLiteral("Proud"));
          }).contains(QStringLiteral("already in the list")));
    CHECK(invalidInputMessage([&] { cat.rename(curious.id, QString()); }).contains(QStringLiteral("name")));
    CHECK(invalidInputMessage([&] { cat.rename(curious.id, QStringLiteral("a\tb\x01")); }) !=
          QStringLiteral("no error"));
    try {
        cat.rename(QStringLiteral("emotion:nope"), QStringLiteral("x"));
        FAIL("renamed a missing item");
    } catch (const Error &e) {
        CHECK(e.code() == ErrorCode::NotFound);
    }

    // The old built-in name is free while renamed; resetting must not create a duplicate.
    const CatalogItem userAnxious = cat.add(Kind::Emotion, QStringLiteral("Anxious"));
    CHECK(invalidInputMessage([&] {
              cat.rename(QStringLiteral("emotion:anxious"), QString());
          }).contains(QStringLiteral("already in the list")));
    CHECK(cat.nameOf(QStringLiteral("emotion:anxious")) == QStringLiteral("NERVOUS"));
    cat.rename(userAnxious.id, QStringLiteral("Jittery"));
    // An empty name gives a built-in its original name back.
    seq = lastSeq(*vault);
    CHECK(cat.rename(QStringLiteral("emotion:anxious"), QStringLiteral("  ")).name ==
          QStringLiteral("anxious"));
    log = logSince(*vault, seq);
    CHECK(fields(log) == QStringList{QStringLiteral("name"), QStringLiteral("updated_at")});
    CHECK(log[0].value.isNull());
    CHECK(cat.nameOf(QStringLiteral("emotion:anxious")) == QStringLiteral("anxious"));
    CHECK(cat.nameOf(QStringLiteral("emotion:unknown")) == QStringLiteral("emotion:unknown"));

    // Hide and show.
    seq = lastSeq(*vault);
    CHECK(cat.setHidden(QStringLiteral("emotion:calm"), true).hidden);
    CHECK(fields(logSince(*vault, seq)) ==
          QStringList{QStringLiteral("kind"), QStringLiteral("valence"), QStringLiteral("created_at"),
                      QStringLiteral("updated_at"), QStringLiteral("hidden")});
    CHECK_FALSE(names(cat.visibleItems(Kind::Emotion)).contains(QStringLiteral("calm")));
    CHECK(names(cat.items(Kind::Emotion)).contains(QStringLiteral("calm")));
    CHECK(invalidInputMessage([&] {
              cat.add(Kind::Emotion, QStringLiteral("Calm"));
          }).contains(QStringLiteral("hidden")));
    seq = lastSeq(*vault);
    cat.setHidden(QStringLiteral("emotion:calm"), true); // no change, nothing logged
    CHECK(logSince(*vault, seq).isEmpty());
    CHECK_FALSE(cat.setHidden(QStringLiteral("emotion:calm"), false).hidden);
    CHECK(fields(logSince(*vault, seq)) ==
          QStringList{QStringLiteral("hidden"), QStringLiteral("updated_at")});
    CHECK(names(cat.visibleItems(Kind::Emotion)).contains(QStringLiteral("calm")));
    cat.setHidden(curious.id, true);
    CHECK_FALSE(ids(cat.visibleItems(Kind::Emotion)).contains(curious.id));
    // The built-in order is kept whatever was changed.
    CHECK(ids(cat.items(Kind::Emotion)).mid(0, builtInCount) ==
          ids(CatalogRepository::builtIns(Kind::Emotion)));

    // Everything survives locking and unlocking.
    const auto before = cat.items(Kind::Emotion);
    const auto beforeEfforts = cat.items(Kind::Effort);
    vault.reset();
    vault = Vault::unlock(dir, secret("pp pp pp pp"), clock);
    CHECK(vault->catalog().items(Kind::Emotion) == before);
    CHECK(vault->catalog().items(Kind::Effort) == beforeEfforts);
    const qint64 logged = vault->store().db().queryInt(
        QStringLiteral("SELECT count(DISTINCT record_id) FROM change_log WHERE entity = 'catalog_item'"));
    CHECK(logged == vault->store().db().queryInt(QStringLiteral("SELECT count(*) FROM catalog_items")));
}
