#include "Arguments.h"

#include "core/JournalEntry.h"
#include "storage/Vault.h"

#include <QCoreApplication>

namespace rebound::cli {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("Cli", text);
}
} // namespace

UsageError::UsageError(const QString &message)
    : std::runtime_error(message.toStdString())
    , text(message) {}

QString usageText() {
    return tr("Usage: rebound-cli [--vault DIR] COMMAND [options]\n"
              "\n"
              "Commands:\n"
              "  init                         create a new vault\n"
              "  status [--json]              show where the vault is and how it is protected\n"
              "  passwd                       change the passphrase\n"
              "  lock                         forget the key remembered on this device\n"
              "  journal add [--date YYYY-MM-DD] [--mood 1-5] [--text TEXT]\n"
              "                               add an entry (without --text, the text is read from stdin)\n"
              "  journal list [--limit N] [--json]\n"
              "  journal show ID [--json]\n"
              "  journal edit ID [--date D] [--mood 1-5|none] [--text TEXT | --stdin]\n"
              "  journal delete ID\n"
              "\n"
              "The passphrase is read from the terminal without echo or, when stdin is not a\n"
              "terminal, from its first line (passwd: current on line 1, new on line 2).\n"
              "IDs may be shortened to any unique prefix.\n"
              "Exit codes: 0 ok, 1 failure, 2 usage, 3 wrong passphrase, 4 vault missing or damaged.\n");
}

Args parse(const QStringList &args) {
    static const QStringList valued{QStringLiteral("--vault"), QStringLiteral("--date"),
                                    QStringLiteral("--mood"), QStringLiteral("--text"),
                                    QStringLiteral("--limit")};
    Args a;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg == QLatin1String("--json")) {
            a.json = true;
        } else if (arg == QLatin1String("--stdin")) {
            a.readStdin = true;
        } else if (arg == QLatin1String("--passphrase") || arg.startsWith(QLatin1String("--passphrase="))) {
            throw UsageError(tr("For your safety the passphrase is never taken from the command line."));
        } else if (valued.contains(arg.section(QLatin1Char('='), 0, 0))) {
            const QString name = arg.section(QLatin1Char('='), 0, 0);
            QString value;
            if (arg.contains(QLatin1Char('=')))
                value = arg.section(QLatin1Char('='), 1);
            else if (i + 1 < args.size())
                value = args[++i];
            else
                throw UsageError(tr("%1 needs a value.").arg(name));
            if (name == QLatin1String("--vault"))
                a.vaultDir = value;
            else
                a.options.insert(name, value);
        } else if (arg.startsWith(QLatin1String("--"))) {
            throw UsageError(tr("Unknown option %1.").arg(arg));
        } else {
            a.words << arg;
        }
    }
    if (a.vaultDir.isEmpty())
        a.vaultDir = Vault::defaultDirectory();
    return a;
}

QDate parseDate(const QString &text) {
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        throw UsageError(tr("Dates are written YYYY-MM-DD, e.g. 2026-11-22."));
    return d;
}

int parseMood(const QString &text) {
    if (text == QLatin1String("none"))
        return JournalEntry::kNoMood;
    bool ok = false;
    const int mood = text.toInt(&ok);
    if (!ok || mood < JournalEntry::kMinMood || mood > JournalEntry::kMaxMood)
        throw UsageError(tr("--mood takes a number from 1 to 5 (or \"none\")."));
    return mood;
}

} // namespace rebound::cli
