#pragma once
#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QStringList>
#include <optional>
#include <stdexcept>

namespace rebound::cli {

// A parsed rebound-cli command line: global options, command words, and the
// options that take values (by name, e.g. "--mood"). An option may be given
// several times; every value is kept in order.
struct Args {
    QString vaultDir; // the default vault folder when --vault is not given
    bool json = false;
    bool readStdin = false;
    bool help = false; // --help / -h
    QStringList words;
    QMap<QString, QStringList> options;

    // Whether an option (with a value, or a flag such as --yes) was given.
    bool has(const QString &name) const { return options.contains(name); }
    // The single value of an option; throws UsageError when it was given twice.
    QString value(const QString &name, const QString &fallback = {}) const;
    // All values of a repeatable list option, each also split at commas, trimmed,
    // empties dropped ("--tag a,b --tag c" -> a, b, c).
    QStringList list(const QString &name) const;
    // Throws UsageError for an option (or --json/--stdin) the command does not take.
    void allowOnly(const QStringList &names, bool json, bool readStdin = false) const;
    // Throws UsageError when more than count words follow the command words.
    void allowWords(int count) const;
};

// Wrong words on the command line: exit code 2 and the usage text.
class UsageError : public std::runtime_error {
public:
    explicit UsageError(const QString &message);
    QString text;
};

// The whole usage, or the detailed help of one command group ("app", "interview",
// "feedback", "skills"); other topics get the whole usage.
QString usageText(const QString &topic = {});
bool hasHelpTopic(const QString &topic);
// Throws UsageError; refuses any attempt to pass a passphrase as an argument.
Args parse(const QStringList &args);
QDate parseDate(const QString &text); // YYYY-MM-DD
int parseMood(const QString &text);   // 1..5 or "none"
// A mood filter: "3" or a range "2-4" (inclusive). Returns {min, max}.
QPair<int, int> parseMoodRange(const QString &text);
// --limit: 1..max.
int parseLimit(const QString &text, int max);
// "YYYY-MM-DD HH:MM" (or with a T between), local wall-clock time.
QDateTime parseDateTime(const QString &text);
// A whole number from 1 to 5 for the named option (confidence).
int parseScale(const QString &text, const QString &option);
// --salary: "60000-80000", "60k-80k" or one figure ("70000": both ends); "" = none.
QPair<std::optional<qint64>, std::optional<qint64>> parseSalary(const QString &text);
// A key of a fixed vocabulary (stages, kinds, roles): the key itself or its
// label, case-insensitively, with '-' or ' ' for '_' ("final-round", "Final
// round"). "" is returned as "" when allowEmpty. Unknown values list the keys.
QString parseKey(const QString &text, const QStringList &keys, QString (*label)(const QString &),
                 const QString &option, bool allowEmpty = false);

} // namespace rebound::cli
