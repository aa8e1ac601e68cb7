#pragma once
#include "core/CheckIn.h"
#include "core/DayMood.h"

#include <QList>
#include <optional>

namespace rebound {

class Store;
class WriteTransaction;

// All SQL for mood check-ins and small wins.
class CheckInRepository {
public:
    explicit CheckInRepository(Store &store);

    // date defaults to the local today of the store's clock.
    CheckIn create(const CheckIn &draft);
    // The same inside a caller's transaction (imports); a valid draft.createdAt is kept.
    CheckIn create(WriteTransaction &tx, const CheckIn &draft);
    CheckIn update(const CheckIn &changed);
    void remove(const QString &id);
    CheckIn restore(const CheckIn &removed);
    std::optional<CheckIn> find(const QString &id);
    // Newest first within [from, to] (inclusive).
    QList<CheckIn> between(const QDate &from, const QDate &to, int limit = 500);
    QList<CheckIn> latest(int limit);
    int count();
    // Check-ins on days in [from, to] tagged with the effort (a catalog id).
    int countWithEffort(const QString &effortId, const QDate &from, const QDate &to);

    // The day's mood (see DayMood) for every day in [from, to] that has one:
    // check-ins first, journal entry moods when a day has no check-in.
    QList<DayMood> dayMoods(const QDate &from, const QDate &to);
    DayMood dayMood(const QDate &day);

    SmallWin addWin(const QDate &date, const QString &text);
    // The same inside a caller's transaction (a win saved together with other records).
    static SmallWin addWin(Store &store, class WriteTransaction &tx, const QDate &date, const QString &text);
    void removeWin(const QString &id);
    SmallWin restoreWin(const SmallWin &removed);
    std::optional<SmallWin> findWin(const QString &id);
    QList<SmallWin> wins(int limit, int offset = 0); // newest first
    QList<SmallWin> winsBetween(const QDate &from, const QDate &to);
    int winCount();
    // Wins dated on or before `day`: how many, and a page of them newest first.
    int winCountUpTo(const QDate &day);
    QList<SmallWin> winsUpTo(const QDate &day, int limit, int offset);
    // Wins on the same day of the month in earlier months, newest first.
    QList<SmallWin> winsSameDayEarlier(const QDate &today, int limit);

private:
    Store &m_store;
};

} // namespace rebound
