#pragma once
#include <QDate>
#include <QMap>
#include <QStringList>
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

QString usageText();
// Throws UsageError; refuses any attempt to pass a passphrase as an argument.
Args parse(const QStringList &args);
QDate parseDate(const QString &text); // YYYY-MM-DD
int parseMood(const QString &text);   // 1..5 or "none"
// A mood filter: "3" or a range "2-4" (inclusive). Returns {min, max}.
QPair<int, int> parseMoodRange(const QString &text);
// --limit: 1..max.
int parseLimit(const QString &text, int max);

} // namespace rebound::cli
