// Reading Daylio's CSV export. QtCore only: the libFuzzer target compiles this
// file and nothing else.
#include "services/DaylioCsv.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringDecoder>

namespace rebound::daylio {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DaylioCsv)
};

struct Failure {
    ParseError error;
};

[[noreturn]] void fail(int line, const QString &message) {
    throw Failure{{line, message}};
}

// A value quoted in a message: at most 40 characters, never half a surrogate pair.
QString shown(const QString &value) {
    constexpr qsizetype kMax = 40;
    if (value.size() <= kMax)
        return value;
    qsizetype cut = kMax;
    if (value.at(cut - 1).isHighSurrogate())
        --cut;
    return value.left(cut) + QStringLiteral("…");
}

bool isControl(char32_t c) {
    return (c < 0x20 && c != u'\t' && c != u'\n') || c == 0x7F;
}

// Drops ASCII control characters other than tab and line feed.
QString withoutControls(const QString &text) {
    qsizetype i = 0;
    while (i < text.size() && !isControl(text.at(i).unicode()))
        ++i;
    if (i == text.size())
        return text; // the usual case: no copy
    QString out = text.left(i);
    for (; i < text.size(); ++i) {
        if (!isControl(text.at(i).unicode()))
            out.append(text.at(i));
    }
    return out;
}

bool isAsciiDigit(QChar c) {
    return c >= u'0' && c <= u'9';
}

// ---------------------------------------------------------------- CSV records

class Reader {
public:
    explicit Reader(const QString &text)
        : m_s(text.constData())
        , m_n(text.size()) {}

    // Reads the next record that is not a blank line; false at the end of the text.
    // Keeps the first `maxFields` fields in `fields` and counts all of them in `count`.
    // Line breaks inside quoted fields become "\n".
    bool next(qsizetype maxFields, QStringList *fields, qsizetype *count, int *line);

private:
    bool isBlank(qsizetype i) const { return m_s[i] == u' ' || m_s[i] == u'\t'; }
    bool isLineEnd(qsizetype i) const { return m_s[i] == u'\r' || m_s[i] == u'\n'; }
    // m_pos is on '\r' or '\n': steps over CRLF, LF or a lone CR.
    void skipLineEnd() {
        if (m_s[m_pos] == u'\r' && m_pos + 1 < m_n && m_s[m_pos + 1] == u'\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
    }

    const QChar *m_s;
    qsizetype m_n;
    qsizetype m_pos = 0;
    int m_line = 1;
};

bool Reader::next(qsizetype maxFields, QStringList *fields, qsizetype *count, int *line) {
    fields->clear();
    *count = 0;
    // blank lines (nothing, or only spaces and tabs) are skipped
    while (true) {
        qsizetype i = m_pos;
        while (i < m_n && isBlank(i))
            ++i;
        if (i == m_n) {
            m_pos = m_n;
            return false;
        }
        if (!isLineEnd(i))
            break;
        m_pos = i;
        skipLineEnd();
    }
    *line = m_line;
    while (true) { // one field per turn
        const bool keep = *count < maxFields;
        QString field;
        if (m_pos < m_n && m_s[m_pos] == u'"') {
            const int startLine = m_line;
            ++m_pos;
            while (true) {
                if (m_pos == m_n)
                    fail(startLine, Tr::tr("Line %1: a quoted field starts here but has no closing quote.")
                                        .arg(startLine));
                if (m_s[m_pos] == u'"') {
                    if (m_pos + 1 < m_n && m_s[m_pos + 1] == u'"') {
                        if (keep)
                            field.append(u'"');
                        m_pos += 2;
                        continue;
                    }
                    ++m_pos;
                    break;
                }
                if (isLineEnd(m_pos)) {
                    if (keep)
                        field.append(u'\n');
                    skipLineEnd();
                    continue;
                }
                qsizetype end = m_pos;
                while (end < m_n && m_s[end] != u'"' && !isLineEnd(end))
                    ++end;
                if (keep)
                    field.append(m_s + m_pos, end - m_pos);
                m_pos = end;
            }
            while (m_pos < m_n && isBlank(m_pos))
                ++m_pos;
            if (m_pos < m_n && m_s[m_pos] != u',' && !isLineEnd(m_pos))
                fail(m_line,
                     Tr::tr("Line %1: a quoted field is followed by other text; a quote inside a quoted "
                            "field must be doubled (\"\").")
                         .arg(m_line));
        } else {
            qsizetype end = m_pos;
            while (end < m_n && m_s[end] != u',' && !isLineEnd(end))
                ++end;
            if (keep)
                field = QString(m_s + m_pos, end - m_pos);
            m_pos = end;
        }
        if (keep)
            fields->append(field);
        ++*count;
        if (m_pos == m_n)
            return true;
        if (m_s[m_pos] == u',') {
            ++m_pos;
            continue;
        }
        skipLineEnd();
        return true;
    }
}

// ---------------------------------------------------------------- values

// yyyy-MM-dd exactly.
QDate parseDate(const QString &s) {
    if (s.size() != 10 || s.at(4) != u'-' || s.at(7) != u'-')
        return {};
    for (qsizetype i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (!isAsciiDigit(s.at(i)))
            return {};
    }
    const auto number = [&s](qsizetype from, qsizetype length) {
        int v = 0;
        for (qsizetype i = from; i < from + length; ++i)
            v = v * 10 + (s.at(i).unicode() - u'0');
        return v;
    };
    return QDate(number(0, 4), number(5, 2), number(8, 2)); // invalid when there is no such day
}

// "20:15", "08:15:30", "8:15 PM", "8:15pm", "8:15 a.m." (see the header).
QTime parseTime(const QString &s) {
    qsizetype i = 0;
    const auto digits = [&](qsizetype min, qsizetype max, int *value) {
        qsizetype n = 0;
        *value = 0;
        while (i < s.size() && n < max && isAsciiDigit(s.at(i))) {
            *value = *value * 10 + (s.at(i).unicode() - u'0');
            ++i;
            ++n;
        }
        return n >= min;
    };
    int hour = 0, minute = 0, second = 0;
    if (!digits(1, 2, &hour) || i >= s.size() || s.at(i) != u':')
        return {};
    ++i;
    if (!digits(2, 2, &minute))
        return {};
    if (i < s.size() && s.at(i) == u':') {
        ++i;
        if (!digits(2, 2, &second))
            return {};
    }
    while (i < s.size() && s.at(i).isSpace())
        ++i;
    const QString suffix = s.mid(i).toLower();
    if (!suffix.isEmpty()) {
        const bool am = suffix == QLatin1String("am") || suffix == QLatin1String("a.m.");
        const bool pm = suffix == QLatin1String("pm") || suffix == QLatin1String("p.m.");
        if ((!am && !pm) || hour < 1 || hour > 12)
            return {};
        hour = hour % 12 + (pm ? 12 : 0);
    }
    if (hour > 23 || minute > 59 || second > 59)
        return {};
    return QTime(hour, minute, second);
}

// "&…;" at text[at]: the decoded character(s) and the length of the reference, or 0.
qsizetype decodeEntity(const QString &text, qsizetype at, QString *out) {
    constexpr qsizetype kLongest = 10; // "&#x10FFFF;" and "&#1114111;"
    qsizetype semicolon = at + 1;      // looked for only this far: linear however many '&' there are
    while (semicolon < text.size() && semicolon - at < kLongest && text.at(semicolon) != u';')
        ++semicolon;
    if (semicolon == text.size() || text.at(semicolon) != u';')
        return 0;
    const QStringView name = QStringView(text).sliced(at + 1, semicolon - at - 1);
    static const struct {
        QLatin1StringView name;
        char16_t value;
    } named[] = {{QLatin1StringView("amp"), u'&'},   {QLatin1StringView("lt"), u'<'},
                 {QLatin1StringView("gt"), u'>'},    {QLatin1StringView("quot"), u'"'},
                 {QLatin1StringView("apos"), u'\''}, {QLatin1StringView("nbsp"), u' '}};
    for (const auto &entity : named) {
        if (name == entity.name) {
            out->append(QChar(entity.value));
            return semicolon - at + 1;
        }
    }
    if (name.size() < 2 || name.at(0) != u'#')
        return 0;
    const bool hex = name.at(1) == u'x' || name.at(1) == u'X';
    const QStringView digits = name.sliced(hex ? 2 : 1);
    if (digits.isEmpty())
        return 0;
    char32_t value = 0;
    for (const QChar c : digits) {
        int d = -1;
        if (isAsciiDigit(c))
            d = c.unicode() - u'0';
        else if (hex && c >= u'a' && c <= u'f')
            d = c.unicode() - u'a' + 10;
        else if (hex && c >= u'A' && c <= u'F')
            d = c.unicode() - u'A' + 10;
        if (d < 0)
            return 0;
        value = value * (hex ? 16 : 10) + char32_t(d); // at most 8 digits: no overflow
    }
    if (value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF) || isControl(value) || value == 0)
        return 0;
    const char32_t codePoint[1] = {value};
    out->append(QString::fromUcs4(codePoint, 1));
    return semicolon - at + 1;
}

// "<br>", "<BR/>", "<br />" at text[at]: its length, or 0.
qsizetype lineBreakTag(const QString &text, qsizetype at) {
    qsizetype i = at + 1;
    if (i + 1 >= text.size() || text.at(i).toLower() != u'b' || text.at(i + 1).toLower() != u'r')
        return 0;
    i += 2;
    while (i < text.size() && text.at(i) == u' ')
        ++i;
    if (i < text.size() && text.at(i) == u'/')
        ++i;
    return i < text.size() && text.at(i) == u'>' ? i + 1 - at : 0;
}

// Daylio's note markup to plain text: line break tags become "\n", character
// references are decoded, other tags stay as they are.
QString fromNoteHtml(const QString &text) {
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text.at(i);
        qsizetype length = 0;
        if (c == u'<' && (length = lineBreakTag(text, i)) > 0) {
            out.append(u'\n');
            i += length;
        } else if (c == u'&' && (length = decodeEntity(text, i, &out)) > 0) {
            i += length;
        } else {
            out.append(c);
            ++i;
        }
    }
    return out;
}

QStringList splitActivities(const QString &text) {
    QStringList activities;
    QSet<QString> seen;
    for (const QString &part : text.split(u'|')) {
        const QString activity = part.trimmed();
        if (activity.isEmpty())
            continue;
        const QString key = activity.toCaseFolded();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        activities.append(activity);
    }
    return activities;
}

// ---------------------------------------------------------------- the parser

enum Column { FullDate, Time, Mood, Activities, NoteTitle, Note, ColumnCount };

class Parser {
public:
    ParseResult run(const QByteArray &input);

private:
    void readHeader(const QStringList &names, int line);
    void readRow(const QStringList &fields, int line);
    QString field(const QStringList &fields, Column column) const {
        const qsizetype index = m_index[column];
        return index < 0 ? QString() : withoutControls(fields.at(index));
    }

    ParseResult m_result;
    qsizetype m_index[ColumnCount] = {-1, -1, -1, -1, -1, -1};
    QSet<QString> m_unknownMoods; // case-folded
    int m_withoutMood = 0;
    int m_firstWithoutMood = 0;
};

void Parser::readHeader(const QStringList &names, int line) {
    static const char *const kNames[ColumnCount] = {"full_date",  "time",       "mood",
                                                    "activities", "note_title", "note"};
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString name = names.at(i).trimmed().toLower();
        for (int column = 0; column < ColumnCount; ++column) {
            if (m_index[column] < 0 && name == QLatin1StringView(kNames[column]))
                m_index[column] = i;
        }
    }
    QStringList missing;
    for (const Column column : {FullDate, Mood}) {
        if (m_index[column] < 0)
            missing.append(QString::fromLatin1(kNames[column]));
    }
    if (!missing.isEmpty())
        //: %1 is a line number, %2 the names of the missing columns, e.g. "full_date, mood";
        //: full_date and mood are column names in the file and stay in English
        fail(line, Tr::tr("Line %1: this is not a Daylio CSV export: its first line must name the columns "
                          "full_date and mood (missing: %2).")
                       .arg(line)
                       .arg(missing.join(QStringLiteral(", "))));
}

void Parser::readRow(const QStringList &fields, int line) {
    Row row;
    row.line = line;
    const QString date = field(fields, FullDate).trimmed();
    if (date.isEmpty())
        //: full_date is the name of a column in the file
        fail(line, Tr::tr("Line %1: the entry has no date (full_date is empty).").arg(line));
    row.date = parseDate(date);
    if (!row.date.isValid())
        //: %2 is the text found in the file, e.g. "2024-13-01"; dates are written yyyy-MM-dd there
        fail(line, Tr::tr("Line %1: the date “%2” is not a valid date.").arg(line).arg(shown(date)));
    const QString time = field(fields, Time).trimmed();
    if (!time.isEmpty()) {
        row.time = parseTime(time);
        if (!row.time.isValid())
            //: %2 is the text found in the file, e.g. "25:10" (valid ones look like "20:15" or "8:15 pm")
            fail(line, Tr::tr("Line %1: the time “%2” is not a valid time.").arg(line).arg(shown(time)));
    }
    row.moodName = field(fields, Mood).trimmed();
    if (row.moodName.isEmpty()) {
        if (m_withoutMood++ == 0)
            m_firstWithoutMood = line;
        return;
    }
    row.mood = moodLevel(row.moodName);
    if (row.mood == 0 && !m_unknownMoods.contains(row.moodName.toCaseFolded())) {
        m_unknownMoods.insert(row.moodName.toCaseFolded());
        m_result.unknownMoods.append(row.moodName);
    }
    row.activities = splitActivities(field(fields, Activities));
    row.title = fromNoteHtml(field(fields, NoteTitle)).simplified();
    row.note = fromNoteHtml(field(fields, Note)).trimmed();
    m_result.rows.append(row);
}

ParseResult Parser::run(const QByteArray &input) {
    try {
        if (input.size() > kMaxInputBytes)
            //: %1 is a number of megabytes
            fail(0, Tr::tr("The file is larger than %1 MB; Daylio exports that big are not read.")
                        .arg(kMaxInputBytes / (1024 * 1024)));
        QByteArrayView bytes(input);
        if (bytes.startsWith("\xEF\xBB\xBF"))
            bytes = bytes.sliced(3); // the decoder skips a second one (Flag::ConvertInitialBom is not set)
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(bytes);
        if (decoder.hasError())
            fail(0, Tr::tr("The file is not UTF-8 text, so it is not a Daylio CSV export."));

        Reader reader(text);
        QStringList fields;
        qsizetype count = 0;
        int line = 0;
        if (!reader.next(kMaxColumns + 1, &fields, &count, &line))
            fail(0, Tr::tr("The file is empty; it has no entries."));
        if (count > kMaxColumns)
            //: %2 is the largest number of columns read
            fail(line, Tr::tr("Line %1: the first line names more than %2 columns; this is not a Daylio CSV "
                              "export.")
                           .arg(line)
                           .arg(kMaxColumns));
        readHeader(fields, line);
        const qsizetype columns = count;
        int records = 0;
        while (reader.next(columns, &fields, &count, &line)) {
            if (++records > kMaxRows)
                //: %2 is the largest number of entries read from one file
                fail(line, Tr::tr("Line %1: the file has more than %2 entries; split it into smaller files.")
                               .arg(line)
                               .arg(kMaxRows));
            if (count != columns)
                //: %2 is the number of values found in this row, %3 the number of columns the first line
                //: names
                fail(line, Tr::tr("Line %1: this row has %2 values but the first line names %3 columns.")
                               .arg(line)
                               .arg(count)
                               .arg(columns));
            readRow(fields, line);
        }
        if (records == 0)
            fail(0, Tr::tr("The file has no entries, only the line naming the columns."));
        if (m_withoutMood > 0)
            //: %1 is how many entries were skipped, %2 the line number of the first one
            m_result.warnings.append(Tr::tr("Entries without a mood were skipped: %1 (the first on line %2).")
                                         .arg(m_withoutMood)
                                         .arg(m_firstWithoutMood));
    } catch (const Failure &failure) {
        ParseResult failed;
        failed.error = failure.error;
        return failed;
    }
    return m_result;
}

} // namespace

int moodLevel(const QString &name) {
    static const QLatin1StringView kWords[] = {QLatin1StringView("awful"), QLatin1StringView("bad"),
                                               QLatin1StringView("meh"), QLatin1StringView("good"),
                                               QLatin1StringView("rad")};
    const QString word = name.trimmed();
    for (int level = 1; level <= 5; ++level) {
        if (word.compare(kWords[level - 1], Qt::CaseInsensitive) == 0)
            return level;
    }
    return 0;
}

ParseResult parse(const QByteArray &data) {
    Parser parser;
    return parser.run(data);
}

} // namespace rebound::daylio
