#include "ChecklistRepository.h"

#include "JobRecords.h"
#include "core/Error.h"
#include "core/TextRules.h"

#include <QCoreApplication>
#include <algorithm>

namespace rebound {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Goals)
};

// Numbers the items 1..n in the given order, writing only those that move.
// Dense numbers keep moves and restores simple even after a sync merge.
void renumber(Store &store, WriteTransaction &tx, const QList<ChecklistItem> &order) {
    for (qsizetype i = 0; i < order.size(); ++i) {
        ChecklistItem next = order[i];
        next.position = int(i) + 1;
        records::update(store, tx, order[i], next);
    }
}

Checklist cleanChecklist(const Checklist &draft) {
    Checklist c = draft;
    c.name = text::cleanLine(c.name, Checklist::kMaxNameChars, QT_TRANSLATE_NOOP("TextRules", "The name"));
    if (c.name.isEmpty())
        throw Error(ErrorCode::InvalidInput, Tr::tr("Give the checklist a name."));
    if (c.everyWeeks < 0 || c.everyWeeks > Checklist::kMaxEveryWeeks)
        throw Error(ErrorCode::InvalidInput,
                    Tr::tr("Review every 1 to %1 weeks, or 0 for no schedule.").arg(Checklist::kMaxEveryWeeks));
    return c;
}

ChecklistItem cleanItem(const ChecklistItem &draft) {
    ChecklistItem i = draft;
    i.text = text::cleanLine(i.text, ChecklistItem::kMaxTextChars, QT_TRANSLATE_NOOP("TextRules", "The question"));
    if (i.text.isEmpty())
        throw Error(ErrorCode::InvalidInput, Tr::tr("Write the question."));
    i.hint = text::cleanMultiline(i.hint, ChecklistItem::kMaxHintChars, QT_TRANSLATE_NOOP("TextRules", "The hint"));
    return i;
}
} // namespace

ChecklistRepository::ChecklistRepository(Store &store)
    : m_store(store) {}

Checklist ChecklistRepository::create(const Checklist &draft) {
    Checklist c = cleanChecklist(draft);
    WriteTransaction tx(m_store);
    if (findByName(c.name))
        throw Error(ErrorCode::InvalidInput, Tr::tr("There is already a checklist called “%1”.").arg(c.name));
    c.position = int(m_store.db().queryInt(QStringLiteral("SELECT COALESCE(MAX(position), 0) + 1 FROM checklists")));
    c = records::insert(m_store, tx, c);
    tx.commit();
    return c;
}

Checklist ChecklistRepository::update(const Checklist &changed) {
    Checklist next = cleanChecklist(changed);
    WriteTransaction tx(m_store);
    const auto current = find(next.id);
    if (!current)
        throw Error(ErrorCode::NotFound, Tr::tr("That checklist no longer exists."));
    if (const auto other = findByName(next.name); other && other->id != next.id)
        throw Error(ErrorCode::InvalidInput, Tr::tr("There is already a checklist called “%1”.").arg(next.name));
    next.position = current->position;
    next = records::update(m_store, tx, *current, next);
    tx.commit();
    return next;
}

Checklist ChecklistRepository::duplicate(const QString &id, const QString &name) {
    WriteTransaction tx(m_store);
    const auto source = find(id);
    if (!source)
        throw Error(ErrorCode::NotFound, Tr::tr("That checklist no longer exists."));
    Checklist copy = *source;
    copy.name = name;
    copy = cleanChecklist(copy);
    if (findByName(copy.name))
        throw Error(ErrorCode::InvalidInput, Tr::tr("There is already a checklist called “%1”.").arg(copy.name));
    copy.position = int(m_store.db().queryInt(QStringLiteral("SELECT COALESCE(MAX(position), 0) + 1 FROM checklists")));
    copy = records::insert(m_store, tx, copy);
    int position = 0;
    for (ChecklistItem item : items(id)) {
        item.checklistId = copy.id;
        item.position = ++position;
        records::insert(m_store, tx, item);
    }
    tx.commit();
    return copy;
}

RemovedChecklist ChecklistRepository::remove(const QString &id) {
    WriteTransaction tx(m_store);
    const auto current = find(id);
    if (!current)
        throw Error(ErrorCode::NotFound, Tr::tr("That checklist no longer exists."));
    // Reviews keep their own copy of the questions: history survives.
    RemovedChecklist removed{*current, items(id)};
    records::removeAll(tx, removed.items);
    records::remove(tx, removed.checklist);
    tx.commit();
    return removed;
}

void ChecklistRepository::restore(const RemovedChecklist &removed) {
    WriteTransaction tx(m_store);
    records::restore(tx, removed.checklist);
    records::restoreAll(tx, removed.items);
    tx.commit();
}

std::optional<Checklist> ChecklistRepository::find(const QString &id) {
    return records::find<Checklist>(m_store, id);
}

std::optional<Checklist> ChecklistRepository::findByName(const QString &name) {
    // NOCASE folds ASCII only; compare in Qt, in every script.
    const QString folded = text::foldedName(name);
    for (const Checklist &c : list())
        if (text::foldedName(c.name) == folded)
            return c;
    return std::nullopt;
}

QList<Checklist> ChecklistRepository::list() {
    return records::select<Checklist>(m_store, QStringLiteral("ORDER BY position, name COLLATE NOCASE, id"));
}

ChecklistItem ChecklistRepository::addItem(const ChecklistItem &draft) {
    ChecklistItem item = cleanItem(draft);
    WriteTransaction tx(m_store);
    if (!find(item.checklistId))
        throw Error(ErrorCode::NotFound, Tr::tr("That checklist no longer exists."));
    Statement st = m_store.db().query(
        QStringLiteral("SELECT COUNT(*), COALESCE(MAX(position), 0) FROM checklist_items WHERE checklist_id = ?1"));
    st.bind(1, item.checklistId);
    st.step();
    if (st.int64(0) >= Checklist::kMaxItems)
        throw Error(ErrorCode::InvalidInput, Tr::tr("A checklist holds at most %1 questions.").arg(Checklist::kMaxItems));
    item.position = int(st.int64(1)) + 1;
    item = records::insert(m_store, tx, item);
    tx.commit();
    return item;
}

ChecklistItem ChecklistRepository::updateItem(const ChecklistItem &changed) {
    ChecklistItem next = cleanItem(changed);
    WriteTransaction tx(m_store);
    const auto current = records::find<ChecklistItem>(m_store, next.id);
    if (!current)
        throw Error(ErrorCode::NotFound, Tr::tr("That question no longer exists."));
    next.checklistId = current->checklistId;
    next.position = current->position;
    next = records::update(m_store, tx, *current, next);
    tx.commit();
    return next;
}

ChecklistItem ChecklistRepository::removeItem(const QString &id) {
    WriteTransaction tx(m_store);
    const auto current = records::find<ChecklistItem>(m_store, id);
    if (!current)
        throw Error(ErrorCode::NotFound, Tr::tr("That question no longer exists."));
    records::remove(tx, *current);
    // No gaps, so the removed item's position is where undo puts it back.
    renumber(m_store, tx, items(current->checklistId));
    tx.commit();
    return *current;
}

void ChecklistRepository::restoreItem(const ChecklistItem &removed) {
    WriteTransaction tx(m_store);
    // Back in its old place, the items that followed it move down one.
    QList<ChecklistItem> order = items(removed.checklistId);
    records::restore(tx, removed);
    order.insert(std::clamp<qsizetype>(removed.position - 1, 0, order.size()), removed);
    renumber(m_store, tx, order);
    tx.commit();
}

void ChecklistRepository::moveItem(const QString &id, int delta) {
    if (delta != -1 && delta != 1)
        throw Error(ErrorCode::InvalidInput, Tr::tr("Move a question one place at a time."));
    WriteTransaction tx(m_store);
    const auto current = records::find<ChecklistItem>(m_store, id);
    if (!current)
        throw Error(ErrorCode::NotFound, Tr::tr("That question no longer exists."));
    const QList<ChecklistItem> all = items(current->checklistId);
    qsizetype at = -1;
    for (qsizetype i = 0; i < all.size(); ++i)
        if (all[i].id == id)
            at = i;
    const qsizetype to = at + delta;
    if (to < 0 || to >= all.size()) {
        tx.commit(); // already first/last: nothing to do
        return;
    }
    QList<ChecklistItem> order = all;
    order.swapItemsAt(at, to);
    renumber(m_store, tx, order);
    tx.commit();
}

QList<ChecklistItem> ChecklistRepository::items(const QString &checklistId) {
    return records::select<ChecklistItem>(
        m_store, QStringLiteral("WHERE checklist_id = ?1 ORDER BY position, created_at, id"), {checklistId});
}

} // namespace rebound
