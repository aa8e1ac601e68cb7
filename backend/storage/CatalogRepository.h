#pragma once
#include "core/CatalogItem.h"

#include <QList>
#include <optional>

namespace rebound {

class Store;
class WriteTransaction;

// Emotions and effort tags: the built-in starting lists (in code, translated)
// merged with what the user added, renamed or hid (in the database, synced).
class CatalogRepository {
public:
    explicit CatalogRepository(Store &store);

    // Built-ins first in their order, then user items by creation; hidden ones included.
    QList<CatalogItem> items(CatalogItem::Kind kind);
    QList<CatalogItem> visibleItems(CatalogItem::Kind kind);
    // Throws InvalidInput for empty/too long names or a name already in the list.
    CatalogItem add(CatalogItem::Kind kind, const QString &name, int valence = 0);
    // The same inside a caller's transaction (imports).
    CatalogItem add(WriteTransaction &tx, CatalogItem::Kind kind, const QString &name, int valence = 0);
    CatalogItem rename(const QString &id, const QString &name);
    CatalogItem setHidden(const QString &id, bool hidden);
    // The name to show for an id; a deleted/unknown id shows as itself.
    QString nameOf(const QString &id);
    // Finds an item by id or by (case-insensitive) name; for the CLI.
    std::optional<CatalogItem> resolve(CatalogItem::Kind kind, const QString &idOrName);

    static QList<CatalogItem> builtIns(CatalogItem::Kind kind);

private:
    CatalogItem requireItem(const QString &id);
    Store &m_store;
};

} // namespace rebound
