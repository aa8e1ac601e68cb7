#include "CliCommands.h"

#include "services/AppSettings.h"
#include "services/PassphraseStrength.h"
#include "services/QtKeychainStore.h"
#include "services/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTimer>
#include <algorithm>

namespace rebound::cli {

using namespace opt;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

int exitCodeFor(ErrorCode code) {
    switch (code) {
    case ErrorCode::Usage:
        return Usage;
    case ErrorCode::WrongPassphrase:
        return WrongPassphrase;
    case ErrorCode::VaultMissing:
    case ErrorCode::VaultCorrupt:
    case ErrorCode::UnsupportedVersion:
    case ErrorCode::WeakKdf:
    case ErrorCode::SchemaTooNew:
        return VaultUnusable;
    default:
        return Failure;
    }
}

int Commands::dispatch() {
    const QString command = a.words.value(0);
    const QString sub = a.words.value(1);
    if (command == QLatin1String("init"))
        return init();
    if (command == QLatin1String("status"))
        return status();
    if (command == QLatin1String("passwd"))
        return passwd();
    if (command == QLatin1String("lock"))
        return lock();
    if (command == QLatin1String("journal")) {
        if (sub == QLatin1String("add"))
            return journalAdd();
        if (sub == QLatin1String("list"))
            return journalList();
        if (sub == QLatin1String("search"))
            return journalSearch();
        if (sub == QLatin1String("show"))
            return journalShow();
        if (sub == QLatin1String("edit"))
            return journalEdit();
        if (sub == QLatin1String("delete"))
            return journalDelete();
        if (sub == QLatin1String("templates"))
            return journalTemplatesList();
    }
    if (command == QLatin1String("templates") && (sub.isEmpty() || sub == QLatin1String("list")))
        return journalTemplatesList();
    if (command == QLatin1String("checkin")) {
        if (sub.isEmpty())
            return checkIn();
        if (sub == QLatin1String("list"))
            return checkInList();
    }
    if (command == QLatin1String("win")) {
        if (sub == QLatin1String("add"))
            return winAdd();
        if (sub == QLatin1String("list"))
            return winList();
    }
    if (command == QLatin1String("app")) {
        if (sub == QLatin1String("add"))
            return appAdd();
        if (sub == QLatin1String("list"))
            return appList();
        if (sub == QLatin1String("show"))
            return appShow();
        if (sub == QLatin1String("stage"))
            return appStage();
        if (sub == QLatin1String("edit"))
            return appEdit();
        if (sub == QLatin1String("delete"))
            return appDelete();
        if (sub == QLatin1String("export"))
            return appExport();
    }
    if (command == QLatin1String("interview")) {
        if (sub == QLatin1String("add"))
            return interviewAdd();
        if (sub == QLatin1String("edit"))
            return interviewEdit();
        if (sub == QLatin1String("list"))
            return interviewList();
    }
    if (command == QLatin1String("feedback")) {
        if (sub == QLatin1String("add"))
            return feedbackAdd();
        if (sub == QLatin1String("list"))
            return feedbackList();
    }
    if (command == QLatin1String("skills")) {
        if (sub.isEmpty())
            return skillsPlan();
        if (sub == QLatin1String("action") && a.words.value(2) == QLatin1String("add"))
            return skillsActionAdd();
        if (sub == QLatin1String("action") && a.words.value(2) == QLatin1String("done"))
            return skillsActionDone();
        if (sub == QLatin1String("pitch"))
            return skillsPitch();
    }
    if (command == QLatin1String("goal")) {
        if (sub == QLatin1String("add"))
            return goalAdd();
        if (sub == QLatin1String("north-star"))
            return goalNorthStar();
        if (sub == QLatin1String("list"))
            return goalList();
        if (sub == QLatin1String("edit"))
            return goalEdit();
        if (sub == QLatin1String("done"))
            return goalDone();
        if (sub == QLatin1String("delete"))
            return goalDelete();
    }
    if (command == QLatin1String("checklist") && (sub.isEmpty() || sub == QLatin1String("list")))
        return checklistList();
    if (command == QLatin1String("review")) {
        if (sub == QLatin1String("start"))
            return reviewStart();
        if (sub == QLatin1String("answer"))
            return reviewAnswer();
        if (sub == QLatin1String("finish"))
            return reviewFinish();
        if (sub == QLatin1String("list"))
            return reviewList();
        if (sub == QLatin1String("show"))
            return reviewShow();
        if (sub == QLatin1String("export"))
            return reviewExport();
    }
    if (command == QLatin1String("contact")) {
        if (sub == QLatin1String("add"))
            return contactAdd();
        if (sub == QLatin1String("list"))
            return contactList();
        if (sub == QLatin1String("show"))
            return contactShow();
        if (sub == QLatin1String("log"))
            return contactLog();
        if (sub == QLatin1String("edit"))
            return contactEdit();
        if (sub == QLatin1String("delete"))
            return contactDelete();
        if (sub == QLatin1String("import"))
            return contactImport();
        if (sub == QLatin1String("export"))
            return contactExport();
    }
    if (command == QLatin1String("reminders"))
        return reminders();
    if (command == QLatin1String("insights"))
        return insights();
    if (command == QLatin1String("sync"))
        return sync();
    if (command == QLatin1String("export") && sub.isEmpty())
        return exportAll();
    if (command == QLatin1String("backup")) {
        if (sub == QLatin1String("create"))
            return backupCreate();
        if (sub == QLatin1String("check"))
            return backupCheck();
        if (sub == QLatin1String("restore"))
            return backupRestore();
    }
    if (command == QLatin1String("import") && sub == QLatin1String("daylio"))
        return importDaylio();
    if (command.isEmpty() || (hasHelpTopic(command) && sub.isEmpty()))
        throw UsageError(QString()); // "app" alone: the group's help is the answer
    throw UsageError(Tr::tr("Unknown command: %1").arg(a.words.join(u' ')));
}

std::unique_ptr<Vault> Commands::unlock() {
    if (!Vault::exists(a.vaultDir))
        throw Error(ErrorCode::VaultMissing,
                    Tr::tr("There is no vault in %1. Create one with \"rebound-cli init\".")
                        .arg(QDir::toNativeSeparators(a.vaultDir)));
    const SecureBytes passphrase = in.readSecret(Tr::tr("Passphrase: "));
    return Vault::unlock(a.vaultDir, passphrase, m_clock);
}

SecureBytes Commands::newPassphrase(const QString &prompt) {
    SecureBytes first = in.readSecret(prompt);
    if (in.interactive()) {
        const SecureBytes again = in.readSecret(Tr::tr("Repeat it: "));
        if (!first.equals(again))
            throw Error(ErrorCode::InvalidInput,
                        Tr::tr("The two passphrases do not match. Nothing was changed."));
    }
    QString asText = QString::fromUtf8(reinterpret_cast<const char *>(first.data()), qsizetype(first.size()));
    const bool acceptable = PassphraseStrength::estimate(asText).acceptable;
    wipe(asText);
    if (!acceptable)
        throw Error(ErrorCode::InvalidInput,
                    Tr::tr("Use at least %1 characters.").arg(PassphraseStrength::kMinimumLength));
    return first;
}

int Commands::init() {
    a.allowOnly({}, false);
    a.allowWords(1);
    if (Vault::exists(a.vaultDir))
        throw Error(ErrorCode::VaultExists,
                    Tr::tr("A vault already exists in %1.").arg(QDir::toNativeSeparators(a.vaultDir)));
    const SecureBytes passphrase = newPassphrase(Tr::tr("New passphrase: "));
    auto vault = Vault::create(a.vaultDir, passphrase);
    err << Tr::tr("Created an encrypted vault in %1.").arg(QDir::toNativeSeparators(a.vaultDir)) << Qt::endl;
    err << Tr::tr("Keep your passphrase safe: it cannot be recovered.") << Qt::endl;
    return Ok;
}

int Commands::status() {
    a.allowOnly({}, true);
    a.allowWords(1);
    QJsonObject o{{QStringLiteral("path"), QDir::toNativeSeparators(a.vaultDir)},
                  {QStringLiteral("exists"), Vault::exists(a.vaultDir)},
                  {QStringLiteral("sqlcipher"), Database::cipherVersion()}};
    if (Vault::exists(a.vaultDir)) {
        const VaultHeader h = Vault::readHeader(a.vaultDir);
        o.insert(QStringLiteral("vault_id"), h.vaultId);
        o.insert(QStringLiteral("format_version"), h.version);
        o.insert(QStringLiteral("created"), h.created);
        o.insert(QStringLiteral("kdf"),
                 QJsonObject{{QStringLiteral("name"), VaultHeader::kKdfName},
                             {QStringLiteral("memlimit_mib"), qint64(h.kdf.memLimitBytes >> 20)},
                             {QStringLiteral("opslimit"), qint64(h.kdf.opsLimit)}});
        o.insert(QStringLiteral("cipher"),
                 QJsonObject{{QStringLiteral("compatibility"), h.cipher.compatibility},
                             {QStringLiteral("page_size"), h.cipher.pageSize},
                             {QStringLiteral("hmac"), h.cipher.hmacAlgorithm},
                             {QStringLiteral("created_with"), h.cipher.createdWith}});
        AppSettings settings;
        o.insert(QStringLiteral("remembered_on_device"), settings.remembersVault(h.vaultId));
    }
    if (a.json) {
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return Ok;
    }
    out << Tr::tr("Vault:      %1").arg(o[QStringLiteral("path")].toString()) << '\n';
    if (!o[QStringLiteral("exists")].toBool()) {
        out << Tr::tr("No vault here yet. Create one with \"rebound-cli init\".") << '\n';
        return Ok;
    }
    const QJsonObject kdf = o[QStringLiteral("kdf")].toObject();
    const QJsonObject cipher = o[QStringLiteral("cipher")].toObject();
    out << Tr::tr("ID:         %1").arg(o[QStringLiteral("vault_id")].toString()) << '\n'
        << Tr::tr("Created:    %1").arg(o[QStringLiteral("created")].toString()) << '\n'
        << Tr::tr("Format:     version %1").arg(o[QStringLiteral("format_version")].toInt()) << '\n'
        << Tr::tr("Key:        Argon2id, %1 MiB, %2 passes")
               .arg(kdf[QStringLiteral("memlimit_mib")].toInteger())
               .arg(kdf[QStringLiteral("opslimit")].toInteger())
        << '\n'
        << Tr::tr("Database:   SQLCipher (file compatibility %1, %2-byte pages, %3), this build links %4")
               .arg(cipher[QStringLiteral("compatibility")].toInt())
               .arg(cipher[QStringLiteral("page_size")].toInt())
               .arg(cipher[QStringLiteral("hmac")].toString(), o[QStringLiteral("sqlcipher")].toString())
        << '\n'
        << Tr::tr("Remembered: %1")
               .arg(o[QStringLiteral("remembered_on_device")].toBool() ? Tr::tr("yes, in the system keyring")
                                                                       : Tr::tr("no"))
        << '\n';
    return Ok;
}

int Commands::passwd() {
    a.allowOnly({}, false);
    a.allowWords(1);
    if (!Vault::exists(a.vaultDir))
        throw Error(ErrorCode::VaultMissing,
                    Tr::tr("There is no vault in %1.").arg(QDir::toNativeSeparators(a.vaultDir)));
    const SecureBytes current = in.readSecret(Tr::tr("Current passphrase: "));
    const SecureBytes next = newPassphrase(Tr::tr("New passphrase: "));
    Vault::changePassphrase(a.vaultDir, current, next);
    err << Tr::tr("Passphrase changed.") << Qt::endl;
    return Ok;
}

int Commands::lock() {
    a.allowOnly({}, false);
    a.allowWords(1);
    // The CLI never keeps a vault unlocked between commands; what can linger is
    // the key remembered in the OS keystore for the app.
    const VaultHeader h = Vault::readHeader(a.vaultDir);
    AppSettings settings;
    if (!settings.remembersVault(h.vaultId)) {
        err << Tr::tr("Nothing to lock: the vault is only open while a command runs, and no key is "
                  "remembered on this device.")
            << Qt::endl;
        return Ok;
    }
    QtKeychainStore keyStore;
    QEventLoop loop;
    bool removed = false;
    keyStore.remove(h.vaultId, [&](bool ok) {
        removed = ok;
        loop.quit();
    });
    constexpr int kKeystoreTimeoutMs = 10'000;
    QTimer::singleShot(kKeystoreTimeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    if (!removed)
        throw Error(ErrorCode::Keystore, Tr::tr("The system keyring did not remove the key (is it locked?). "
                                            "Nothing was changed; try again."));
    settings.setRemembersVault(h.vaultId, false);
    err << Tr::tr("The remembered key was removed; the app will ask for the passphrase next time.") << Qt::endl;
    return Ok;
}

QString Commands::tagsLabel(const QStringList &tags) {
    return tags.isEmpty() ? QString() : QLatin1Char('#') + tags.join(QStringLiteral(" #"));
}

QString Commands::preview(const QString &body, int maxChars) {
    QString text = body.simplified();
    if (text.size() > maxChars)
        text = text.left(maxChars - 1) + QChar(0x2026);
    return text;
}

int Commands::limitOption(int fallback, int max) const {
    return a.has(kLimit) ? parseLimit(a.value(kLimit), max) : fallback;
}

// ---- shared helpers ------------------------------------------------------------

QJsonValue Commands::optionalJson(const QDate &d) {
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

void Commands::printJson(const QJsonObject &o) {
    out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
}

void Commands::printJson(const QJsonArray &arr) {
    out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
}

namespace {
// Terminal columns a text takes: wide East Asian characters and emoji take two,
// combining marks none. Good enough to line up tables.
int displayWidth(const QString &text) {
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        const auto category = QChar::category(c);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing ||
            category == QChar::Other_Format)
            continue;
        const bool wide =
            (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
            (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
            (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1FAFF) || (c >= 0x20000 && c <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}
} // namespace

QStringList Commands::formatTable(const QList<QStringList> &rows) {
    QList<int> widths;
    for (const QStringList &row : rows)
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (widths.size() <= c)
                widths.append(0);
            widths[c] = std::max(widths[c], displayWidth(row[c]));
        }
    QStringList lines;
    for (const QStringList &row : rows) {
        // Trailing empty cells would only leave spaces at the end of the line.
        qsizetype last = row.size() - 1;
        while (last > 0 && row[last].isEmpty())
            --last;
        QString line;
        for (qsizetype c = 0; c <= last; ++c) {
            line += row[c];
            if (c < last)
                line += QString(widths[c] - displayWidth(row[c]) + 2, u' ');
        }
        lines << line;
    }
    return lines;
}

void Commands::printTable(const QList<QStringList> &rows, const QString &indent,
                          const QMap<qsizetype, QString> &headings) {
    const QStringList lines = formatTable(rows);
    for (qsizetype r = 0; r < lines.size(); ++r) {
        if (headings.contains(r))
            out << headings.value(r) << '\n';
        out << indent << lines[r] << '\n';
    }
}

QString Commands::matchPrefix(const QStringList &ids, const QString &prefix, const QString &notFound) {
    // The rules of JournalRepository::idsWithPrefix: lowercase hex and dashes.
    const QString clean = prefix.trimmed().toLower();
    static const QRegularExpression idChars(QStringLiteral("^[0-9a-f-]+$"));
    QStringList matches;
    if (idChars.match(clean).hasMatch())
        for (const QString &id : ids)
            if (id.startsWith(clean))
                matches.append(id);
    if (matches.isEmpty())
        throw Error(ErrorCode::NotFound, notFound.arg(prefix));
    if (matches.size() > 1)
        throw UsageError(Tr::tr("The ID %1 is ambiguous; give more characters.").arg(prefix));
    return matches.constFirst();
}

void Commands::checkSingleStdin(const QStringList &names) const {
    int fromStdin = a.readStdin ? 1 : 0;
    for (const QString &name : names)
        if (a.has(name) && a.value(name) == QLatin1String("-"))
            ++fromStdin;
    if (fromStdin > 1)
        throw UsageError(Tr::tr("Only one text can come from stdin (given as -) in one command."));
}

std::optional<QString> Commands::textOption(const QString &name) {
    if (!a.has(name))
        return std::nullopt;
    const QString value = a.value(name);
    if (value != QLatin1String("-"))
        return value;
    if (m_stdinTaken) // checkSingleStdin() runs first; this only guards programming mistakes
        throw UsageError(Tr::tr("Only one text can come from stdin (given as -) in one command."));
    m_stdinTaken = true;
    if (in.interactive())
        err << Tr::tr("Write the text for %1; finish with Ctrl-D on an empty line.").arg(name) << Qt::endl;
    return in.readRest().trimmed(); // the newline a pipe or here-document ends with
}

bool Commands::confirm(const QString &question) {
    const QString answer = in.readLine(question + Tr::tr(" [y/N] ")).trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes") || answer == Tr::tr("y") ||
           answer == Tr::tr("yes");
}

// ---- entry points ----------------------------------------------------------------

int run(const QStringList &args, Input &input, QTextStream &out, QTextStream &err) {
    return run(args, input, out, err, Vault::systemClock());
}

int run(const QStringList &args, Input &input, QTextStream &out, QTextStream &err, const Clock &clock) {
    QString topic; // the command group, for its detailed help
    try {
        const Args parsed = parse(args);
        const bool helpWord = parsed.words.value(0) == QLatin1String("help");
        const bool help = parsed.help || helpWord;
        topic = parsed.words.value(helpWord ? 1 : 0);
        if (parsed.words.isEmpty() || help) {
            (help ? out : err) << usageText(topic);
            return help ? Ok : Usage;
        }
        return Commands(parsed, input, out, err, clock).dispatch();
    } catch (const UsageError &e) {
        if (!e.text.isEmpty())
            err << e.text << "\n\n";
        err << usageText(topic);
        return Usage;
    } catch (const Error &e) {
        err << Tr::tr("rebound-cli: %1").arg(e.message()) << Qt::endl;
        return exitCodeFor(e.code());
    }
}

int main(int argc, char *argv[]) {
    // Progress chatter would drown the output scripts read; warnings still show.
    QLoggingCategory::setFilterRules(QStringLiteral("rebound.*.info=false"));
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Rebound"));
    QCoreApplication::setApplicationName(QStringLiteral("Rebound"));
    // The language picked in the app's Settings, else the system's (LANG, LANGUAGE).
    Translations translations;
    translations.apply(AppSettings().language());
    QTextStream out(stdout);
    QTextStream err(stderr);
    TerminalInput input;
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    const int code = run(args, input, out, err);
    out.flush();
    err.flush();
    return code;
}

} // namespace rebound::cli
