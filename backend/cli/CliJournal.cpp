// rebound-cli: journal commands.
#include "CliCommands.h"

#include "services/JournalTemplates.h"

#include <QJsonDocument>
#include <algorithm>
#include <optional>

namespace rebound::cli {

using namespace opt;

QString Commands::resolveId(Vault &vault) {
    const QString prefix = a.words.value(2);
    if (prefix.isEmpty())
        throw UsageError(CliText::tr("Which entry? Give its ID (see \"journal list\")."));
    const QStringList ids = vault.journal().idsWithPrefix(prefix, 2);
    if (ids.isEmpty())
        throw Error(ErrorCode::NotFound, CliText::tr("No journal entry has the ID %1.").arg(prefix));
    if (ids.size() > 1)
        throw UsageError(CliText::tr("The ID %1 is ambiguous; give more characters.").arg(prefix));
    return ids.first();
}

QStringList Commands::namesOf(Vault &vault, const QStringList &ids) {
    QStringList names;
    for (const QString &id : ids)
        names << vault.catalog().nameOf(id);
    return names;
}

QJsonArray Commands::catalogJson(Vault &vault, const QStringList &ids) {
    QJsonArray arr;
    for (const QString &id : ids)
        arr.append(
            QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), vault.catalog().nameOf(id)}});
    return arr;
}

QJsonObject Commands::toJson(Vault &vault, const JournalEntry &e) {
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

// Names or ids typed by the user -> catalog ids; unknown ones are refused with the valid names.
QStringList Commands::resolveCatalog(Vault &vault, CatalogItem::Kind kind, const QStringList &given) {
    QStringList ids;
    for (const QString &g : given) {
        const auto item = vault.catalog().resolve(kind, g);
        if (!item) {
            QStringList known;
            for (const CatalogItem &i : vault.catalog().visibleItems(kind))
                known << i.name;
            throw Error(ErrorCode::InvalidInput,
                        (kind == CatalogItem::Kind::Emotion
                             ? CliText::tr("There is no emotion called “%1”. Known emotions: %2.")
                             : CliText::tr("There is no effort called “%1”. Known efforts: %2."))
                            .arg(g, known.join(QStringLiteral(", "))));
        }
        if (!ids.contains(item->id))
            ids << item->id;
    }
    return ids;
}

// The list/search filters, parsed before unlocking (usage errors never ask for
// the passphrase); the emotion is resolved against the catalog afterwards.
JournalFilter Commands::filterOptions() const {
    JournalFilter f;
    if (a.has(kMood)) {
        const auto [low, high] = parseMoodRange(a.value(kMood));
        f.moodMin = low;
        f.moodMax = high;
    }
    f.emotion = a.value(kEmotion).trimmed();
    f.tag = a.value(kTag).trimmed();
    if (f.emotion.contains(QLatin1Char(',')) || f.tag.contains(QLatin1Char(',')))
        throw UsageError(CliText::tr("As filters, --emotion and --tag take one value each."));
    if (a.has(kDate) && (a.has(kFrom) || a.has(kTo)))
        throw UsageError(CliText::tr("Give either --date or --from/--to, not both."));
    if (a.has(kDate))
        f.from = f.to = parseDate(a.value(kDate));
    if (a.has(kFrom))
        f.from = parseDate(a.value(kFrom));
    if (a.has(kTo))
        f.to = parseDate(a.value(kTo));
    if (f.from.isValid() && f.to.isValid() && f.from > f.to)
        throw UsageError(CliText::tr("--from must not be after --to."));
    return f;
}

void Commands::resolveFilterEmotion(Vault &vault, JournalFilter &f) {
    if (!f.emotion.isEmpty())
        f.emotion = resolveCatalog(vault, CatalogItem::Kind::Emotion, {f.emotion}).constFirst();
}

int Commands::journalAdd() {
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
                        CliText::tr("There is no template “%1”. Templates: %2.")
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
            err << (templ ? CliText::tr("Write your entry (leave it empty to start from the template); finish with "
                               "Ctrl-D on an empty line.")
                          : CliText::tr("Write your entry; finish with Ctrl-D on an empty line."))
                << Qt::endl;
        draft.body = in.readRest();
    }
    draft.body = draft.body.trimmed();
    if (draft.body.isEmpty() && templ)
        draft.body = templ->body;
    if (draft.body.isEmpty() && draft.mood == JournalEntry::kNoMood && draft.tags.isEmpty() &&
        draft.emotions.isEmpty())
        throw Error(ErrorCode::InvalidInput, CliText::tr("The entry is empty; nothing was saved."));
    const JournalEntry e = vault->journal().create(draft);
    if (a.json)
        printJson(toJson(*vault, e));
    else
        out << e.id << '\n';
    return Ok;
}

int Commands::journalList() {
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
        out << (filtered ? CliText::tr("No journal entries match.") : CliText::tr("No journal entries yet.")) << '\n';
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

int Commands::journalSearch() {
    a.allowOnly({kMood, kEmotion, kTag, kDate, kFrom, kTo, kLimit}, true);
    JournalFilter f = filterOptions();
    f.text = a.words.mid(2).join(u' ');
    if (f.isEmpty())
        throw UsageError(CliText::tr("What should I search for? Give words, filters, or both."));
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
            arr.append(
                QJsonObject{{QStringLiteral("id"), h.entry.id},
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
        out << CliText::tr("No journal entries match.") << '\n';
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

int Commands::journalShow() {
    a.allowOnly({}, true);
    a.allowWords(3);
    auto vault = unlock();
    const auto e = vault->journal().find(resolveId(*vault));
    if (!e) // deleted by another process a moment ago
        throw Error(ErrorCode::NotFound, CliText::tr("That entry no longer exists."));
    if (a.json) {
        out << QJsonDocument(toJson(*vault, *e)).toJson(QJsonDocument::Indented);
        return Ok;
    }
    out << CliText::tr("ID:       %1").arg(e->id) << '\n'
        << CliText::tr("Date:     %1").arg(e->date.toString(Qt::ISODate)) << '\n'
        << CliText::tr("Mood:     %1").arg(e->mood ? QString::number(e->mood) : CliText::tr("not given")) << '\n';
    if (!e->tags.isEmpty())
        out << CliText::tr("Tags:     %1").arg(tagsLabel(e->tags)) << '\n';
    if (!e->emotions.isEmpty())
        out << CliText::tr("Emotions: %1").arg(namesOf(*vault, e->emotions).join(QStringLiteral(", "))) << '\n';
    if (!e->templateKey.isEmpty())
        out << CliText::tr("Template: %1").arg(e->templateKey) << '\n';
    out << '\n' << e->body << '\n';
    return Ok;
}

int Commands::journalEdit() {
    a.allowOnly({kDate, kMood, kTag, kEmotion, kText}, true, true);
    a.allowWords(3);
    if (a.has(kText) && a.readStdin)
        throw UsageError(CliText::tr("Give the new text with --text or --stdin, not both."));
    // Parsed before unlocking: a typo never costs a passphrase prompt.
    const std::optional<QDate> date =
        a.has(kDate) ? std::optional<QDate>(parseDate(a.value(kDate))) : std::nullopt;
    const std::optional<int> mood =
        a.has(kMood) ? std::optional<int>(parseMood(a.value(kMood))) : std::nullopt;
    const std::optional<QString> text = a.has(kText) ? std::optional<QString>(a.value(kText)) : std::nullopt;
    auto vault = unlock();
    const QString id = resolveId(*vault);
    const auto current = vault->journal().find(id);
    if (!current)
        throw Error(ErrorCode::NotFound, CliText::tr("That entry no longer exists."));
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
    err << (stored == *current ? CliText::tr("Nothing to change in %1.") : CliText::tr("Updated %1.")).arg(id) << Qt::endl;
    return Ok;
}

int Commands::journalDelete() {
    a.allowOnly({}, false);
    a.allowWords(3);
    auto vault = unlock();
    const QString id = resolveId(*vault);
    vault->journal().remove(id);
    err << CliText::tr("Deleted %1.").arg(id) << Qt::endl;
    return Ok;
}

int Commands::journalTemplatesList() {
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

} // namespace rebound::cli
