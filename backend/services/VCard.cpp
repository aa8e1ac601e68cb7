// vCard reading (2.1, 3.0, 4.0) and writing (4.0). QtCore only: the libFuzzer
// target compiles this file with core/ContactLabels.cpp and nothing else.
#include "services/VCard.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringDecoder>
#include <QUuid>

namespace rebound::vcard {
namespace {

QString translated(const char *text) { return QCoreApplication::translate("VCard", text); }

// ---------------------------------------------------------------- physical lines

struct PhysicalLine {
    QByteArray text; // without its line end
    int number = 0;  // 1-based
};

// Splits on CRLF, LF or a lone CR.
QList<PhysicalLine> splitLines(const QByteArray &data) {
    QList<PhysicalLine> lines;
    const char *p = data.constData();
    const qsizetype n = data.size();
    qsizetype start = 0;
    int number = 1;
    for (qsizetype i = 0; i < n; ++i) {
        if (p[i] != '\n' && p[i] != '\r')
            continue;
        lines.append({QByteArray(p + start, i - start), number++});
        if (p[i] == '\r' && i + 1 < n && p[i + 1] == '\n')
            ++i;
        start = i + 1;
    }
    if (start < n)
        lines.append({QByteArray(p + start, n - start), number});
    return lines;
}

// ---------------------------------------------------------------- content lines

struct ContentLine {
    int line = 0; // physical line where it starts
    QByteArray group;
    QByteArray name; // upper case
    QHash<QByteArray, QList<QByteArray>> params; // upper-case key → values (TYPE split on ',')
    QByteArray value; // raw, still escaped and encoded
};

// Where the value starts: the first ':' outside a quoted parameter value; -1 if none.
qsizetype colonIndex(const QByteArray &line) {
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line.at(i);
        if (c == '"')
            quoted = !quoted;
        else if (c == ':' && !quoted)
            return i;
    }
    return -1;
}

// Unfolds: a line starting with a space or tab continues the previous one; a
// QUOTED-PRINTABLE value ending in '=' (a soft line break, vCard 2.1) joins the next line.
QList<PhysicalLine> unfold(const QList<PhysicalLine> &lines) {
    QList<PhysicalLine> logical;
    for (qsizetype i = 0; i < lines.size();) {
        PhysicalLine cur = lines.at(i++);
        // Whether the value is QUOTED-PRINTABLE is known once the line has its ':';
        // the scan goes on where it stopped, so long folded lines stay linear.
        std::optional<bool> quotedPrintable;
        qsizetype scanned = 0;
        bool quoted = false;
        while (i < lines.size()) {
            const QByteArray &next = lines.at(i).text;
            for (; !quotedPrintable && scanned < cur.text.size(); ++scanned) {
                const char c = cur.text.at(scanned);
                if (c == '"')
                    quoted = !quoted;
                else if (c == ':' && !quoted)
                    quotedPrintable = cur.text.left(scanned).toUpper().contains("QUOTED-PRINTABLE");
            }
            if (cur.text.endsWith('=') && quotedPrintable.value_or(false)) {
                cur.text.chop(1);
                cur.text += next;
                ++i;
            } else if (!next.isEmpty() && (next.at(0) == ' ' || next.at(0) == '\t')) {
                cur.text += next.mid(1);
                ++i;
            } else {
                break;
            }
        }
        logical.append(cur);
    }
    return logical;
}

bool isNameChar(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

QByteArray unquote(QByteArray v) {
    if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
        return v.mid(1, v.size() - 2);
    return v;
}

// Splits on `sep` outside double quotes.
QList<QByteArray> splitOutsideQuotes(const QByteArray &text, char sep) {
    QList<QByteArray> parts;
    bool quoted = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '"')
            quoted = !quoted;
        else if (c == sep && !quoted) {
            parts.append(text.mid(start, i - start));
            start = i + 1;
        }
    }
    parts.append(text.mid(start));
    return parts;
}

// Parses "group.NAME;PARAM=x;BARE:value". Returns false when the name part is not valid.
bool parseContentLine(const PhysicalLine &physical, qsizetype colon, ContentLine *out) {
    out->line = physical.number;
    out->value = physical.text.mid(colon + 1);
    const QList<QByteArray> parts = splitOutsideQuotes(physical.text.left(colon), ';');
    QByteArray name = parts.first().trimmed();
    const qsizetype dot = name.lastIndexOf('.');
    if (dot >= 0) {
        out->group = name.left(dot);
        name = name.mid(dot + 1);
    }
    if (name.isEmpty())
        return false;
    for (char c : std::as_const(name)) {
        if (!isNameChar(c))
            return false;
    }
    out->name = name.toUpper();
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray param = parts.at(i).trimmed();
        if (param.isEmpty())
            continue;
        const qsizetype eq = param.indexOf('=');
        QByteArray key;
        QByteArray value;
        if (eq < 0) { // vCard 2.1 bare parameter: an encoding or a type
            value = param;
            const QByteArray upper = param.toUpper();
            key = (upper == "QUOTED-PRINTABLE" || upper == "BASE64" || upper == "B" || upper == "8BIT"
                   || upper == "7BIT")
                      ? QByteArray("ENCODING")
                      : QByteArray("TYPE");
        } else {
            key = param.left(eq).trimmed().toUpper();
            value = param.mid(eq + 1).trimmed();
        }
        auto &values = out->params[key];
        for (const QByteArray &v : splitOutsideQuotes(value, ','))
            values.append(unquote(v.trimmed()));
    }
    return true;
}

QByteArray param(const ContentLine &line, const QByteArray &key) {
    const auto it = line.params.constFind(key);
    return it == line.params.cend() || it->isEmpty() ? QByteArray() : it->first();
}

// ---------------------------------------------------------------- decoding

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

QByteArray decodeQuotedPrintable(const QByteArray &in) {
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c == '=' && i + 2 < in.size() && hexValue(in.at(i + 1)) >= 0 && hexValue(in.at(i + 2)) >= 0) {
            out.append(char(hexValue(in.at(i + 1)) * 16 + hexValue(in.at(i + 2))));
            i += 2;
        } else {
            out.append(c); // a stray '=' stays as it is
        }
    }
    return out;
}

// Windows-1252 bytes 0x80..0x9F (0 = undefined there, read as the C1 control).
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E,
    0x0178};

QString fromWindows1252(const QByteArray &bytes) {
    QString out;
    out.reserve(bytes.size());
    for (char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        if (b >= 0x80 && b <= 0x9F && kCp1252High[b - 0x80] != 0)
            out.append(QChar(kCp1252High[b - 0x80]));
        else
            out.append(QChar(char16_t(b)));
    }
    return out;
}

std::optional<QString> fromUtf8Strict(const QByteArray &bytes) {
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

// Control characters other than tab and newline are dropped; CRLF and CR become LF.
QString cleanControls(const QString &text) {
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\r') {
            out.append(u'\n');
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
        } else if (c == u'\n' || c == u'\t' || (c.unicode() >= 0x20 && c.unicode() != 0x7F)) {
            out.append(c);
        }
    }
    return out;
}

// Splits on unescaped `sep` (',' or ';'); the parts stay escaped.
QList<QString> splitEscaped(const QString &text, QChar sep) {
    QList<QString> parts;
    QString cur;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' && i + 1 < text.size()) {
            cur.append(c);
            cur.append(text.at(++i));
        } else if (c == sep) {
            parts.append(cur);
            cur.clear();
        } else {
            cur.append(c);
        }
    }
    parts.append(cur);
    return parts;
}

// \n and \N are newlines, any other escaped character stands for itself (\, \; \\ \: ...).
QString unescape(const QString &text) {
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' && i + 1 < text.size()) {
            const QChar next = text.at(++i);
            out.append(next == u'n' || next == u'N' ? QChar(u'\n') : next);
        } else {
            out.append(c);
        }
    }
    return out;
}

// The same rules ContactRepository applies, so an import the preview accepts is
// not refused later without a line number.
bool looksLikeEmail(const QString &email) {
    const qsizetype at = email.lastIndexOf(u'@');
    if (at <= 0 || at == email.size() - 1)
        return false;
    for (const QChar c : email)
        if (c.isSpace() || c == u'|' || c == u'<' || c == u'>' || c == u',' || c == u';')
            return false;
    return email.indexOf(u'.', at) > at + 1 || email.mid(at + 1) == QLatin1String("localhost");
}

bool looksLikePhone(const QString &phone) {
    int digits = 0;
    for (const QChar c : phone)
        digits += c.isDigit() ? 1 : 0;
    return digits >= 3 && !phone.contains(u'|');
}

// A profile link: http(s), or a bare host and path ("www.example.com/me").
bool looksLikeWebLink(const QString &url) {
    return url.startsWith(QStringLiteral("http://"), Qt::CaseInsensitive)
           || url.startsWith(QStringLiteral("https://"), Qt::CaseInsensitive)
           || (!url.contains(u':') && !url.contains(u' ') && url.contains(u'.'));
}

// One line of text: whitespace runs (including newlines) become one space, trimmed.
QString singleLine(const QString &text) { return text.simplified(); }

QString multiLine(const QString &text) { return text.trimmed(); }

// ---------------------------------------------------------------- the parser

struct Failure {
    ParseError error;
};

class Parser {
public:
    ParseResult run(const QByteArray &input);

private:
    void fail(int line, const QString &message) { throw Failure{{line, message}}; }
    void failAt(int line, const char *text) { fail(line, translated(text).arg(line)); }
    void warnOnce(const QString &key, const QString &message) {
        if (!m_warned.contains(key)) {
            m_warned.insert(key);
            m_result.warnings.append(message);
        }
    }
    std::optional<QString> decodeText(const ContentLine &line);
    void beginCard(int line);
    void property(const ContentLine &line);
    void endCard(int line);
    void checkLength(const QString &value, int max, int line, const char *message);

    ParseResult m_result;
    QSet<QString> m_warned;
    QStringList m_unknownCategories;
    bool m_inCard = false;
    int m_cardLine = 0;
    int m_cards = 0;
    // the card being read
    Contact m_contact;
    QString m_fn;
    int m_fnLine = 0;
    QString m_nName;
    int m_nLine = 0;
    QString m_title;
    QString m_roleFallback;
    int m_roleLine = 0;
    bool m_isGroup = false;
};

std::optional<QString> Parser::decodeText(const ContentLine &line) {
    QByteArray bytes = line.value;
    if (param(line, "ENCODING").toUpper() == "QUOTED-PRINTABLE")
        bytes = decodeQuotedPrintable(bytes);
    const QByteArray charset = param(line, "CHARSET").toUpper();
    QString text;
    if (charset.isEmpty() || charset == "UTF-8" || charset == "UTF8" || charset == "US-ASCII" || charset == "ASCII") {
        auto decoded = fromUtf8Strict(bytes);
        if (!decoded)
            return std::nullopt;
        text = *decoded;
    } else if (charset == "ISO-8859-1" || charset == "ISO8859-1" || charset == "LATIN1" || charset == "LATIN-1") {
        text = QString::fromLatin1(bytes);
    } else if (charset == "WINDOWS-1252" || charset == "CP1252" || charset == "CP-1252") {
        text = fromWindows1252(bytes);
    } else {
        QStringDecoder decoder(charset.constData(), QStringDecoder::Flag::Stateless);
        if (decoder.isValid()) {
            text = decoder.decode(bytes);
            if (decoder.hasError())
                return std::nullopt;
        } else {
            const QString name = QString::fromLatin1(charset);
            warnOnce(QStringLiteral("charset:") + name,
                     QCoreApplication::translate("VCard", "Line %1: unknown character set \"%2\"; read as UTF-8.").arg(line.line).arg(name));
            auto decoded = fromUtf8Strict(bytes);
            if (!decoded)
                return std::nullopt;
            text = *decoded;
        }
    }
    return cleanControls(text);
}

void Parser::checkLength(const QString &value, int max, int line, const char *message) {
    if (value.size() > max)
        fail(line, translated(message).arg(line).arg(max));
}

void Parser::beginCard(int line) {
    if (m_inCard)
        fail(line, QCoreApplication::translate("VCard", "Line %1: BEGIN:VCARD inside another card (the card from line %2 has no END:VCARD).")
                       .arg(line)
                       .arg(m_cardLine));
    if (++m_cards > kMaxCards)
        fail(line, QCoreApplication::translate("VCard", "Line %1: more than %2 cards in one file; split it into smaller files.")
                       .arg(line)
                       .arg(kMaxCards));
    m_inCard = true;
    m_cardLine = line;
    m_contact = Contact();
    m_fn.clear();
    m_nName.clear();
    m_title.clear();
    m_roleFallback.clear();
    m_fnLine = m_nLine = m_roleLine = 0;
    m_isGroup = false;
}

void Parser::property(const ContentLine &line) {
    const QByteArray &name = line.name;
    // Binary properties are skipped without decoding, whatever their size.
    static const QHash<QByteArray, const char *> skipped = {
        {"PHOTO", QT_TRANSLATE_NOOP("VCard", "Photos are not imported; they were skipped.")},
        {"LOGO", QT_TRANSLATE_NOOP("VCard", "Logos are not imported; they were skipped.")},
        {"SOUND", QT_TRANSLATE_NOOP("VCard", "Sounds are not imported; they were skipped.")},
        {"KEY", QT_TRANSLATE_NOOP("VCard", "Keys are not imported; they were skipped.")},
    };
    if (const auto it = skipped.constFind(name); it != skipped.cend()) {
        warnOnce(QString::fromLatin1(name), translated(it.value()));
        return;
    }
    const QByteArray encoding = param(line, "ENCODING").toUpper();
    if (encoding == "B" || encoding == "BASE64")
        return; // some other binary value nobody reads
    if (name == "VERSION") {
        const QByteArray v = line.value.trimmed();
        if (v != "2.1" && v != "3.0" && v != "4.0")
            fail(line.line, QCoreApplication::translate("VCard", "Line %1: vCard version %2 is not supported (2.1, 3.0 and 4.0 are).")
                                .arg(line.line)
                                .arg(QString::fromLatin1(v.left(20))));
        return;
    }
    const std::optional<QString> decoded = decodeText(line);
    if (!decoded) {
        const QByteArray charset = param(line, "CHARSET");
        if (charset.isEmpty() || charset.toUpper().startsWith("UTF"))
            failAt(line.line, QT_TRANSLATE_NOOP("VCard", "Line %1: the text is not valid UTF-8."));
        fail(line.line, QCoreApplication::translate("VCard", "Line %1: the text is not valid %2.").arg(line.line).arg(QString::fromLatin1(charset)));
    }
    const QString &text = *decoded;

    if (name == "FN") {
        if (m_fn.isEmpty()) {
            m_fn = singleLine(unescape(text));
            m_fnLine = line.line;
        }
    } else if (name == "N") {
        if (m_nName.isEmpty()) {
            // family; given; additional; prefixes; suffixes, each possibly a ','-list
            QList<QString> parts = splitEscaped(text, u';');
            parts.resize(5);
            auto component = [&](int i) {
                QStringList values;
                for (const QString &v : splitEscaped(parts.at(i), u','))
                    values.append(unescape(v));
                return values.join(u' ');
            };
            const QStringList ordered = {component(3), component(1), component(2), component(0), component(4)};
            m_nName = singleLine(ordered.join(u' '));
            m_nLine = line.line;
        }
    } else if (name == "ORG") {
        if (m_contact.company.isEmpty()) {
            m_contact.company = singleLine(unescape(splitEscaped(text, u';').first()));
            checkLength(m_contact.company, Contact::kMaxFieldChars, line.line,
                        QT_TRANSLATE_NOOP("VCard", "Line %1: the organization is longer than %2 characters."));
        }
    } else if (name == "TITLE" || name == "ROLE") {
        QString &target = name == "TITLE" ? m_title : m_roleFallback;
        if (target.isEmpty()) {
            target = singleLine(unescape(text));
            checkLength(target, Contact::kMaxFieldChars, line.line,
                        QT_TRANSLATE_NOOP("VCard", "Line %1: the title is longer than %2 characters."));
        }
    } else if (name == "EMAIL") {
        QString email = singleLine(unescape(text));
        while (email.startsWith(QStringLiteral("mailto:"), Qt::CaseInsensitive))
            email = email.mid(7).trimmed();
        if (email.isEmpty())
            return;
        checkLength(email, Contact::kMaxFieldChars, line.line,
                    QT_TRANSLATE_NOOP("VCard", "Line %1: an email address is longer than %2 characters."));
        if (!looksLikeEmail(email))
            fail(line.line, QCoreApplication::translate("VCard", "Line %1: “%2” is not an email address.")
                                .arg(line.line)
                                .arg(email));
        if (m_contact.emails.contains(email, Qt::CaseInsensitive))
            return;
        if (m_contact.emails.size() >= Contact::kMaxEmails)
            fail(line.line, QCoreApplication::translate("VCard", "Line %1: more than %2 email addresses in one card.")
                                .arg(line.line)
                                .arg(Contact::kMaxEmails));
        m_contact.emails.append(email);
    } else if (name == "TEL") {
        QString phone = singleLine(unescape(text));
        while (phone.startsWith(QStringLiteral("tel:"), Qt::CaseInsensitive))
            phone = phone.mid(4).trimmed();
        if (phone.isEmpty())
            return;
        checkLength(phone, Contact::kMaxFieldChars, line.line,
                    QT_TRANSLATE_NOOP("VCard", "Line %1: a phone number is longer than %2 characters."));
        if (!looksLikePhone(phone))
            fail(line.line, QCoreApplication::translate("VCard", "Line %1: “%2” is not a phone number.")
                                .arg(line.line)
                                .arg(phone));
        if (m_contact.phones.contains(phone))
            return;
        if (m_contact.phones.size() >= Contact::kMaxPhones)
            fail(line.line, QCoreApplication::translate("VCard", "Line %1: more than %2 phone numbers in one card.")
                                .arg(line.line)
                                .arg(Contact::kMaxPhones));
        m_contact.phones.append(phone);
    } else if (name == "URL") {
        // the first web link; other URLs (skype:, x-apple: ...) are not profile links
        const QString url = singleLine(unescape(text));
        if (m_contact.profileUrl.isEmpty() && looksLikeWebLink(url)) {
            checkLength(url, Contact::kMaxUrlChars, line.line,
                        QT_TRANSLATE_NOOP("VCard", "Line %1: the URL is longer than %2 characters."));
            m_contact.profileUrl = url;
        }
    } else if (name == "NOTE") {
        const QString note = multiLine(unescape(text));
        if (note.isEmpty())
            return;
        if (!m_contact.notes.isEmpty())
            m_contact.notes += QStringLiteral("\n\n");
        m_contact.notes += note;
        checkLength(m_contact.notes, Contact::kMaxNotesChars, line.line,
                    QT_TRANSLATE_NOOP("VCard", "Line %1: the notes are longer than %2 characters."));
    } else if (name == "CATEGORIES") {
        for (const QString &raw : splitEscaped(text, u',')) {
            const QString category = singleLine(unescape(raw));
            if (category.isEmpty())
                continue;
            QString key;
            // what phones and mail apps call the people `support` stands for
            static const QStringList supportWords = {QStringLiteral("friend"), QStringLiteral("friends"),
                                                     QStringLiteral("family")};
            if (supportWords.contains(category, Qt::CaseInsensitive))
                key = contacttag::kSupport;
            for (const QString &tag : key.isEmpty() ? contacttag::all() : QStringList()) {
                QString spaced = tag;
                spaced.replace(u'_', u' ');
                if (category.compare(tag, Qt::CaseInsensitive) == 0
                    || category.compare(spaced, Qt::CaseInsensitive) == 0
                    || category.compare(contacttag::label(tag), Qt::CaseInsensitive) == 0) {
                    key = tag;
                    break;
                }
            }
            if (key.isEmpty()) {
                if (!m_unknownCategories.contains(category, Qt::CaseInsensitive))
                    m_unknownCategories.append(category);
            } else if (!m_contact.tags.contains(key)) {
                m_contact.tags.append(key);
            }
        }
    } else if (name == "X-REBOUND-HOW-WE-MET") {
        m_contact.howWeMet = multiLine(unescape(text));
        checkLength(m_contact.howWeMet, Contact::kMaxHowWeMetChars, line.line,
                    QT_TRANSLATE_NOOP("VCard", "Line %1: 'how we met' is longer than %2 characters."));
    } else if (name == "X-REBOUND-CADENCE") {
        const QString value = text.trimmed();
        bool ok = false;
        const int days = value.toInt(&ok);
        if (value.compare(QStringLiteral("off"), Qt::CaseInsensitive) == 0)
            m_contact.cadenceDays = Contact::kCadenceOff;
        else if (value.compare(QStringLiteral("tags"), Qt::CaseInsensitive) == 0)
            m_contact.cadenceDays = Contact::kCadenceFromTags;
        else if (ok && days > 0 && days <= Contact::kMaxCadenceDays)
            m_contact.cadenceDays = days;
        else
            m_result.warnings.append(
                QCoreApplication::translate("VCard", "Line %1: X-REBOUND-CADENCE \"%2\" is not a number of days from 1 to %3; it was ignored.")
                    .arg(line.line)
                    .arg(value.left(40))
                    .arg(Contact::kMaxCadenceDays));
    } else if (name == "KIND" || name == "X-ADDRESSBOOKSERVER-KIND") {
        const QString kind = text.trimmed().toLower();
        if (kind == QStringLiteral("group"))
            m_isGroup = true;
    }
    // Anything else (ADR, BDAY, UID, REV, PRODID, X-... ) is not imported.
}

void Parser::endCard(int line) {
    if (!m_inCard)
        fail(line, QCoreApplication::translate("VCard", "Line %1: END:VCARD without a BEGIN:VCARD before it.").arg(line));
    m_inCard = false;
    if (m_isGroup) {
        m_result.warnings.append(
            QCoreApplication::translate("VCard", "Line %1: the contact group \"%2\" was skipped.").arg(m_cardLine).arg(m_fn.left(80)));
        return;
    }
    if (!m_fn.isEmpty()) {
        m_contact.name = m_fn;
        checkLength(m_contact.name, Contact::kMaxNameChars, m_fnLine,
                    QT_TRANSLATE_NOOP("VCard", "Line %1: the name is longer than %2 characters."));
    } else if (!m_nName.isEmpty()) {
        m_contact.name = m_nName;
        checkLength(m_contact.name, Contact::kMaxNameChars, m_nLine,
                    QT_TRANSLATE_NOOP("VCard", "Line %1: the name is longer than %2 characters."));
    } else {
        fail(m_cardLine, QCoreApplication::translate("VCard", "Line %1: the card starting here has no name (FN or N).").arg(m_cardLine));
    }
    m_contact.role = m_title.isEmpty() ? m_roleFallback : m_title;
    m_result.contacts.append(m_contact);
}

ParseResult Parser::run(const QByteArray &input) {
    try {
        if (input.size() > kMaxInputBytes)
            fail(0, QCoreApplication::translate("VCard", "The file is larger than %1 MB; vCard files that big are not read.")
                        .arg(kMaxInputBytes / (1024 * 1024)));
        QByteArray data = input;
        if (data.startsWith("\xEF\xBB\xBF")) {
            data.remove(0, 3);
        } else if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
            // UTF-16 files (some Windows exports): read as text first; line numbers stay the same
            QStringDecoder decoder(data.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                                   QStringDecoder::Flag::Stateless);
            const QString text = decoder.decode(QByteArrayView(data).sliced(2));
            if (decoder.hasError())
                fail(0, QCoreApplication::translate("VCard", "The file starts like UTF-16 text but is not valid UTF-16."));
            data = text.toUtf8();
        }
        for (const PhysicalLine &physical : unfold(splitLines(data))) {
            if (physical.text.trimmed().isEmpty())
                continue;
            const qsizetype colon = colonIndex(physical.text);
            if (colon < 0)
                failAt(physical.number, QT_TRANSLATE_NOOP("VCard", "Line %1: this line has no ':' between its name and value."));
            ContentLine line;
            if (!parseContentLine(physical, colon, &line))
                failAt(physical.number, QT_TRANSLATE_NOOP("VCard", "Line %1: this line does not start with a property name."));
            if (line.name == "BEGIN") {
                if (line.value.trimmed().toUpper() != "VCARD")
                    fail(line.line, QCoreApplication::translate("VCard", "Line %1: BEGIN:%2 where a vCard (BEGIN:VCARD) was expected.")
                                        .arg(line.line)
                                        .arg(QString::fromUtf8(line.value.trimmed().left(40))));
                beginCard(line.line);
            } else if (line.name == "END") {
                if (line.value.trimmed().toUpper() != "VCARD")
                    fail(line.line, QCoreApplication::translate("VCard", "Line %1: END:%2 where END:VCARD was expected.")
                                        .arg(line.line)
                                        .arg(QString::fromUtf8(line.value.trimmed().left(40))));
                endCard(line.line);
            } else if (!m_inCard) {
                failAt(line.line, QT_TRANSLATE_NOOP("VCard", "Line %1: this line is outside a card (BEGIN:VCARD ... END:VCARD)."));
            } else {
                property(line);
            }
        }
        if (m_inCard)
            fail(m_cardLine, QCoreApplication::translate("VCard", "Line %1: the card starting here has no END:VCARD.").arg(m_cardLine));
        if (m_cards == 0)
            fail(0, QCoreApplication::translate("VCard", "The file contains no vCard (no BEGIN:VCARD line)."));
        if (!m_unknownCategories.isEmpty()) {
            QStringList shown = m_unknownCategories.mid(0, 10);
            if (m_unknownCategories.size() > shown.size())
                shown.append(QStringLiteral("…"));
            m_result.warnings.append(
                QCoreApplication::translate("VCard", "Categories that are not Rebound tags were left out: %1.").arg(shown.join(QStringLiteral(", "))));
        }
    } catch (const Failure &failure) {
        ParseResult failed;
        failed.error = failure.error;
        return failed;
    }
    return m_result;
}

// ---------------------------------------------------------------- writing

QByteArray escapeText(const QString &text) {
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\')
            out += QStringLiteral("\\\\");
        else if (c == u',')
            out += QStringLiteral("\\,");
        else if (c == u';')
            out += QStringLiteral("\\;");
        else if (c == u'\r') {
            out += QStringLiteral("\\n");
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
        } else if (c == u'\n')
            out += QStringLiteral("\\n");
        else if ((c.unicode() < 0x20 && c != u'\t') || c.unicode() == 0x7F)
            continue;
        else
            out.append(c);
    }
    return out.toUtf8();
}

// For URI values: only what would break the line is escaped.
QByteArray escapeUri(const QString &text) {
    QString out;
    for (const QChar c : text) {
        if (c == u'\\')
            out += QStringLiteral("\\\\");
        else if (c == u'\n' || c == u'\r')
            out += QStringLiteral("\\n");
        else if (c.unicode() >= 0x20 && c.unicode() != 0x7F)
            out.append(c);
    }
    return out.toUtf8();
}

// Folds at 75 octets (continuation lines start with a space), never inside a UTF-8 sequence.
void appendFolded(QByteArray &out, const QByteArray &line) {
    constexpr qsizetype kMax = 75;
    qsizetype pos = 0;
    bool first = true;
    while (true) {
        const qsizetype room = first ? kMax : kMax - 1;
        if (line.size() - pos <= room) {
            if (!first)
                out += ' ';
            out += line.mid(pos);
            out += "\r\n";
            return;
        }
        qsizetype end = pos + room;
        while (end > pos && (static_cast<unsigned char>(line.at(end)) & 0xC0) == 0x80)
            --end; // back to the start of the sequence
        if (!first)
            out += ' ';
        out += line.mid(pos, end - pos);
        out += "\r\n";
        pos = end;
        first = false;
    }
}

QString splitFamilyName(const QString &name, QString *given) {
    const QString simple = name.simplified();
    const qsizetype space = simple.lastIndexOf(u' ');
    if (space < 0) {
        *given = simple;
        return {};
    }
    *given = simple.left(space);
    return simple.mid(space + 1);
}

} // namespace

ParseResult parse(const QByteArray &data) {
    Parser parser;
    return parser.run(data);
}

QByteArray write(const QList<Contact> &contacts) {
    QByteArray out;
    for (const Contact &c : contacts) {
        auto prop = [&out](const QByteArray &name, const QByteArray &value) { appendFolded(out, name + ':' + value); };
        prop("BEGIN", "VCARD");
        prop("VERSION", "4.0");
        prop("PRODID", "-//Rebound//Rebound//EN");
        if (!c.id.isEmpty()) {
            const QUuid uuid(c.id);
            prop("UID", uuid.isNull() ? escapeText(c.id) : "urn:uuid:" + uuid.toByteArray(QUuid::WithoutBraces));
        }
        prop("FN", escapeText(c.name));
        QString given;
        const QString family = splitFamilyName(c.name, &given);
        prop("N", escapeText(family) + ';' + escapeText(given) + ";;;");
        if (!c.company.isEmpty())
            prop("ORG", escapeText(c.company));
        if (!c.role.isEmpty())
            prop("TITLE", escapeText(c.role));
        for (qsizetype i = 0; i < c.emails.size(); ++i)
            prop(i == 0 && c.emails.size() > 1 ? QByteArray("EMAIL;PREF=1") : QByteArray("EMAIL"),
                 escapeText(c.emails.at(i)));
        for (qsizetype i = 0; i < c.phones.size(); ++i)
            prop(i == 0 && c.phones.size() > 1 ? QByteArray("TEL;VALUE=text;PREF=1") : QByteArray("TEL;VALUE=text"),
                 escapeText(c.phones.at(i)));
        if (!c.profileUrl.isEmpty())
            prop("URL", escapeUri(c.profileUrl));
        if (!c.notes.isEmpty())
            prop("NOTE", escapeText(c.notes));
        if (!c.tags.isEmpty()) {
            QByteArrayList tags;
            for (const QString &tag : c.tags)
                tags.append(escapeText(tag));
            prop("CATEGORIES", tags.join(','));
        }
        if (!c.howWeMet.isEmpty())
            prop("X-REBOUND-HOW-WE-MET", escapeText(c.howWeMet));
        if (c.cadenceDays == Contact::kCadenceOff)
            prop("X-REBOUND-CADENCE", "off");
        else if (c.cadenceDays > 0)
            prop("X-REBOUND-CADENCE", QByteArray::number(c.cadenceDays));
        const QDateTime rev = c.updatedAt.isValid() ? c.updatedAt : c.createdAt;
        if (rev.isValid())
            prop("REV", rev.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1());
        prop("END", "VCARD");
    }
    return out;
}

} // namespace rebound::vcard
