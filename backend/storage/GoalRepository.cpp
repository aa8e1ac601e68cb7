#include "GoalRepository.h"

#include "CatalogRepository.h"
#include "JobRecords.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/TextRules.h"

#include <QCoreApplication>

namespace rebound {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Goals)
};

// Display order: kinds as goalkind::all() lists them, then position, then title.
const QString kOrder = QStringLiteral(
    "ORDER BY CASE kind WHEN 'role' THEN 0 WHEN 'industry' THEN 1 WHEN 'skill' THEN 2"
    " WHEN 'certification' THEN 3 WHEN 'effort' THEN 4 ELSE 5 END, position, title COLLATE NOCASE, created_at");
// Effort metrics that count check-ins name an effort of the catalog by id.
void checkMetric(Store &store, const Goal &g) {
    if (!g.metric.startsWith(effortmetric::kEffortPrefix))
        return;
    const QString id = g.metric.mid(effortmetric::kEffortPrefix.size());
    for (const CatalogItem &item : CatalogRepository(store).items(CatalogItem::Kind::Effort))
        if (item.id == id)
            return;
    throw Error(ErrorCode::InvalidInput, Tr::tr("There is no effort called “%1” to count.").arg(id));
}

// At most one live north star: making one live drops the others.
void dropOtherNorthStars(Store &store, WriteTransaction &tx, const Goal &live, const QDate &on) {
    if (live.kind != goalkind::kNorthStar || live.status == goalstatus::kDropped)
        return;
    const QList<Goal> others = records::select<Goal>(
        store, QStringLiteral("WHERE kind = 'north_star' AND status != 'dropped' AND id != ?1"), {live.id});
    for (const Goal &other : others) {
        Goal next = other;
        next.status = goalstatus::kDropped;
        next.statusOn = on;
        records::update(store, tx, other, next);
    }
}
} // namespace

GoalRepository::GoalRepository(Store &store)
    : m_store(store) {}

Goal GoalRepository::clean(const Goal &draft, const QDate &today) {
    Goal g = draft;
    if (!goalkind::isValid(g.kind))
        throw Error(ErrorCode::InvalidInput, Tr::tr("Unknown kind of goal: %1.").arg(g.kind));
    if (g.status.isEmpty())
        g.status = goalstatus::kActive;
    if (!goalstatus::isValid(g.status))
        throw Error(ErrorCode::InvalidInput, Tr::tr("Unknown goal status: %1.").arg(g.status));
    g.title = text::cleanLine(g.title, Goal::kMaxTitleChars, QT_TRANSLATE_NOOP("TextRules", "The goal"));
    if (g.title.isEmpty())
        throw Error(ErrorCode::InvalidInput, Tr::tr("Say what the goal is."));
    g.notes = text::cleanMultiline(g.notes, Goal::kMaxNotesChars, QT_TRANSLATE_NOOP("TextRules", "The notes"));
    if (g.kind == goalkind::kEffort) {
        if (!effortmetric::isValid(g.metric))
            throw Error(ErrorCode::InvalidInput, Tr::tr("Choose what this effort goal counts."));
        if (g.weeklyTarget < 1 || g.weeklyTarget > Goal::kMaxWeeklyTarget)
            throw Error(ErrorCode::InvalidInput,
                        Tr::tr("Set a weekly target between 1 and %1.").arg(Goal::kMaxWeeklyTarget));
    } else {
        g.metric.clear();
        g.weeklyTarget = 0;
    }
    if (g.kind == goalkind::kNorthStar)
        g.parentId.clear();
    if (g.targetDate.isValid() && (g.targetDate.year() < 1900 || g.targetDate > today.addYears(30)))
        throw Error(ErrorCode::InvalidInput, Tr::tr("Pick a target date within the next thirty years."));
    return g;
}

Goal GoalRepository::insert(Store &store, WriteTransaction &tx, const Goal &cleaned, const QDate &on) {
    Goal g = cleaned;
    checkMetric(store, g);
    if (!g.parentId.isEmpty()) {
        const auto parent = records::find<Goal>(store, g.parentId);
        if (!parent)
            throw Error(ErrorCode::NotFound, Tr::tr("The goal this is an alternative to no longer exists."));
        if (!parent->parentId.isEmpty())
            throw Error(ErrorCode::InvalidInput, Tr::tr("An alternative path cannot have alternatives of its own."));
        if (parent->kind == goalkind::kNorthStar)
            throw Error(ErrorCode::InvalidInput, Tr::tr("Add alternatives to a concrete goal, not the north star."));
    }
    if (!g.statusOn.isValid())
        g.statusOn = on.isValid() ? on : localToday(store.clock());
    Statement st = store.db().query(
        QStringLiteral("SELECT COALESCE(MAX(position), 0) + 1 FROM goals WHERE kind = ?1 AND parent_id = ?2"));
    st.bind(1, g.kind);
    st.bind(2, g.parentId);
    g.position = st.step() ? int(st.int64(0)) : 1;
    g = records::insert(store, tx, g);
    dropOtherNorthStars(store, tx, g, g.statusOn);
    return g;
}

Goal GoalRepository::changeStatus(Store &store, WriteTransaction &tx, const Goal &current, const QString &status,
                                  const QDate &on) {
    if (!goalstatus::isValid(status))
        throw Error(ErrorCode::InvalidInput, Tr::tr("Unknown goal status: %1.").arg(status));
    if (current.status == status)
        return current;
    Goal next = current;
    next.status = status;
    next.statusOn = on.isValid() ? on : localToday(store.clock());
    next = records::update(store, tx, current, next);
    dropOtherNorthStars(store, tx, next, next.statusOn);
    return next;
}

std::optional<Goal> GoalRepository::northStar() {
    const QList<Goal> rows = records::select<Goal>(
        m_store, QStringLiteral("WHERE kind = 'north_star' AND status != 'dropped' ORDER BY updated_at DESC, id LIMIT 1"));
    if (rows.isEmpty())
        return std::nullopt;
    return rows.constFirst();
}

std::optional<Goal> GoalRepository::setNorthStar(const QString &title, const std::optional<QString> &notes) {
    const QDate today = localToday(m_store.clock());
    WriteTransaction tx(m_store);
    const auto current = northStar();
    const QString cleanTitle =
        text::cleanLine(title, Goal::kMaxTitleChars, QT_TRANSLATE_NOOP("TextRules", "The north star"));
    if (cleanTitle.isEmpty()) {
        if (current)
            changeStatus(m_store, tx, *current, goalstatus::kDropped);
        tx.commit();
        return std::nullopt;
    }
    Goal draft = current.value_or(Goal{});
    draft.kind = goalkind::kNorthStar;
    draft.title = cleanTitle;
    if (notes)
        draft.notes = *notes;
    if (draft.status != goalstatus::kActive) { // a paused or reached north star is aimed at again
        draft.status = goalstatus::kActive;
        draft.statusOn = today;
    }
    draft = clean(draft, today);
    const Goal stored = current ? records::update(m_store, tx, *current, draft) : insert(m_store, tx, draft);
    tx.commit();
    return stored;
}

Goal GoalRepository::create(const Goal &draft) {
    if (draft.kind == goalkind::kNorthStar)
        throw Error(ErrorCode::InvalidInput, Tr::tr("Set the north star on its own: there is only one."));
    Goal g = clean(draft, localToday(m_store.clock()));
    g.statusOn = {};
    WriteTransaction tx(m_store);
    g = insert(m_store, tx, g);
    tx.commit();
    return g;
}

Goal GoalRepository::update(const Goal &changed) {
    Goal next = clean(changed, localToday(m_store.clock()));
    WriteTransaction tx(m_store);
    const auto current = find(next.id);
    if (!current)
        throw Error(ErrorCode::NotFound, Tr::tr("That goal no longer exists."));
    if ((current->kind == goalkind::kNorthStar) != (next.kind == goalkind::kNorthStar))
        throw Error(ErrorCode::InvalidInput, Tr::tr("The north star stays the north star."));
    next.parentId = current->parentId; // moving alternatives between goals is not offered
    next.position = current->position;
    next.statusOn = next.status == current->status ? current->statusOn : localToday(m_store.clock());
    if (next.metric != current->metric)
        checkMetric(m_store, next);
    next = records::update(m_store, tx, *current, next);
    dropOtherNorthStars(m_store, tx, next, next.statusOn);
    tx.commit();
    return next;
}

Goal GoalRepository::setStatus(const QString &id, const QString &status) {
    WriteTransaction tx(m_store);
    const auto current = find(id);
    if (!current)
        throw Error(ErrorCode::NotFound, Tr::tr("That goal no longer exists."));
    const Goal next = changeStatus(m_store, tx, *current, status);
    tx.commit();
    return next;
}

RemovedGoal GoalRepository::remove(const QString &id) {
    WriteTransaction tx(m_store);
    const auto current = find(id);
    if (!current)
        throw Error(ErrorCode::NotFound, Tr::tr("That goal no longer exists."));
    RemovedGoal removed{*current, records::select<Goal>(m_store, QStringLiteral("WHERE parent_id = ?1"), {id})};
    records::removeAll(tx, removed.alternatives);
    records::remove(tx, removed.goal);
    tx.commit();
    return removed;
}

void GoalRepository::restore(const RemovedGoal &removed) {
    WriteTransaction tx(m_store);
    records::restore(tx, removed.goal);
    dropOtherNorthStars(m_store, tx, removed.goal, localToday(m_store.clock()));
    records::restoreAll(tx, removed.alternatives);
    tx.commit();
}

std::optional<Goal> GoalRepository::find(const QString &id) {
    return records::find<Goal>(m_store, id);
}

QList<Goal> GoalRepository::list(bool includeClosed) {
    return records::select<Goal>(
        m_store, QStringLiteral("WHERE kind != 'north_star'%1 ")
                         .arg(includeClosed ? QString() : QStringLiteral(" AND status IN ('active', 'paused')")) +
                     kOrder);
}

QList<Goal> GoalRepository::effortGoals() {
    return records::select<Goal>(m_store, QStringLiteral("WHERE kind = 'effort' AND status = 'active' ") + kOrder);
}

QList<Goal> GoalRepository::changedSince(const QDate &from) {
    return records::select<Goal>(m_store, QStringLiteral("WHERE status_on >= ?1 ORDER BY status_on, title"),
                                 {from.toString(Qt::ISODate)});
}

} // namespace rebound
