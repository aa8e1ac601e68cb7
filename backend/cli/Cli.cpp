#include "Cli.h"

#include "Arguments.h"
#include "Terminal.h"
#include "core/Error.h"
#include "services/AppSettings.h"
#include "services/PassphraseStrength.h"
#include "services/QtKeychainStore.h"
#include "storage/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMap>
#include <QTimer>
#include <optional>

namespace rebound::cli {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("Cli", text);
}

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

QJsonObject toJson(const JournalEntry &e) {
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("date"), e.date.toString(Qt::ISODate)},
            {QStringLiteral("mood"), e.mood == JournalEntry::kNoMood ? QJsonValue() : QJsonValue(e.mood)},
            {QStringLiteral("body"), e.body},
            {QStringLiteral("created"), e.createdAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("updated"), e.updatedAt.toUTC().toString(Qt::ISODateWithMs)}};
}

class Commands {
public:
    Commands(const Args &args, Input &input, QTextStream &output, QTextStream &errors)
        : a(args)
        , in(input)
        , out(output)
        , err(errors) {}

    int dispatch() {
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
            if (sub == QLatin1String("show"))
                return journalShow();
            if (sub == QLatin1String("edit"))
                return journalEdit();
            if (sub == QLatin1String("delete"))
                return journalDelete();
        }
        throw UsageError(command.isEmpty() ? QString() : tr("Unknown command: %1").arg(a.words.join(u' ')));
    }

private:
    std::unique_ptr<Vault> unlock() {
        if (!Vault::exists(a.vaultDir))
            throw Error(ErrorCode::VaultMissing,
                        tr("There is no vault in %1. Create one with \"rebound-cli init\".")
                            .arg(QDir::toNativeSeparators(a.vaultDir)));
        const SecureBytes passphrase = in.readSecret(tr("Passphrase: "));
        return Vault::unlock(a.vaultDir, passphrase);
    }

    SecureBytes newPassphrase(const QString &prompt) {
        SecureBytes first = in.readSecret(prompt);
        if (in.interactive()) {
            const SecureBytes again = in.readSecret(tr("Repeat it: "));
            if (!first.equals(again))
                throw Error(ErrorCode::InvalidInput,
                            tr("The two passphrases do not match. Nothing was changed."));
        }
        QString asText =
            QString::fromUtf8(reinterpret_cast<const char *>(first.data()), qsizetype(first.size()));
        const bool acceptable = PassphraseStrength::estimate(asText).acceptable;
        wipe(asText);
        if (!acceptable)
            throw Error(ErrorCode::InvalidInput,
                        tr("Use at least %1 characters.").arg(PassphraseStrength::kMinimumLength));
        return first;
    }

    QString resolveId(Vault &vault) {
        const QString prefix = a.words.value(2);
        if (prefix.isEmpty())
            throw UsageError(tr("Which entry? Give its ID (see \"journal list\")."));
        const QStringList ids = vault.journal().idsWithPrefix(prefix, 2);
        if (ids.isEmpty())
            throw Error(ErrorCode::NotFound, tr("No journal entry has the ID %1.").arg(prefix));
        if (ids.size() > 1)
            throw UsageError(tr("The ID %1 is ambiguous; give more characters.").arg(prefix));
        return ids.first();
    }

    int init() {
        if (Vault::exists(a.vaultDir))
            throw Error(ErrorCode::VaultExists,
                        tr("A vault already exists in %1.").arg(QDir::toNativeSeparators(a.vaultDir)));
        const SecureBytes passphrase = newPassphrase(tr("New passphrase: "));
        auto vault = Vault::create(a.vaultDir, passphrase);
        err << tr("Created an encrypted vault in %1.").arg(QDir::toNativeSeparators(a.vaultDir)) << Qt::endl;
        err << tr("Keep your passphrase safe: it cannot be recovered.") << Qt::endl;
        return Ok;
    }

    int status() {
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
        out << tr("Vault:      %1").arg(o[QStringLiteral("path")].toString()) << '\n';
        if (!o[QStringLiteral("exists")].toBool()) {
            out << tr("No vault here yet. Create one with \"rebound-cli init\".") << '\n';
            return Ok;
        }
        const QJsonObject kdf = o[QStringLiteral("kdf")].toObject();
        const QJsonObject cipher = o[QStringLiteral("cipher")].toObject();
        out << tr("ID:         %1").arg(o[QStringLiteral("vault_id")].toString()) << '\n'
            << tr("Created:    %1").arg(o[QStringLiteral("created")].toString()) << '\n'
            << tr("Format:     version %1").arg(o[QStringLiteral("format_version")].toInt()) << '\n'
            << tr("Key:        Argon2id, %1 MiB, %2 passes")
                   .arg(kdf[QStringLiteral("memlimit_mib")].toInteger())
                   .arg(kdf[QStringLiteral("opslimit")].toInteger())
            << '\n'
            << tr("Database:   SQLCipher (file compatibility %1, %2-byte pages, %3), this build links %4")
                   .arg(cipher[QStringLiteral("compatibility")].toInt())
                   .arg(cipher[QStringLiteral("page_size")].toInt())
                   .arg(cipher[QStringLiteral("hmac")].toString(), o[QStringLiteral("sqlcipher")].toString())
            << '\n'
            << tr("Remembered: %1")
                   .arg(o[QStringLiteral("remembered_on_device")].toBool() ? tr("yes, in the system keyring")
                                                                           : tr("no"))
            << '\n';
        return Ok;
    }

    int passwd() {
        if (!Vault::exists(a.vaultDir))
            throw Error(ErrorCode::VaultMissing,
                        tr("There is no vault in %1.").arg(QDir::toNativeSeparators(a.vaultDir)));
        const SecureBytes current = in.readSecret(tr("Current passphrase: "));
        const SecureBytes next = newPassphrase(tr("New passphrase: "));
        Vault::changePassphrase(a.vaultDir, current, next);
        err << tr("Passphrase changed.") << Qt::endl;
        return Ok;
    }

    int lock() {
        // The CLI never keeps a vault unlocked between commands; what can linger is
        // the key remembered in the OS keystore for the app.
        const VaultHeader h = Vault::readHeader(a.vaultDir);
        AppSettings settings;
        if (!settings.remembersVault(h.vaultId)) {
            err << tr("Nothing to lock: the vault is only open while a command runs, and no key is "
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
            throw Error(ErrorCode::Keystore, tr("The system keyring did not remove the key (is it locked?). "
                                                "Nothing was changed; try again."));
        settings.setRemembersVault(h.vaultId, false);
        err << tr("The remembered key was removed; the app will ask for the passphrase next time.")
            << Qt::endl;
        return Ok;
    }

    int journalAdd() {
        const QDate date = a.options.contains(QStringLiteral("--date"))
                               ? parseDate(a.options[QStringLiteral("--date")])
                               : QDate::currentDate();
        const int mood = a.options.contains(QStringLiteral("--mood"))
                             ? parseMood(a.options[QStringLiteral("--mood")])
                             : JournalEntry::kNoMood;
        auto vault = unlock();
        QString body = a.options.value(QStringLiteral("--text"));
        if (!a.options.contains(QStringLiteral("--text"))) {
            if (in.interactive())
                err << tr("Write your entry; finish with Ctrl-D on an empty line.") << Qt::endl;
            body = in.readRest();
        }
        const JournalEntry e = vault->journal().create(date, mood, body.trimmed());
        if (a.json)
            out << QJsonDocument(toJson(e)).toJson(QJsonDocument::Compact) << '\n';
        else
            out << e.id << '\n';
        return Ok;
    }

    int journalList() {
        int limit = 50;
        if (a.options.contains(QStringLiteral("--limit"))) {
            bool ok = false;
            limit = a.options[QStringLiteral("--limit")].toInt(&ok);
            if (!ok || limit < 1 || limit > 1'000'000)
                throw UsageError(tr("--limit takes a number from 1 to 1000000."));
        }
        auto vault = unlock();
        const auto entries = vault->journal().page(limit);
        if (a.json) {
            QJsonArray arr;
            for (const auto &e : entries)
                arr.append(toJson(e));
            out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
            return Ok;
        }
        if (entries.isEmpty())
            out << tr("No journal entries yet.") << '\n';
        constexpr int kShortId = 8, kPreview = 60;
        for (const auto &e : entries) {
            QString preview = e.body.simplified();
            if (preview.size() > kPreview)
                preview = preview.left(kPreview - 1) + QChar(0x2026);
            out << e.id.left(kShortId) << "  " << e.date.toString(Qt::ISODate) << "  "
                << (e.mood ? QString::number(e.mood) : QStringLiteral("-")) << "  " << preview << '\n';
        }
        return Ok;
    }

    int journalShow() {
        auto vault = unlock();
        const auto e = vault->journal().find(resolveId(*vault));
        if (!e) // deleted by another process a moment ago
            throw Error(ErrorCode::NotFound, tr("That entry no longer exists."));
        if (a.json) {
            out << QJsonDocument(toJson(*e)).toJson(QJsonDocument::Indented);
            return Ok;
        }
        out << tr("ID:    %1").arg(e->id) << '\n'
            << tr("Date:  %1").arg(e->date.toString(Qt::ISODate)) << '\n'
            << tr("Mood:  %1").arg(e->mood ? QString::number(e->mood) : tr("not given")) << '\n'
            << '\n'
            << e->body << '\n';
        return Ok;
    }

    int journalEdit() {
        auto vault = unlock();
        const QString id = resolveId(*vault);
        const auto current = vault->journal().find(id);
        if (!current)
            throw Error(ErrorCode::NotFound, tr("That entry no longer exists."));
        const QDate date = a.options.contains(QStringLiteral("--date"))
                               ? parseDate(a.options[QStringLiteral("--date")])
                               : current->date;
        const int mood = a.options.contains(QStringLiteral("--mood"))
                             ? parseMood(a.options[QStringLiteral("--mood")])
                             : current->mood;
        QString body = a.options.value(QStringLiteral("--text"), current->body);
        if (a.readStdin)
            body = in.readRest().trimmed();
        vault->journal().update(id, date, mood, body);
        err << tr("Updated %1.").arg(id) << Qt::endl;
        return Ok;
    }

    int journalDelete() {
        auto vault = unlock();
        const QString id = resolveId(*vault);
        vault->journal().remove(id);
        err << tr("Deleted %1.").arg(id) << Qt::endl;
        return Ok;
    }

    const Args &a;
    Input &in;
    QTextStream &out;
    QTextStream &err;
};

} // namespace

int run(const QStringList &args, Input &input, QTextStream &out, QTextStream &err) {
    try {
        const Args parsed = parse(args);
        if (parsed.words.isEmpty() || parsed.words.first() == QLatin1String("help")) {
            (parsed.words.isEmpty() ? err : out) << usageText();
            return parsed.words.isEmpty() ? Usage : Ok;
        }
        return Commands(parsed, input, out, err).dispatch();
    } catch (const UsageError &e) {
        if (!e.text.isEmpty())
            err << e.text << "\n\n";
        err << usageText();
        return Usage;
    } catch (const Error &e) {
        err << tr("rebound-cli: %1").arg(e.message()) << Qt::endl;
        return exitCodeFor(e.code());
    }
}

int main(int argc, char *argv[]) {
    // Progress chatter would drown the output scripts read; warnings still show.
    QLoggingCategory::setFilterRules(QStringLiteral("rebound.*.info=false"));
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Rebound"));
    QCoreApplication::setApplicationName(QStringLiteral("Rebound"));
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
