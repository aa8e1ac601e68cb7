#include "Arguments.h"

#include "core/JournalEntry.h"
#include "storage/Vault.h"

#include <QCoreApplication>

namespace rebound::cli {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("Cli", text);
}

// Options that take a value; all others are flags or unknown.
const QStringList &valuedOptions() {
    static const QStringList valued{
        QStringLiteral("--vault"),    QStringLiteral("--date"),   QStringLiteral("--mood"),
        QStringLiteral("--text"),     QStringLiteral("--limit"),  QStringLiteral("--tag"),
        QStringLiteral("--emotion"),  QStringLiteral("--effort"), QStringLiteral("--note"),
        QStringLiteral("--template"), QStringLiteral("--from"),   QStringLiteral("--to")};
    return valued;
}
} // namespace

UsageError::UsageError(const QString &message)
    : std::runtime_error(message.toStdString())
    , text(message) {}

QString Args::value(const QString &name, const QString &fallback) const {
    const auto it = options.constFind(name);
    if (it == options.constEnd())
        return fallback;
    if (it->size() > 1)
        throw UsageError(tr("%1 can only be given once.").arg(name));
    return it->constFirst();
}

QStringList Args::list(const QString &name) const {
    QStringList out;
    for (const QString &v : options.value(name)) {
        for (const QString &part : v.split(QLatin1Char(','))) {
            const QString item = part.trimmed();
            if (!item.isEmpty())
                out << item;
        }
    }
    return out;
}

void Args::allowOnly(const QStringList &names, bool allowJson, bool allowStdin) const {
    for (auto it = options.constBegin(); it != options.constEnd(); ++it) {
        if (!names.contains(it.key()))
            throw UsageError(tr("%1 does not take %2.").arg(words.mid(0, 2).join(u' '), it.key()));
    }
    if (json && !allowJson)
        throw UsageError(
            tr("%1 does not take %2.").arg(words.mid(0, 2).join(u' '), QStringLiteral("--json")));
    if (readStdin && !allowStdin)
        throw UsageError(
            tr("%1 does not take %2.").arg(words.mid(0, 2).join(u' '), QStringLiteral("--stdin")));
}

void Args::allowWords(int count) const {
    if (words.size() > count)
        throw UsageError(tr("Unexpected word: %1").arg(words.value(count)));
}

QString usageText() {
    return tr("Usage: rebound-cli [--vault DIR] COMMAND [options]\n"
              "\n"
              "Vault:\n"
              "  init                         create a new vault\n"
              "  status [--json]              show where the vault is and how it is protected\n"
              "  passwd                       change the passphrase\n"
              "  lock                         forget the key remembered on this device\n"
              "\n"
              "Journal:\n"
              "  journal add [--date D] [--mood 1-5] [--tag T]... [--emotion E]... [--template KEY]\n"
              "              [--text TEXT] [--json]\n"
              "      add an entry; without --text the text is read from stdin. With --template and\n"
              "      no text, the entry starts from the template (and gets its tags).\n"
              "  journal list [FILTERS] [--limit N] [--json]\n"
              "  journal search WORDS... [FILTERS] [--limit N] [--json]\n"
              "      ranked full-text search; accents and case are ignored, every word also\n"
              "      matches as a prefix (\"interv\" finds \"interview\").\n"
              "  journal show ID [--json]\n"
              "  journal edit ID [--date D] [--mood 1-5|none] [--tag T]... [--emotion E]...\n"
              "                  [--text TEXT | --stdin] [--json]\n"
              "      --tag and --emotion replace the entry's lists; give \"\" to clear them.\n"
              "  journal delete ID\n"
              "  journal templates [--json]   list the guided templates for --template\n"
              "\n"
              "  FILTERS: --mood N or --mood MIN-MAX (e.g. 2-4), --emotion E, --tag T,\n"
              "           --date D (one day) or --from D and/or --to D (inclusive).\n"
              "           With filters, --limit is at most 1000; a search with words\n"
              "           ranks the newest 500 matches.\n"
              "\n"
              "Check-ins and wins:\n"
              "  checkin --mood 1-5 [--emotion E]... [--effort F]... [--note TEXT] [--date D] [--json]\n"
              "      a quick mood check-in; prints the day's mood afterwards\n"
              "  checkin list [--limit N] [--json]\n"
              "  win add [TEXT...] [--date D] [--json]\n"
              "      note a small win; without TEXT it is read from stdin (which keeps it out of\n"
              "      your shell history and the process list)\n"
              "  win list [--limit N] [--json]\n"
              "\n"
              "D is a date written YYYY-MM-DD (default: today). --tag, --emotion and --effort may be\n"
              "repeated or take a comma-separated list. Emotions and efforts are given by name\n"
              "(\"anxious\", case does not matter) or id (\"emotion:anxious\").\n"
              "Search results mark matches in bold on a terminal and as «match» otherwise (also\n"
              "when NO_COLOR is set); --json gives highlight ranges as UTF-16 offsets into the snippet.\n"
              "\n"
              "The passphrase is read from the terminal without echo or, when stdin is not a\n"
              "terminal, from its first line (passwd: current on line 1, new on line 2).\n"
              "IDs may be shortened to any unique prefix.\n"
              "Exit codes: 0 ok, 1 failure (also invalid input), 2 usage, 3 wrong passphrase,\n"
              "4 vault missing or damaged.\n");
}

Args parse(const QStringList &args) {
    Args a;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg == QLatin1String("--json")) {
            a.json = true;
        } else if (arg == QLatin1String("--stdin")) {
            a.readStdin = true;
        } else if (arg == QLatin1String("--passphrase") || arg.startsWith(QLatin1String("--passphrase="))) {
            throw UsageError(tr("For your safety the passphrase is never taken from the command line."));
        } else if (valuedOptions().contains(arg.section(QLatin1Char('='), 0, 0))) {
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
                a.options[name].append(value);
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            a.help = true;
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

QPair<int, int> parseMoodRange(const QString &text) {
    const QStringList parts = text.split(QLatin1Char('-'));
    bool okLow = false, okHigh = false;
    const int low = parts.value(0).trimmed().toInt(&okLow);
    const int high = parts.size() == 2 ? parts.value(1).trimmed().toInt(&okHigh) : low;
    if (parts.size() == 1)
        okHigh = okLow;
    if (parts.size() > 2 || !okLow || !okHigh || low < JournalEntry::kMinMood ||
        high > JournalEntry::kMaxMood || low > high)
        throw UsageError(tr("As a filter, --mood takes a number from 1 to 5 or a range such as 2-4."));
    return {low, high};
}

int parseLimit(const QString &text, int max) {
    bool ok = false;
    const int limit = text.toInt(&ok);
    if (!ok || limit < 1 || limit > max)
        throw UsageError(tr("--limit takes a number from 1 to %1.").arg(max));
    return limit;
}

} // namespace rebound::cli
