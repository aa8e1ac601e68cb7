#include "SearchText.h"

#include <QHash>

#include <algorithm>

namespace rebound::search {

namespace {

bool isCjk(char32_t c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2FFFF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x3040 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF) ||
           (c >= 0xFF66 && c <= 0xFF9F) || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x1100 && c <= 0x11FF) ||
           (c >= 0x3130 && c <= 0x318F) || c == 0x3005;
}

// Parts of an emoji sequence that carry no meaning of their own for search.
bool isEmojiModifier(char32_t c) {
    return (c >= 0xFE00 && c <= 0xFE0F) || c == 0x200D || (c >= 0x1F3FB && c <= 0x1F3FF) ||
           (c >= 0xE0020 && c <= 0xE007F);
}

bool isEmoji(char32_t c) {
    return (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) || (c >= 0x2B00 && c <= 0x2BFF) ||
           QChar::category(c) == QChar::Symbol_Other;
}

bool isMark(QChar::Category cat) {
    return cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining ||
           cat == QChar::Mark_Enclosing;
}

bool isWordChar(QChar::Category cat) {
    return (cat >= QChar::Number_DecimalDigit && cat <= QChar::Number_Other) ||
           (cat >= QChar::Letter_Uppercase && cat <= QChar::Letter_Other);
}

// Case-folded, accent-free form of one non-ASCII letter or digit; cached because
// QString::normalized is slow per character.
QString foldChar(char32_t c) {
    thread_local QHash<char32_t, QString> cache;
    auto it = cache.constFind(c);
    if (it != cache.cend())
        return *it;
    const QString decomposed =
        QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString out;
    for (qsizetype i = 0; i < decomposed.size(); ++i) {
        char32_t d = decomposed.at(i).unicode();
        if (decomposed.at(i).isHighSurrogate() && i + 1 < decomposed.size()) {
            d = QChar::surrogateToUcs4(decomposed.at(i), decomposed.at(i + 1));
            ++i;
        }
        if (d < 0x80) {
            if ((d >= 'a' && d <= 'z') || (d >= '0' && d <= '9'))
                out += QChar(char16_t(d));
            else if (d >= 'A' && d <= 'Z')
                out += QChar(char16_t(d + 32));
            continue; // ASCII punctuation from compatibility forms would split differently in FTS
        }
        if (d == 0xDF) // full case folding: "Straße" is found by "strasse"
            out += QStringLiteral("ss");
        else if (isWordChar(QChar::category(d)))
            out += QString::fromUcs4(&d, 1);
    }
    if (cache.size() < 4096)
        cache.insert(c, out);
    return out;
}

// Walks the text once, producing tokens with their source ranges.
template <typename Sink> void scan(const QString &text, Sink &&sink) {
    const qsizetype n = text.size();
    const QChar *s = text.constData();
    QString word;
    int wordStart = -1;
    int wordEnd = 0;
    auto flush = [&] {
        if (wordStart >= 0 && !word.isEmpty()) {
            if (!sink(Token{word, wordStart, wordEnd - wordStart, false}))
                return false;
        }
        word.clear();
        wordStart = -1;
        return true;
    };
    for (qsizetype i = 0; i < n;) {
        const qsizetype at = i;
        char32_t c = s[i].unicode();
        if (s[i].isHighSurrogate() && i + 1 < n && s[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(s[i], s[i + 1]);
            i += 2;
        } else {
            ++i;
        }
        if (c < 0x80) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
                if (wordStart < 0)
                    wordStart = int(at);
                word += QChar(char16_t(c >= 'A' && c <= 'Z' ? c + 32 : c));
                wordEnd = int(i);
            } else if (!flush()) {
                return;
            }
            continue;
        }
        if (isEmojiModifier(c))
            continue;
        if (isCjk(c) || isEmoji(c)) {
            if (!flush())
                return;
            QString t = isCjk(c) ? foldChar(c) : QString::fromUcs4(&c, 1);
            if (t.isEmpty())
                t = QString::fromUcs4(&c, 1);
            // The token's range covers trailing skin tones, variation selectors, ZWJ and
            // combining marks, so a highlight never splits what is drawn as one character.
            while (i < n) {
                char32_t next = s[i].unicode();
                qsizetype width = 1;
                if (s[i].isHighSurrogate() && i + 1 < n && s[i + 1].isLowSurrogate()) {
                    next = QChar::surrogateToUcs4(s[i], s[i + 1]);
                    width = 2;
                }
                if (!isEmojiModifier(next) && !isMark(QChar::category(next)))
                    break;
                i += width;
            }
            if (!sink(Token{t, int(at), int(i - at), true}))
                return;
            continue;
        }
        const QChar::Category cat = QChar::category(c);
        if (isMark(cat)) { // combining accent: part of the word, dropped from its folded form
            if (wordStart >= 0)
                wordEnd = int(i);
            continue;
        }
        if (isWordChar(cat)) {
            const QString folded = foldChar(c);
            if (!folded.isEmpty()) {
                if (wordStart < 0)
                    wordStart = int(at);
                word += folded;
                wordEnd = int(i);
            }
            continue;
        }
        if (!flush())
            return;
    }
    flush();
}

} // namespace

QList<Token> tokenize(const QString &text) {
    QList<Token> out;
    scan(text, [&](Token &&t) {
        out.append(std::move(t));
        return true;
    });
    return out;
}

QString indexText(const QString &text) {
    QString out;
    out.reserve(text.size());
    scan(text, [&](Token &&t) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += t.text;
        return true;
    });
    return out;
}

QString labelToken(char kind, const QString &value) {
    return QChar(0xE000) + QLatin1Char(kind) + QString::fromLatin1(value.toCaseFolded().toUtf8().toHex());
}

QString entryDocument(const QString &body, const QStringList &tags, const QStringList &emotions) {
    QStringList parts{indexText(body)};
    for (const QString &tag : tags)
        parts << indexText(tag) << labelToken('t', tag);
    for (const QString &emotion : emotions)
        parts << labelToken('e', emotion);
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' '));
}

Query parseQuery(const QString &userText) {
    Query q;
    // Text in double quotes is a phrase; elsewhere each word is a prefix and a run
    // of CJK characters or emoji is a phrase.
    const QStringList parts = userText.split(QLatin1Char('"'));
    for (int p = 0; p < parts.size(); ++p) {
        const bool quoted = p % 2 == 1 && p + 1 < parts.size();
        const QList<Token> tokens = tokenize(parts[p]);
        if (quoted) {
            QStringList group;
            for (const Token &t : tokens)
                group << t.text;
            if (!group.isEmpty()) {
                q.groups << group;
                q.prefix << false;
            }
            continue;
        }
        for (int i = 0; i < tokens.size(); ++i) {
            const Token &t = tokens[i];
            if (!t.cjk) {
                q.groups << QStringList{t.text};
                q.prefix << (t.text.size() >= 2);
                continue;
            }
            QStringList group{t.text};
            while (i + 1 < tokens.size() && tokens[i + 1].cjk &&
                   tokens[i + 1].start == tokens[i].start + tokens[i].length) {
                group << tokens[++i].text;
            }
            q.groups << group;
            q.prefix << false;
        }
    }
    return q;
}

QString matchExpression(const Query &query) {
    QStringList parts;
    for (int i = 0; i < query.groups.size(); ++i) {
        // Tokens hold only letters, digits and emoji: safe inside quotes.
        parts << QLatin1Char('"') + query.groups[i].join(QLatin1Char(' ')) +
                     (query.prefix[i] ? QStringLiteral("*\"") : QStringLiteral("\""));
    }
    return parts.join(QLatin1Char(' '));
}

bool matches(const Token &token, const Query &query) {
    for (int i = 0; i < query.groups.size(); ++i) {
        const QStringList &g = query.groups[i];
        for (int j = 0; j < g.size(); ++j) {
            const bool last = j == g.size() - 1;
            if (token.text == g[j] || (last && query.prefix[i] && token.text.startsWith(g[j])))
                return true;
        }
    }
    return false;
}

QString Snippet::toMarked(const QString &open, const QString &close) const {
    QString out;
    int pos = 0;
    for (const auto &[start, length] : highlights) {
        out += text.mid(pos, start - pos) + open + text.mid(start, length) + close;
        pos = start + length;
    }
    out += text.mid(pos);
    return out;
}

QString Snippet::toHtml() const {
    QString out;
    int pos = 0;
    for (const auto &[start, length] : highlights) {
        out += text.mid(pos, start - pos).toHtmlEscaped() + QStringLiteral("<b>") +
               text.mid(start, length).toHtmlEscaped() + QStringLiteral("</b>");
        pos = start + length;
    }
    out += text.mid(pos).toHtmlEscaped();
    return out;
}

namespace {
// Finds query groups as runs of consecutive tokens, the way FTS matches a phrase.
class GroupMatcher {
public:
    explicit GroupMatcher(const Query &query)
        : m_query(query) {
        for (const QStringList &g : query.groups)
            m_longest = std::max(m_longest, int(g.size()));
    }
    // Feed tokens in order; returns the source range [start, end) of the longest
    // group ending at this token, or start -1.
    QPair<int, int> feed(const Token &token) {
        if (m_longest == 0)
            return {-1, -1};
        m_recent.append(token);
        if (m_recent.size() > m_longest)
            m_recent.removeFirst();
        int best = -1;
        for (int i = 0; i < m_query.groups.size(); ++i) {
            const QStringList &g = m_query.groups[i];
            const int offset = int(m_recent.size() - g.size());
            if (g.isEmpty() || offset < 0)
                continue;
            bool ok = true;
            for (int j = 0; ok && j < g.size(); ++j) {
                const QString &text = m_recent[offset + j].text;
                const bool last = j == g.size() - 1;
                ok = text == g[j] || (last && m_query.prefix[i] && text.startsWith(g[j]));
            }
            if (ok && (best < 0 || m_recent[offset].start < best))
                best = m_recent[offset].start;
        }
        return {best, best < 0 ? -1 : token.start + token.length};
    }

private:
    const Query &m_query;
    int m_longest = 0;
    QList<Token> m_recent;
};

// False inside a surrogate pair and before a skin tone, variation selector or
// combining mark: cutting there would break what is drawn as one character.
bool isStartOfCharacter(const QString &text, int i) {
    if (i <= 0 || i >= text.size())
        return true;
    if (text.at(i).isLowSurrogate())
        return false;
    char32_t c = text.at(i).unicode();
    if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
        c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
    return !isEmojiModifier(c) && !isMark(QChar::category(c));
}
} // namespace

namespace {
bool isAsciiWord(const QString &token) {
    for (const QChar c : token)
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')))
            return false;
    return !token.isEmpty();
}

bool isWordCharAt(const QString &text, qsizetype i) {
    if (i < 0 || i >= text.size())
        return false;
    const QChar c = text.at(i);
    return c.isLetterOrNumber() || c.isMark() || c.isSurrogate();
}

bool isSingleCharacter(const QString &token) {
    return (token.size() == 1 && token.at(0).unicode() >= 0x80 && !token.at(0).isSurrogate()) ||
           (token.size() == 2 && token.at(0).isHighSurrogate() && token.at(1).isLowSurrogate());
}

// Fast path for the common queries: plain ASCII words are located with a
// case-insensitive QString::indexOf at a word start, runs of CJK characters or
// emoji with a plain indexOf; both far faster than tokenising the text. -1 when
// the query has other terms or nothing is found this way (then the full scan
// decides, which also finds accented or otherwise folded spellings).
int firstFastMatch(const QString &text, const Query &query) {
    if (query.isEmpty())
        return -1;
    int best = -1;
    for (int i = 0; i < query.groups.size(); ++i) {
        const QStringList &g = query.groups[i];
        if (g.size() == 1 && isAsciiWord(g.first())) {
            const QString &term = g.first();
            qsizetype from = 0;
            for (;;) {
                const qsizetype pos = text.indexOf(term, from, Qt::CaseInsensitive);
                if (pos < 0 || (best >= 0 && pos >= best))
                    break;
                const bool start = !isWordCharAt(text, pos - 1);
                const bool end = query.prefix[i] || !isWordCharAt(text, pos + term.size());
                if (start && end) {
                    best = int(pos);
                    break;
                }
                from = pos + 1;
            }
        } else if (std::all_of(g.cbegin(), g.cend(), isSingleCharacter)) {
            const qsizetype pos = text.indexOf(g.join(QString()));
            if (pos >= 0 && (best < 0 || pos < best))
                best = int(pos);
        } else {
            return -1;
        }
    }
    return best;
}
} // namespace

Snippet makeSnippet(const QString &text, const Query &query, int maxChars) {
    maxChars = std::max(maxChars, 8);
    // Find the first match without tokenising the whole (maybe 1 MB) text.
    int firstMatch = firstFastMatch(text, query);
    if (firstMatch < 0 && !query.isEmpty()) {
        GroupMatcher matcher(query);
        scan(text, [&](Token &&t) {
            firstMatch = matcher.feed(t).first;
            return firstMatch < 0;
        });
    }
    int from = 0;
    if (firstMatch > maxChars / 3) {
        const int earliest = firstMatch - maxChars / 3;
        // Start at a word boundary; text without spaces (CJK, emoji) starts mid-run
        // so the match still has context before it.
        from = earliest;
        while (from < firstMatch && !text.at(from).isSpace())
            ++from;
        if (from == firstMatch) {
            from = earliest;
            while (from < firstMatch && !isStartOfCharacter(text, from))
                ++from;
        }
    }
    int to = qMin<int>(int(text.size()), from + maxChars * 3 / 2); // folding shrinks whitespace runs
    if (to < text.size() && text.at(to).isLowSurrogate())
        ++to;
    const QString window = text.mid(from, to - from);

    // Fold whitespace, keep a map from window offsets to snippet offsets.
    Snippet sn;
    QList<int> map(window.size() + 1, 0);
    bool space = false;
    for (int i = 0; i < window.size(); ++i) {
        map[i] = int(sn.text.size());
        const QChar c = window.at(i);
        if (c.isSpace()) {
            space = !sn.text.isEmpty();
            continue;
        }
        if (space) {
            sn.text += QLatin1Char(' ');
            map[i] = int(sn.text.size());
            space = false;
        }
        sn.text += c;
    }
    map[window.size()] = int(sn.text.size());
    bool cutEnd = to < text.size();
    if (sn.text.size() > maxChars) {
        int cut = maxChars;
        while (cut > maxChars / 2 && !sn.text.at(cut).isSpace())
            --cut;
        if (!sn.text.at(cut).isSpace()) { // no space near the end: cut at a character boundary
            cut = maxChars;
            while (cut > 0 && !isStartOfCharacter(sn.text, cut))
                --cut;
        }
        sn.text.truncate(cut);
        cutEnd = true;
    }
    GroupMatcher matcher(query);
    for (const Token &t : query.isEmpty() ? QList<Token>() : tokenize(window)) {
        const auto [start, end] = matcher.feed(t);
        if (start < 0)
            continue;
        const int s = map[start];
        const int e = map[end];
        if (e > sn.text.size())
            continue;
        // Merge with overlapping or touching highlights ("面" + "试" -> "面试").
        QPair<int, int> range{s, e};
        while (!sn.highlights.isEmpty() &&
               range.first <= sn.highlights.last().first + sn.highlights.last().second) {
            const auto last = sn.highlights.takeLast();
            range.second = std::max(range.second, last.first + last.second);
            range.first = std::min(range.first, last.first);
        }
        sn.highlights.append({range.first, range.second - range.first});
    }
    const bool cutStart = from > 0;
    if (cutStart) {
        sn.text.prepend(QChar(0x2026));
        for (auto &h : sn.highlights)
            h.first += 1;
    }
    if (cutEnd)
        sn.text += QChar(0x2026);
    return sn;
}

} // namespace rebound::search
