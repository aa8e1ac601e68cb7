#include "Cli.h"

#include "Arguments.h"
#include "Terminal.h"
#include "core/Error.h"
#include "services/AppSettings.h"
#include "services/JournalTemplates.h"
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
#include <algorithm>
#include <optional>

namespace rebound::cli {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("Cli", text);
}

// Option names, as typed.
const QString kDate = QStringLiteral("--date");
const QString kMood = QStringLiteral("--mood");
const QString kText = QStringLiteral("--text");
const QString kLimit = QStringLiteral("--limit");
const QString kTag = QStringLiteral("--tag");
const QString kEmotion = QStringLiteral("--emotion");
const QString kEffort = QStringLiteral("--effort");
const QString kNote = QStringLiteral("--note");
const QString kTemplate = QStringLiteral("--template");
const QString kFrom = QStringLiteral("--from");
const QString kTo = QStringLiteral("--to");

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
        a.allowOnly({}, false);
        a.allowWords(1);
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
        a.allowOnly({}, false);
        a.allowWords(1);
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
        a.allowOnly({}, false);
        a.allowWords(1);
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

    // ---- shared helpers --------------------------------------------------------

    static QString moodLabel(int mood) { return mood ? QString::number(mood) : QStringLiteral("-"); }

    static QString tagsLabel(const QStringList &tags) {
        return tags.isEmpty() ? QString() : QLatin1Char('#') + tags.join(QStringLiteral(" #"));
    }

    static QString preview(const QString &body, int maxChars) {
        QString text = body.simplified();
        if (text.size() > maxChars)
            text = text.left(maxChars - 1) + QChar(0x2026);
        return text;
    }

    static QJsonValue optionalJson(const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); }

    static QString stamp(const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); }

    QStringList namesOf(Vault &vault, const QStringList &ids) {
        QStringList names;
        for (const QString &id : ids)
            names << vault.catalog().nameOf(id);
        return names;
    }

    QJsonArray catalogJson(Vault &vault, const QStringList &ids) {
        QJsonArray arr;
        for (const QString &id : ids)
            arr.append(QJsonObject{{QStringLiteral("id"), id},
                                   {QStringLiteral("name"), vault.catalog().nameOf(id)}});
        return arr;
    }

    QJsonObject toJson(Vault &vault, const JournalEntry &e) {
        return {{QStringLiteral("id"), e.id},
                {QStringLiteral("date"), e.date.toString(Qt::ISODate)},
                {QStringLiteral("mood"), e.mood == JournalEntry::kNoMood ? QJsonValue() : QJsonValue(e.mood)},
                {QStringLiteral("tags"), QJsonArray::fromStringList(e.tags)},
                {QStringLiteral("emotions"), catalogJson(vault, e.emotions)},
                {QStringLiteral("template"), optionalJson(e.templateKey)},
                {QStringLiteral("checkin"), optionalJson(e.checkInId)},
                {QStringLiteral("body"), e.body},
                {QStringLiteral("created"), stamp(e.createdAt)},
                {QStringLiteral("updated"), stamp(e.updatedAt)}};
    }

    QJsonObject toJson(Vault &vault, const CheckIn &c) {
        return {{QStringLiteral("id"), c.id},
                {QStringLiteral("date"), c.date.toString(Qt::ISODate)},
                {QStringLiteral("mood"), c.mood},
                {QStringLiteral("emotions"), catalogJson(vault, c.emotions)},
                {QStringLiteral("efforts"), catalogJson(vault, c.efforts)},
                {QStringLiteral("note"), c.note},
                {QStringLiteral("created"), stamp(c.createdAt)}};
    }

    static QJsonObject toJson(const SmallWin &w) {
        return {{QStringLiteral("id"), w.id},
                {QStringLiteral("date"), w.date.toString(Qt::ISODate)},
                {QStringLiteral("text"), w.text},
                {QStringLiteral("created"), stamp(w.createdAt)}};
    }

    static QJsonObject toJson(const DayMood &d) {
        return {{QStringLiteral("date"), d.date.toString(Qt::ISODate)},
                {QStringLiteral("mood"), d.level() ? QJsonValue(d.level()) : QJsonValue()},
                {QStringLiteral("average"), d.average > 0 ? QJsonValue(d.average) : QJsonValue()},
                {QStringLiteral("check_ins"), d.checkIns},
                {QStringLiteral("entries"), d.entries}};
    }

    void printJson(const QJsonObject &o) { out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n'; }
    void printJson(const QJsonArray &arr) { out << QJsonDocument(arr).toJson(QJsonDocument::Indented); }

    // Names or ids typed by the user -> catalog ids; unknown ones are refused with the valid names.
    QStringList resolveCatalog(Vault &vault, CatalogItem::Kind kind, const QStringList &given) {
        QStringList ids;
        for (const QString &g : given) {
            const auto item = vault.catalog().resolve(kind, g);
            if (!item) {
                QStringList known;
                for (const CatalogItem &i : vault.catalog().visibleItems(kind))
                    known << i.name;
                throw Error(ErrorCode::InvalidInput,
                            (kind == CatalogItem::Kind::Emotion
                                 ? tr("There is no emotion called “%1”. Known emotions: %2.")
                                 : tr("There is no effort called “%1”. Known efforts: %2."))
                                .arg(g, known.join(QStringLiteral(", "))));
            }
            if (!ids.contains(item->id))
                ids << item->id;
        }
        return ids;
    }

    int limitOption(int fallback, int max) const {
        return a.has(kLimit) ? parseLimit(a.value(kLimit), max) : fallback;
    }

    // The list/search filters, parsed before unlocking (usage errors never ask for
    // the passphrase); the emotion is resolved against the catalog afterwards.
    JournalFilter filterOptions() const {
        JournalFilter f;
        if (a.has(kMood)) {
            const auto [low, high] = parseMoodRange(a.value(kMood));
            f.moodMin = low;
            f.moodMax = high;
        }
        f.emotion = a.value(kEmotion).trimmed();
        f.tag = a.value(kTag).trimmed();
        if (f.emotion.contains(QLatin1Char(',')) || f.tag.contains(QLatin1Char(',')))
            throw UsageError(tr("As filters, --emotion and --tag take one value each."));
        if (a.has(kDate) && (a.has(kFrom) || a.has(kTo)))
            throw UsageError(tr("Give either --date or --from/--to, not both."));
        if (a.has(kDate))
            f.from = f.to = parseDate(a.value(kDate));
        if (a.has(kFrom))
            f.from = parseDate(a.value(kFrom));
        if (a.has(kTo))
            f.to = parseDate(a.value(kTo));
        if (f.from.isValid() && f.to.isValid() && f.from > f.to)
            throw UsageError(tr("--from must not be after --to."));
        return f;
    }

    void resolveFilterEmotion(Vault &vault, JournalFilter &f) {
        if (!f.emotion.isEmpty())
            f.emotion = resolveCatalog(vault, CatalogItem::Kind::Emotion, {f.emotion}).constFirst();
    }

    static constexpr int kShortId = 8;
    static constexpr int kMaxFilteredLimit = 1000; // JournalRepository::search caps here

    // ---- journal ---------------------------------------------------------------

    int journalAdd() {
        a.allowOnly({kDate, kMood, kTag, kEmotion, kTemplate, kText}, true, true); // --stdin: the default
        a.allowWords(2);
        JournalEntry draft;
        draft.date = a.has(kDate) ? parseDate(a.value(kDate)) : QDate::currentDate();
        draft.mood = a.has(kMood) ? parseMood(a.value(kMood)) : JournalEntry::kNoMood;
        draft.tags = a.list(kTag);
        std::optional<JournalTemplate> templ;
        if (a.has(kTemplate)) {
            templ = findTemplate(a.value(kTemplate));
            if (!templ) {
                QStringList keys;
                for (const JournalTemplate &t : journalTemplates())
                    keys << t.key;
                throw Error(ErrorCode::InvalidInput,
                            tr("There is no template “%1”. Templates: %2.")
                                .arg(a.value(kTemplate), keys.join(QStringLiteral(", "))));
            }
            draft.templateKey = templ->key;
            draft.tags += templ->tags; // duplicates are dropped when the entry is cleaned
        }
        auto vault = unlock();
        draft.emotions = resolveCatalog(*vault, CatalogItem::Kind::Emotion, a.list(kEmotion));
        if (a.has(kText)) {
            draft.body = a.value(kText);
        } else {
            if (in.interactive())
                err << (templ
                            ? tr("Write your entry (leave it empty to start from the template); finish with "
                                 "Ctrl-D on an empty line.")
                            : tr("Write your entry; finish with Ctrl-D on an empty line."))
                    << Qt::endl;
            draft.body = in.readRest();
        }
        draft.body = draft.body.trimmed();
        if (draft.body.isEmpty() && templ)
            draft.body = templ->body;
        if (draft.body.isEmpty() && draft.mood == JournalEntry::kNoMood && draft.tags.isEmpty() &&
            draft.emotions.isEmpty())
            throw Error(ErrorCode::InvalidInput, tr("The entry is empty; nothing was saved."));
        const JournalEntry e = vault->journal().create(draft);
        if (a.json)
            printJson(toJson(*vault, e));
        else
            out << e.id << '\n';
        return Ok;
    }

    int journalList() {
        a.allowOnly({kMood, kEmotion, kTag, kDate, kFrom, kTo, kLimit}, true);
        a.allowWords(2);
        JournalFilter f = filterOptions();
        const bool filtered = !f.isEmpty();
        f.limit = limitOption(50, filtered ? kMaxFilteredLimit : 1'000'000);
        auto vault = unlock();
        QList<JournalEntry> entries;
        if (filtered) {
            resolveFilterEmotion(*vault, f);
            for (const JournalHit &hit : vault->journal().search(f))
                entries << hit.entry;
        } else {
            entries = vault->journal().page(f.limit);
        }
        if (a.json) {
            QJsonArray arr;
            for (const auto &e : entries)
                arr.append(toJson(*vault, e));
            printJson(arr);
            return Ok;
        }
        if (entries.isEmpty())
            out << (filtered ? tr("No journal entries match.") : tr("No journal entries yet.")) << '\n';
        constexpr int kPreview = 60;
        for (const auto &e : entries) {
            out << e.id.left(kShortId) << "  " << e.date.toString(Qt::ISODate) << "  " << moodLabel(e.mood)
                << "  " << preview(e.body, kPreview);
            if (!e.tags.isEmpty())
                out << "  " << tagsLabel(e.tags);
            out << '\n';
        }
        return Ok;
    }

    int journalSearch() {
        a.allowOnly({kMood, kEmotion, kTag, kDate, kFrom, kTo, kLimit}, true);
        JournalFilter f = filterOptions();
        f.text = a.words.mid(2).join(u' ');
        if (f.isEmpty())
            throw UsageError(tr("What should I search for? Give words, filters, or both."));
        f.limit = limitOption(50, kMaxFilteredLimit);
        auto vault = unlock();
        resolveFilterEmotion(*vault, f);
        const QList<JournalHit> hits = vault->journal().search(f);
        if (a.json) {
            QJsonArray arr;
            for (const JournalHit &h : hits) {
                QJsonArray ranges;
                for (const auto &[start, length] : h.snippet.highlights)
                    ranges.append(
                        QJsonObject{{QStringLiteral("start"), start}, {QStringLiteral("length"), length}});
                arr.append(QJsonObject{
                    {QStringLiteral("id"), h.entry.id},
                    {QStringLiteral("date"), h.entry.date.toString(Qt::ISODate)},
                    {QStringLiteral("mood"), h.entry.mood ? QJsonValue(h.entry.mood) : QJsonValue()},
                    {QStringLiteral("tags"), QJsonArray::fromStringList(h.entry.tags)},
                    {QStringLiteral("emotions"), catalogJson(*vault, h.entry.emotions)},
                    {QStringLiteral("score"), h.score},
                    {QStringLiteral("snippet"), h.snippet.text},
                    {QStringLiteral("highlights"), ranges}});
            }
            printJson(arr);
            return Ok;
        }
        if (hits.isEmpty())
            out << tr("No journal entries match.") << '\n';
        const bool bold = in.styledOutput();
        const QString open = bold ? QStringLiteral("\x1b[1m") : QStringLiteral("«");
        const QString close = bold ? QStringLiteral("\x1b[22m") : QStringLiteral("»");
        for (const JournalHit &h : hits) {
            out << h.entry.id.left(kShortId) << "  " << h.entry.date.toString(Qt::ISODate) << "  "
                << moodLabel(h.entry.mood);
            if (!h.entry.tags.isEmpty())
                out << "  " << tagsLabel(h.entry.tags);
            out << '\n';
            if (!h.snippet.text.isEmpty())
                out << "    " << h.snippet.toMarked(open, close) << '\n';
        }
        return Ok;
    }

    int journalShow() {
        a.allowOnly({}, true);
        a.allowWords(3);
        auto vault = unlock();
        const auto e = vault->journal().find(resolveId(*vault));
        if (!e) // deleted by another process a moment ago
            throw Error(ErrorCode::NotFound, tr("That entry no longer exists."));
        if (a.json) {
            out << QJsonDocument(toJson(*vault, *e)).toJson(QJsonDocument::Indented);
            return Ok;
        }
        out << tr("ID:       %1").arg(e->id) << '\n'
            << tr("Date:     %1").arg(e->date.toString(Qt::ISODate)) << '\n'
            << tr("Mood:     %1").arg(e->mood ? QString::number(e->mood) : tr("not given")) << '\n';
        if (!e->tags.isEmpty())
            out << tr("Tags:     %1").arg(tagsLabel(e->tags)) << '\n';
        if (!e->emotions.isEmpty())
            out << tr("Emotions: %1").arg(namesOf(*vault, e->emotions).join(QStringLiteral(", "))) << '\n';
        if (!e->templateKey.isEmpty())
            out << tr("Template: %1").arg(e->templateKey) << '\n';
        out << '\n' << e->body << '\n';
        return Ok;
    }

    int journalEdit() {
        a.allowOnly({kDate, kMood, kTag, kEmotion, kText}, true, true);
        a.allowWords(3);
        if (a.has(kText) && a.readStdin)
            throw UsageError(tr("Give the new text with --text or --stdin, not both."));
        // Parsed before unlocking: a typo never costs a passphrase prompt.
        const std::optional<QDate> date =
            a.has(kDate) ? std::optional<QDate>(parseDate(a.value(kDate))) : std::nullopt;
        const std::optional<int> mood =
            a.has(kMood) ? std::optional<int>(parseMood(a.value(kMood))) : std::nullopt;
        const std::optional<QString> text =
            a.has(kText) ? std::optional<QString>(a.value(kText)) : std::nullopt;
        auto vault = unlock();
        const QString id = resolveId(*vault);
        const auto current = vault->journal().find(id);
        if (!current)
            throw Error(ErrorCode::NotFound, tr("That entry no longer exists."));
        JournalEntry next = *current;
        if (date)
            next.date = *date;
        if (mood)
            next.mood = *mood;
        if (a.has(kTag))
            next.tags = a.list(kTag);
        if (a.has(kEmotion))
            next.emotions = resolveCatalog(*vault, CatalogItem::Kind::Emotion, a.list(kEmotion));
        if (text)
            next.body = text->trimmed();
        if (a.readStdin)
            next.body = in.readRest().trimmed();
        const JournalEntry stored = vault->journal().update(next);
        if (a.json)
            printJson(toJson(*vault, stored));
        err << (stored == *current ? tr("Nothing to change in %1.") : tr("Updated %1.")).arg(id) << Qt::endl;
        return Ok;
    }

    int journalDelete() {
        a.allowOnly({}, false);
        a.allowWords(3);
        auto vault = unlock();
        const QString id = resolveId(*vault);
        vault->journal().remove(id);
        err << tr("Deleted %1.").arg(id) << Qt::endl;
        return Ok;
    }

    int journalTemplatesList() {
        // Built into the program: no vault, no passphrase.
        a.allowOnly({}, true);
        a.allowWords(2);
        const QList<JournalTemplate> templates = journalTemplates();
        if (a.json) {
            QJsonArray arr;
            for (const JournalTemplate &t : templates)
                arr.append(QJsonObject{{QStringLiteral("key"), t.key},
                                       {QStringLiteral("title"), t.title},
                                       {QStringLiteral("summary"), t.summary},
                                       {QStringLiteral("tags"), QJsonArray::fromStringList(t.tags)},
                                       {QStringLiteral("body"), t.body}});
            printJson(arr);
            return Ok;
        }
        qsizetype width = 0;
        for (const JournalTemplate &t : templates)
            width = std::max(width, t.key.size());
        for (const JournalTemplate &t : templates)
            out << t.key.leftJustified(width + 2) << t.title << " — " << t.summary << '\n';
        return Ok;
    }

    // ---- check-ins and wins -----------------------------------------------------

    int checkIn() {
        a.allowOnly({kMood, kEmotion, kEffort, kNote, kDate}, true);
        a.allowWords(1);
        if (!a.has(kMood))
            throw UsageError(tr("How are you? A check-in needs --mood 1-5."));
        CheckIn draft;
        draft.mood = parseMood(a.value(kMood));
        if (draft.mood == JournalEntry::kNoMood)
            throw UsageError(tr("A check-in needs a mood from 1 to 5."));
        draft.date = a.has(kDate) ? parseDate(a.value(kDate)) : QDate(); // the repository's today
        draft.note = a.value(kNote);
        auto vault = unlock();
        draft.emotions = resolveCatalog(*vault, CatalogItem::Kind::Emotion, a.list(kEmotion));
        draft.efforts = resolveCatalog(*vault, CatalogItem::Kind::Effort, a.list(kEffort));
        const CheckIn c = vault->checkIns().create(draft);
        const DayMood day = vault->checkIns().dayMood(c.date);
        if (a.json) {
            printJson(QJsonObject{{QStringLiteral("checkin"), toJson(*vault, c)},
                                  {QStringLiteral("day"), toJson(day)}});
            return Ok;
        }
        out << tr("Checked in for %1: mood %2").arg(c.date.toString(Qt::ISODate)).arg(c.mood);
        if (!c.emotions.isEmpty())
            out << tr(", feeling %1").arg(namesOf(*vault, c.emotions).join(QStringLiteral(", ")));
        if (!c.efforts.isEmpty())
            out << tr("; did %1").arg(namesOf(*vault, c.efforts).join(QStringLiteral(", ")));
        out << '\n'
            << (day.checkIns == 1 ? tr("Mood of the day: %1 (one check-in)").arg(day.level())
                                  : tr("Mood of the day: %1 (average %2 of %3 check-ins)")
                                        .arg(day.level())
                                        .arg(day.average, 0, 'f', 1)
                                        .arg(day.checkIns))
            << '\n';
        return Ok;
    }

    int checkInList() {
        a.allowOnly({kLimit}, true);
        a.allowWords(2);
        const int limit = limitOption(20, 10'000);
        auto vault = unlock();
        const QList<CheckIn> checkIns = vault->checkIns().latest(limit);
        if (a.json) {
            QJsonArray arr;
            for (const CheckIn &c : checkIns)
                arr.append(toJson(*vault, c));
            printJson(arr);
            return Ok;
        }
        if (checkIns.isEmpty())
            out << tr("No check-ins yet.") << '\n';
        for (const CheckIn &c : checkIns) {
            QStringList details = namesOf(*vault, c.emotions);
            details += namesOf(*vault, c.efforts);
            if (!c.note.isEmpty())
                details << QStringLiteral("“%1”").arg(c.note);
            out << c.id.left(kShortId) << "  " << c.date.toString(Qt::ISODate) << "  " << c.mood;
            if (!details.isEmpty())
                out << "  " << details.join(QStringLiteral(", "));
            out << '\n';
        }
        return Ok;
    }

    int winAdd() {
        a.allowOnly({kDate}, true);
        const QDate date = a.has(kDate) ? parseDate(a.value(kDate)) : QDate(); // the repository's today
        QString text = a.words.mid(2).join(u' ');
        auto vault = unlock();
        if (text.trimmed().isEmpty()) {
            if (in.interactive())
                err << tr("Describe the win in one line; finish with Ctrl-D.") << Qt::endl;
            text = in.readRest();
        }
        const SmallWin w = vault->checkIns().addWin(date, text.trimmed());
        if (a.json)
            printJson(toJson(w));
        else
            out << w.id << '\n';
        return Ok;
    }

    int winList() {
        a.allowOnly({kLimit}, true);
        a.allowWords(2);
        const int limit = limitOption(50, 10'000);
        auto vault = unlock();
        const QList<SmallWin> wins = vault->checkIns().wins(limit);
        if (a.json) {
            QJsonArray arr;
            for (const SmallWin &w : wins)
                arr.append(toJson(w));
            printJson(arr);
            return Ok;
        }
        if (wins.isEmpty())
            out << tr("No wins noted yet. Every step counts: \"rebound-cli win add ...\".") << '\n';
        for (const SmallWin &w : wins)
            out << w.id.left(kShortId) << "  " << w.date.toString(Qt::ISODate) << "  " << w.text << '\n';
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
        const bool help = parsed.help || parsed.words.value(0) == QLatin1String("help");
        if (parsed.words.isEmpty() || help) {
            (help ? out : err) << usageText();
            return help ? Ok : Usage;
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
