#include "TestSupport.h"
#include "core/TextRules.h"
#include "services/JournalTemplates.h"

#include <QSet>
#include <QTemporaryDir>

using namespace rebound;
using namespace rebound::test;

TEST_CASE("Five guided templates with stable keys and real content", "[templates]") {
    const auto templates = journalTemplates();
    QStringList keys;
    for (const auto &t : templates)
        keys << t.key;
    CHECK(keys == QStringList{QStringLiteral("after-rejection"), QStringLiteral("interview-reflection"),
                              QStringLiteral("reframe"), QStringLiteral("win-of-the-day"),
                              QStringLiteral("who-supports-me")});
    QSet<QString> titles;
    for (const auto &t : templates) {
        INFO(t.key.toStdString());
        CHECK(t.title.trimmed().size() >= 5);
        CHECK(t.summary.trimmed().size() >= 10);
        CHECK(t.body.size() >= 60);
        CHECK(t.body.startsWith(QStringLiteral("## ")));
        CHECK(t.body.count(QStringLiteral("\n## ")) >= 2); // several prompts
        CHECK_FALSE(t.tags.isEmpty());
        CHECK(t.body.size() <= JournalEntry::kMaxBodyChars);
        // Valid as a journal body as it is: no cleaning needed.
        CHECK(text::cleanMultiline(t.body, JournalEntry::kMaxBodyChars, "The entry") == t.body);
        CHECK(text::cleanTags(t.tags, JournalEntry::kMaxTags) == t.tags);
        CHECK(text::cleanIds({t.key}, 1, "Template") == QStringList{t.key});
        titles.insert(t.title);
    }
    CHECK(titles.size() == 5);
}

TEST_CASE("findTemplate by exact key", "[templates]") {
    for (const auto &t : journalTemplates()) {
        const auto found = findTemplate(t.key);
        REQUIRE(found);
        CHECK(*found == t);
    }
    CHECK_FALSE(findTemplate(QStringLiteral("nope")));
    CHECK_FALSE(findTemplate(QString()));
    CHECK_FALSE(findTemplate(QStringLiteral("Reframe"))); // keys are exact
    CHECK(findTemplate(QStringLiteral("reframe"))->title == journalTemplates()[2].title);
}

TEST_CASE("An entry can be written from every template", "[templates]") {
    QTemporaryDir tmp;
    FakeClock clock(QDateTime(QDate(2026, 6, 15), QTime(12, 0)).toMSecsSinceEpoch());
    auto vault = createVault(tmp.filePath(QStringLiteral("v")), "pp pp pp pp", clock);
    auto &journal = vault->journal();
    for (const auto &t : journalTemplates()) {
        INFO(t.key.toStdString());
        JournalEntry draft;
        draft.date = QDate(2026, 6, 15);
        draft.mood = 3;
        draft.body = t.body;
        draft.tags = t.tags;
        draft.templateKey = t.key;
        const JournalEntry stored = journal.create(draft);
        const auto found = journal.find(stored.id);
        REQUIRE(found);
        CHECK(found->body == t.body);
        CHECK(found->tags == t.tags);
        CHECK(found->templateKey == t.key);
        CHECK(*found == stored);
        // And it is found by its template's tag.
        JournalFilter f;
        f.tag = t.tags.first();
        bool listed = false;
        for (const auto &hit : journal.search(f))
            listed = listed || hit.entry.id == stored.id;
        CHECK(listed);
    }
    CHECK(journal.count() == 5);
    JournalFilter f;
    f.text = QStringLiteral("stumped");
    const auto hits = journal.search(f);
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].entry.templateKey == QStringLiteral("interview-reflection"));
}
