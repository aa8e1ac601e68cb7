// rebound-bench --insights N: see InsightsBench.h.
#include "InsightsBench.h"

#include "core/Clock.h"
#include "core/Insights.h"
#include "core/JobApplication.h"
#include "core/TextRules.h"
#include "services/GoalProgress.h"
#include "services/Insights.h"
#include "storage/CheckInRepository.h"
#include "storage/GoalRepository.h"
#include "storage/InsightsRepository.h"
#include "storage/JobRecords.h"
#include "storage/JournalRepository.h"
#include "storage/Vault.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <cmath>
#include <functional>
#include <vector>

namespace rebound::bench {

namespace {

constexpr int kSpanDays = 5 * 365; // five years of history, ending today
constexpr int kBatch = 5000;       // inserts per WriteTransaction

double msSince(const QElapsedTimer &t) {
    return double(t.nsecsElapsed()) / 1e6;
}

// Nearest-rank percentile of sorted samples.
double percentileOf(std::vector<double> v, double p) {
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto rank = std::size_t(std::ceil(p * double(v.size())));
    return v[std::clamp<std::size_t>(rank, 1, v.size()) - 1];
}

QJsonObject stats(const std::vector<double> &samples) {
    return {{QStringLiteral("p50_ms"), percentileOf(samples, 0.5)},
            {QStringLiteral("p95_ms"), percentileOf(samples, 0.95)},
            {QStringLiteral("min_ms"), percentileOf(samples, 0.0)}};
}

// The check-in table as CheckInRepository writes it (its schema is private there).
const EntitySchema &checkInSchema() {
    static const EntitySchema s{QStringLiteral("checkin"),
                                QStringLiteral("checkins"),
                                {QStringLiteral("entry_date"), QStringLiteral("mood"),
                                 QStringLiteral("emotions"), QStringLiteral("efforts"),
                                 QStringLiteral("note"), QStringLiteral("created_at"),
                                 QStringLiteral("updated_at")}};
    return s;
}

// Runs `write` for each of `count` items, kBatch per transaction.
void batched(Store &store, int count, const std::function<void(WriteTransaction &, int)> &write) {
    for (int done = 0; done < count; done += kBatch) {
        WriteTransaction tx(store);
        for (int i = done; i < std::min(count, done + kBatch); ++i)
            write(tx, i);
        tx.commit();
    }
}

struct PlannedEvent {
    QString stage;
    QDate date;
};

struct PlannedApplication {
    QString company, role;
    QList<PlannedEvent> events; // oldest first
};

struct Generated {
    int checkIns = 0, journal = 0, applications = 0, stageEvents = 0, rejections = 0, interactions = 0,
        contacts = 0, wins = 0, goals = 0;
    int total() const {
        return checkIns + journal + applications + stageEvents + interactions + contacts + wins + goals;
    }
};

// A day's "true" mood: a slow random walk between 1.5 and 4.5 with a dip of
// about a point for a few days after each rejection, so resilience has
// something to find.
std::vector<double> moodCurve(QRandomGenerator &rng, const QDate &start, const QList<QDate> &rejections) {
    std::vector<double> mood(kSpanDays, 3.0);
    double m = 3.2;
    for (int d = 0; d < kSpanDays; ++d) {
        m += (rng.generateDouble() - 0.5) * 0.3;
        m = std::clamp(m, 1.5, 4.5);
        mood[size_t(d)] = m;
    }
    // Dips do not add up (about two rejections a day would otherwise pin the
    // mood at 1): each day keeps the deepest dip it is in.
    std::vector<double> dip(kSpanDays, 0.0);
    for (const QDate &r : rejections) {
        const qint64 at = start.daysTo(r);
        const int length = 2 + int(rng.bounded(8));
        for (int i = 0; i < length && at + i < kSpanDays; ++i)
            dip[size_t(at + i)] = std::max(dip[size_t(at + i)], 1.2 * (1.0 - double(i) / length));
    }
    for (int d = 0; d < kSpanDays; ++d)
        mood[size_t(d)] -= dip[size_t(d)];
    return mood;
}

int moodOn(QRandomGenerator &rng, const std::vector<double> &curve, qint64 dayIndex) {
    const double v =
        curve[size_t(std::clamp<qint64>(dayIndex, 0, kSpanDays - 1))] + (rng.generateDouble() - 0.5);
    return std::clamp(int(std::lround(v)), 1, 5);
}

Generated generate(Vault &vault, int records, const QDate &today) {
    QRandomGenerator rng(20261123u + quint32(records));
    const QDate start = today.addDays(1 - kSpanDays);
    const auto randomDay = [&] { return start.addDays(rng.bounded(kSpanDays)); };
    Generated g;
    const int applications = std::max(1, records / 10);
    const int checkIns = records * 3 / 10;
    const int journal = records / 5;
    const int interactions = records * 8 / 100;
    const int wins = std::max(1, records / 50);

    // Applications and their stage history, planned first: rejections shape the moods.
    static const char *const kCompanies[] = {"Acme",   "Globex",    "Initech", "Umbrella",
                                             "Hooli",  "Stark",     "Wayne",   "Wonka",
                                             "Tyrell", "Cyberdyne", "Soylent", "Aperture"};
    static const char *const kRoles[] = {"Backend engineer", "Data analyst", "Product manager",
                                         "Designer",         "Support lead", "QA engineer"};
    QList<PlannedApplication> apps;
    QList<QDate> rejectionDays;
    for (int i = 0; i < applications; ++i) {
        PlannedApplication a;
        a.company = QString::fromLatin1(kCompanies[rng.bounded(int(std::size(kCompanies)))]) + u' ' +
                    QString::number(i % 997);
        a.role = QString::fromLatin1(kRoles[rng.bounded(int(std::size(kRoles)))]);
        QDate applied = randomDay();
        QDate saved = std::max(start, applied.addDays(-rng.bounded(4)));
        a.events.append({stage::kSaved, saved});
        a.events.append({stage::kApplied, applied});
        QDate at = applied;
        const auto step = [&](const QString &stage, double p, int minDays, int maxDays) {
            if (rng.generateDouble() >= p)
                return false;
            const QDate next = at.addDays(minDays + rng.bounded(maxDays - minDays + 1));
            if (next > today)
                return false;
            at = next;
            a.events.append({stage, at});
            return true;
        };
        const bool offer = step(stage::kScreening, 0.35, 3, 14) && step(stage::kInterviewing, 0.5, 5, 14) &&
                           step(stage::kFinalRound, 0.4, 5, 14) && step(stage::kOffer, 0.4, 3, 10);
        // About 4 in 10 applications end in a rejection (never after an offer).
        if (!offer && step(stage::kRejected, 0.4, 3, 20))
            rejectionDays.append(at);
        apps.append(a);
    }
    const std::vector<double> curve = moodCurve(rng, start, rejectionDays);

    Store &store = vault.store();
    batched(store, int(apps.size()), [&](WriteTransaction &tx, int i) {
        const PlannedApplication &p = apps[i];
        JobApplication app;
        app.company = p.company;
        app.role = p.role;
        app.source = QStringLiteral("LinkedIn");
        app.stage = p.events.constLast().stage;
        app.stageDate = p.events.constLast().date;
        app = records::insert(store, tx, app);
        for (const PlannedEvent &e : p.events) {
            StageEvent ev;
            ev.applicationId = app.id;
            ev.stage = e.stage;
            ev.date = e.date;
            records::insert(store, tx, ev);
            ++g.stageEvents;
        }
        ++g.applications;
    });
    g.rejections = int(rejectionDays.size());

    // Check-ins: evenly over the five years, 6 in 10 with one or two effort tags.
    static const char *const kEfforts[] = {"effort:applied", "effort:reached-out", "effort:practised",
                                           "effort:learned", "effort:exercised",   "effort:rested"};
    const qint64 nowMs = vault.store().clock().nowMs();
    batched(store, checkIns, [&](WriteTransaction &tx, int i) {
        const qint64 dayIndex = qint64(i) * kSpanDays / std::max(1, checkIns);
        CheckIn c;
        c.date = start.addDays(dayIndex);
        c.mood = moodOn(rng, curve, dayIndex);
        if (rng.generateDouble() < 0.6) {
            c.efforts << QString::fromLatin1(kEfforts[rng.bounded(int(std::size(kEfforts)))]);
            if (rng.generateDouble() < 0.3) {
                const QString second = QString::fromLatin1(kEfforts[rng.bounded(int(std::size(kEfforts)))]);
                if (!c.efforts.contains(second))
                    c.efforts << second;
            }
        }
        const QString id = records::newId();
        tx.insert(checkInSchema(), id,
                  {{QStringLiteral("entry_date"), c.date.toString(Qt::ISODate)},
                   {QStringLiteral("mood"), qint64(c.mood)},
                   {QStringLiteral("emotions"), QString()},
                   {QStringLiteral("efforts"), text::joinList(c.efforts)},
                   {QStringLiteral("note"), QString()},
                   {QStringLiteral("created_at"), nowMs},
                   {QStringLiteral("updated_at"), nowMs}});
        ++g.checkIns;
    });

    // Journal entries, short bodies, a mood on 7 in 10 (the repository's batch path).
    for (int done = 0; done < journal; done += kBatch) {
        QList<JournalEntry> drafts;
        for (int i = done; i < std::min(journal, done + kBatch); ++i) {
            JournalEntry e;
            const qint64 dayIndex = qint64(i) * kSpanDays / std::max(1, journal);
            e.date = start.addDays(dayIndex);
            e.mood = rng.generateDouble() < 0.7 ? moodOn(rng, curve, dayIndex) : JournalEntry::kNoMood;
            e.body =
                QStringLiteral("Day %1: wrote to a recruiter, practised answers, went for a walk.").arg(i);
            drafts << e;
        }
        g.journal += int(vault.journal().createBatch(drafts).size());
    }

    // Contacts and their logged interactions.
    const int contacts = std::max(1, interactions / 40);
    QStringList contactIds;
    batched(store, contacts, [&](WriteTransaction &tx, int i) {
        Contact c;
        c.name = QStringLiteral("Contact %1").arg(i);
        c.company = QString::fromLatin1(kCompanies[i % int(std::size(kCompanies))]);
        c.tags = {QStringLiteral("recruiter")};
        c.cadenceDays = Contact::kCadenceFromTags;
        contactIds << records::insert(store, tx, c).id;
        ++g.contacts;
    });
    static const char *const kKinds[] = {"message", "email", "call", "meeting", "coffee", "event"};
    batched(store, interactions, [&](WriteTransaction &tx, int) {
        Interaction in;
        in.contactId = contactIds[rng.bounded(int(contactIds.size()))];
        in.kind = QString::fromLatin1(kKinds[rng.bounded(int(std::size(kKinds)))]);
        in.occurredOn = randomDay();
        records::insert(store, tx, in);
        ++g.interactions;
    });

    batched(store, wins, [&](WriteTransaction &tx, int i) {
        CheckInRepository::addWin(store, tx, randomDay(), QStringLiteral("Small win number %1").arg(i));
        ++g.wins;
    });

    // A few weekly effort goals, as a user sets them.
    const QList<QPair<QString, int>> goals{
        {effortmetric::kApplications, 10},
        {effortmetric::kJournal, 5},
        {effortmetric::kEffortPrefix + QStringLiteral("effort:reached-out"), 3}};
    for (const auto &[metric, target] : goals) {
        Goal goal;
        goal.kind = goalkind::kEffort;
        goal.title = QStringLiteral("Weekly %1").arg(metric);
        goal.metric = metric;
        goal.weeklyTarget = target;
        vault.goals().create(goal);
        ++g.goals;
    }
    return g;
}

// One part of InsightsService::compute on its own: the p50 of `runs` calls.
struct Part {
    const char *name;
    std::function<void()> run;
};

} // namespace

QJsonObject insightsScenario(int records, int runs) {
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("vault"));
    const SecureBytes pass = SecureBytes::fromUtf8(QStringLiteral("benchmark passphrase"));
    auto vault = Vault::create(dir, pass);
    const QDate today = localToday(vault->store().clock());

    std::fprintf(stderr, "insights: generating about %d records...\n", records);
    QElapsedTimer t;
    t.start();
    const Generated g = generate(*vault, records, today);
    const double generateMs = msSince(t);
    QJsonObject r{{QStringLiteral("records"), g.total()},
                  {QStringLiteral("records_asked"), records},
                  {QStringLiteral("runs"), runs},
                  {QStringLiteral("generate_ms"), generateMs},
                  {QStringLiteral("generated"), QJsonObject{{QStringLiteral("checkins"), g.checkIns},
                                                            {QStringLiteral("journal_entries"), g.journal},
                                                            {QStringLiteral("applications"), g.applications},
                                                            {QStringLiteral("stage_events"), g.stageEvents},
                                                            {QStringLiteral("rejections"), g.rejections},
                                                            {QStringLiteral("contacts"), g.contacts},
                                                            {QStringLiteral("interactions"), g.interactions},
                                                            {QStringLiteral("wins"), g.wins},
                                                            {QStringLiteral("goals"), g.goals}}}};

    // The first call after unlocking: SQLite's page cache is empty (the OS's is not).
    vault.reset();
    vault = Vault::unlock(dir, pass);
    {
        InsightsService first(*vault);
        t.restart();
        first.compute(today);
        r.insert(QStringLiteral("first_after_unlock_ms"), msSince(t));
    }

    std::fprintf(stderr, "insights: timing %d runs...\n", runs);
    std::vector<double> cold, warm, afterWrite;
    bool cachedOk = true;
    const QSet<int> rest{Qt::Saturday, Qt::Sunday};
    for (int i = 0; i < runs + 1; ++i) {
        InsightsService service(*vault);
        service.setRestWeekdays(rest);
        t.restart();
        service.compute(today);
        const double c = msSince(t);
        t.restart();
        service.compute(today);
        const double w = msSince(t);
        cachedOk = cachedOk && service.lastWasCached();
        if (i > 0) { // the first is a warm-up
            cold.push_back(c);
            warm.push_back(w);
        }
    }
    {
        InsightsService service(*vault);
        service.setRestWeekdays(rest);
        service.compute(today);
        for (int i = 0; i < runs; ++i) {
            CheckIn c;
            c.date = today;
            c.mood = 3;
            vault->checkIns().create(c); // not timed
            t.restart();
            service.compute(today);
            afterWrite.push_back(msSince(t));
            cachedOk = cachedOk && !service.lastWasCached();
        }
    }
    r.insert(QStringLiteral("cold"), stats(cold));
    r.insert(QStringLiteral("warm"), stats(warm));
    r.insert(QStringLiteral("after_write"), stats(afterWrite));
    r.insert(QStringLiteral("target_ms"), kInsightsTargetMs);
    r.insert(QStringLiteral("meets_target"), percentileOf(cold, 0.95) <= kInsightsTargetMs &&
                                                 percentileOf(afterWrite, 0.95) <= kInsightsTargetMs);

    // Where the cold time goes: each query and computation of compute() alone,
    // with the same arguments.
    InsightsRepository &repo = vault->insights();
    CheckInRepository &checkIns = vault->checkIns();
    const QList<InsightsRepository::Rejection> rejections = repo.rejections();
    QDate moodsFrom = std::min(today.addDays(-(364 + 29)), QDate(today.year(), 1, 1));
    if (!rejections.isEmpty())
        moodsFrom = std::min(moodsFrom, rejections.constFirst().date.addDays(-Resilience::kBaselineDays));
    const QDate yearStart = today.addDays(-364);
    const QDate effortsFrom =
        rejections.isEmpty() ? yearStart : std::min(yearStart, rejections.constFirst().date);
    const QList<DayMood> moods = checkIns.dayMoods(moodsFrom, today);
    const QList<InsightsRepository::CheckInEfforts> efforts = repo.checkInEfforts(effortsFrom, today);
    QList<InsightsRepository::CheckInEfforts> yearEfforts;
    for (const auto &e : efforts)
        if (e.date >= yearStart)
            yearEfforts.append(e);
    const QList<InsightsRepository::DayCounts> counts = repo.dayCounts(yearStart, today);
    const QList<InsightsRepository::FunnelCount> funnelCounts = repo.funnelCounts();
    QHash<QString, QString> names;
    for (const auto &e : efforts)
        for (const QString &id : e.efforts)
            if (!names.contains(id))
                names.insert(id, vault->catalog().nameOf(id));
    const QList<Part> parts{
        {"sql: data version", [&] { repo.dataVersion(); }},
        {"sql: rejections", [&] { repo.rejections(); }},
        {"sql: day moods (all rejections' span)", [&] { checkIns.dayMoods(moodsFrom, today); }},
        {"sql: first mood day", [&] { repo.firstMoodDay(); }},
        {"sql: check-in efforts", [&] { repo.checkInEfforts(effortsFrom, today); }},
        {"sql: effort day counts (365 d)", [&] { repo.dayCounts(yearStart, today); }},
        {"sql: funnel counts", [&] { repo.funnelCounts(); }},
        {"sql: weekly goals (8 weeks)", [&] { GoalProgress(*vault).thisWeek(today); }},
        {"sql: wins (counts, recent, today's mood)",
         [&] {
             checkIns.winCountUpTo(today);
             checkIns.winCountUpTo(today.addDays(-30));
             checkIns.winsUpTo(today, WinsInsight::kRecent, 0);
             checkIns.dayMood(today);
             checkIns.dayMood(today.addDays(-1));
         }},
        {"cpu: mood trends + pixels",
         [&] {
             insights::moodTrend(moods, today, 7, 3);
             insights::moodTrend(moods, today, 30, 7);
             insights::moodTrend(moods, today, 365, 30);
             insights::yearInPixels(moods, today.year());
         }},
        {"cpu: effort days + streaks",
         [&] { insights::streaks(insights::effortDays(counts, yearEfforts), today, rest); }},
        {"cpu: funnel", [&] { insights::funnel(funnelCounts, today); }},
        {"cpu: resilience", [&] { insights::resilience(rejections, moods, efforts, today, names); }},
    };
    QJsonArray partTimes;
    double partsTotal = 0;
    for (const Part &p : parts) {
        std::vector<double> samples;
        for (int i = 0; i < runs + 1; ++i) {
            t.restart();
            p.run();
            if (i > 0)
                samples.push_back(msSince(t));
        }
        const double p50 = percentileOf(samples, 0.5);
        partsTotal += p50;
        partTimes.append(QJsonObject{{QStringLiteral("name"), QString::fromLatin1(p.name)},
                                     {QStringLiteral("p50_ms"), p50}});
    }
    r.insert(QStringLiteral("parts"), partTimes);
    r.insert(QStringLiteral("parts_total_ms"), partsTotal);
    r.insert(QStringLiteral("rows"),
             QJsonObject{{QStringLiteral("day_moods"), int(moods.size())},
                         {QStringLiteral("checkin_efforts"), int(efforts.size())},
                         {QStringLiteral("day_counts"), int(counts.size())},
                         {QStringLiteral("funnel_counts"), int(funnelCounts.size())}});

    // Consistency: the figures must match what was generated.
    InsightsService service(*vault);
    const InsightsData &data = service.compute(today);
    const bool check = cachedOk && data.funnel.allTime.reached[funnelstep::Applied] == g.applications &&
                       int(data.resilience.rejections.size()) == g.rejections && data.wins.total == g.wins &&
                       int(data.goals.size()) == g.goals && data.year.daysWithMood > 0;
    r.insert(QStringLiteral("check"), check);

    r.insert(
        QStringLiteral("figures"),
        QJsonObject{{QStringLiteral("applied_all_time"), data.funnel.allTime.reached[funnelstep::Applied]},
                    {QStringLiteral("offers_all_time"), data.funnel.allTime.reached[funnelstep::Offer]},
                    {QStringLiteral("rejections"), int(data.resilience.rejections.size())},
                    {QStringLiteral("recovered"), data.resilience.recoveredCount},
                    {QStringLiteral("mean_recovery_days"), data.resilience.meanDays},
                    {QStringLiteral("mood_365_mean"), data.year.mean},
                    {QStringLiteral("best_streak"), data.effort.best},
                    {QStringLiteral("wins"), data.wins.total}});
    return r;
}

void printInsightsTable(std::FILE *to, const QJsonObject &r) {
    const QJsonObject g = r[QStringLiteral("generated")].toObject();
    const auto n = [&](const char *key) { return g[QString::fromLatin1(key)].toInt(); };
    std::fprintf(
        to,
        "\ninsights, %d records (%d check-ins, %d journal entries, %d applications with %d stage events "
        "and %d rejections, %d interactions with %d contacts, %d wins, %d goals; generated in %.1f s), "
        "%d runs\n",
        r[QStringLiteral("records")].toInt(), n("checkins"), n("journal_entries"), n("applications"),
        n("stage_events"), n("rejections"), n("interactions"), n("contacts"), n("wins"), n("goals"),
        r[QStringLiteral("generate_ms")].toDouble() / 1000.0, r[QStringLiteral("runs")].toInt());
    const double target = r[QStringLiteral("target_ms")].toDouble();
    std::fprintf(to, "%-36s %9s %9s  %s\n", "InsightsService::compute(today)", "p50", "p95",
                 QStringLiteral("target (p95 <= %1 ms)").arg(target).toUtf8().constData());
    for (const auto &[key, label] :
         {std::pair{"cold", "cold (fresh service)"}, std::pair{"warm", "warm (cached)"},
          std::pair{"after_write", "after one write (cache dropped)"}}) {
        const QJsonObject s = r[QString::fromLatin1(key)].toObject();
        const double p95 = s[QStringLiteral("p95_ms")].toDouble();
        std::fprintf(to, "%-36s %7.2fms %7.2fms  %s\n", label, s[QStringLiteral("p50_ms")].toDouble(), p95,
                     p95 <= target ? "ok" : "MISS");
    }
    std::fprintf(to, "%-36s %7.2fms\n", "first call after unlock",
                 r[QStringLiteral("first_after_unlock_ms")].toDouble());
    std::fprintf(to, "parts, each alone (p50):\n");
    for (const auto &v : r[QStringLiteral("parts")].toArray()) {
        const QJsonObject p = v.toObject();
        std::fprintf(to, "  %-40s %7.2fms\n", p[QStringLiteral("name")].toString().toUtf8().constData(),
                     p[QStringLiteral("p50_ms")].toDouble());
    }
    std::fprintf(to, "  %-40s %7.2fms\n", "sum of parts", r[QStringLiteral("parts_total_ms")].toDouble());
    if (!r[QStringLiteral("check")].toBool())
        std::fprintf(to, "INCONSISTENT: the figures do not match the generated data (see --json)\n");
}

} // namespace rebound::bench
