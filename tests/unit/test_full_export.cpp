// "Export everything": a folder of Markdown journal files, CSV, vCard, iCalendar
// and one JSON of every table; read back and compared with the vault.
#include "TestSupport.h"
#include "services/DemoData.h"
#include "services/FullExport.h"
#include "services/VCard.h"
#include "storage/SyncSchemas.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace rebound;
using namespace rebound::test;

namespace {

const QDateTime kNow(QDate(2026, 11, 22), QTime(14, 30));

QByteArray readFile(const QString &path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QStringList filesBelow(const QString &dir) {
    QStringList out;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(dir).relativeFilePath(it.next());
    out.sort();
    return out;
}

} // namespace

TEST_CASE("A journal entry becomes Markdown with front matter that survives any text", "[export]") {
    JournalEntry e;
    e.id = QStringLiteral("0b0e7a52-1111-2222-3333-444455556666");
    e.date = QDate(2026, 3, 4);
    e.mood = 4;
    e.tags = {QStringLiteral("interview"), QStringLiteral("say \"hi\": now"), QStringLiteral("back\\slash")};
    e.body = QStringLiteral("# Day\n\n---\nnot front matter 🦓");
    e.createdAt = QDateTime(QDate(2026, 3, 4), QTime(9, 5), QTimeZone::utc());
    CHECK(exporting::journalMarkdown(e, {QStringLiteral("Hopeful"), QStringLiteral("line\nbreak")}) ==
          QStringLiteral("---\n"
                         "date: 2026-03-04\n"
                         "mood: 4\n"
                         "tags: [\"interview\", \"say \\\"hi\\\": now\", \"back\\\\slash\"]\n"
                         "emotions: [\"Hopeful\", \"line\\nbreak\"]\n"
                         "created: 2026-03-04T09:05:00Z\n"
                         "id: 0b0e7a52-1111-2222-3333-444455556666\n"
                         "---\n\n"
                         "# Day\n\n---\nnot front matter 🦓\n"));
    e.mood = JournalEntry::kNoMood;
    e.tags.clear();
    e.body = QStringLiteral("plain\n");
    CHECK(exporting::journalMarkdown(e, {}) ==
          QStringLiteral("---\ndate: 2026-03-04\ncreated: 2026-03-04T09:05:00Z\n"
                         "id: 0b0e7a52-1111-2222-3333-444455556666\n---\n\nplain\n"));
}

TEST_CASE("Exporting everything writes a readable folder that matches the vault", "[export]") {
    QTemporaryDir tmp;
    auto vault = createVault(tmp.filePath(QStringLiteral("vault")));
    fillDemoData(*vault, QDate(2026, 11, 20));
    // Two entries on one day get numbered files.
    vault->journal().create(QDate(2026, 11, 21), 3, QStringLiteral("first of the day"));
    vault->journal().create(QDate(2026, 11, 21), 4, QStringLiteral("second of the day"));
    const QString out = tmp.filePath(QStringLiteral("out"));
    REQUIRE(QDir().mkpath(out));

    QList<std::pair<int, int>> steps;
    const exporting::FolderExport result =
        exporting::exportFolder(*vault, out, {}, kNow, [&steps](int done, int total) {
            steps.append({done, total});
        });
    CHECK(QFileInfo(result.folder).fileName() == QStringLiteral("Rebound export 2026-11-22 14-30"));
    REQUIRE(steps.size() >= 3);
    CHECK(steps.constFirst().first == 0);
    CHECK(steps.constLast().first == steps.constLast().second);

    const QStringList files = filesBelow(result.folder);
    QStringList listed = result.files;
    listed.sort();
    CHECK(files == listed);
    const int journalCount = vault->journal().count();
    CHECK(result.journalEntries == journalCount);
    CHECK(
        files.filter(QRegularExpression(QStringLiteral("^journal/\\d{4}/\\d{4}-\\d\\d-\\d\\d(-\\d+)?\\.md$")))
            .size() == journalCount);
    for (const char *name : {"check-ins.csv", "applications.csv", "applications.json", "contacts.vcf",
                             "reminders.ics", "rebound.json"})
        CHECK(files.contains(QString::fromLatin1(name)));
    const QString day = result.folder + QStringLiteral("/journal/2026/2026-11-21");
    const QString a = QString::fromUtf8(readFile(day + QStringLiteral(".md")));
    const QString b = QString::fromUtf8(readFile(day + QStringLiteral("-2.md")));
    CHECK(((a.endsWith(QStringLiteral("first of the day\n")) &&
            b.endsWith(QStringLiteral("second of the day\n"))) ||
           (b.endsWith(QStringLiteral("first of the day\n")) &&
            a.endsWith(QStringLiteral("second of the day\n")))));

    // rebound.json: every synced table, every row, every field.
    const QJsonObject root =
        QJsonDocument::fromJson(readFile(result.folder + QStringLiteral("/rebound.json"))).object();
    CHECK(root.value(QStringLiteral("format")).toString() == QStringLiteral("rebound-export"));
    const QJsonObject tables = root.value(QStringLiteral("tables")).toObject();
    qint64 rows = 0;
    for (const EntitySchema *schema : allSyncSchemas()) {
        INFO(schema->table.toStdString());
        const QList<QVariantList> expected = vault->sync().rows(*schema);
        const QJsonArray got = tables.value(schema->table).toArray();
        REQUIRE(got.size() == expected.size());
        rows += got.size();
        for (qsizetype i = 0; i < got.size(); ++i) {
            const QJsonObject o = got[i].toObject();
            CHECK(o.value(QStringLiteral("id")).toString() == expected[i][0].toString());
            CHECK(o.size() == schema->fields.size() + 1);
        }
    }
    CHECK(rows == result.records);
    CHECK(tables.value(QStringLiteral("journal_entries")).toArray().size() == journalCount);

    // contacts.vcf reads back with our own (strict) parser.
    const vcard::ParseResult cards = vcard::parse(readFile(result.folder + QStringLiteral("/contacts.vcf")));
    REQUIRE(cards.ok());
    CHECK(cards.contacts.size() == vault->contacts().list().size());
    // check-ins.csv: a header and one line per check-in.
    const QByteArray csv = readFile(result.folder + QStringLiteral("/check-ins.csv"));
    CHECK(csv.startsWith("\xEF\xBB\xBF"
                         "date,mood,"));
    CHECK(csv.count("\r\n") == vault->checkIns().count() + 1);

    // A second export in the same minute goes to a new folder, never into the first.
    const exporting::FolderExport again = exporting::exportFolder(*vault, out, {}, kNow);
    CHECK(QFileInfo(again.folder).fileName() == QStringLiteral("Rebound export 2026-11-22 14-30 (2)"));
    CHECK(filesBelow(result.folder) == files);
}

TEST_CASE("A cancelled or failed export leaves nothing behind", "[export]") {
    QTemporaryDir tmp;
    auto vault = createVault(tmp.filePath(QStringLiteral("vault")));
    fillDemoData(*vault, QDate(2026, 11, 20));
    const QString out = tmp.filePath(QStringLiteral("out"));
    REQUIRE(QDir().mkpath(out));
    struct Cancelled {};
    CHECK_THROWS_AS(exporting::exportFolder(*vault, out, {}, kNow,
                                            [](int done, int) {
                                                if (done > 0)
                                                    throw Cancelled{};
                                            }),
                    Cancelled);
    CHECK(QDir(out).isEmpty());
    try {
        exporting::exportFolder(*vault, tmp.filePath(QStringLiteral("missing")), {}, kNow);
        FAIL("no error");
    } catch (const Error &e) {
        CHECK(e.code() == ErrorCode::Io);
        CHECK(e.message().contains(QStringLiteral("missing")));
    }
}
