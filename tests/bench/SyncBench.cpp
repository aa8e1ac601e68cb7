#include "SyncBench.h"

#include "crypto/KeyDerivation.h"
#include "storage/SyncRepository.h"
#include "storage/Vault.h"
#include "sync/SyncService.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

namespace rebound::bench {

namespace {

constexpr int kCreateBatch = 5000;

QString bodyText(QRandomGenerator &rng, int i) {
    static const QStringList words{QStringLiteral("interview"), QStringLiteral("feedback"),
                                   QStringLiteral("recruiter"), QStringLiteral("nervous"),
                                   QStringLiteral("practised"), QStringLiteral("system design"),
                                   QStringLiteral("rejection"), QStringLiteral("proud"),
                                   QStringLiteral("coffee chat"), QStringLiteral("portfolio"),
                                   QStringLiteral("Grüße"), QStringLiteral("🙂")};
    QString out = QStringLiteral("Day %1. ").arg(i);
    const int n = 30 + int(rng.bounded(70));
    for (int w = 0; w < n; ++w)
        out += words[int(rng.bounded(words.size()))] + (w % 9 == 8 ? QStringLiteral(". ") : QStringLiteral(" "));
    return out;
}

SecureBytes secretOf(const char *text) {
    return SecureBytes(reinterpret_cast<const unsigned char *>(text), strlen(text));
}

QJsonObject stepJson(const SyncReport &r, double wallMs) {
    return QJsonObject{{QStringLiteral("wall_ms"), wallMs},
                       {QStringLiteral("requests"), r.requests},
                       {QStringLiteral("bytes_up"), double(r.bytesUp)},
                       {QStringLiteral("bytes_down"), double(r.bytesDown)},
                       {QStringLiteral("batches_sent"), r.batchesSent},
                       {QStringLiteral("batches_received"), r.batchesReceived},
                       {QStringLiteral("ops_sent"), r.opsSent},
                       {QStringLiteral("ops_received"), r.opsReceived}};
}

class Apache {
public:
    Apache() {
        QProcess p;
        p.start(QStringLiteral("sh"), {QStringLiteral(REBOUND_WEBDAV_SCRIPT), QStringLiteral("start"), m_dir.path()});
        p.waitForFinished(60000);
        m_url = QUrl(QString::fromUtf8(p.readAllStandardOutput()).trimmed());
        if (p.exitCode() != 0 || !m_url.isValid())
            std::fprintf(stderr, "Apache did not start: %s\n", p.readAllStandardError().constData());
    }
    ~Apache() {
        QProcess::execute(QStringLiteral("sh"), {QStringLiteral(REBOUND_WEBDAV_SCRIPT), QStringLiteral("stop"), m_dir.path()});
    }
    QUrl url() const { return m_url; }

private:
    QTemporaryDir m_dir;
    QUrl m_url;
};

} // namespace

QJsonObject syncScenario(int records) {
    Apache apache;
    if (!apache.url().isValid())
        return {{QStringLiteral("check"), false}};
    SyncAccount account;
    account.kind = SyncAccount::Kind::WebDav;
    account.url = apache.url().toString(); // a fresh server per scenario
    account.user = QStringLiteral("rebound");
    account.password = QByteArrayLiteral("dav-test-password");

    QTemporaryDir dirA;
    QTemporaryDir dirB;
    KdfParams kdf = KdfParams::floor();
    auto a = Vault::create(dirA.path(), secretOf("bench passphrase"), kdf);
    auto b = Vault::create(dirB.path(), secretOf("bench passphrase"), kdf.withNewSalt());
    QRandomGenerator rng(20261123u);
    // Three entries a day, ending today (100k records reach back about 90 years).
    const QDate start = QDate::currentDate().addDays(-(records / 3) - 1);
    for (int done = 0; done < records; done += kCreateBatch) {
        QList<JournalEntry> drafts;
        for (int i = done; i < std::min(records, done + kCreateBatch); ++i) {
            JournalEntry e;
            e.date = start.addDays(i / 3);
            e.mood = 1 + int(rng.bounded(5));
            e.body = bodyText(rng, i);
            drafts.append(e);
        }
        a->journal().createBatch(drafts);
    }

    QJsonObject out{{QStringLiteral("records"), records}};
    SyncService serviceA(*a, Vault::systemClock());
    SyncService serviceB(*b, Vault::systemClock());
    serviceA.setKdfParams(KdfParams::recommended());
    QElapsedTimer t;
    try {
        account.deviceLabel = QStringLiteral("A");
        t.start();
        const SyncReport up = serviceA.setUp(account, secretOf("bench sync passphrase"), false);
        out.insert(QStringLiteral("initial_upload"), stepJson(up, double(t.elapsed())));

        account.deviceLabel = QStringLiteral("B");
        t.restart();
        const SyncReport down = serviceB.setUp(account, secretOf("bench sync passphrase"), true);
        out.insert(QStringLiteral("initial_download"), stepJson(down, double(t.elapsed())));

        const JournalEntry first = a->journal().page(1).constFirst();
        a->journal().update(first.id, first.date, first.mood, first.body + QStringLiteral(" (edited)"));
        t.restart();
        const SyncReport edit = serviceA.syncNow();
        out.insert(QStringLiteral("edit_upload"), stepJson(edit, double(t.elapsed())));
        t.restart();
        const SyncReport editDown = serviceB.syncNow();
        out.insert(QStringLiteral("edit_download"), stepJson(editDown, double(t.elapsed())));
        t.restart();
        const SyncReport quiet = serviceB.syncNow();
        out.insert(QStringLiteral("nothing_new"), stepJson(quiet, double(t.elapsed())));

        const bool same = a->sync().stateHash() == b->sync().stateHash() && b->journal().count() == records;
        out.insert(QStringLiteral("converged"), same);
        out.insert(QStringLiteral("check"), same);
    } catch (const Error &e) {
        std::fprintf(stderr, "sync failed: %s\n", qPrintable(e.message()));
        out.insert(QStringLiteral("check"), false);
    }
    return out;
}

void printSyncTable(std::FILE *to, const QJsonObject &r) {
    std::fprintf(to, "sync over Apache WebDAV, %d records%s\n", r[QStringLiteral("records")].toInt(),
                 r[QStringLiteral("converged")].toBool() ? "" : "  (DID NOT CONVERGE)");
    std::fprintf(to, "%-18s %10s %9s %12s %12s %8s\n", "step", "wall", "requests", "up", "down", "batches");
    for (const char *step : {"initial_upload", "initial_download", "edit_upload", "edit_download", "nothing_new"}) {
        const QJsonObject s = r[QLatin1String(step)].toObject();
        if (s.isEmpty())
            continue;
        std::fprintf(to, "%-18s %8.0fms %9d %10.1fKiB %10.1fKiB %8d\n", step, s[QStringLiteral("wall_ms")].toDouble(),
                     s[QStringLiteral("requests")].toInt(), s[QStringLiteral("bytes_up")].toDouble() / 1024.0,
                     s[QStringLiteral("bytes_down")].toDouble() / 1024.0,
                     s[QStringLiteral("batches_sent")].toInt() + s[QStringLiteral("batches_received")].toInt());
    }
}

} // namespace rebound::bench
