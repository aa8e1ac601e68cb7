#include "InsightsRepository.h"

#include "Store.h"
#include "core/Insights.h"
#include "core/JobApplication.h"
#include "core/TextRules.h"

namespace rebound {

namespace {
QString iso(const QDate &d) {
    return d.toString(Qt::ISODate);
}
QDate dateOf(const QString &s) {
    return QDate::fromString(s, Qt::ISODate);
}
} // namespace

InsightsRepository::InsightsRepository(Store &store)
    : m_store(store) {}

qint64 InsightsRepository::dataVersion() {
    // Every write, delete and restore appends to the change log.
    return m_store.db().queryInt(QStringLiteral("SELECT coalesce(max(rowid), 0) FROM change_log"));
}

bool InsightsRepository::changedSince(qint64 version, const QStringList &entities) {
    if (entities.isEmpty())
        return false;
    QStringList marks;
    for (int i = 0; i < entities.size(); ++i)
        marks.append(QStringLiteral("?%1").arg(i + 2));
    // A rowid range: only the rows written since, however long the log is.
    Statement st = m_store.db().query(
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM change_log WHERE rowid > ?1 AND entity IN (%1))")
            .arg(marks.join(u',')));
    st.bind(1, version);
    for (int i = 0; i < entities.size(); ++i)
        st.bind(i + 2, entities.at(i));
    return st.step() && st.int64(0) != 0;
}

QDate InsightsRepository::firstMoodDay() {
    const QString day = m_store.db().queryText(
        QStringLiteral("SELECT min(d) FROM (SELECT min(entry_date) AS d FROM checkins"
                       " UNION ALL SELECT min(entry_date) FROM journal_entries WHERE mood IS NOT NULL)"));
    return dateOf(day);
}

QList<InsightsRepository::DayCounts> InsightsRepository::dayCounts(const QDate &from, const QDate &to) {
    // One pass per source, each over an index on its date column.
    Statement st = m_store.db().query(
        QStringLiteral("SELECT d, sum(a), sum(i), sum(e), sum(c) FROM ("
                       " SELECT event_date AS d, count(*) AS a, 0 AS i, 0 AS e, 0 AS c FROM stage_events"
                       "  WHERE stage = 'applied' AND event_date BETWEEN ?1 AND ?2 GROUP BY event_date"
                       " UNION ALL"
                       " SELECT occurred_on, 0, count(*), 0, 0 FROM interactions"
                       "  WHERE occurred_on BETWEEN ?1 AND ?2 GROUP BY occurred_on"
                       " UNION ALL"
                       " SELECT entry_date, 0, 0, count(*), 0 FROM journal_entries"
                       "  WHERE entry_date BETWEEN ?1 AND ?2 GROUP BY entry_date"
                       " UNION ALL"
                       // A check-in that only says "rested" marks a rest day, not effort.
                       " SELECT entry_date, 0, 0, 0, sum(CASE WHEN efforts = '|effort:rested|' THEN 0 ELSE 1 "
                       "END) FROM checkins"
                       "  WHERE entry_date BETWEEN ?1 AND ?2 GROUP BY entry_date"
                       ") GROUP BY d ORDER BY d"));
    st.bind(1, iso(from)).bind(2, iso(to));
    QList<DayCounts> out;
    while (st.step()) {
        DayCounts c;
        c.date = dateOf(st.text(0));
        c.applied = int(st.int64(1));
        c.interactions = int(st.int64(2));
        c.entries = int(st.int64(3));
        c.checkIns = int(st.int64(4));
        if (c.date.isValid())
            out.append(c);
    }
    return out;
}

QList<InsightsRepository::CheckInEfforts> InsightsRepository::checkInEfforts(const QDate &from,
                                                                             const QDate &to) {
    // Grouped per day in SQL: a big vault has tens of thousands of tagged
    // check-ins, and '|a|' || '|a|b|' still splits into one tag per check-in.
    Statement st =
        m_store.db().query(QStringLiteral("SELECT entry_date, group_concat(efforts, '') FROM checkins"
                                          " WHERE entry_date BETWEEN ?1 AND ?2 AND efforts <> ''"
                                          " GROUP BY entry_date ORDER BY entry_date"));
    st.bind(1, iso(from)).bind(2, iso(to));
    QList<CheckInEfforts> out;
    while (st.step()) {
        CheckInEfforts c;
        c.date = dateOf(st.text(0));
        c.efforts = text::splitList(st.text(1));
        if (c.date.isValid() && !c.efforts.isEmpty())
            out.append(c);
    }
    return out;
}

QList<InsightsRepository::FunnelCount> InsightsRepository::funnelCounts() {
    // Per application: the first day it was sent and the furthest step it
    // reached; then counted per month and step. Closing stages (rejected,
    // withdrawn, no answer) do not start the clock: they only end a path.
    Statement st = m_store.db().query(QStringLiteral(
        "SELECT substr(sent, 1, 7) AS m, step, count(*) FROM ("
        " SELECT min(CASE WHEN stage IN ('applied', 'screening', 'interviewing', 'final_round', 'offer', "
        "'accepted')"
        "   THEN event_date END) AS sent,"
        "  max(CASE stage WHEN 'applied' THEN 0 WHEN 'screening' THEN 1 WHEN 'interviewing' THEN 2"
        "   WHEN 'final_round' THEN 3 WHEN 'offer' THEN 4 WHEN 'accepted' THEN 4 ELSE -1 END) AS step"
        " FROM stage_events GROUP BY application_id"
        ") WHERE sent IS NOT NULL AND step >= 0 GROUP BY m, step ORDER BY m, step"));
    QList<FunnelCount> out;
    while (st.step()) {
        FunnelCount c;
        c.month = dateOf(st.text(0) + QStringLiteral("-01"));
        c.step = int(st.int64(1));
        c.count = int(st.int64(2));
        if (c.month.isValid() && c.step >= 0 && c.step < funnelstep::Count)
            out.append(c);
    }
    return out;
}

QList<InsightsRepository::Rejection> InsightsRepository::rejections() {
    Statement st = m_store.db().query(
        QStringLiteral("SELECT e.application_id, coalesce(a.company, ''), coalesce(a.role, ''), e.event_date"
                       " FROM stage_events e LEFT JOIN applications a ON a.id = e.application_id"
                       " WHERE e.stage = 'rejected' ORDER BY e.event_date, e.application_id, e.id"));
    QList<Rejection> out;
    while (st.step()) {
        Rejection r;
        r.applicationId = st.text(0);
        r.company = st.text(1);
        r.role = st.text(2);
        r.date = dateOf(st.text(3));
        if (r.date.isValid())
            out.append(r);
    }
    return out;
}

} // namespace rebound
