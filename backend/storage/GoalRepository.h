#pragma once
#include "core/Goal.h"

#include <QList>
#include <optional>

namespace rebound {

class Store;
class WriteTransaction;

struct RemovedGoal {
    Goal goal;
    QList<Goal> alternatives; // its alternative paths, removed with it
};

// All SQL for goals.
class GoalRepository {
public:
    explicit GoalRepository(Store &store);

    // The one north star that is not dropped; setting it edits that one in place
    // (an empty title clears it by marking it dropped; notes stay unless given).
    // Whatever makes a north star live again (status, restore) drops any other.
    std::optional<Goal> northStar();
    std::optional<Goal> setNorthStar(const QString &title, const std::optional<QString> &notes = std::nullopt);

    Goal create(const Goal &draft);
    Goal update(const Goal &changed);
    Goal setStatus(const QString &id, const QString &status);
    RemovedGoal remove(const QString &id);
    void restore(const RemovedGoal &removed);
    std::optional<Goal> find(const QString &id);
    // Concrete goals (not the north star), by kind order, then position, then title.
    QList<Goal> list(bool includeClosed = true);
    QList<Goal> effortGoals(); // active effort goals
    QList<Goal> changedSince(const QDate &from); // status changed on or after `from`

    // For writers that create goals inside their own transaction (review follow-ups).
    // `on` dates the status (default: today), e.g. the day a review finished.
    static Goal clean(const Goal &draft, const QDate &today);
    static Goal insert(Store &store, WriteTransaction &tx, const Goal &cleaned, const QDate &on = {});
    static Goal changeStatus(Store &store, WriteTransaction &tx, const Goal &current, const QString &status,
                             const QDate &on = {});

private:
    Store &m_store;
};

} // namespace rebound
