// rebound-bench: builds seeded synthetic vaults and prints how fast the things a
// user waits for are. A program that reports figures, not a pass/fail test.
//   rebound-bench [--records N]... [--no-app]
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
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace rebound;

namespace {

const char *const kWords[] = {"interview", "feedback", "application", "recruiter", "practice", "confidence",
                              "role",      "team",     "manager",     "today",     "felt",     "tired",
                              "hopeful",   "call",     "offer",       "skills",    "course",   "network",
                              "coffee",    "walk",     "learned",     "question",  "answer",   "pitch",
                              "the",       "a",        "and",         "to",        "with",     "about",
                              "my",        "was",      "really",      "again",     "next"};

QString sentence(QRandomGenerator &rng) {
    QStringList words;
    const int n = rng.bounded(6, 18);
    for (int i = 0; i < n; ++i)
        words << QString::fromLatin1(kWords[rng.bounded(int(std::size(kWords)))]);
    QString s = words.join(QLatin1Char(' ')) + QLatin1Char('.');
    s[0] = s[0].toUpper();
    return s;
}

QString body(QRandomGenerator &rng) {
    // 200..2000 characters: a short check-in note up to a long reflection.
    const int target = rng.bounded(200, 2000);
    QString text;
    while (text.size() < target)
        text += sentence(rng) + (rng.bounded(5) == 0 ? QStringLiteral("\n\n") : QStringLiteral(" "));
    return text.trimmed();
}

double ms(const QElapsedTimer &t) {
    return double(t.nsecsElapsed()) / 1e6;
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

QJsonObject runOnce(int records, bool withApp) {
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("vault"));
    QRandomGenerator rng(20261122u + quint32(records));
    QJsonObject r{{QStringLiteral("records"), records}};

    QElapsedTimer t;
    t.start();
    auto vault = Vault::create(dir, passphrase());
    r.insert(QStringLiteral("create_ms"), ms(t));

    // Bulk generation, 1000 entries per transaction.
    t.restart();
    constexpr int kBatch = 1000;
    const QDate start = QDate(2020, 1, 1);
    for (int done = 0; done < records; done += kBatch) {
        QList<JournalEntry> drafts;
        for (int i = done; i < std::min(records, done + kBatch); ++i) {
            JournalEntry d;
            d.date = start.addDays(i / 4);
            d.mood = rng.bounded(0, 6);
            d.body = body(rng);
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
        vault->journal().create(QDate::currentDate(), 3, body(rng));
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
    vault.reset();

    if (withApp)
        r.insert(QStringLiteral("first_frame"), firstFrame(dir));
    r.insert(QStringLiteral("bench_peak_rss_kb"), qint64(peakRssKb(RUSAGE_SELF)));
    return r;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QList<int> sizes;
    bool withApp = true;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--records") && i + 1 < args.size())
            sizes << args[++i].toInt();
        else if (args[i] == QLatin1String("--no-app"))
            withApp = false;
        else {
            std::fprintf(stderr, "usage: rebound-bench [--records N]... [--no-app]\n");
            return 2;
        }
    }
    if (sizes.isEmpty())
        sizes = {10'000, 100'000};

    QJsonArray results;
    std::printf("%-8s %9s %9s %9s %8s %10s %10s %9s %11s %11s\n", "records", "unlock", "argon2", "overhead",
                "write/s", "p50 write", "1st page", "count", "frame (gl)", "frame (sw)");
    for (int n : sizes) {
        if (n < 1 || n > 10'000'000)
            return 2;
        const QJsonObject r = runOnce(n, withApp);
        results.append(r);
        const QJsonObject ff = r[QStringLiteral("first_frame")].toObject();
        std::printf("%-8d %7.1fms %7.1fms %7.1fms %8.0f %8.2fms %8.2fms %7.2fms %9.0fms %9.0fms\n", n,
                    r[QStringLiteral("unlock_ms")].toDouble(), r[QStringLiteral("argon2id_ms")].toDouble(),
                    r[QStringLiteral("unlock_overhead_ms")].toDouble(),
                    r[QStringLiteral("single_write_per_s")].toDouble(),
                    r[QStringLiteral("single_write_p50_ms")].toDouble(),
                    r[QStringLiteral("first_page_200_ms")].toDouble(),
                    r[QStringLiteral("count_ms")].toDouble(),
                    ff[QStringLiteral("opengl")]
                        .toObject()[QStringLiteral("process_start_to_first_frame_ms")]
                        .toDouble(),
                    ff[QStringLiteral("software")]
                        .toObject()[QStringLiteral("process_start_to_first_frame_ms")]
                        .toDouble());
        std::fflush(stdout);
        if (!r[QStringLiteral("count_check")].toBool())
            return 1;
    }
    std::printf("%s\n", QJsonDocument(results).toJson(QJsonDocument::Compact).constData());
    return 0;
}
