// rebound-bench: builds seeded synthetic vaults and prints how fast the things a
// user waits for are. A program that reports figures, not a pass/fail test; it
// fails only when results are inconsistent (wrong counts, search answers that do
// not match the raw query's).
//   rebound-bench [--records N]... [--no-app] [--search-runs N] [--insights N] [--sync N]... [--json]
// --insights N adds the Insights scenario on a vault of about N records
// (tests/bench/InsightsBench.cpp); given alone it runs only that scenario.
// --search-runs 0 skips the search scenario; --json prints the figures as JSON on
// stdout (the tables then go to stderr).
#include "InsightsBench.h"
#include "SyncBench.h"
#include "crypto/KeyDerivation.h"
#include "storage/Vault.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>
#include <vector>

using namespace rebound;

namespace {

// Synthetic journal text that looks like the real thing to the search index: a
// vocabulary of job-search words plus a long tail of made-up ones, drawn with
// Zipf-like frequencies (rank r about 1/r), a few accented words, the occasional
// Chinese or Japanese sentence and emoji, and tags.
class TextGenerator {
public:
    explicit TextGenerator(quint32 seed)
        : m_rng(seed) {
        static const char *const kCore[] = {"the",
                                            "i",
                                            "to",
                                            "and",
                                            "a",
                                            "my",
                                            "was",
                                            "it",
                                            "of",
                                            "in",
                                            "that",
                                            "for",
                                            "today",
                                            "with",
                                            "felt",
                                            "about",
                                            "interview",
                                            "but",
                                            "not",
                                            "so",
                                            "really",
                                            "again",
                                            "this",
                                            "me",
                                            "had",
                                            "on",
                                            "they",
                                            "what",
                                            "application",
                                            "job",
                                            "next",
                                            "call",
                                            "recruiter",
                                            "feedback",
                                            "role",
                                            "team",
                                            "week",
                                            "time",
                                            "still",
                                            "tired",
                                            "hopeful",
                                            "manager",
                                            "questions",
                                            "answer",
                                            "practice",
                                            "confidence",
                                            "offer",
                                            "rejection",
                                            "email",
                                            "company",
                                            "skills",
                                            "network",
                                            "coffee",
                                            "walk",
                                            "learned",
                                            "pitch",
                                            "resume",
                                            "cover",
                                            "letter",
                                            "linkedin",
                                            "portfolio",
                                            "salary",
                                            "deadline",
                                            "screening",
                                            "panel",
                                            "technical",
                                            "onsite",
                                            "remote",
                                            "hiring",
                                            "position",
                                            "follow",
                                            "up",
                                            "reply",
                                            "waiting",
                                            "nervous",
                                            "proud",
                                            "anxious",
                                            "calm",
                                            "friend",
                                            "mentor",
                                            "advice",
                                            "course",
                                            "certificate",
                                            "project",
                                            "presentation",
                                            "morning",
                                            "evening",
                                            "sleep",
                                            "exercise",
                                            "ran",
                                            "cooked",
                                            "read",
                                            "book",
                                            "wrote",
                                            "notes",
                                            "plan",
                                            "goals",
                                            "small",
                                            "win",
                                            "progress",
                                            "stuck",
                                            "frustrated",
                                            "disappointed",
                                            "grateful",
                                            "motivated",
                                            "relieved",
                                            "overwhelmed",
                                            "final",
                                            "round",
                                            "second",
                                            "first",
                                            "reference",
                                            "check",
                                            "contract",
                                            "startup",
                                            "agency",
                                            "referral",
                                            "introduction",
                                            "informational",
                                            "meeting",
                                            "chat",
                                            "story",
                                            "strengths",
                                            "weaknesses",
                                            "star",
                                            "method",
                                            "example",
                                            "challenge",
                                            "conflict",
                                            "leadership",
                                            "data",
                                            "design",
                                            "product",
                                            "sales",
                                            "support",
                                            "engineer",
                                            "analyst",
                                            "assistant",
                                            "coordinator",
                                            "director"};
        static const char *const kAccented[] = {"résumé", "café",    "naïve",  "déjà", "vu",
                                                "über",   "fiancée", "façade", "rôle", "élan",
                                                "entrée", "señor",   "Zürich", "Malmö"};
        QSet<QString> seen;
        for (const char *w : kCore) {
            m_vocabulary << QString::fromUtf8(w);
            seen.insert(m_vocabulary.constLast());
        }
        for (const char *w : kAccented)
            m_accented << QString::fromUtf8(w);
        // The long tail: pronounceable made-up words; one real rare word at a fixed rank.
        static const char *const kOnsets[] = {"b", "br", "c",  "ch", "d",  "f", "g", "gr",
                                              "h", "j",  "k",  "l",  "m",  "n", "p", "pl",
                                              "r", "s",  "st", "t",  "tr", "v", "w", "z"};
        static const char *const kVowels[] = {"a", "e", "i", "o", "u", "ai", "ea", "ou"};
        static const char *const kCodas[] = {"", "n", "r", "s", "t", "l", "nd", "st", "ck"};
        while (m_vocabulary.size() < kVocabulary) {
            if (m_vocabulary.size() == kRareRank) {
                m_vocabulary << QStringLiteral("serendipity");
                continue;
            }
            QString w;
            const int syllables = m_rng.bounded(2, 4);
            for (int i = 0; i < syllables; ++i)
                w += QString::fromLatin1(kOnsets[m_rng.bounded(int(std::size(kOnsets)))]) +
                     QString::fromLatin1(kVowels[m_rng.bounded(int(std::size(kVowels)))]);
            w += QString::fromLatin1(kCodas[m_rng.bounded(int(std::size(kCodas)))]);
            if (!seen.contains(w)) {
                seen.insert(w);
                m_vocabulary << w;
            }
        }
        double total = 0;
        for (int rank = 1; rank <= kVocabulary; ++rank) {
            total += 1.0 / rank;
            m_cumulative.push_back(total);
        }
        static const char *const kTags[] = {"interview", "rejection", "networking", "acme",   "follow-up",
                                            "practice",  "offer",     "recruiter",  "win",    "reframe",
                                            "burnout",   "learning",  "Northwind",  "Globex", "Initech",
                                            "salary",    "portfolio", "mentor",     "health", "family"};
        for (const char *t : kTags)
            m_tags << QString::fromUtf8(t);
    }

    static constexpr int kVocabulary = 6000;
    static constexpr int kRareRank = 3000;

    QString word() {
        const double u = m_rng.generateDouble() * m_cumulative.back();
        const auto it = std::lower_bound(m_cumulative.begin(), m_cumulative.end(), u);
        return m_vocabulary[int(it - m_cumulative.begin())];
    }

    QString sentence() {
        static const char *const kCjk[] = {"今天有一个面试，我很紧张。", "面试官问了很多问题。",
                                           "明天再试一次，加油。", "面接はうまくいったと思う。",
                                           "오늘 면접을 봤어요."};
        static const char *const kEmoji[] = {"😞", "🎉", "💪", "🙏", "☕", "😅", "👍🏽", "❤️"};
        if (m_rng.bounded(60) == 0)
            return QString::fromUtf8(kCjk[m_rng.bounded(int(std::size(kCjk)))]);
        QStringList words;
        const int n = m_rng.bounded(5, 20);
        for (int i = 0; i < n; ++i)
            words << (m_rng.bounded(150) == 0 ? m_accented[m_rng.bounded(int(m_accented.size()))] : word());
        QString s = words.join(QLatin1Char(' '));
        s[0] = s[0].toUpper();
        s += m_rng.bounded(8) == 0 ? QStringLiteral("!") : QStringLiteral(".");
        if (m_rng.bounded(25) == 0)
            s += QLatin1Char(' ') + QString::fromUtf8(kEmoji[m_rng.bounded(int(std::size(kEmoji)))]);
        return s;
    }

    QString body() {
        // 200..2000 characters: a short check-in note up to a long reflection.
        const int target = m_rng.bounded(200, 2000);
        QString text;
        while (text.size() < target)
            text += sentence() + (m_rng.bounded(5) == 0 ? QStringLiteral("\n\n") : QStringLiteral(" "));
        return text.trimmed();
    }

    QStringList tags() {
        QStringList out;
        const int n = m_rng.bounded(10) < 6 ? 0 : m_rng.bounded(1, 4);
        for (int i = 0; i < n; ++i) {
            // Zipf over the tag list too: a few tags dominate.
            const int rank = std::min(int(m_tags.size()) - 1,
                                      int(std::floor(std::pow(m_tags.size(), m_rng.generateDouble()))) - 1);
            if (!out.contains(m_tags[rank]))
                out << m_tags[rank];
        }
        return out;
    }

    int mood() { return m_rng.bounded(0, 6); }
    int bounded(int n) { return m_rng.bounded(n); }

private:
    QRandomGenerator m_rng;
    QStringList m_vocabulary, m_accented, m_tags;
    std::vector<double> m_cumulative;
};

double ms(const QElapsedTimer &t) {
    return double(t.nsecsElapsed()) / 1e6;
}

// CPU time of this thread: unlike wall time, not inflated by other processes on a busy machine.
double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

long peakRssKb(int who) {
    rusage usage{};
    getrusage(who, &usage);
    return usage.ru_maxrss;
}

SecureBytes passphrase() {
    return SecureBytes::fromUtf8(QStringLiteral("benchmark passphrase"));
}

// Median of three cold starts of the app on a locked vault (unlock screen).
QJsonObject firstFrameWith(const QString &vaultDir, const QString &quickBackend) {
    QList<double> wall, internal;
    for (int run = 0; run < 3; ++run) {
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!quickBackend.isEmpty())
            env.insert(QStringLiteral("QT_QUICK_BACKEND"), quickBackend);
        app.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        app.start(QStringLiteral(REBOUND_APP),
                  {QStringLiteral("--vault"), vaultDir, QStringLiteral("--print-first-frame")});
        if (!app.waitForFinished(30000) || app.exitCode() != 0)
            return {{QStringLiteral("error"), QString::fromUtf8(app.readAllStandardError().left(300))}};
        wall << ms(t);
        const QString firstLine =
            QString::fromUtf8(app.readAllStandardOutput()).section(QLatin1Char('\n'), 0, 0);
        internal << firstLine.section(QLatin1Char(' '), 1).toDouble();
    }
    std::sort(wall.begin(), wall.end());
    std::sort(internal.begin(), internal.end());
    return {{QStringLiteral("process_start_to_first_frame_ms"), wall[1]},
            {QStringLiteral("in_process_first_frame_ms"), internal[1]}};
}

// Default scene graph (OpenGL; Mesa llvmpipe on machines without a GPU) and the
// software scene graph, which separates our own start-up cost from GL driver set-up.
QJsonObject firstFrame(const QString &vaultDir) {
    return {{QStringLiteral("opengl"), firstFrameWith(vaultDir, {})},
            {QStringLiteral("software"), firstFrameWith(vaultDir, QStringLiteral("software"))},
            {QStringLiteral("platform"), qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("xcb"))},
            {QStringLiteral("peak_rss_kb"), qint64(peakRssKb(RUSAGE_CHILDREN))}};
}

// ---- search ------------------------------------------------------------------

struct BenchQuery {
    BenchQuery(const char *l, QString t, int low = 0, int high = 0, QString withTag = {})
        : label(l)
        , text(std::move(t))
        , moodMin(low)
        , moodMax(high)
        , tag(std::move(withTag)) {}
    const char *label;
    QString text;
    int moodMin, moodMax;
    QString tag;
};

QList<BenchQuery> benchQueries() {
    return {
        {"common word", QStringLiteral("interview")},
        {"very common word", QStringLiteral("the")},
        {"rare word", QStringLiteral("serendipity")},
        {"prefix", QStringLiteral("interv")},
        {"two words", QStringLiteral("recruiter feedback")},
        {"three words", QStringLiteral("felt tired again")},
        {"plain resume", QStringLiteral("resume")},
        {"accented résumé", QStringLiteral("résumé")},
        {"CJK 面试", QStringLiteral("面试")},
        {"emoji 🎉", QStringLiteral("🎉")},
        {"filters only: mood 1-2", QString(), 1, 2, QString()},
        {"text + tag", QStringLiteral("offer"), 0, 0, QStringLiteral("acme")},
    };
}

// Nearest-rank percentile of sorted samples.
double percentile(const std::vector<double> &sorted, double p) {
    const auto rank = std::size_t(std::ceil(p * double(sorted.size())));
    return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

// The MATCH string of a bench query as JournalRepository::search builds it: the
// text, plus the tag as a label token (tags and emotions are index labels).
QString matchOf(const search::Query &parsed, const BenchQuery &q) {
    QString match = search::matchExpression(parsed);
    if (!q.tag.isEmpty())
        match += QStringLiteral(" \"") + search::labelToken('t', q.tag) + QLatin1Char('"');
    return match;
}

constexpr int kCandidates = 500; // as in JournalRepository::search

// Where the search time goes: the candidate statement JournalRepository::search
// runs (FTS match + BM25 matchinfo for the newest 500 matches), without loading
// rows or making snippets. -1 for filter-only queries.
int rankingQuery(Database &db, const BenchQuery &q) {
    const search::Query parsed = search::parseQuery(q.text);
    if (parsed.isEmpty())
        return -1;
    Statement st = db.query(QStringLiteral("SELECT f.docid, matchinfo(journal_fts, 'py') FROM journal_fts f "
                                           "WHERE journal_fts MATCH ? ORDER BY f.docid DESC LIMIT %1")
                                .arg(kCandidates));
    st.bind(1, matchOf(parsed, q));
    int rows = 0;
    while (st.step()) {
        (void)st.blob(1);
        ++rows;
    }
    return rows;
}

// The floor: the raw statement SQLite runs for the same question, without ranking,
// row loading or snippets. Text queries (with or without a tag): the FTS4 match of
// the same candidates; filter-only queries: the filtered, date-ordered row ids.
int floorQuery(Database &db, const BenchQuery &q) {
    Statement st;
    const search::Query parsed = search::parseQuery(q.text);
    if (parsed.isEmpty()) {
        st =
            db.query(QStringLiteral("SELECT e.rowid FROM journal_entries e WHERE e.mood >= ? AND e.mood <= ? "
                                    "ORDER BY e.entry_date DESC, e.created_at DESC, e.id DESC LIMIT 50"));
        st.bind(1, q.moodMin).bind(2, q.moodMax);
    } else {
        st = db.query(QStringLiteral(
            "SELECT docid FROM journal_fts WHERE journal_fts MATCH ? ORDER BY docid DESC LIMIT %1").arg(kCandidates));
        st.bind(1, matchOf(parsed, q));
    }
    int rows = 0;
    while (st.step()) {
        (void)st.int64(0);
        ++rows;
    }
    return rows;
}

// The floor with its answer: the same raw FTS4 match returning the 50 newest
// matching entries with their data (what an unranked search would show). This is
// the fair comparison for the ratio target: search must also load what it shows.
int pageFloorQuery(Database &db, const BenchQuery &q) {
    Statement st;
    const search::Query parsed = search::parseQuery(q.text);
    if (parsed.isEmpty()) {
        st = db.query(QStringLiteral("SELECT e.id, e.entry_date, e.mood, e.body, e.tags FROM journal_entries e "
                                     "WHERE e.mood >= ? AND e.mood <= ? "
                                     "ORDER BY e.entry_date DESC, e.created_at DESC, e.id DESC LIMIT 50"));
        st.bind(1, q.moodMin).bind(2, q.moodMax);
    } else {
        st = db.query(QStringLiteral("SELECT e.id, e.entry_date, e.mood, e.body, e.tags FROM journal_fts f "
                                     "CROSS JOIN journal_entries e ON e.rowid = f.docid WHERE journal_fts MATCH ? "
                                     "ORDER BY f.docid DESC LIMIT 50"));
        st.bind(1, matchOf(parsed, q));
    }
    int rows = 0;
    while (st.step()) {
        (void)st.text(0);
        (void)st.text(3);
        (void)st.text(4);
        ++rows;
    }
    return rows;
}

constexpr double kTargetP95Ms = 10.0;
constexpr double kTargetRatio = 1.5;
constexpr double kTargetFirstPageMs = 30.0;

// Every query `runs` times (after two warm-up runs), the repository search and the
// floor interleaved so both see the same cache state.
QJsonObject searchScenario(Vault &vault, int runs) {
    QJsonArray queries;
    bool consistent = true;
    QStringList resumeIds, accentedIds;
    for (const BenchQuery &q : benchQueries()) {
        JournalFilter filter;
        filter.text = q.text;
        filter.moodMin = q.moodMin;
        filter.moodMax = q.moodMax;
        filter.tag = q.tag;
        filter.limit = 50;
        std::vector<double> searchMs, floorMs, searchCpu, floorCpu, rankMs, pageFloorMs;
        QList<JournalHit> hits;
        int floorRows = 0;
        for (int i = 0; i < runs + 2; ++i) {
            QElapsedTimer t;
            double cpu = threadCpuMs();
            t.start();
            hits = vault.journal().search(filter);
            const double s = ms(t);
            const double sCpu = threadCpuMs() - cpu;
            cpu = threadCpuMs();
            t.restart();
            floorRows = floorQuery(vault.store().db(), q);
            const double f = ms(t);
            const double fCpu = threadCpuMs() - cpu;
            t.restart();
            pageFloorQuery(vault.store().db(), q);
            const double pf = ms(t);
            if (i >= 2)
                pageFloorMs.push_back(pf);
            t.restart();
            const bool ranked = rankingQuery(vault.store().db(), q) >= 0;
            const double rk = ms(t);
            if (i >= 2 && ranked)
                rankMs.push_back(rk);
            if (i >= 2) {
                searchMs.push_back(s);
                floorMs.push_back(f);
                searchCpu.push_back(sCpu);
                floorCpu.push_back(fCpu);
            }
        }
        std::sort(searchMs.begin(), searchMs.end());
        std::sort(floorMs.begin(), floorMs.end());
        std::sort(searchCpu.begin(), searchCpu.end());
        std::sort(floorCpu.begin(), floorCpu.end());
        std::sort(rankMs.begin(), rankMs.end());
        std::sort(pageFloorMs.begin(), pageFloorMs.end());
        // Same question, same answer size: the search ranks the floor's rows.
        const bool sizeOk = hits.size() == std::min(50, floorRows);
        consistent = consistent && sizeOk;
        QStringList ids;
        for (const JournalHit &h : hits)
            ids << h.entry.id;
        if (q.text == QLatin1String("resume"))
            resumeIds = ids;
        if (q.text == QStringLiteral("résumé"))
            accentedIds = ids;
        const double p95 = percentile(searchMs, 0.95);
        const double floorP95 = percentile(floorMs, 0.95);
        const double ratio = p95 / std::max(floorP95, 0.001);
        const double pageFloorP95 = percentile(pageFloorMs, 0.95);
        const double pageRatio = p95 / std::max(pageFloorP95, 0.001);
        queries.append(QJsonObject{{QStringLiteral("label"), QString::fromUtf8(q.label)},
                                   {QStringLiteral("text"), q.text},
                                   {QStringLiteral("mood_min"), q.moodMin},
                                   {QStringLiteral("mood_max"), q.moodMax},
                                   {QStringLiteral("tag"), q.tag},
                                   {QStringLiteral("hits"), int(hits.size())},
                                   {QStringLiteral("floor_rows"), floorRows},
                                   {QStringLiteral("p50_ms"), percentile(searchMs, 0.5)},
                                   {QStringLiteral("p95_ms"), p95},
                                   {QStringLiteral("floor_p50_ms"), percentile(floorMs, 0.5)},
                                   {QStringLiteral("floor_p95_ms"), floorP95},
                                   {QStringLiteral("ratio_p95"), ratio},
                                   {QStringLiteral("cpu_p95_ms"), percentile(searchCpu, 0.95)},
                                   {QStringLiteral("floor_cpu_p95_ms"), percentile(floorCpu, 0.95)},
                                   {QStringLiteral("ranking_p50_ms"),
                                    rankMs.empty() ? QJsonValue() : QJsonValue(percentile(rankMs, 0.5))},
                                   {QStringLiteral("meets_p95"), p95 <= kTargetP95Ms},
                                   {QStringLiteral("page_floor_p95_ms"), pageFloorP95},
                                   {QStringLiteral("page_ratio_p95"), pageRatio},
                                   {QStringLiteral("meets_ratio_match_only"), ratio <= kTargetRatio},
                                   {QStringLiteral("meets_ratio"), pageRatio <= kTargetRatio},
                                   {QStringLiteral("consistent"), sizeOk}});
    }
    const bool foldingOk = !resumeIds.isEmpty() && resumeIds == accentedIds;
    return {{QStringLiteral("runs"), runs},
            {QStringLiteral("limit"), 50},
            {QStringLiteral("queries"), queries},
            {QStringLiteral("check"), consistent && foldingOk}};
}

QJsonObject runOnce(int records, bool withApp, int searchRuns) {
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("vault"));
    TextGenerator gen(20261122u + quint32(records));
    QJsonObject r{{QStringLiteral("records"), records}};

    QElapsedTimer t;
    t.start();
    auto vault = Vault::create(dir, passphrase());
    r.insert(QStringLiteral("create_ms"), ms(t));

    // Bulk generation, 1000 entries per transaction.
    std::fprintf(stderr, "generating %d records...\n", records);
    t.restart();
    constexpr int kBatch = 1000;
    // Oldest first, ending today (entries cannot be dated in the future): a few a day.
    const int spanDays = std::min(records / 3, 40'000);
    const QDate start = QDate::currentDate().addDays(-spanDays);
    for (int done = 0; done < records; done += kBatch) {
        QList<JournalEntry> drafts;
        for (int i = done; i < std::min(records, done + kBatch); ++i) {
            JournalEntry d;
            d.date = start.addDays(qint64(i) * spanDays / records);
            d.mood = gen.mood();
            d.body = gen.body();
            d.tags = gen.tags();
            drafts << d;
        }
        vault->journal().createBatch(drafts);
    }
    r.insert(QStringLiteral("bulk_insert_per_s"), records / (ms(t) / 1000.0));

    // What a user does: one entry at a time, each durably committed.
    constexpr int kSingles = 200;
    QList<double> latencies;
    for (int i = 0; i < kSingles; ++i) {
        t.restart();
        vault->journal().create(QDate::currentDate(), 3, gen.body());
        latencies << ms(t);
    }
    std::sort(latencies.begin(), latencies.end());
    double total = 0;
    for (double l : latencies)
        total += l;
    r.insert(QStringLiteral("single_write_per_s"), kSingles / (total / 1000.0));
    r.insert(QStringLiteral("single_write_p50_ms"), latencies[kSingles / 2]);
    r.insert(QStringLiteral("single_write_p95_ms"), latencies[kSingles * 95 / 100]);

    vault.reset();
    // Unlock = Argon2id + open + migrations check + first query; Argon2id alone for comparison.
    const VaultHeader header = Vault::readHeader(dir);
    t.restart();
    deriveKey(passphrase(), header.kdf);
    const double argon = ms(t);
    t.restart();
    vault = Vault::unlock(dir, passphrase());
    const double unlock = ms(t);
    r.insert(QStringLiteral("argon2id_ms"), argon);
    r.insert(QStringLiteral("unlock_ms"), unlock);
    r.insert(QStringLiteral("unlock_overhead_ms"), unlock - argon);

    t.restart();
    const auto page = vault->journal().page(200);
    r.insert(QStringLiteral("first_page_200_ms"), ms(t));
    t.restart();
    const int count = vault->journal().count();
    r.insert(QStringLiteral("count_ms"), ms(t));
    t.restart();
    auto cursor = JournalRepository::cursorOf(page.constLast());
    for (int i = 0; i < 10; ++i) {
        const auto next = vault->journal().page(200, cursor);
        if (next.isEmpty())
            break;
        cursor = JournalRepository::cursorOf(next.constLast());
    }
    r.insert(QStringLiteral("next_10_pages_ms"), ms(t));
    r.insert(QStringLiteral("count_check"), count == records + kSingles);
    if (searchRuns > 0) {
        std::fprintf(stderr, "searching %d records...\n", records);
        r.insert(QStringLiteral("search"), searchScenario(*vault, searchRuns));
        r.insert(QStringLiteral("after_search_peak_rss_kb"), qint64(peakRssKb(RUSAGE_SELF)));
    }
    vault.reset();

    if (withApp)
        r.insert(QStringLiteral("first_frame"), firstFrame(dir));
    r.insert(QStringLiteral("bench_peak_rss_kb"), qint64(peakRssKb(RUSAGE_SELF)));
    return r;
}

} // namespace

void printSearchTable(std::FILE *to, int records, const QJsonObject &r) {
    const QJsonObject search = r[QStringLiteral("search")].toObject();
    std::fprintf(
        to, "\nsearch, %d records: JournalRepository::search (limit %d) vs the raw SQLite floor, %d runs\n",
        records, search[QStringLiteral("limit")].toInt(), search[QStringLiteral("runs")].toInt());
    std::fprintf(to, "%-24s %5s %6s %8s %8s %9s %9s %7s %8s %9s %8s %11s %9s  %s\n", "query", "hits", "floor", "p50",
                 "p95", "floor p50", "floor p95", "ratio", "cpu p95", "floor cpu", "rank p50",
                 "page floor p95", "page ratio", "target (p95 <= 10 ms, <= 1.5x page floor)");
    for (const auto &v : search[QStringLiteral("queries")].toArray()) {
        const QJsonObject q = v.toObject();
        QString verdict;
        if (!q[QStringLiteral("meets_p95")].toBool())
            verdict += QStringLiteral("MISS p95 ");
        if (!q[QStringLiteral("meets_ratio")].toBool())
            verdict += QStringLiteral("MISS ratio");
        if (verdict.isEmpty())
            verdict = QStringLiteral("ok");
        // Pad by terminal columns, not bytes (the labels hold CJK and emoji).
        QString label = q[QStringLiteral("label")].toString();
        int columns = 0;
        for (const char32_t c : label.toUcs4())
            columns += (c >= 0x2E80 && c <= 0xFFDC) || c >= 0x1F000 ? 2 : 1;
        label += QString(std::max(0, 24 - columns), QLatin1Char(' '));
        std::fprintf(to, "%s %5d %6d %6.2fms %6.2fms %7.2fms %7.2fms %6.2fx %6.2fms %7.2fms %6.2fms %9.2fms %7.2fx  %s\n",
                     label.toUtf8().constData(), q[QStringLiteral("hits")].toInt(),
                     q[QStringLiteral("floor_rows")].toInt(), q[QStringLiteral("p50_ms")].toDouble(),
                     q[QStringLiteral("p95_ms")].toDouble(), q[QStringLiteral("floor_p50_ms")].toDouble(),
                     q[QStringLiteral("floor_p95_ms")].toDouble(), q[QStringLiteral("ratio_p95")].toDouble(),
                     q[QStringLiteral("cpu_p95_ms")].toDouble(),
                     q[QStringLiteral("floor_cpu_p95_ms")].toDouble(),
                     q[QStringLiteral("ranking_p50_ms")].toDouble(), q[QStringLiteral("page_floor_p95_ms")].toDouble(),
                     q[QStringLiteral("page_ratio_p95")].toDouble(), verdict.toUtf8().constData());
    }
    const double firstPage = r[QStringLiteral("first_page_200_ms")].toDouble();
    std::fprintf(to, "first page (200 entries): %.2f ms (target <= %.0f ms: %s); peak RSS %.1f MiB\n",
                 firstPage, kTargetFirstPageMs, firstPage <= kTargetFirstPageMs ? "ok" : "MISS",
                 double(r[QStringLiteral("after_search_peak_rss_kb")].toInteger()) / 1024.0);
    if (!search[QStringLiteral("check")].toBool())
        std::fprintf(
            to, "INCONSISTENT: search answers differ from the raw query (see \"consistent\" in --json)\n");
}

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QList<int> sizes;
    bool withApp = true;
    bool json = false;
    int searchRuns = 100;
    int insightsRecords = 0;
    QList<int> syncSizes;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--records") && i + 1 < args.size())
            sizes << args[++i].toInt();
        else if (args[i] == QLatin1String("--search-runs") && i + 1 < args.size())
            searchRuns = args[++i].toInt();
        else if (args[i] == QLatin1String("--insights") && i + 1 < args.size())
            insightsRecords = args[++i].toInt();
        else if (args[i] == QLatin1String("--sync") && i + 1 < args.size())
            syncSizes << args[++i].toInt();
        else if (args[i] == QLatin1String("--no-app"))
            withApp = false;
        else if (args[i] == QLatin1String("--json"))
            json = true;
        else {
            std::fprintf(stderr,
                         "usage: rebound-bench [--records N]... [--no-app] [--search-runs N] [--insights N] "
                         "[--sync N]... [--json]\n");
            return 2;
        }
    }
    if (insightsRecords < 0 || insightsRecords > 10'000'000)
        return 2;
    for (int n : syncSizes)
        if (n < 1 || n > 10'000'000)
            return 2;
    if (sizes.isEmpty() && insightsRecords == 0 && syncSizes.isEmpty())
        sizes = {10'000, 100'000};
    if (searchRuns < 0 || searchRuns > 100'000)
        return 2;
    std::FILE *table = json ? stderr : stdout;

    QJsonArray results;
    bool ok = true;
    for (int n : sizes) {
        if (n < 1 || n > 10'000'000)
            return 2;
        const QJsonObject r = runOnce(n, withApp, searchRuns);
        results.append(r);
        const QJsonObject ff = r[QStringLiteral("first_frame")].toObject();
        std::fprintf(table, "%-8s %9s %9s %9s %8s %10s %10s %9s %11s %11s %9s\n", "records", "unlock",
                     "argon2", "overhead", "write/s", "p50 write", "1st page", "count", "frame (gl)",
                     "frame (sw)", "peak RSS");
        std::fprintf(
            table, "%-8d %7.1fms %7.1fms %7.1fms %8.0f %8.2fms %8.2fms %7.2fms %9.0fms %9.0fms %6.0fMiB\n", n,
            r[QStringLiteral("unlock_ms")].toDouble(), r[QStringLiteral("argon2id_ms")].toDouble(),
            r[QStringLiteral("unlock_overhead_ms")].toDouble(),
            r[QStringLiteral("single_write_per_s")].toDouble(),
            r[QStringLiteral("single_write_p50_ms")].toDouble(),
            r[QStringLiteral("first_page_200_ms")].toDouble(), r[QStringLiteral("count_ms")].toDouble(),
            ff[QStringLiteral("opengl")]
                .toObject()[QStringLiteral("process_start_to_first_frame_ms")]
                .toDouble(),
            ff[QStringLiteral("software")]
                .toObject()[QStringLiteral("process_start_to_first_frame_ms")]
                .toDouble(),
            double(r[QStringLiteral("bench_peak_rss_kb")].toInteger()) / 1024.0);
        if (r.contains(QStringLiteral("search"))) {
            printSearchTable(table, n, r);
            ok = ok && r[QStringLiteral("search")].toObject()[QStringLiteral("check")].toBool();
        }
        std::fprintf(table, "\n");
        std::fflush(table);
        ok = ok && r[QStringLiteral("count_check")].toBool();
        if (!ok)
            break;
    }
    if (ok && insightsRecords > 0) {
        constexpr int kInsightsRuns = 15;
        const QJsonObject r = bench::insightsScenario(insightsRecords, kInsightsRuns);
        bench::printInsightsTable(table, r);
        std::fflush(table);
        results.append(QJsonObject{{QStringLiteral("insights"), r}});
        ok = r[QStringLiteral("check")].toBool();
    }
    for (int n : syncSizes) {
        if (!ok)
            break;
        const QJsonObject r = bench::syncScenario(n);
        bench::printSyncTable(table, r);
        std::fprintf(table, "\n");
        std::fflush(table);
        results.append(QJsonObject{{QStringLiteral("sync"), r}});
        ok = r[QStringLiteral("check")].toBool();
    }
    if (json)
        std::printf("%s\n", QJsonDocument(results).toJson(QJsonDocument::Indented).constData());
    return ok ? 0 : 1;
}
