// Daylio "Export entries (CSV)" import: the files the app writes (with and
// without note_title), Unicode kept exactly, and every malformed file refused
// with its line number.
#include "TestSupport.h"
#include "services/DaylioCsv.h"

#include <QElapsedTimer>
#include <QFile>

using namespace rebound;

namespace {

QByteArray fixture(const char *name) {
    QFile f(QStringLiteral(REBOUND_TEST_DATA "/daylio/") + QString::fromUtf8(name));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QString s(const char *utf8) {
    return QString::fromUtf8(utf8);
}

// A literal with its NUL bytes.
template <qsizetype N> QByteArray bytes(const char (&literal)[N]) {
    return QByteArray(literal, N - 1);
}

// A row as the parser returns it, for exact comparison.
struct Expect {
    int line = 0;
    QDate date = {};
    QTime time = {};
    QString moodName = {};
    int mood = 0;
    QStringList activities = {};
    QString title = {};
    QString note = {};
};

void requireRows(const daylio::ParseResult &r, const QList<Expect> &expected) {
    INFO((r.error ? r.error->message.toStdString() : std::string("no error")));
    REQUIRE(r.ok());
    REQUIRE(r.rows.size() == expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        INFO("row " << i);
        const Expect &want = expected.at(i);
        const daylio::Row &got = r.rows.at(i);
        CHECK(got.line == want.line);
        CHECK(got.date == want.date);
        CHECK(got.time == want.time);
        CHECK(got.time.isValid() == want.time.isValid());
        CHECK(got.moodName == want.moodName);
        CHECK(got.mood == want.mood);
        CHECK(got.activities == want.activities);
        CHECK(got.title == want.title);
        CHECK(got.note == want.note);
    }
}

void requireError(const QByteArray &input, int line, const QString &message) {
    const daylio::ParseResult r = daylio::parse(input);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error->line == line);
    CHECK(r.error->message == message);
    CHECK(r.rows.isEmpty());
    CHECK(r.unknownMoods.isEmpty());
    CHECK(r.warnings.isEmpty());
}

const QByteArray kHeader = "full_date,date,weekday,time,mood,activities,note_title,note\n";

// One data row of the modern layout.
QByteArray row(const QByteArray &date, const QByteArray &time, const QByteArray &mood,
               const QByteArray &activities = {}, const QByteArray &title = {}, const QByteArray &note = {}) {
    return date + ",d,w," + time + ',' + mood + ',' + activities + ',' + title + ',' + note + '\n';
}

} // namespace

TEST_CASE("Daylio modern export with note_title, custom moods, 12 and 24 hour times", "[daylio]") {
    const auto r = daylio::parse(fixture("modern.csv"));
    requireRows(r, {
                       {2,
                        QDate(2024, 3, 2),
                        QTime(20, 15),
                        s("good"),
                        4,
                        {s("work"), s("friends"), s("reading")},
                        s("Busy day"),
                        s("Sent two applications.\nFelt ok.")},
                       {3,
                        QDate(2024, 3, 2),
                        QTime(8, 15),
                        s("rad"),
                        5,
                        {s("exercise"), s("family")},
                        QString(),
                        s("Morning run & breakfast with Mum <3")},
                       {4, QDate(2024, 3, 1), QTime(8, 5), s("awful"), 1},
                       {5,
                        QDate(2024, 2, 29),
                        QTime(23, 59),
                        s("meh"),
                        3,
                        {s("job search"), s("interview")},
                        s("Interview at Northwind"),
                        s("Technical round went \"fine\".\nAsked about on-call.\nWaiting for feedback 'til "
                          "Friday.  <b>Keep "
                          "going</b>")},
                       {6,
                        QDate(2024, 2, 28),
                        QTime(12, 0),
                        s("Bad"),
                        2,
                        {s("rejection")},
                        QString(),
                        s("Got the rejection email.")},
                       {7, QDate(2024, 2, 27), QTime(0, 30), s("sleepy"), 0},
                       {8,
                        QDate(2024, 2, 26),
                        QTime(19, 45),
                        s("Productive"),
                        0,
                        {s("work")},
                        QString(),
                        s("Wrote the cover letter, finally")},
                       {9, QDate(2024, 2, 25), QTime(7, 0), s("sleepy"), 0},
                   });
    CHECK(r.unknownMoods == QStringList{s("sleepy"), s("Productive")});
    CHECK(r.warnings.isEmpty());
}

TEST_CASE("Daylio older export without note_title", "[daylio]") {
    const auto r = daylio::parse(fixture("legacy.csv"));
    requireRows(r, {
                       {2, QDate(2019, 11, 3), QTime(21, 41), s("good"), 4, {s("friends"), s("movies / tv")}},
                       {3,
                        QDate(2019, 11, 3),
                        QTime(13, 8),
                        s("rad"),
                        5,
                        {s("walk")},
                        QString(),
                        s("Long walk by the river")},
                       {4,
                        QDate(2019, 11, 2),
                        QTime(10, 21),
                        s("meh"),
                        3,
                        {},
                        QString(),
                        s("Applied to 3 jobs\nNone replied yet")},
                       {5, QDate(2019, 11, 1), QTime(23, 54), s("awful"), 1, {s("bad sleep"), s("stressed")}},
                   });
    CHECK(r.unknownMoods.isEmpty());
    CHECK(r.warnings.isEmpty());
}

TEST_CASE("Daylio export with a BOM, CRLF, multi-line quoted notes and emoji, CJK, RTL, combining marks",
          "[daylio]") {
    const QByteArray data = fixture("unicode-crlf-bom.csv");
    REQUIRE(data.startsWith("\xEF\xBB\xBF"));
    REQUIRE(data.count("\r\n") == 9);
    REQUIRE(data.count('\n') == 9); // every line ends in CRLF
    const auto r = daylio::parse(data);
    requireRows(
        r, {
               // spans lines 2-5
               {2,
                QDate(2024, 5, 10),
                QTime(21, 30),
                s("rad"),
                5,
                {s("家族"), s("🎉 party"), s("عائلة")},
                s("今日は最高の日"),
                s("First line\nSecond line with a \"quote\", and a comma\n\nFourth line 👩🏽‍💻")},
               // spans lines 6-7; line 8 is empty
               {6,
                QDate(2024, 5, 9),
                QTime(19, 15),
                s("good"),
                4,
                {s("café")},
                s("שלום עולם"),
                QStringLiteral(u"مرحبا بالعالم — RTL text\nZoe\u0308 and n\u0303 stay decomposed")},
               {9,
                QDate(2024, 5, 8),
                QTime(9, 0),
                s("meh"),
                3,
                {},
                s("Title, with comma"),
                s("Single line 😀 😀 é 🇺🇦")},
           });
    // exact code units: nothing normalised, surrogate pairs and the ZWJ sequence intact
    const QString &note = r.rows.at(0).note;
    CHECK(note.endsWith(QStringLiteral(u"\U0001F469\U0001F3FD\u200D\U0001F4BB")));
    CHECK(r.rows.at(1).note.toUtf8().contains("Zoe\xCC\x88"));
    CHECK(r.rows.at(1).note.toUtf8() ==
          QByteArray("\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7 "
                     "\xD8\xA8\xD8\xA7\xD9\x84\xD8\xB9\xD8\xA7\xD9\x84\xD9\x85 "
                     "\xE2\x80\x94 RTL text\nZoe\xCC\x88 and n\xCC\x83 stay decomposed"));
    CHECK(r.warnings.isEmpty());
}

TEST_CASE("Daylio mood words", "[daylio]") {
    CHECK(daylio::moodLevel(s("rad")) == 5);
    CHECK(daylio::moodLevel(s("good")) == 4);
    CHECK(daylio::moodLevel(s("meh")) == 3);
    CHECK(daylio::moodLevel(s("bad")) == 2);
    CHECK(daylio::moodLevel(s("awful")) == 1);
    CHECK(daylio::moodLevel(s("  RAD\t")) == 5);
    CHECK(daylio::moodLevel(s("Awful")) == 1);
    CHECK(daylio::moodLevel(s("rad!")) == 0);
    CHECK(daylio::moodLevel(s("great")) == 0);
    CHECK(daylio::moodLevel(s("gut")) == 0);
    CHECK(daylio::moodLevel(QString()) == 0);
    CHECK(daylio::moodLevel(s("b a d")) == 0);
}

TEST_CASE("Daylio custom moods are reported once each ignoring case, as first written, in first-seen order",
          "[daylio]") {
    const auto r = daylio::parse(kHeader + row("2024-01-05", "", " Tired ") + row("2024-01-04", "", "GOOD") +
                                 row("2024-01-03", "", "tired") + row("2024-01-02", "", "Tired") +
                                 row("2024-01-01", "", "😴 sleepy"));
    REQUIRE(r.ok());
    CHECK(r.unknownMoods == QStringList{s("Tired"), s("😴 sleepy")});
    REQUIRE(r.rows.size() == 5);
    CHECK(r.rows.at(0).moodName == s("Tired"));
    CHECK(r.rows.at(1).moodName == s("GOOD"));
    CHECK(r.rows.at(1).mood == 4);
    CHECK(r.rows.at(2).moodName == s("tired")); // the row keeps its own spelling
    CHECK(r.rows.at(2).mood == 0);
    CHECK(r.rows.at(4).mood == 0);
}

TEST_CASE("Daylio rows without a mood are skipped with one warning", "[daylio]") {
    SECTION("some rows") {
        const auto r =
            daylio::parse(kHeader + row("2024-01-04", "9:00", "good") + row("2024-01-03", "9:00", "") +
                          row("2024-01-02", "9:00", " ") + row("2024-01-01", "9:00", "\"\""));
        requireRows(r, {{2, QDate(2024, 1, 4), QTime(9, 0), s("good"), 4}});
        CHECK(r.warnings == QStringList{s("Entries without a mood were skipped: 3 (the first on line 3).")});
        CHECK(r.unknownMoods.isEmpty());
    }
    SECTION("every row: nothing to import, but the file is read") {
        const auto r = daylio::parse(kHeader + row("2024-01-01", "9:00", ""));
        REQUIRE(r.ok());
        CHECK(r.rows.isEmpty());
        CHECK(r.warnings == QStringList{s("Entries without a mood were skipped: 1 (the first on line 2).")});
    }
    SECTION("a row without a mood still needs a valid date and time") {
        requireError(kHeader + row("2024-01-01", "9:00", "") + row("2024-02-30", "9:00", ""), 3,
                     s("Line 3: the date “2024-02-30” is not a valid date."));
        requireError(kHeader + row("2024-01-01", "9:00 xm", ""), 2,
                     s("Line 2: the time “9:00 xm” is not a valid time."));
    }
}

TEST_CASE("Daylio activities: split on '|', trimmed, empty and repeated ones dropped", "[daylio]") {
    const auto activities = [](const QByteArray &field) {
        const auto r = daylio::parse(kHeader + row("2024-01-01", "9:00", "good", field));
        INFO((r.error ? r.error->message.toStdString() : std::string("no error")));
        REQUIRE(r.ok());
        REQUIRE(r.rows.size() == 1);
        return r.rows.first().activities;
    };
    CHECK(activities("") == QStringList());
    CHECK(activities("\"\"") == QStringList());
    CHECK(activities("\" | | \"") == QStringList());
    CHECK(activities("work") == QStringList{s("work")});
    CHECK(activities("work|gym") == QStringList{s("work"), s("gym")});
    CHECK(activities("\"  Work | work | WORK | gym| Gym |work \"") == QStringList{s("Work"), s("gym")});
    CHECK(activities("\"movies / tv | good meal | 운동 | ÉTÉ | été\"") ==
          QStringList{s("movies / tv"), s("good meal"), s("운동"), s("ÉTÉ")});
    // simple case folding, as Qt::CaseInsensitive compares: "ß" is not "SS"
    CHECK(activities("\"Straße | STRASSE | STRAßE\"") == QStringList{s("Straße"), s("STRASSE")});
    CHECK(activities("\"a, b | c\"") == QStringList{s("a, b"), s("c")});
}

TEST_CASE("Daylio note markup: line break tags, entities, other tags kept, trimmed", "[daylio]") {
    const auto note = [](const QByteArray &field) {
        const auto r = daylio::parse(kHeader + row("2024-01-01", "9:00", "good", {}, {}, field));
        INFO((r.error ? r.error->message.toStdString() : std::string("no error")));
        REQUIRE(r.ok());
        REQUIRE(r.rows.size() == 1);
        return r.rows.first().note;
    };
    CHECK(note("\"a<br>b<br/>c<br />d<BR>e<Br  />f\"") == s("a\nb\nc\nd\ne\nf"));
    CHECK(note("\"<br><br>Text<br><br>\"") == s("Text"));
    CHECK(note("\"&amp; &lt; &gt; &quot; &#39; x&nbsp;y\"") == s("& < > \" ' x y"));
    CHECK(note("\"&amp;lt; is decoded once\"") == s("&lt; is decoded once"));
    CHECK(note("\"&#233;&#xE9;&#X1F600;&apos;\"") == s("éé😀'"));
    CHECK(note("\"kept: &copy; &AMP; &#0; &#x7; &#xD800; &#x110000; &#12345678; &; & ;\"") ==
          s("kept: &copy; &AMP; &#0; &#x7; &#xD800; &#x110000; &#12345678; &; & ;"));
    CHECK(note("\"Fish & chips &amp\"") == s("Fish & chips &amp"));
    CHECK(note("\"<b>bold</b> <i>it</i> <ul><li>one</li></ul> <brx> <br/ > < br>\"") ==
          s("<b>bold</b> <i>it</i> <ul><li>one</li></ul> <brx> <br/ > < br>"));
    CHECK(note("\"  line one\r\nline two\rline three\n  \"") == s("line one\nline two\nline three"));
    CHECK(note("\"tab\there\"") == s("tab\there"));
    CHECK(note(bytes("\"nul\0 and bell\a and DEL\x7f dropped\"")) == s("nul and bell and DEL dropped"));
    CHECK(note("unquoted note") == s("unquoted note"));
    CHECK(note("\"\"\"quoted\"\" whole\"") == s("\"quoted\" whole"));
}

TEST_CASE("Daylio titles are one line with entities decoded", "[daylio]") {
    const auto r =
        daylio::parse(kHeader + row("2024-01-01", "9:00", "good", {}, "\"  Tom &amp; Jerry<br>part\r\n2 \"") +
                      row("2024-01-02", "9:00", "good", {}, "\"\""));
    REQUIRE(r.ok());
    CHECK(r.rows.at(0).title == s("Tom & Jerry part 2"));
    CHECK(r.rows.at(1).title == QString());
}

TEST_CASE("Daylio times: 24 hour, am/pm in any case, seconds, absent", "[daylio]") {
    const auto time = [](const QByteArray &field) {
        const auto r = daylio::parse(kHeader + row("2024-01-01", field, "good"));
        INFO((r.error ? r.error->message.toStdString() : std::string("no error")));
        REQUIRE(r.ok());
        REQUIRE(r.rows.size() == 1);
        return r.rows.first().time;
    };
    CHECK(time("20:15") == QTime(20, 15));
    CHECK(time("0:00") == QTime(0, 0));
    CHECK(time("00:00") == QTime(0, 0));
    CHECK(time("23:59") == QTime(23, 59));
    CHECK(time("08:05") == QTime(8, 5));
    CHECK(time("20:15:42") == QTime(20, 15, 42));
    CHECK(time("8:15 PM") == QTime(20, 15));
    CHECK(time("8:15 pm") == QTime(20, 15));
    CHECK(time("8:15 am") == QTime(8, 15));
    CHECK(time("8:15 AM") == QTime(8, 15));
    CHECK(time("8:15pm") == QTime(20, 15));
    CHECK(time("8:15 p.m.") == QTime(20, 15));
    CHECK(time("8:15 A.M.") == QTime(8, 15));
    CHECK(time("12:00 am") == QTime(0, 0));
    CHECK(time("12:30 AM") == QTime(0, 30));
    CHECK(time("12:00 pm") == QTime(12, 0));
    CHECK(time("12:59 PM") == QTime(12, 59));
    CHECK(time("11:59 pm") == QTime(23, 59));
    CHECK(time("1:00 am") == QTime(1, 0));
    CHECK(time("\" 7:45 pm \"") == QTime(19, 45));
    CHECK(time("8:15\xC2\xA0PM") == QTime(20, 15));     // no-break space
    CHECK(time("8:15\xE2\x80\xAFpm") == QTime(20, 15)); // narrow no-break space (Android 14)
    CHECK(time("") == QTime());
    CHECK_FALSE(time("").isValid());
    CHECK_FALSE(time("\"  \"").isValid());

    const auto r = daylio::parse("full_date,mood\n2024-01-01,good\n"); // no time column at all
    REQUIRE(r.ok());
    REQUIRE(r.rows.size() == 1);
    CHECK_FALSE(r.rows.first().time.isValid());
}

TEST_CASE("Daylio bad times and dates are errors with their line", "[daylio]") {
    const QByteArray first = kHeader + row("2024-01-01", "9:00", "good"); // line 2
    for (const char *bad :
         {"24:00", "8:60", "8:5", "123:00", "8", "8:15 xm", "0:15 am", "13:00 pm", "8:15 am pm", "-1:00",
          "8:15:60", "8:15:5", "8.15", "noon", "8:15 a.m", "٨:١٥", "８:１５"}) {
        INFO(bad);
        requireError(first + row("2024-01-02", bad, "good"), 3,
                     s("Line 3: the time “%1” is not a valid time.").arg(s(bad)));
    }
    for (const char *bad : {"2024-13-01", "2024-02-30", "2023-02-29", "2024-00-10", "2024-01-00",
                            "0000-01-01", "2024-1-01", "2024-01-1", "24-01-01", "2024/01/01", "01.01.2024",
                            "2024-01-01T10:00", "March 2", "2024-01-01x", "２０２４-01-01"}) {
        INFO(bad);
        requireError(first + row(bad, "9:00", "good"), 3,
                     s("Line 3: the date “%1” is not a valid date.").arg(s(bad)));
    }
    requireError(first + row("", "9:00", "good"), 3,
                 s("Line 3: the entry has no date (full_date is empty)."));
    requireError(first + row("\" \"", "9:00", "good"), 3,
                 s("Line 3: the entry has no date (full_date is empty)."));
    // a long value is shortened in the message
    requireError(first + row(QByteArray(100, '9'), "9:00", "good"), 3,
                 s("Line 3: the date “9999999999999999999999999999999999999999…” is not a valid date."));
    // leap day and surrounding spaces are fine
    const auto r = daylio::parse(kHeader + row("\" 2024-02-29 \"", "9:00", "good"));
    REQUIRE(r.ok());
    CHECK(r.rows.first().date == QDate(2024, 2, 29));
}

TEST_CASE("Daylio header: names in any order and case, extra columns ignored, blank lines skipped",
          "[daylio]") {
    SECTION("reordered columns, upper case, spaces, unknown columns") {
        const auto r = daylio::parse(" NOTE , scales,Mood,Full_Date ,activities,TIME,extra\n"
                                     "\"My note<br>two\",4,meh,2024-06-01,\"a | b\",6:30 pm,x\n");
        requireRows(r, {{2,
                         QDate(2024, 6, 1),
                         QTime(18, 30),
                         s("meh"),
                         3,
                         {s("a"), s("b")},
                         QString(),
                         s("My note\ntwo")}});
    }
    SECTION("the first of duplicate names counts") {
        const auto r = daylio::parse("full_date,mood,mood,note,note\n2024-06-01,good,bad,first,second\n");
        requireRows(r, {{2, QDate(2024, 6, 1), QTime(), s("good"), 4, {}, QString(), s("first")}});
    }
    SECTION("blank and whitespace-only lines before, between and after records") {
        const auto r = daylio::parse(
            "\n  \r\n\t\nfull_date,mood\n\n2024-06-01,good\r\n \t \r\n\r\n2024-06-02,rad\n\n\n");
        requireRows(
            r, {{6, QDate(2024, 6, 1), QTime(), s("good"), 4}, {9, QDate(2024, 6, 2), QTime(), s("rad"), 5}});
    }
    SECTION("lone CR line ends (classic Mac) and no line end at the end of the file") {
        const auto r = daylio::parse("full_date,mood,note\r2024-06-01,good,\"a\rb\"\r2024-06-02,rad,c");
        requireRows(r, {{2, QDate(2024, 6, 1), QTime(), s("good"), 4, {}, QString(), s("a\nb")},
                        {4, QDate(2024, 6, 2), QTime(), s("rad"), 5, {}, QString(), s("c")}});
    }
    SECTION("a second byte order mark and spaces after a closing quote") {
        const auto r = daylio::parse("\xEF\xBB\xBF\xEF\xBB\xBF"
                                     "full_date,mood\n\"2024-06-01\"  ,\"good\"\t\n");
        requireRows(r, {{2, QDate(2024, 6, 1), QTime(), s("good"), 4}});
    }
    SECTION("a quote inside an unquoted field is text") {
        const auto r = daylio::parse("full_date,mood,note\n2024-06-01,good,5\" screen \"x\"\n");
        requireRows(r, {{2, QDate(2024, 6, 1), QTime(), s("good"), 4, {}, QString(), s("5\" screen \"x\"")}});
    }
}

TEST_CASE("Daylio malformed fixtures fail with their line and no rows", "[daylio]") {
    requireError(fixture("bad-date.csv"), 5, s("Line 5: the date “2024-13-01” is not a valid date."));
    requireError(fixture("bad-time.csv"), 5, s("Line 5: the time “8:75 pm” is not a valid time."));
    requireError(fixture("field-count.csv"), 5,
                 s("Line 5: this row has 9 values but the first line names 8 columns."));
    requireError(fixture("unterminated-quote.csv"), 3,
                 s("Line 3: a quoted field starts here but has no closing quote."));
    requireError(
        fixture("missing-columns.csv"), 1,
        s("Line 1: this is not a Daylio CSV export: its first line must name the columns full_date and "
          "mood (missing: full_date)."));
    requireError(fixture("not-utf8.csv"), 0,
                 s("The file is not UTF-8 text, so it is not a Daylio CSV export."));
    requireError(fixture("binary-garbage.bin"), 0,
                 s("The file is not UTF-8 text, so it is not a Daylio CSV export."));
}

TEST_CASE("Daylio malformed input: exact line numbers", "[daylio]") {
    const QByteArray multiLine =
        kHeader + row("2024-01-01", "9:00", "good", {}, {}, "\"one\ntwo\r\nthree\""); // 2-4
    SECTION("wrong number of fields, fewer or more, after a multi-line record") {
        requireError(multiLine + "2024-01-02,d,w,9:00,good\n", 5,
                     s("Line 5: this row has 5 values but the first line names 8 columns."));
        requireError(multiLine + "2024-01-02,d,w,9:00,good,,,,,,,,,,,,,\n", 5,
                     s("Line 5: this row has 18 values but the first line names 8 columns."));
        requireError(multiLine + "\n\n2024-01-02\n", 7,
                     s("Line 7: this row has 1 values but the first line names 8 columns."));
        requireError("full_date,mood\n2024-01-01,good,\n", 2,
                     s("Line 2: this row has 3 values but the first line names 2 columns."));
    }
    SECTION("an unterminated quote is reported where the field starts, not where the record does") {
        requireError(multiLine + "2024-01-02,d,w,9:00,good,\"a |\nb\",\"title\",\"never\nclosed\n", 6,
                     s("Line 6: a quoted field starts here but has no closing quote."));
        requireError(multiLine + "\"", 5, s("Line 5: a quoted field starts here but has no closing quote."));
        requireError("\"full_date,mood\n", 1,
                     s("Line 1: a quoted field starts here but has no closing quote."));
        requireError(multiLine + "2024-01-02,d,w,9:00,good,,,\"ends in a doubled quote\"\"", 5,
                     s("Line 5: a quoted field starts here but has no closing quote."));
    }
    SECTION("text after a closing quote") {
        requireError(
            multiLine + "2024-01-02,d,w,9:00,good,,,\"He said \"hi\" twice\"\n", 5,
            s("Line 5: a quoted field is followed by other text; a quote inside a quoted field must be "
              "doubled (\"\")."));
        requireError(
            multiLine + "2024-01-02,d,w,9:00,good,,,\"one\ntwo\"x\n", 6,
            s("Line 6: a quoted field is followed by other text; a quote inside a quoted field must be "
              "doubled (\"\")."));
    }
    SECTION("header problems") {
        const QString both =
            s("Line 1: this is not a Daylio CSV export: its first line must name the columns "
              "full_date and mood (missing: full_date, mood).");
        requireError("date,weekday,time,activities,note\n2024-01-01,Monday,9:00,,\n", 1, both);
        requireError(
            "full_date\n2024-01-01\n", 1,
            s("Line 1: this is not a Daylio CSV export: its first line must name the columns full_date "
              "and mood (missing: mood)."));
        requireError(
            "\n\nfull date,mood\n", 3,
            s("Line 3: this is not a Daylio CSV export: its first line must name the columns full_date "
              "and mood (missing: full_date)."));
        requireError(
            "Date,Mood,Notes\n03/02/2024,good,x\n", 1,
            s("Line 1: this is not a Daylio CSV export: its first line must name the columns full_date "
              "and mood (missing: full_date)."));
        requireError("\x01\x02\x03 \x7f\n\x04", 1, both); // control characters, valid UTF-8
        requireError(
            QByteArray(daylio::kMaxColumns, ',') + "full_date,mood\n", 1,
            s("Line 1: the first line names more than 100 columns; this is not a Daylio CSV export."));
        const auto atLimit = daylio::parse(QByteArray(daylio::kMaxColumns - 2, ',') + "full_date,mood\n" +
                                           QByteArray(daylio::kMaxColumns - 2, ',') + "2024-01-01,good\n");
        REQUIRE(atLimit.ok());
        CHECK(atLimit.rows.size() == 1);
    }
    SECTION("not UTF-8 at the very end, and an overlong encoding") {
        requireError(kHeader + row("2024-01-01", "9:00", "good") + "\xE2\x82", 0,
                     s("The file is not UTF-8 text, so it is not a Daylio CSV export."));
        requireError(kHeader + row("2024-01-01", "9:00", "good", {}, {}, "\xC0\xAF"), 0,
                     s("The file is not UTF-8 text, so it is not a Daylio CSV export."));
        requireError(bytes("\xFF\xFE"
                           "f\0u\0l\0l\0"),
                     0, s("The file is not UTF-8 text, so it is not a Daylio CSV export."));
    }
    SECTION("empty, blank, or only a header") {
        const QString empty = s("The file is empty; it has no entries.");
        requireError({}, 0, empty);
        requireError("\xEF\xBB\xBF", 0, empty);
        requireError("\r\n \r\n\t\n", 0, empty);
        const QString headerOnly = s("The file has no entries, only the line naming the columns.");
        requireError(kHeader, 0, headerOnly);
        requireError(kHeader.trimmed(), 0, headerOnly);
        requireError("\xEF\xBB\xBF" + kHeader + "\r\n\r\n  \n", 0, headerOnly);
    }
}

TEST_CASE("Daylio limits: rows and bytes", "[daylio]") {
    SECTION("100000 rows are read, one more is refused at its line") {
        QByteArray in = "full_date,mood\n";
        in.reserve(in.size() + (daylio::kMaxRows + 1) * 16);
        for (int i = 0; i < daylio::kMaxRows; ++i)
            in += "2024-01-01,good\n";
        const auto r = daylio::parse(in);
        REQUIRE(r.ok());
        CHECK(r.rows.size() == daylio::kMaxRows);
        CHECK(r.rows.last().line == daylio::kMaxRows + 1);
        requireError(in + "2024-01-02,rad\n", daylio::kMaxRows + 2,
                     s("Line 100002: the file has more than 100000 entries; split it into smaller files."));
        // blank lines and skipped rows count as they are: blank ones not at all, mood-less ones do
        requireError(in + "\n\n2024-01-02,\n", daylio::kMaxRows + 4,
                     s("Line 100004: the file has more than 100000 entries; split it into smaller files."));
    }
    SECTION("exactly 50 MB is read, one byte more is refused before reading") {
        QByteArray in = kHeader + "2024-01-01,d,w,9:00,good,,,\"";
        const QByteArray tail = "\"\n";
        in += QByteArray(daylio::kMaxInputBytes - in.size() - tail.size(), 'x');
        in += tail;
        REQUIRE(in.size() == daylio::kMaxInputBytes);
        QElapsedTimer timer;
        timer.start();
        const auto atLimit = daylio::parse(in);
        REQUIRE(atLimit.ok());
        REQUIRE(atLimit.rows.size() == 1);
        CHECK(atLimit.rows.first().note.size() == daylio::kMaxInputBytes - kHeader.size() - 30);
        in.append('\n');
        timer.restart();
        requireError(in, 0, s("The file is larger than 50 MB; Daylio exports that big are not read."));
        CHECK(timer.elapsed() < 1000); // refused on its size, without decoding
    }
}

TEST_CASE("Daylio parsing stays linear on adversarial input", "[daylio]") {
    // each of these would be quadratic with a naive rescan; 4 MB of them must finish quickly
    const qsizetype n = 4 * 1024 * 1024;
    const QList<QByteArray> notes = {
        "\"" + QByteArray(n, '&') + "\"",
        "\"" + QByteArray(n, '<') + "\"",
        "\"" + QByteArray("<br").repeated(n / 3) + "\"",
        "\"" + QByteArray("&#1").repeated(n / 3) + "\"",
        "\"" + QByteArray(n, '"') + "\"", // n is even: n/2 doubled quotes
        QByteArray("a|").repeated(n / 2),
    };
    for (const QByteArray &field : notes) {
        QElapsedTimer timer;
        timer.start();
        const bool activities = &field == &notes.last();
        const auto r =
            daylio::parse(kHeader + row("2024-01-01", "9:00", "good", activities ? field : QByteArray(), {},
                                        activities ? QByteArray() : field));
        INFO((r.error ? r.error->message.toStdString() : std::string("no error")));
        REQUIRE(r.ok());
        CHECK(timer.elapsed() < 10000);
    }
    QElapsedTimer timer;
    timer.start();
    requireError(kHeader + QByteArray(n, ','), 2,
                 s("Line 2: this row has 4194305 values but the first line names 8 columns."));
    requireError(QByteArray(n, ','), 1,
                 s("Line 1: the first line names more than 100 columns; this is not a Daylio CSV export."));
    requireError(QByteArray(n, '\n'), 0, s("The file is empty; it has no entries."));
    CHECK(timer.elapsed() < 10000);
}
