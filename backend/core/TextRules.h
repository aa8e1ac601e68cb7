#pragma once
#include <QDate>
#include <QString>
#include <QStringList>

namespace rebound::text {

// Shared input rules so the app, the CLI and imports reject the same things with
// the same messages. Each throws Error(InvalidInput) with a translated message.

// Multi-line text (journal bodies): tabs and newlines are fine, other control
// characters and unpaired surrogates are not. CRLF is normalised to LF.
QString cleanMultiline(const QString &text, int maxChars, const char *what);
// One line (notes, wins, names): trimmed; newlines and control characters refused.
QString cleanLine(const QString &text, int maxChars, const char *what);
// Trims, drops empties and case-insensitive duplicates (first spelling wins);
// each tag at most 40 characters, no '|' or control characters.
QStringList cleanTags(const QStringList &tags, int maxTags);
// A day the user can write about: 1900-01-01 .. today + 1 (time zones).
void checkDate(const QDate &date, const QDate &today);
// Ids from the catalog or UUIDs: [A-Za-z0-9:_-], at most 64 characters.
QStringList cleanIds(const QStringList &ids, int maxIds, const char *what);

// '|a|b|' storage form for lists searched with instr(); empty list -> ''.
// How names are compared "ignoring case" in every script: NFC, then case folded.
QString foldedName(const QString &name);
QString joinList(const QStringList &items);
QStringList splitList(const QString &stored);

} // namespace rebound::text
