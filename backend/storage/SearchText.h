#pragma once
#include <QList>
#include <QString>
#include <QStringList>

namespace rebound::search {

// Search runs on FTS4 with its "simple" tokenizer over text we normalise here,
// because SQLCipher 3.4 has neither FTS5 nor an ICU tokenizer:
//  - case folded, accents removed (NFKD without combining marks): "Résumé" == "resume";
//  - every Han, Kana and Hangul character is its own token, so a CJK word is
//    found as a phrase of characters ("面试" -> "面 试");
//  - every emoji is its own token (skin tones and variation selectors dropped);
//  - everything else that is not a letter or digit separates tokens.

struct Token {
    QString text; // normalised
    int start = 0; // in the original string (UTF-16 offsets)
    int length = 0;
    bool cjk = false; // a single CJK character or emoji: joins neighbours into phrases
};

QList<Token> tokenize(const QString &text);
// The FTS4 document: normalised tokens joined by spaces.
QString indexText(const QString &text);

// A filter label in the index (a tag, an emotion id): one token no user query can
// produce (it starts with a private-use character the tokenizer drops), so
// filters run inside the same FTS4 MATCH as the text instead of reading rows.
QString labelToken(char kind, const QString &value);
// The FTS4 document of an entry: its text, its tags as words, and label tokens.
QString entryDocument(const QString &body, const QStringList &tags, const QStringList &emotions);

struct Query {
    QList<QStringList> groups; // AND of groups; a group of several tokens is a phrase
    QList<bool> prefix;        // per group: match as prefix (the last token)
    bool isEmpty() const { return groups.isEmpty(); }
};
// User text -> query; quotes and operators are treated as plain text.
Query parseQuery(const QString &userText);
// FTS4 MATCH expression for the query, always well-formed.
QString matchExpression(const Query &query);
bool matches(const Token &token, const Query &query);

struct Snippet {
    QString text;
    QList<QPair<int, int>> highlights; // (start, length) in text
    QString toHtml() const;            // escaped, highlights in <b>
    QString toMarked(const QString &open, const QString &close) const;
};
// A window of about maxChars around the first match, whitespace folded, with
// "…" where text was cut; the start of the text when nothing matches.
Snippet makeSnippet(const QString &text, const Query &query, int maxChars = 160);

} // namespace rebound::search
