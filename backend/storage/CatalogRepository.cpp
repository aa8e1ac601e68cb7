#include "CatalogRepository.h"

#include "Store.h"
#include "SyncSchemas.h"
#include "core/Error.h"
#include "core/TextRules.h"

#include <QCoreApplication>
#include <QUuid>

namespace rebound {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Catalog)
};

const EntitySchema &schema() {
    static const EntitySchema s{QStringLiteral("catalog_item"),
                                QStringLiteral("catalog_items"),
                                {QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("valence"),
                                 QStringLiteral("hidden"), QStringLiteral("created_at"),
                                 QStringLiteral("updated_at")}};
    return s;
}

struct BuiltIn {
    const char *id;
    const char *name; // translated in context "Catalog"
    int valence;
};

// The hard feelings after a rejection first, then the ones worth noticing.
constexpr BuiltIn kEmotions[] = {
    {"emotion:disappointed", QT_TRANSLATE_NOOP("Catalog", "disappointed"), -1},
    {"emotion:frustrated", QT_TRANSLATE_NOOP("Catalog", "frustrated"), -1},
    {"emotion:disheartened", QT_TRANSLATE_NOOP("Catalog", "disheartened"), -1},
    {"emotion:anxious", QT_TRANSLATE_NOOP("Catalog", "anxious"), -1},
    {"emotion:embarrassed", QT_TRANSLATE_NOOP("Catalog", "embarrassed"), -1},
    {"emotion:overwhelmed", QT_TRANSLATE_NOOP("Catalog", "overwhelmed"), -1},
    {"emotion:hopeful", QT_TRANSLATE_NOOP("Catalog", "hopeful"), 1},
    {"emotion:relieved", QT_TRANSLATE_NOOP("Catalog", "relieved"), 1},
    {"emotion:proud", QT_TRANSLATE_NOOP("Catalog", "proud"), 1},
    {"emotion:motivated", QT_TRANSLATE_NOOP("Catalog", "motivated"), 1},
    {"emotion:calm", QT_TRANSLATE_NOOP("Catalog", "calm"), 1},
    {"emotion:grateful", QT_TRANSLATE_NOOP("Catalog", "grateful"), 1},
};

// Things the user controls, whatever the outcome.
constexpr BuiltIn kEfforts[] = {
    {"effort:applied", QT_TRANSLATE_NOOP("Catalog", "applied"), 0},
    {"effort:reached-out", QT_TRANSLATE_NOOP("Catalog", "reached out"), 0},
    {"effort:practised", QT_TRANSLATE_NOOP("Catalog", "practised"), 0},
    {"effort:learned", QT_TRANSLATE_NOOP("Catalog", "learned"), 0},
    {"effort:exercised", QT_TRANSLATE_NOOP("Catalog", "exercised"), 0},
    {"effort:rested", QT_TRANSLATE_NOOP("Catalog", "rested"), 0},
};

QString kindName(CatalogItem::Kind kind) {
    return kind == CatalogItem::Kind::Emotion ? QStringLiteral("emotion") : QStringLiteral("effort");
}

} // namespace

CatalogRepository::CatalogRepository(Store &store)
    : m_store(store) {}

QList<CatalogItem> CatalogRepository::builtIns(CatalogItem::Kind kind) {
    QList<CatalogItem> out;
    const auto add = [&](const auto &list) {
        int position = 0;
        for (const BuiltIn &b : list) {
            CatalogItem item;
            item.id = QString::fromLatin1(b.id);
            item.kind = kind;
            item.name = QCoreApplication::translate("Catalog", b.name);
            item.valence = b.valence;
            item.builtIn = true;
            item.position = position++;
            out.append(item);
        }
    };
    if (kind == CatalogItem::Kind::Emotion)
        add(kEmotions);
    else
        add(kEfforts);
    return out;
}

QList<CatalogItem> CatalogRepository::items(CatalogItem::Kind kind) {
    QList<CatalogItem> out = builtIns(kind);
    Statement st = m_store.db().query(QStringLiteral(
        "SELECT id, name, valence, hidden FROM catalog_items WHERE kind = ? ORDER BY created_at, id"));
    st.bind(1, kindName(kind));
    while (st.step()) {
        const QString id = st.text(0);
        auto it = std::find_if(out.begin(), out.end(), [&](const CatalogItem &i) { return i.id == id; });
        if (it != out.end()) { // a change to a built-in
            if (!st.isNull(1) && !st.text(1).isEmpty())
                it->name = st.text(1);
            it->hidden = st.int64(3) != 0;
            continue;
        }
        CatalogItem item;
        item.id = id;
        item.kind = kind;
        item.name = st.text(1);
        item.valence = int(st.int64(2));
        item.hidden = st.int64(3) != 0;
        item.position = int(out.size());
        out.append(item);
    }
    return out;
}

QList<CatalogItem> CatalogRepository::visibleItems(CatalogItem::Kind kind) {
    QList<CatalogItem> out;
    for (const CatalogItem &i : items(kind))
        if (!i.hidden)
            out.append(i);
    return out;
}

CatalogItem CatalogRepository::add(CatalogItem::Kind kind, const QString &rawName, int valence) {
    WriteTransaction tx(m_store);
    CatalogItem item = add(tx, kind, rawName, valence);
    tx.commit();
    return item;
}

CatalogItem CatalogRepository::add(WriteTransaction &tx, CatalogItem::Kind kind, const QString &rawName,
                                   int valence) {
    const QString name =
        text::cleanLine(rawName, CatalogItem::kMaxNameChars, QT_TRANSLATE_NOOP("TextRules", "The name"));
    if (name.isEmpty())
        throw Error(ErrorCode::InvalidInput, Tr::tr("Please give it a name."));
    const QList<CatalogItem> existing = items(kind);
    for (const CatalogItem &i : existing) {
        if (i.name.compare(name, Qt::CaseInsensitive) == 0 || i.name.toCaseFolded() == name.toCaseFolded())
            throw Error(
                ErrorCode::InvalidInput,
                i.hidden ? Tr::tr("“%1” is already in the list, hidden. Show it again instead.").arg(i.name)
                         : Tr::tr("“%1” is already in the list.").arg(i.name));
    }
    if (existing.size() >= CatalogItem::kMaxItems)
        throw Error(ErrorCode::InvalidInput,
                    Tr::tr("The list is full (at most %1 items).").arg(CatalogItem::kMaxItems));
    CatalogItem item;
    item.id = kindName(kind) + QLatin1Char(':') + QUuid::createUuid().toString(QUuid::WithoutBraces);
    item.kind = kind;
    item.name = name;
    item.valence = std::clamp(valence, -1, 1);
    item.position = int(existing.size());
    const qint64 now = m_store.clock().nowMs();
    tx.insert(schema(), item.id,
              {{QStringLiteral("kind"), kindName(kind)},
               {QStringLiteral("name"), name},
               {QStringLiteral("valence"), qint64(item.valence)},
               {QStringLiteral("hidden"), qint64(0)},
               {QStringLiteral("created_at"), now},
               {QStringLiteral("updated_at"), now}});
    return item;
}

CatalogItem CatalogRepository::requireItem(const QString &id) {
    for (auto kind : {CatalogItem::Kind::Emotion, CatalogItem::Kind::Effort})
        for (const CatalogItem &i : items(kind))
            if (i.id == id)
                return i;
    throw Error(ErrorCode::NotFound, Tr::tr("That item no longer exists."));
}

namespace {
// Built-ins get their row the first time the user changes them.
void writeChange(Store &store, const CatalogItem &item, const QList<FieldValue> &fields) {
    const qint64 now = store.clock().nowMs();
    WriteTransaction tx(store);
    const bool hasRow = [&] {
        Statement st = store.db().query(QStringLiteral("SELECT 1 FROM catalog_items WHERE id = ?"));
        st.bind(1, item.id);
        return st.step();
    }();
    if (hasRow) {
        QList<FieldValue> f = fields;
        f.append({QStringLiteral("updated_at"), now});
        tx.update(schema(), item.id, f);
    } else {
        QList<FieldValue> f{{QStringLiteral("kind"), kindName(item.kind)},
                            {QStringLiteral("valence"), qint64(item.valence)},
                            {QStringLiteral("created_at"), now},
                            {QStringLiteral("updated_at"), now}};
        f.append(fields);
        tx.insert(schema(), item.id, f);
    }
    tx.commit();
}
} // namespace

CatalogItem CatalogRepository::rename(const QString &id, const QString &rawName) {
    CatalogItem item = requireItem(id);
    const QString name =
        text::cleanLine(rawName, CatalogItem::kMaxNameChars, QT_TRANSLATE_NOOP("TextRules", "The name"));
    if (name.isEmpty() && !item.builtIn)
        throw Error(ErrorCode::InvalidInput, Tr::tr("Please give it a name."));
    // An empty name resets a built-in to its original name, which must be free too.
    QString shown = name;
    if (shown.isEmpty())
        for (const CatalogItem &b : builtIns(item.kind))
            if (b.id == id)
                shown = b.name;
    for (const CatalogItem &i : items(item.kind))
        if (i.id != id && i.name.toCaseFolded() == shown.toCaseFolded())
            throw Error(ErrorCode::InvalidInput, Tr::tr("“%1” is already in the list.").arg(i.name));
    // An empty name gives a built-in its original (translated) name back.
    writeChange(m_store, item, {{QStringLiteral("name"), name.isEmpty() ? QVariant() : QVariant(name)}});
    return requireItem(id);
}

CatalogItem CatalogRepository::setHidden(const QString &id, bool hidden) {
    CatalogItem item = requireItem(id);
    if (item.hidden != hidden)
        writeChange(m_store, item, {{QStringLiteral("hidden"), qint64(hidden ? 1 : 0)}});
    item.hidden = hidden;
    return item;
}

QString CatalogRepository::nameOf(const QString &id) {
    for (auto kind : {CatalogItem::Kind::Emotion, CatalogItem::Kind::Effort})
        for (const CatalogItem &i : items(kind))
            if (i.id == id)
                return i.name;
    return id;
}

std::optional<CatalogItem> CatalogRepository::resolve(CatalogItem::Kind kind, const QString &idOrName) {
    const QString wanted = idOrName.trimmed();
    for (const CatalogItem &i : items(kind)) {
        if (i.id == wanted || i.name.toCaseFolded() == wanted.toCaseFolded() ||
            i.id.section(QLatin1Char(':'), 1) == wanted)
            return i;
    }
    return std::nullopt;
}

// For the sync registry (SyncSchemas.h).
const EntitySchema &schemas::catalogItem() {
    return schema();
}

} // namespace rebound
