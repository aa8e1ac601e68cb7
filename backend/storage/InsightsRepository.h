#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace rebound {

class Store;

// The SQL behind Insights: aggregates only, so the page stays fast on big
// vaults (covering indexes from schema 6). Day moods come from
// CheckInRepository::dayMoods, the one definition of a day's mood.
class InsightsRepository {
public:
    explicit InsightsRepository(Store &store);

    // Changes whenever any record is written (the change log's newest row);
    // InsightsService caches on it.
    qint64 dataVersion();
    // Whether a record of one of these entities (change-log names such as
    // "stage_event") was written, deleted or restored after `version`.
    bool changedSince(qint64 version, const QStringList &entities);

    // The earliest day with a mood (check-in or journal entry); invalid when none.
    QDate firstMoodDay();

    struct DayCounts {
        QDate date;
        int applied = 0;      // "applied" stage events that day
        int interactions = 0; // logged contact interactions
        int entries = 0;      // journal entries
        int checkIns = 0;     // but not those whose only tag is "rested"
    };
    // Days in [from, to] with at least one of the above, oldest first.
    QList<DayCounts> dayCounts(const QDate &from, const QDate &to);

    struct CheckInEfforts {
        QDate date;
        QStringList efforts; // catalog ids
    };
    // Effort tags of the check-ins in [from, to]: one row per day with any,
    // oldest first, each tag once per check-in that has it.
    QList<CheckInEfforts> checkInEfforts(const QDate &from, const QDate &to);

    struct FunnelCount {
        QDate month;  // first day of the month of the application's first
                      // applied-or-later stage event
        int step = 0; // the furthest funnelstep reached (Applied..Offer)
        int count = 0;
    };
    // Applications that were sent (have an applied-or-later stage event other
    // than a closing one), grouped by month and furthest step.
    QList<FunnelCount> funnelCounts();

    struct Rejection {
        QString applicationId;
        QString company;
        QString role;
        QDate date;
    };
    // Every "rejected" stage event, oldest first (ties by application id).
    QList<Rejection> rejections();

private:
    Store &m_store;
};

} // namespace rebound
