#pragma once
#include <QDate>
#include <QMap>
#include <QStringList>
#include <stdexcept>

namespace rebound::cli {

// A parsed rebound-cli command line: global options, command words, and the
// options that take values (by name, e.g. "--mood").
struct Args {
    QString vaultDir; // the default vault folder when --vault is not given
    bool json = false;
    bool readStdin = false;
    QStringList words;
    QMap<QString, QString> options;
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

} // namespace rebound::cli
