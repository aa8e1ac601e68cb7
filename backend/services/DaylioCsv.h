#pragma once
// Reading Daylio's "Export entries (CSV)" file. Depends on QtCore only, so the
// libFuzzer target can link just this file.
#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>
#include <optional>

namespace rebound::daylio {

inline constexpr qsizetype kMaxInputBytes = 50 * 1024 * 1024; // larger files are refused
inline constexpr int kMaxRows = 100000;                       // data records (with or without a mood)
inline constexpr int kMaxColumns = 100; // a first line naming more columns is not a Daylio export

struct Row {
    int line = 0;           // 1-based physical line where the record starts
    QDate date;             // from full_date (ISO yyyy-MM-dd)
    QTime time;             // from time ("20:15", "8:15 PM", "8:15 pm"); invalid when absent/empty
    QString moodName;       // as written in the file, trimmed
    int mood = 0;           // 1..5 for Daylio's default mood words (moodLevel), else 0
    QStringList activities; // split on '|', trimmed, empty ones dropped, duplicates (case-insensitive)
                            // dropped, order kept
    QString title;          // note_title column (empty when absent); entities decoded as in `note`,
                            // on one line (whitespace runs, <br> included, become one space)
    QString note; // note column: "<br>", "<br/>", "<br />" -> "\n"; &amp; &lt; &gt; &quot; &#39; &nbsp;
                  // decoded; other tags kept as text; CRLF->LF; trimmed
};

struct ParseError {
    int line = 0;    // 1-based physical line; 0 = whole file
    QString message; // translated, e.g. "Line 12: the date “2024-13-01” is not a valid date."
};

struct ParseResult {
    QList<Row> rows;                 // in file order
    QStringList unknownMoods;        // distinct mood names with mood == 0, in first-seen order (custom moods:
                                     // the UI asks the user to map them); distinct ignoring case
                                     // (toCaseFolded), each as first written
    QStringList warnings;            // translated; e.g. rows without a mood skipped
    std::optional<ParseError> error; // set: rows is empty, nothing may be imported
    bool ok() const { return !error.has_value(); }
};

// Daylio's default words, case-insensitive, trimmed: rad 5, good 4, meh 3, bad 2, awful 1; else 0.
int moodLevel(const QString &name);

// RFC 4180 CSV (quoted fields may hold commas, doubled quotes and line breaks;
// CRLF, LF or a lone CR end a line), UTF-8 with or without a BOM. Columns are
// found by their names in the first non-blank line (case-insensitive, trimmed;
// full_date and mood are required, the first of duplicate names counts, unknown
// ones are ignored; date and weekday are not read). Blank lines are skipped.
// Rows without a mood are skipped with one warning. Any structural error, bad
// date or bad time fails the whole file with its line number. Details beyond
// Row's comments:
// - ASCII control characters other than tab and line feed are dropped from every
//   text value; a tab or space may follow a closing quote, other text may not.
// - Times: H:mm or HH:mm, optionally :ss, optionally followed (with or without
//   whitespace, including U+00A0/U+202F as newer Android versions write) by
//   am/pm or a.m./p.m. in any case; with am/pm the hour is 1..12.
// - Entities: besides the named ones, any decimal or hex character reference
//   (&#233; &#x1F600;) is decoded when it names a character other than a control;
//   &nbsp; becomes a plain space (Daylio writes it for typed spaces). Decoding is
//   one pass: "&amp;lt;" becomes "&lt;".
// Linear in the input size; never throws.
ParseResult parse(const QByteArray &data);

} // namespace rebound::daylio
