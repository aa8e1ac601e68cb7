#include "TestSupport.h"
#include "core/Error.h"
#include "storage/Migrations.h"
#include "storage/SearchText.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace rebound;
using namespace rebound::test;

namespace {

// A fixed "today" so dates in the tests are always allowed.
qint64 june15() {
    return QDateTime(QDate(2026, 6, 15), QTime(12, 0)).toMSecsSinceEpoch();
}

QStringList texts(const QList<search::Token> &tokens) {
    QStringList out;
    for (const auto &t : tokens)
        out << t.text;
    return out;
}

QStringList idsOf(const QList<JournalHit> &hits) {
    QStringList out;
    for (const auto &h : hits)
        out << h.entry.id;
    return out;
}

QStringList sorted(QStringList list) {
    list.sort();
    return list;
}

QList<JournalHit> find(Vault &vault, const QString &text) {
    JournalFilter f;
    f.text = text;
    return vault.journal().search(f);
}

JournalEntry draft(const QDate &date, int mood, const QString &body, const QStringList &tags = {},
                   const QStringList &emotions = {}) {
    JournalEntry e;
    e.date = date;
    e.mood = mood;
    e.body = body;
    e.tags = tags;
    e.emotions = emotions;
    return e;
}

QString marked(const search::Snippet &s) {
    return s.toMarked(QStringLiteral("["), QStringLiteral("]"));
}

search::Snippet snippet(const QString &text, const QString &query, int maxChars = 160) {
    return search::makeSnippet(text, search::parseQuery(query), maxChars);
}

// Runs the MATCH expression against a real FTS4 table: it must never be a syntax error.
qint64 ftsCount(Vault &vault, const QString &userText) {
    Statement st = vault.store().db().query(
        QStringLiteral("SELECT count(*) FROM journal_fts WHERE journal_fts MATCH ?"));
    st.bind(1, search::matchExpression(search::parseQuery(userText)));
    st.step();
    return st.int64(0);
}

} // namespace

// --- tokenizer and normalisation --------------------------------------------------

TEST_CASE("Tokenizer folds case and accents and keeps source offsets", "[search]") {
    const auto tokens = search::tokenize(QStringLiteral("Résumé, naïve CAFÉ"));
    REQUIRE(tokens.size() == 3);
    CHECK(texts(tokens) ==
          QStringList{QStringLiteral("resume"), QStringLiteral("naive"), QStringLiteral("cafe")});
    CHECK(tokens[0].start == 0);
    CHECK(tokens[0].length == 6);
    CHECK(tokens[1].start == 8);
    CHECK(tokens[1].length == 5);
    CHECK(tokens[2].start == 14);
    CHECK(tokens[2].length == 4);
    CHECK_FALSE(tokens[0].cjk);

    // Decomposed accents (NFD) fold the same and stay inside the token's range.
    const auto nfd = search::tokenize(QStringLiteral("Re\u0301sume\u0301 x"));
    REQUIRE(nfd.size() == 2);
    CHECK(nfd[0].text == QStringLiteral("resume"));
    CHECK(nfd[0].length == 8);
    CHECK(nfd[1].start == 9);

    CHECK(search::indexText(QStringLiteral("Straße ÅNGSTRÖM Ærø İstanbul")) ==
          QStringLiteral("strasse angstrom ærø istanbul"));
    CHECK(search::indexText(QStringLiteral("STRAẞE")) == QStringLiteral("strasse"));
    CHECK(search::indexText(QStringLiteral("don't-stop: v2.0 (ok)")) == QStringLiteral("don t stop v2 0 ok"));
    CHECK(search::indexText(QStringLiteral("ｆｕｌｌｗｉｄｔｈ ＡＢＣ")) == QStringLiteral("fullwidth abc"));
    CHECK(search::indexText(QString()).isEmpty());
    CHECK(search::indexText(QStringLiteral("!!! ... --- ()")).isEmpty());
}

TEST_CASE("Tokenizer splits CJK into characters and emoji into single tokens", "[search]") {
    const auto cjk = search::tokenize(QStringLiteral("今天的面试很顺利"));
    REQUIRE(cjk.size() == 8);
    CHECK(cjk[3].text == QStringLiteral("面"));
    CHECK(cjk[3].start == 3);
    CHECK(cjk[3].length == 1);
    CHECK(cjk[3].cjk);
    CHECK(search::indexText(QStringLiteral("面接abc面试")) == QStringLiteral("面 接 abc 面 试"));
    CHECK(search::indexText(QStringLiteral("한국어")).split(QLatin1Char(' ')).size() == 3);

    // 👍🏽: one token "👍"; its range covers the skin tone so highlights do not split it.
    const auto thumbs = search::tokenize(QStringLiteral("ok 👍🏽!"));
    REQUIRE(thumbs.size() == 2);
    CHECK(thumbs[1].text == QStringLiteral("👍"));
    CHECK(thumbs[1].start == 3);
    CHECK(thumbs[1].length == 4);
    CHECK(thumbs[1].cjk);
    CHECK(search::indexText(QStringLiteral("👍🏿 👍 🎉🎉")) == QStringLiteral("👍 👍 🎉 🎉"));
    // ZWJ sequences: each person is a token; variation selectors vanish.
    CHECK(search::indexText(QStringLiteral("👩‍💻 ❤️")) == QStringLiteral("👩 💻 ❤"));
}

TEST_CASE("Tokenizer survives broken and hostile text", "[search]") {
    QString broken = QStringLiteral("a");
    broken += QChar(0xD800); // lone high surrogate
    broken += QStringLiteral("b");
    broken += QChar(0xDC00); // lone low surrogate
    broken += QChar(0);
    broken += QStringLiteral("c");
    CHECK(search::indexText(broken) == QStringLiteral("a b c"));
    CHECK(search::indexText(QString(QChar(0x0301)) + QStringLiteral("x")) == QStringLiteral("x"));
}

TEST_CASE("Queries: words are prefixes, quotes are phrases, CJK runs are phrases", "[search]") {
    auto q = search::parseQuery(QStringLiteral("Résumé interv"));
    CHECK(q.groups == QList<QStringList>{{QStringLiteral("resume")}, {QStringLiteral("interv")}});
    CHECK(q.prefix == QList<bool>{true, true});
    CHECK(search::matchExpression(q) == QStringLiteral("\"resume*\" \"interv*\""));

    q = search::parseQuery(QStringLiteral("a"));
    CHECK(q.prefix == QList<bool>{false});
    CHECK(search::matchExpression(q) == QStringLiteral("\"a\""));

    q = search::parseQuery(QStringLiteral("\"Job Offer\" now"));
    CHECK(q.groups ==
          QList<QStringList>{{QStringLiteral("job"), QStringLiteral("offer")}, {QStringLiteral("now")}});
    CHECK(q.prefix == QList<bool>{false, true});
    CHECK(search::matchExpression(q) == QStringLiteral("\"job offer\" \"now*\""));

    q = search::parseQuery(QStringLiteral("面试 结果"));
    CHECK(q.groups == QList<QStringList>{{QStringLiteral("面"), QStringLiteral("试")},
                                         {QStringLiteral("结"), QStringLiteral("果")}});
    CHECK(q.prefix == QList<bool>{false, false});

    q = search::parseQuery(QStringLiteral("👍🏽"));
    CHECK(q.groups == QList<QStringList>{{QStringLiteral("👍")}});
    CHECK(search::matchExpression(q) == QStringLiteral("\"👍\""));

    CHECK(search::parseQuery(QString()).isEmpty());
    CHECK(search::parseQuery(QStringLiteral("   ")).isEmpty());
    CHECK(search::parseQuery(QStringLiteral("!!! \"\" () * - : ^")).isEmpty());
    CHECK(search::matchExpression(search::parseQuery(QStringLiteral("()"))).isEmpty());
}

TEST_CASE("Queries treat FTS operators, quotes and stars as plain text", "[search]") {
    const auto q = search::parseQuery(QStringLiteral("foo\" AND bar* NEAR/3 -x (y OR z)"));
    CHECK(search::matchExpression(q) ==
          QStringLiteral("\"foo*\" \"and*\" \"bar*\" \"near*\" \"3\" \"x\" \"y\" \"or*\" \"z\""));
    // Every group is quoted and holds only letters, digits and emoji.
    const QString hostile = QStringLiteral("\"\"\" * ** \"a\"b\"c ^col: {x} [y] NOT -NEAR/2 \\\" ' ;-- DROP");
    const QString expr = search::matchExpression(search::parseQuery(hostile));
    CHECK(expr.count(QLatin1Char('"')) % 2 == 0);
    for (const QChar c : expr)
        CHECK((c.isLetterOrNumber() || c == u' ' || c == u'"' || c == u'*'));
}

TEST_CASE("Hostile queries never produce an FTS syntax error", "[search]") {
    QTemporaryDir tmp;
    FakeClock clock(june15());
    auto vault = createVault(tmp.filePath(QStringLiteral("v")), "pp pp pp pp", clock);
    vault->journal().create(QDate(2026, 6, 1), 3, QStringLiteral("near and or not foo bar 3 x y z NEAR/3"));

    const QStringList hostile{
        QStringLiteral("\""),
        QStringLiteral("\"\""),
        QStringLiteral("\"unbalanced"),
        QStringLiteral("*"),
        QStringLiteral("foo*"),
        QStringLiteral("AND"),
        QStringLiteral("OR OR OR"),
        QStringLiteral("NOT foo"),
        QStringLiteral("foo NEAR/3 bar"),
        QStringLiteral("NEAR/3"),
        QStringLiteral("-x"),
        QStringLiteral("--"),
        QStringLiteral("(foo"),
        QStringLiteral("foo)"),
        QStringLiteral("((()))"),
        QStringLiteral("content:foo"),
        QStringLiteral("^foo"),
        QStringLiteral("!@#$%^&*()_+=-`~[]{}|\\;:'\",.<>/?"),
        QStringLiteral("'; DROP TABLE journal_entries; --"),
        QStringLiteral("\u00a0\u3000\u200b"),
        QString(QChar(0xD83D)),
        QStringLiteral("🎉*"),
        QStringLiteral("面试*"),
        QString(499, QLatin1Char('*')) + QLatin1Char('a'),
        QString(500, QLatin1Char('"')),
        QStringLiteral("a ").repeated(250),
        QStringLiteral("面").repeated(500),
    };
    for (const QString &h : hostile) {
        INFO(h.left(40).toStdString());
        CHECK_NOTHROW(find(*vault, h));
        CHECK_NOTHROW(ftsCount(*vault, h));
    }
    CHECK(find(*vault, QStringLiteral("foo NEAR/3 bar")).size() == 1);
    CHECK(find(*vault, QStringLiteral("foo)")).size() == 1);
    CHECK(find(*vault, QStringLiteral("!!! ...")).isEmpty()); // only punctuation: no hits, no error

    // Longer than the limit: a clear error, not an FTS one.
    try {
        find(*vault, QStringLiteral("a ").repeated(300));
        FAIL("accepted a 600-character search");
    } catch (const Error &e) {
        CHECK(e.code() == ErrorCode::InvalidInput);
        CHECK(e.message().contains(QStringLiteral("too long")));
    }
    // The expression itself stays well-formed for long input.
    CHECK_NOTHROW(ftsCount(*vault, QStringLiteral("x\" OR (").repeated(120)));

    // Random mixes of operators, quotes and Unicode.
    const QStringList pieces{QStringLiteral("\""), QStringLiteral("*"),   QStringLiteral("AND"),
                             QStringLiteral("OR"), QStringLiteral("NOT"), QStringLiteral("NEAR/"),
                             QStringLiteral("-"),  QStringLiteral("("),   QStringLiteral(")"),
                             QStringLiteral(" "),  QStringLiteral("foo"), QStringLiteral("面"),
                             QStringLiteral("🎉"),  QStringLiteral("é"),   QStringLiteral(":"),
                             QStringLiteral("^"),  QStringLiteral("3"),   QStringLiteral("'")};
    QRandomGenerator rng(12345);
    for (int i = 0; i < 300; ++i) {
        QString q;
        const int n = rng.bounded(1, 40);
        for (int k = 0; k < n; ++k)
            q += pieces[rng.bounded(int(pieces.size()))];
        INFO(q.toStdString());
        CHECK_NOTHROW(find(*vault, q));
    }
}

// --- snippets -------------------------------------------------------------------

TEST_CASE("Snippets highlight matches at the right offsets", "[search]") {
    CHECK(marked(snippet(QStringLiteral("I had an interview today"), QStringLiteral("interview"))) ==
          QStringLiteral("I had an [interview] today"));
    CHECK(marked(snippet(QStringLiteral("Three interviews, one offer"), QStringLiteral("interv"))) ==
          QStringLiteral("Three [interviews], one offer"));
    CHECK(marked(snippet(QStringLiteral("Mon Résumé est prêt"), QStringLiteral("resume"))) ==
          QStringLiteral("Mon [Résumé] est prêt"));
    CHECK(marked(snippet(QStringLiteral("a re\u0301sume\u0301 b"), QStringLiteral("RÉSUMÉ"))) ==
          QStringLiteral("a [re\u0301sume\u0301] b"));
    CHECK(marked(snippet(QStringLiteral("今天的面试很顺利"), QStringLiteral("面试"))) ==
          QStringLiteral("今天的[面试]很顺利"));
    // A phrase highlights only where it occurs as a phrase, not each character.
    CHECK(marked(snippet(QStringLiteral("考试以后面试"), QStringLiteral("面试"))) ==
          QStringLiteral("考试以后[面试]"));
    CHECK(marked(snippet(QStringLiteral("job fair, then an offer: job offer!"),
                         QStringLiteral("\"job offer\""))) ==
          QStringLiteral("job fair, then an offer: [job offer]!"));
    CHECK(marked(snippet(QStringLiteral("Offer 🎉 yay"), QStringLiteral("🎉"))) ==
          QStringLiteral("Offer [🎉] yay"));
    CHECK(marked(snippet(QStringLiteral("Nice 👍🏽 from them"), QStringLiteral("👍"))) ==
          QStringLiteral("Nice [👍🏽] from them"));
    CHECK(snippet(QStringLiteral("a < b & \"c\" interview"), QStringLiteral("interview")).toHtml() ==
          QStringLiteral("a &lt; b &amp; &quot;c&quot; <b>interview</b>"));

    // Whitespace is folded and offsets follow.
    const auto folded = snippet(QStringLiteral("  one\n\n\ttwo   interview  "), QStringLiteral("interview"));
    CHECK(folded.text == QStringLiteral("one two interview"));
    CHECK(folded.highlights == QList<QPair<int, int>>{{8, 9}});

    // No match: the start of the text, no highlights.
    const auto none = snippet(QStringLiteral("nothing to see"), QStringLiteral("zebra"));
    CHECK(none.text == QStringLiteral("nothing to see"));
    CHECK(none.highlights.isEmpty());
    CHECK(snippet(QString(), QStringLiteral("x")).text.isEmpty());
}

TEST_CASE("Snippets cut long text around the first match with ellipses", "[search]") {
    const QString words = QStringLiteral("word ").repeated(100) + QStringLiteral("interview") +
                          QStringLiteral(" tail").repeated(100);
    const auto s = snippet(words, QStringLiteral("interview"), 60);
    CHECK(marked(s) == QStringLiteral("…word word word [interview]") + QStringLiteral(" tail").repeated(7) +
                           QStringLiteral("…"));
    CHECK(s.highlights == QList<QPair<int, int>>{{16, 9}});
    CHECK(s.text.size() <= 60 + 2);

    // Start of text, cut at the end only.
    const auto head = snippet(QStringLiteral("interview ") + QStringLiteral("more ").repeated(100),
                              QStringLiteral("interview"), 30);
    CHECK(head.text.startsWith(QStringLiteral("interview more")));
    CHECK(head.text.endsWith(QChar(0x2026)));
    CHECK(head.highlights == QList<QPair<int, int>>{{0, 9}});

    // Text without spaces (emoji, CJK): context before the match, never half a surrogate pair.
    const QString smileys = QStringLiteral("🙂").repeated(200) + QStringLiteral("面试");
    const auto cjk = snippet(smileys, QStringLiteral("面试"), 30);
    CHECK(marked(cjk) == QStringLiteral("…") + QStringLiteral("🙂").repeated(5) + QStringLiteral("[面试]"));
    const auto tail =
        snippet(QStringLiteral("面试") + QStringLiteral("🙂").repeated(100), QStringLiteral("面试"), 21);
    CHECK(marked(tail) ==
          QStringLiteral("[面试]") + QStringLiteral("🙂").repeated(9) + QStringLiteral("…"));
    for (const auto &sn : {cjk, tail}) {
        for (int i = 0; i < sn.text.size(); ++i) {
            if (sn.text.at(i).isHighSurrogate())
                CHECK((i + 1 < sn.text.size() && sn.text.at(i + 1).isLowSurrogate()));
            if (sn.text.at(i).isLowSurrogate())
                CHECK((i > 0 && sn.text.at(i - 1).isHighSurrogate()));
        }
    }
    // Never cut between an emoji and its skin tone.
    const auto tones = snippet(QStringLiteral("👍🏽").repeated(40), QStringLiteral("👍"), 21);
    CHECK(tones.text == QStringLiteral("👍🏽").repeated(5) + QStringLiteral("…"));
    CHECK(tones.highlights == QList<QPair<int, int>>{{0, 20}});
    // Tiny sizes are clamped, not a crash.
    CHECK_NOTHROW(snippet(QStringLiteral("abc def ghi jkl mno"), QStringLiteral("ghi"), 0));
    CHECK_NOTHROW(snippet(QStringLiteral("abcdefghijklmno"), QStringLiteral("zzz"), 1));
}

// How fast is the bench's business (rebound-bench); here only what comes out.
TEST_CASE("Snippets of a 1 MB text find a match at its very end", "[search]") {
    QString big = QStringLiteral("lorem ipsum dolor sit amet ").repeated(37'000);
    big += QStringLiteral("needlework");
    REQUIRE(big.size() < 1'000'000);
    const auto s = snippet(big, QStringLiteral("needle"));
    CHECK(s.text.endsWith(QStringLiteral("[needlework]").mid(1, 10)));
    CHECK(marked(s).endsWith(QStringLiteral("[needlework]")));
    CHECK(s.text.startsWith(QChar(0x2026)));
    const auto miss = snippet(big, QStringLiteral("zebra"));
    CHECK(miss.highlights.isEmpty());
}

// --- repository search ------------------------------------------------------------

TEST_CASE("Search ignores accents and case both ways", "[search]") {
    QTemporaryDir tmp;
    FakeClock clock(june15());
    auto vault = createVault(tmp.filePath(QStringLiteral("v")), "pp pp pp pp", clock);
    auto &j = vault->journal();
    const auto resume = j.create(QDate(2026, 6, 1), 3, QStringLiteral("Sent my Résumé to ACME"));
    const auto naive = j.create(QDate(2026, 6, 2), 3, QStringLiteral("I felt naïve about the salary talk"));
    const auto plain = j.create(QDate(2026, 6, 3), 3, QStringLiteral("resume the search tomorrow, cafe"));
    j.create(QDate(2026, 6, 4), 3, QStringLiteral("Nothing relevant here"));

    CHECK(sorted(idsOf(find(*vault, QStringLiteral("resume")))) == sorted({resume.id, plain.id}));
    CHECK(sorted(idsOf(find(*vault, QStringLiteral("RÉSUMÉ")))) == sorted({resume.id, plain.id}));
    CHECK(sorted(idsOf(find(*vault, QStringLiteral("re\u0301sume\u0301")))) == sorted({resume.id, plain.id}));
    CHECK(idsOf(find(*vault, QStringLiteral("naive"))) == QStringList{naive.id});
    CHECK(idsOf(find(*vault, QStringLiteral("naïve"))) == QStringList{naive.id});
    CHECK(idsOf(find(*vault, QStringLiteral("NAI\u0308VE"))) == QStringList{naive.id});
    CHECK(idsOf(find(*vault, QStringLiteral("acme"))) == QStringList{resume.id});
    CHECK(idsOf(find(*vault, QStringLiteral("Café"))) == QStringList{plain.id});
    CHECK(find(*vault, QStringLiteral("zebra")).isEmpty());

    const auto hits = find(*vault, QStringLiteral("naïve"));
    REQUIRE(hits.size() == 1);
    CHECK(marked(hits[0].snippet) == QStringLiteral("I felt [naïve] about the salary talk"));
    CHECK(hits[0].score > 0);
    CHECK(hits[0].entry == *j.find(naive.id));
}

TEST_CASE("Search finds CJK words inside sentences and emoji", "[search]") {
    QTemporaryDir tmp;
    FakeClock clock(june15());
    auto vault = createVault(tmp.filePath(QStringLiteral("v")), "pp pp pp pp", clock);
    auto &j = vault->journal();
    const auto zh = j.create(QDate(2026, 6, 1), 4, QStringLiteral("今天的面试很顺利，我很开心。"));
    const auto ja = j.create(QDate(2026, 6, 2), 2, QStringLiteral("昨日の面接はとても緊張しました。"));
    const auto party = j.create(QDate(2026, 6, 3), 5, QStringLiteral("Got the offer 🎉🎉"));
    const auto thumbs =
        j.create(QDate(2026, 6, 4), 4, QStringLiteral("Thumbs up from the recruiter 👍🏽"));
    const auto exam = j.create(QDate(2026, 6, 5), 3, QStringLiteral("考试和面包"));

    CHECK(idsOf(find(*vault, QStringLiteral("面试"))) == QStringList{zh.id});
    CHECK(idsOf(find(*vault, QStringLiteral("面接"))) == QStringList{ja.id});
    CHECK(idsOf(find(*vault, QStringLiteral("緊張"))) == QStringList{ja.id});
    CHECK(idsOf(find(*vault, QStringLiteral("试很顺"))) == QStringList{zh.id});
    CHECK(sorted(idsOf(find(*vault, QStringLiteral("面")))) == sorted({zh.id, ja.id, exam.id}));
    CHECK(find(*vault, QStringLiteral("试面")).isEmpty());
    CHECK(idsOf(find(*vault, QStringLiteral("🎉"))) == QStringList{party.id});
    CHECK(idsOf(find(*vault, QStringLiteral("👍"))) == QStringList{thumbs.id});
    CHECK(idsOf(find(*vault, QStringLiteral("👍🏽"))) == QStringList{thumbs.id});
    CHECK(idsOf(find(*vault, QStringLiteral("👍🏿"))) == QStringList{thumbs.id});
    CHECK(idsOf(find(*vault, QStringLiteral("offer 🎉"))) == QStringList{party.id});
    CHECK(find(*vault, QStringLiteral("🎈")).isEmpty());

    const auto zhHits = find(*vault, QStringLiteral("面试"));
    REQUIRE(zhHits.size() == 1);
    CHECK(marked(zhHits[0].snippet) == QStringLiteral("今天的[面试]很顺利，我很开心。"));
    const auto thumbHits = find(*vault, QStringLiteral("👍"));
    REQUIRE(thumbHits.size() == 1);
    CHECK(marked(thumbHits[0].snippet) == QStringLiteral("Thumbs up from the recruiter [👍🏽]"));
}

TEST_CASE("Search matches prefixes and ranks by relevance", "[search]") {
    QTemporaryDir tmp;
    FakeClock clock(june15());
    auto vault = createVault(tmp.filePath(QStringLiteral("v")), "pp pp pp pp", clock);
    auto &j = vault->journal();
    const auto once =
        j.create(QDate(2026, 6, 1), 3,
                 QStringLiteral("One interview among many other words in a much longer entry about "
                                "the week, the weather, lunch and a walk in the park"));
    const auto many =
        j.create(QDate(2026, 5, 1), 3,
                 QStringLiteral("interview prep: interview questions, interview nerves, interview"));
    const auto plural = j.create(QDate(2026, 4, 1), 3, QStringLiteral("Three interviews this week"));
    j.create(QDate(2026, 6, 2), 3, QStringLiteral("Inter Milan won; an intern called"));

    CHECK(sorted(idsOf(find(*vault, QStringLiteral("interv")))) == sorted({once.id, many.id, plural.id}));
    CHECK(sorted(idsOf(find(*vault, QStringLiteral("INTERVIEWS")))) == QStringList{plural.id});
    CHECK(find(*vault, QStringLiteral("interviewing")).isEmpty());

    const auto ranked = find(*vault, QStringLiteral("interview"));
    REQUIRE(ranked.size() == 3);
    CHECK(ranked[0].entry.id == many.id);
    CHECK(ranked[0].score > ranked[1].score);
    CHECK(ranked[1].score >= ranked[2].score);
    CHECK(ranked.last().entry.id == once.id);

    // Every word must match (AND), in any order.
    CHECK(idsOf(find(*vault, QStringLiteral("week three"))) == QStringList{plural.id});
    CHECK(find(*vault, QStringLiteral("week zebra")).isEmpty());
    // A quoted phrase must appear as written.
    CHECK(idsOf(find(*vault, QStringLiteral("\"interview questions\""))) == QStringList{many.id});
    CHECK(find(*vault, QStringLiteral("\"nerves prep\"")).isEmpty());

    JournalFilter limited;
    limited.text = QStringLiteral("interv");
    limited.limit = 1;
    CHECK(j.search(limited).size() == 1);
}

TEST_CASE("Search filters: mood range, emotion, tag, dates, with and without text", "[search]") {
    QTemporaryDir tmp;
    FakeClock clock(june15());
    auto vault = createVault(tmp.filePath(QStringLiteral("v")), "pp pp pp pp", clock);
    auto &j = vault->journal();
    const QString anxious = QStringLiteral("emotion:anxious"), hopeful = QStringLiteral("emotion:hopeful"),
                  proud = QStringLiteral("emotion:proud");
    const auto a = j.create(draft(QDate(2026, 1, 10), 1, QStringLiteral("call with the recruiter went badly"),
                                  {QStringLiteral("Interview")}, {anxious}));
    const auto b = j.create(draft(QDate(2026, 2, 10), 3, QStringLiteral("coffee with a recruiter"),
                                  {QStringLiteral("networking")}, {hopeful}));
    const auto c = j.create(draft(QDate(2026, 3, 10), 5, QStringLiteral("final round with the recruiter"),
                                  {QStringLiteral("interview"), QStringLiteral("offer")}, {proud, hopeful}));
    const auto d = j.create(draft(QDate(2026, 4, 10), JournalEntry::kNoMood, QStringLiteral("quiet day")));

    auto run = [&](const std::function<void(JournalFilter &)> &set) {
        JournalFilter f;
        set(f);
        return idsOf(j.search(f));
    };
    // Without text: newest first.
    CHECK(run([](JournalFilter &) {}) == QStringList{d.id, c.id, b.id, a.id});
    CHECK(run([](JournalFilter &f) { f.moodMin = 3; }) == QStringList{c.id, b.id});
    CHECK(run([](JournalFilter &f) { f.moodMax = 2; }) == QStringList{a.id});
    CHECK(run([](JournalFilter &f) {
              f.moodMin = 2;
              f.moodMax = 4;
          }) == QStringList{b.id});
    CHECK(run([](JournalFilter &f) {
              f.moodMin = 5;
              f.moodMax = 5;
          }) == QStringList{c.id});
    CHECK(run([&](JournalFilter &f) { f.emotion = hopeful; }) == QStringList{c.id, b.id});
    CHECK(run([&](JournalFilter &f) { f.emotion = anxious; }) == QStringList{a.id});
    CHECK(run([](JournalFilter &f) { f.emotion = QStringLiteral("emotion:hope"); }).isEmpty());
    CHECK(run([](JournalFilter &f) { f.tag = QStringLiteral("INTERVIEW"); }) == QStringList{c.id, a.id});
    CHECK(run([](JournalFilter &f) { f.tag = QStringLiteral("#interview"); }) == QStringList{c.id, a.id});
    CHECK(run([](JournalFilter &f) { f.tag = QStringLiteral(" Offer "); }) == QStringList{c.id});
    CHECK(run([](JournalFilter &f) { f.tag = QStringLiteral("inter"); }).isEmpty());
    CHECK(run([](JournalFilter &f) {
              f.from = QDate(2026, 2, 1);
              f.to = QDate(2026, 3, 31);
          }) == QStringList{c.id, b.id});
    CHECK(run([](JournalFilter &f) { f.from = QDate(2026, 3, 10); }) == QStringList{d.id, c.id});
    CHECK(run([](JournalFilter &f) { f.to = QDate(2026, 2, 10); }) == QStringList{b.id, a.id});
    CHECK(run([](JournalFilter &f) {
              f.from = QDate(2026, 3, 10);
              f.to = QDate(2026, 3, 10);
          }) == QStringList{c.id});

    // With text.
    CHECK(sorted(run([](JournalFilter &f) { f.text = QStringLiteral("recruiter"); })) ==
          sorted({a.id, b.id, c.id}));
    CHECK(sorted(run([](JournalFilter &f) {
              f.text = QStringLiteral("recruiter");
              f.moodMin = 3;
          })) == sorted({b.id, c.id}));
    CHECK(sorted(run([](JournalFilter &f) {
              f.text = QStringLiteral("recruiter");
              f.tag = QStringLiteral("Interview");
          })) == sorted({a.id, c.id}));
    CHECK(run([&](JournalFilter &f) {
              f.text = QStringLiteral("recruiter");
              f.emotion = hopeful;
              f.to = QDate(2026, 2, 28);
          }) == QStringList{b.id});
    CHECK(run([](JournalFilter &f) {
              f.text = QStringLiteral("quiet");
              f.moodMin = 1;
          }).isEmpty());
    CHECK(run([](JournalFilter &f) {
              f.text = QStringLiteral("recruiter");
              f.from = QDate(2026, 4, 1);
          }).isEmpty());

    // Bad filters are clear errors.
    for (const auto &bad : std::vector<std::function<void(JournalFilter &)>>{
             [](JournalFilter &f) {
                 f.moodMin = 4;
                 f.moodMax = 2;
             },
             [](JournalFilter &f) { f.moodMin = 6; }, [](JournalFilter &f) { f.moodMax = -1; },
             [](JournalFilter &f) {
                 f.from = QDate(2026, 5, 1);
                 f.to = QDate(2026, 4, 1);
             }}) {
        JournalFilter f;
        bad(f);
        try {
            j.search(f);
            FAIL("accepted a bad filter");
        } catch (const Error &e) {
            CHECK(e.code() == ErrorCode::InvalidInput);
            CHECK_FALSE(e.message().isEmpty());
        }
    }
}

TEST_CASE("Search follows deletes, edits and restores", "[search]") {
    QTemporaryDir tmp;
    FakeClock clock(june15());
    auto vault = createVault(tmp.filePath(QStringLiteral("v")), "pp pp pp pp", clock);
    auto &j = vault->journal();
    auto ftsRows = [&] {
        return vault->store().db().queryInt(QStringLiteral("SELECT count(*) FROM journal_fts"));
    };
    const auto keep = j.create(draft(QDate(2026, 6, 1), 3, QStringLiteral("apples and pears")));
    auto e =
        j.create(draft(QDate(2026, 6, 2), 3, QStringLiteral("apples are green"), {QStringLiteral("alpha")}));
    CHECK(ftsRows() == 2);
    CHECK(sorted(idsOf(find(*vault, QStringLiteral("apples")))) == sorted({keep.id, e.id}));

    SECTION("deleted entries vanish") {
        j.remove(e.id);
        CHECK(idsOf(find(*vault, QStringLiteral("apples"))) == QStringList{keep.id});
        CHECK(find(*vault, QStringLiteral("green")).isEmpty());
        CHECK(find(*vault, QStringLiteral("alpha")).isEmpty());
        CHECK(ftsRows() == 1);
        JournalFilter all;
        CHECK(idsOf(j.search(all)) == QStringList{keep.id});

        SECTION("and undo brings them back, same id, searchable") {
            const auto back = j.restore(e);
            CHECK(back.id == e.id);
            CHECK(*j.find(e.id) == e);
            CHECK(idsOf(find(*vault, QStringLiteral("green"))) == QStringList{e.id});
            CHECK(idsOf(find(*vault, QStringLiteral("alpha"))) == QStringList{e.id});
            CHECK(ftsRows() == 2);
            CHECK_THROWS_AS(j.restore(e), Error); // not deleted any more
            CHECK(ftsRows() == 2);
        }
    }
    SECTION("edited entries are re-indexed, old words gone") {
        e.body = QStringLiteral("oranges are orange");
        e.tags = {QStringLiteral("beta")};
        j.update(e);
        CHECK(find(*vault, QStringLiteral("green")).isEmpty());
        CHECK(find(*vault, QStringLiteral("alpha")).isEmpty());
        CHECK(idsOf(find(*vault, QStringLiteral("apples"))) == QStringList{keep.id});
        CHECK(idsOf(find(*vault, QStringLiteral("oranges"))) == QStringList{e.id});
        CHECK(idsOf(find(*vault, QStringLiteral("beta"))) == QStringList{e.id});
        CHECK(ftsRows() == 2);
        // Changing only the date or mood keeps the index as it was.
        j.update(e.id, QDate(2026, 5, 1), 1, e.body);
        CHECK(idsOf(find(*vault, QStringLiteral("oranges"))) == QStringList{e.id});
        CHECK(ftsRows() == 2);
    }
    SECTION("a failed write leaves the index as it was") {
        CHECK_THROWS_AS(j.update(e.id, QDate(2026, 6, 2), 9, QStringLiteral("bananas")), Error);
        CHECK(find(*vault, QStringLiteral("bananas")).isEmpty());
        CHECK(idsOf(find(*vault, QStringLiteral("green"))) == QStringList{e.id});
    }
}

TEST_CASE("Tags are searchable as text and shown in the snippet", "[search]") {
    QTemporaryDir tmp;
    FakeClock clock(june15());
    auto vault = createVault(tmp.filePath(QStringLiteral("v")), "pp pp pp pp", clock);
    const auto e = vault->journal().create(draft(QDate(2026, 6, 1), 3, QStringLiteral("coffee with Sam"),
                                                 {QStringLiteral("Networking"), QStringLiteral("Été")}));
    const auto hits = find(*vault, QStringLiteral("networking"));
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].entry.id == e.id);
    CHECK(marked(hits[0].snippet) == QStringLiteral("#[Networking] #Été — coffee with Sam"));
    CHECK(idsOf(find(*vault, QStringLiteral("ete"))) == QStringList{e.id});
    // A match in the body shows the body.
    CHECK(marked(find(*vault, QStringLiteral("sam")).value(0).snippet) ==
          QStringLiteral("coffee with [Sam]"));
}

TEST_CASE("A 1 MB entry is indexed, searchable and its snippet shows the match", "[search][large]") {
    QTemporaryDir tmp;
    FakeClock clock(june15());
    auto vault = createVault(tmp.filePath(QStringLiteral("v")), "pp pp pp pp", clock);
    QString body = QStringLiteral("Ça va. Job hunt notes, day after day 面试 🎉\n").repeated(24'000);
    body.truncate(JournalEntry::kMaxBodyChars - 20);
    while (body.back().isHighSurrogate())
        body.chop(1);
    body += QStringLiteral(" needlework end");
    REQUIRE(body.size() <= JournalEntry::kMaxBodyChars);
    REQUIRE(body.size() > 999'000);
    const auto e = vault->journal().create(QDate(2026, 6, 1), 3, body);
    vault->journal().create(QDate(2026, 6, 2), 3, QStringLiteral("small one about needles"));

    const auto hits = find(*vault, QStringLiteral("needlework"));
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].entry.id == e.id);
    CHECK(hits[0].entry.body.size() == body.size());
    CHECK(marked(hits[0].snippet).endsWith(QStringLiteral("[needlework] end")));
    CHECK(hits[0].snippet.text.size() <= 170);
    CHECK(find(*vault, QStringLiteral("needle")).size() == 2);
    CHECK(find(*vault, QStringLiteral("面试")).size() == 1);
}

TEST_CASE("Search writes no plaintext outside the encrypted vault", "[search][privacy]") {
    const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-2);
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("v"));
    // A random word nobody else writes; never printed by this test.
    QString word = QStringLiteral("zqcanary");
    for (int i = 0; i < 12; ++i)
        word += QChar(char16_t(u'a' + QRandomGenerator::global()->bounded(26)));
    const QString cjkWord = QStringLiteral("秘密面试机密");
    {
        FakeClock clock(june15());
        auto vault = createVault(dir, "pp pp pp pp", clock);
        for (int i = 0; i < 30; ++i)
            vault->journal().create(
                draft(QDate(2026, 6, 1).addDays(-i), 3,
                      QStringLiteral("entry %1 about %2 and %3").arg(i).arg(word, cjkWord), {word}));
        auto e = vault->journal().create(QDate(2026, 6, 2), 3, word + QStringLiteral(" to delete"));
        vault->journal().remove(e.id);
        CheckIn c;
        c.mood = 2;
        c.note = word;
        vault->checkIns().create(c);
        vault->checkIns().addWin(QDate(2026, 6, 3), word);
        REQUIRE(find(*vault, word).size() == 30);
        REQUIRE(find(*vault, word.left(8)).size() == 30);
        REQUIRE(find(*vault, cjkWord).size() == 30);

        auto scan = [&](const QString &root, bool onlyNew) {
            const QList<QByteArray> needles{
                word.toUtf8(), cjkWord.toUtf8(), word.toUpper().toUtf8(),
                QByteArray(reinterpret_cast<const char *>(word.utf16()), word.size() * 2)};
            int scanned = 0;
            QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const QFileInfo info(path);
                if (onlyNew && info.lastModified() < started)
                    continue;
                if (info.size() > 256 * 1024 * 1024)
                    continue;
                QFile f(path);
                if (!f.open(QIODevice::ReadOnly))
                    continue;
                const QByteArray data = f.readAll();
                ++scanned;
                for (const QByteArray &n : needles) {
                    INFO(path.toStdString());
                    CHECK(data.indexOf(n) < 0);
                }
            }
            return scanned;
        };
        // While open (the WAL holds the recent writes) ...
        CHECK(QFile::exists(QDir(dir).filePath(Vault::kDatabaseFile + QStringLiteral("-wal"))));
        CHECK(scan(dir, false) >= 2);
        // ... and in the system temp folder (files touched during this test).
        scan(QDir::tempPath(), true);
        if (!qEnvironmentVariableIsEmpty("SQLITE_TMPDIR"))
            scan(qEnvironmentVariable("SQLITE_TMPDIR"), true);
        scan(QStringLiteral("/var/tmp"), true);
    }
    // After locking.
    const auto files = snapshot(dir);
    CHECK(files.contains(Vault::kDatabaseFile));
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(it.value().indexOf(word.toUtf8()) < 0);
        CHECK(it.value().indexOf(cjkWord.toUtf8()) < 0);
    }
}

TEST_CASE("Upgrading a schema-1 vault indexes its entries and backs it up first", "[search][migrations]") {
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("v"));
    FakeClock clock(june15());
    const QString dbPath = QDir(dir).filePath(Vault::kDatabaseFile);
    const QString backups = QDir(dir).filePath(Vault::kBackupFolder);
    std::unique_ptr<SecureBytes> key;
    CipherSettings cipher;
    {
        auto vault = createVault(dir, "pp pp pp pp", clock);
        key = std::make_unique<SecureBytes>(vault->databaseKey().data(), vault->databaseKey().size());
        cipher = vault->header().cipher;
    }
    // Replace the database with one at schema 1 holding entries, as an old version left it.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(dbPath + suffix);
    {
        Database db = Database::open(dbPath, *key, cipher);
        const std::vector<Migration> v1{
            {1, "foundation with data", false, [](MigrationContext &m) {
                 schemaMigrations().front().apply(m);
                 const QStringList bodies{QStringLiteral("Résumé sent 🎉"), QStringLiteral("今天的面试很顺利"),
                                          QStringLiteral("plain old entry")};
                 for (int i = 0; i < bodies.size(); ++i) {
                     Statement st = m.prepare(QStringLiteral(
                         "INSERT INTO journal_entries(id, entry_date, mood, body, created_at, updated_at) "
                         "VALUES (?, ?, ?, ?, ?, ?)"));
                     st.bind(1, QStringLiteral("00000000-0000-4000-8000-00000000000%1").arg(i))
                         .bind(2, QDate(2026, 6, 1 + i).toString(Qt::ISODate))
                         .bind(3, 3)
                         .bind(4, bodies[i])
                         .bind(5, june15())
                         .bind(6, june15());
                     st.step();
                 }
             }}};
        Migrator::run(db, v1, backups);
        REQUIRE(db.userVersion() == 1);
        REQUIRE(db.queryInt(QStringLiteral("SELECT count(*) FROM journal_entries")) == 3);
        REQUIRE(db.queryInt(
                    QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'journal_fts'")) == 0);
    }
    CHECK(QDir(backups).entryList(QDir::Files).isEmpty());

    auto vault = Vault::unlock(dir, secret("pp pp pp pp"), clock);
    CHECK(vault->store().db().userVersion() == schemaMigrations().back().version);
    auto &j = vault->journal();
    CHECK(j.count() == 3);
    const auto old = j.find(QStringLiteral("00000000-0000-4000-8000-000000000000"));
    REQUIRE(old);
    CHECK(old->tags.isEmpty());
    CHECK(old->emotions.isEmpty());
    CHECK(old->templateKey.isEmpty());
    CHECK(vault->store().db().queryInt(QStringLiteral("SELECT count(*) FROM journal_fts")) == 3);
    CHECK(idsOf(find(*vault, QStringLiteral("resume"))) == QStringList{old->id});
    CHECK(idsOf(find(*vault, QStringLiteral("🎉"))) == QStringList{old->id});
    CHECK(find(*vault, QStringLiteral("面试")).size() == 1);
    CHECK(find(*vault, QStringLiteral("old")).size() == 1);

    // Old entries follow edits like new ones.
    JournalEntry edited = *old;
    edited.body = QStringLiteral("Cover letter sent");
    edited.tags = {QStringLiteral("applications")};
    j.update(edited);
    CHECK(find(*vault, QStringLiteral("resume")).isEmpty());
    CHECK(idsOf(find(*vault, QStringLiteral("applications"))) == QStringList{old->id});

    // The backup is the schema-1 file, encrypted, still readable with the key.
    const QStringList files = QDir(backups).entryList(QDir::Files);
    REQUIRE(files.size() == 1);
    CHECK(files.first().startsWith(QStringLiteral("rebound-schema1-")));
    Database copy = Database::open(QDir(backups).filePath(files.first()), *key, cipher);
    CHECK(copy.userVersion() == 1);
    CHECK(copy.queryInt(QStringLiteral("SELECT count(*) FROM journal_entries")) == 3);
    QFile raw(QDir(backups).filePath(files.first()));
    REQUIRE(raw.open(QIODevice::ReadOnly));
    const QByteArray bytes = raw.readAll();
    CHECK(bytes.indexOf("plain old entry") < 0);
    CHECK_FALSE(bytes.startsWith("SQLite format 3"));
}

TEST_CASE("Tag and emotion filters are index labels: any case, any script, never matched by text", "[search]") {
    QTemporaryDir tmp;
    auto vault = createVault(tmp.filePath(QStringLiteral("v")));
    auto &j = vault->journal();
    JournalEntry d;
    d.date = QDate(2026, 3, 4);
    d.body = QStringLiteral("Une belle journée");
    d.tags = {QStringLiteral("Été"), QStringLiteral("ac")};
    d.emotions = {QStringLiteral("emotion:calm")};
    const JournalEntry e = j.create(d);
    const auto count = [&](const JournalFilter &f) { return j.search(f).size(); };
    JournalFilter f;
    f.tag = QStringLiteral("été");
    CHECK(count(f) == 1);
    f.tag = QStringLiteral("#ÉTÉ");
    CHECK(count(f) == 1);
    f.text = QStringLiteral("belle");
    CHECK(count(f) == 1);
    f.tag = QStringLiteral("ete"); // a label is the whole tag, accents included
    CHECK(count(f) == 0);
    JournalFilter byEmotion;
    byEmotion.emotion = QStringLiteral("emotion:calm");
    CHECK(count(byEmotion) == 1);
    byEmotion.emotion = QStringLiteral("emotion:cal");
    CHECK(count(byEmotion) == 0);
    // The hex of a label is not a word anyone can search for.
    for (const QString &probe : {QStringLiteral("6163"), QStringLiteral("t6163"), QStringLiteral("e656d")}) {
        JournalFilter text;
        text.text = probe;
        CHECK(count(text) == 0);
    }
    // Changing only the emotions re-indexes the labels.
    JournalEntry changed = e;
    changed.emotions = {QStringLiteral("emotion:proud")};
    j.update(changed);
    byEmotion.emotion = QStringLiteral("emotion:calm");
    CHECK(count(byEmotion) == 0);
    byEmotion.emotion = QStringLiteral("emotion:proud");
    CHECK(count(byEmotion) == 1);
}

TEST_CASE("Text of only quotes or punctuation leaves the filters in charge", "[search]") {
    QTemporaryDir tmp;
    auto vault = createVault(tmp.filePath(QStringLiteral("v")));
    auto &j = vault->journal();
    JournalEntry d;
    d.date = QDate(2026, 3, 4);
    d.mood = 2;
    d.body = QStringLiteral("hard day");
    d.tags = {QStringLiteral("acme")};
    j.create(d);
    JournalFilter f;
    f.text = QStringLiteral("\"");
    CHECK(j.search(f).isEmpty());
    f.tag = QStringLiteral("acme");
    CHECK(j.search(f).size() == 1);
    f.tag.clear();
    f.moodMax = 2;
    f.text = QStringLiteral("?!");
    CHECK(j.search(f).size() == 1);
}
