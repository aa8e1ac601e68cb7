#pragma once
// vCard 3.0 / 4.0 (RFC 2426, RFC 6350) reading and 4.0 writing. Depends on QtCore
// only, so the libFuzzer target can link just this file.
#include "core/Contact.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace rebound::vcard {

inline constexpr qsizetype kMaxInputBytes = 20 * 1024 * 1024; // larger files are refused
inline constexpr int kMaxCards = 5000;

struct ParseError {
    int line = 0;    // 1-based physical line of the input where the problem is; 0 = whole file
    QString message; // translated, for the user, e.g. "Line 12: a card ends without BEGIN:VCARD."
};

struct ParseResult {
    QList<Contact> contacts; // drafts: no id; name, company, role, emails, phones, profileUrl, notes, tags
    QStringList warnings;    // what was skipped (photos, unknown charsets ...), translated
    std::optional<ParseError> error; // set: `contacts` is empty, nothing may be imported
    bool ok() const { return !error.has_value(); }
};

// Unfolds lines, decodes QUOTED-PRINTABLE and CHARSET= (UTF-8, ISO-8859-1,
// Windows-1252, others through QStringConverter when known), splits
// structured values on unescaped ';' and ','. Photos and other binary
// properties are skipped with one warning. Any structural error fails the
// whole file with its line number.
ParseResult parse(const QByteArray &data);

// vCard 4.0, CRLF line ends, folded at 75 octets without splitting UTF-8 sequences.
QByteArray write(const QList<Contact> &contacts);

} // namespace rebound::vcard
