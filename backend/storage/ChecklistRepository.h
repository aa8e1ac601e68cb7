#pragma once
#include "core/Review.h"

#include <QList>
#include <optional>

namespace rebound {

class Store;

struct RemovedChecklist {
    Checklist checklist;
    QList<ChecklistItem> items;
};

// All SQL for re-evaluation checklists and their questions. Schema 4 adds the
// default checklist with fixed ids, so two devices agree on it when they sync.
class ChecklistRepository {
public:
    static inline const QString kDefaultId = QStringLiteral("00000000-0000-4000-8000-c4ec11570000");

    explicit ChecklistRepository(Store &store);

    Checklist create(const Checklist &draft);
    Checklist update(const Checklist &changed); // name and everyWeeks
    // Copies a checklist with its items under a new name.
    Checklist duplicate(const QString &id, const QString &name);
    RemovedChecklist remove(const QString &id);
    void restore(const RemovedChecklist &removed);
    std::optional<Checklist> find(const QString &id);
    std::optional<Checklist> findByName(const QString &name); // case-insensitive
    QList<Checklist> list(); // by position, then name

    ChecklistItem addItem(const ChecklistItem &draft); // appended at the end
    ChecklistItem updateItem(const ChecklistItem &changed); // text and hint
    // Returns the item as it was (its position included), for restoreItem.
    ChecklistItem removeItem(const QString &id);
    void restoreItem(const ChecklistItem &removed); // back in its old place
    // Moves the item up (-1) or down (+1) by swapping positions with its neighbour.
    void moveItem(const QString &id, int delta);
    QList<ChecklistItem> items(const QString &checklistId); // by position

private:
    Store &m_store;
};

} // namespace rebound
