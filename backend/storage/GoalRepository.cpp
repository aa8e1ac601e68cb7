#include "GoalRepository.h"

#include "JobRecords.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/TextRules.h"

#include <QCoreApplication>

namespace rebound {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("Goals", text);
}

// Display order: kinds as goalkind::all() lists them, then position, then title.
const QString kOrder = QStringLiteral(
    "ORDER BY CASE kind WHEN 'role' THEN 0 WHEN 'industry' THEN 1 WHEN 'skill' THEN 2"
    " WHEN 'certification' THEN 3 WHEN 'effort' THEN 4 ELSE 5 END, position, title COLLATE NOCASE, created_at");
} // namespace

GoalRepository::GoalRepository(Store &store)
    : m_store(store) {}

Goal GoalRepository::clean(const Goal &draft, const QDate &today) {
    Goal g = draft;
    if (!goalkind::isValid(g.kind))
        throw Error(ErrorCode::InvalidInput, tr("Unknown kind of goal: %1.").arg(g.kind));
    if (g.status.isEmpty())
        g.status = goalstatus::kActive;
    if (!goalstatus::isValid(g.status))
        throw Error(ErrorCode::InvalidInput, tr("Unknown goal status: %1.").arg(g.status));
    g.title = text::cleanLine(g.title, Goal::kMaxTitleChars, QT_TRANSLATE_NOOP("TextRules", "The goal"));
    if (g.title.isEmpty())
        throw Error(ErrorCode::InvalidInput, tr("Say what the goal is."));
    g.notes = text::cleanMultiline(g.notes, Goal::kMaxNotesChars, QT_TRANSLATE_NOOP("TextRules", "The notes"));
    if (g.kind == goalkind::kEffort) {
        if (!effortmetric::isValid(g.metric))
            throw Error(ErrorCode::InvalidInput, tr("Choose what this effort goal counts."));
        if (g.weeklyTarget < 1 || g.weeklyTarget > Goal::kMaxWeeklyTarget)
            throw Error(ErrorCode::InvalidInput,
                        tr("Set a weekly target between 1 and %1.").arg(Goal::kMaxWeeklyTarget));
    } else {
        g.metric.clear();
        g.weeklyTarget = 0;
    }
    if (g.kind == goalkind::kNorthStar)
        g.parentId.clear();
    if (g.targetDate.isValid() && (g.targetDate.year() < 1900 || g.targetDate > today.addYears(30)))
        throw Error(ErrorCode::InvalidInput, tr("Pick a target date within the next thirty years."));
    return g;
}

Goal GoalRepository::insert(Store &store, WriteTransaction &tx, const Goal &cleaned) {
    Goal g = cleaned;
    if (!g.parentId.isEmpty()) {
        const auto parent = records::find<Goal>(store, g.parentId);
        if (!parent)
            throw Error(ErrorCode::NotFound, tr("The goal this is an alternative to no longer exists."));
        if (!parent->parentId.isEmpty())
            throw Error(ErrorCode::InvalidInput, tr("An alternative path cannot have alternatives of its own."));
        if (parent->kind == goalkind::kNorthStar)
            throw Error(ErrorCode::InvalidInput, tr("Add alternatives to a concrete goal, not the north star."));
    }
    if (!g.statusOn.isValid())
        g.statusOn = localToday(store.clock());
    Statement st = store.db().query(
        QStringLiteral("SELECT COALESCE(MAX(position), 0) + 1 FROM goals WHERE kind = ?1 AND parent_id = ?2"));
    st.bind(1, g.kind);
    st.bind(2, g.parentId);
    g.position = st.step() ? int(st.int64(0)) : 1;
    return records::insert(store, tx, g);
}

Goal GoalRepository::changeStatus(Store &store, WriteTransaction &tx, const Goal &current, const QString &status) {
    if (!goalstatus::isValid(status))
        throw Error(ErrorCode::InvalidInput, tr("Unknown goal status: %1.").arg(status));
    if (current.status == status)
        return current;
    Goal next = current;
    next.status = status;
    next.statusOn = localToday(store.clock());
    return records::update(store, tx, current, next);
}

std::optional<Goal> GoalRepository::northStar() {
    const QList<Goal> rows = records::select<Goal>(
        m_store, QStringLiteral("WHERE kind = 'north_star' AND status != 'dropped' ORDER BY updated_at DESC LIMIT 1"));
    if (rows.isEmpty())
        return std::nullopt;
    return rows.constFirst();
}

std::optional<Goal> GoalRepository::setNorthStar(const QString &title, const QString &notes) {
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
    draft.notes = notes;
    draft.status = goalstatus::kActive;
    draft = clean(draft, today);
    const Goal stored = current ? records::update(m_store, tx, *current, draft) : insert(m_store, tx, draft);
    tx.commit();
    return stored;
}

Goal GoalRepository::create(const Goal &draft) {
    if (draft.kind == goalkind::kNorthStar)
        throw Error(ErrorCode::InvalidInput, tr("Set the north star on its own: there is only one."));
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
        throw Error(ErrorCode::NotFound, tr("That goal no longer exists."));
    if ((current->kind == goalkind::kNorthStar) != (next.kind == goalkind::kNorthStar))
        throw Error(ErrorCode::InvalidInput, tr("The north star stays the north star."));
    next.parentId = current->parentId; // moving alternatives between goals is not offered
    next.position = current->position;
    next.statusOn = next.status == current->status ? current->statusOn : localToday(m_store.clock());
    next = records::update(m_store, tx, *current, next);
    tx.commit();
    return next;
}

Goal GoalRepository::setStatus(const QString &id, const QString &status) {
    WriteTransaction tx(m_store);
    const auto current = find(id);
    if (!current)
        throw Error(ErrorCode::NotFound, tr("That goal no longer exists."));
    const Goal next = changeStatus(m_store, tx, *current, status);
    tx.commit();
    return next;
}

RemovedGoal GoalRepository::remove(const QString &id) {
    WriteTransaction tx(m_store);
    const auto current = find(id);
    if (!current)
        throw Error(ErrorCode::NotFound, tr("That goal no longer exists."));
    RemovedGoal removed{*current, records::select<Goal>(m_store, QStringLiteral("WHERE parent_id = ?1"), {id})};
    records::removeAll(tx, removed.alternatives);
    records::remove(tx, removed.goal);
    tx.commit();
    return removed;
}

void GoalRepository::restore(const RemovedGoal &removed) {
    WriteTransaction tx(m_store);
    records::restore(tx, removed.goal);
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
