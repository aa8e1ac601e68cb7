#include "JournalRepository.h"

#include "Store.h"
#include "SyncSchemas.h"
#include "core/Error.h"
#include "core/SameDay.h"
#include "core/TextRules.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QUuid>
#include <algorithm>
#include <cmath>
#include <cstring>

namespace rebound {

namespace {

const EntitySchema &schema() {
    static const EntitySchema s{QStringLiteral("journal_entry"),
                                QStringLiteral("journal_entries"),
                                {QStringLiteral("entry_date"), QStringLiteral("mood"), QStringLiteral("body"),
                                 QStringLiteral("tags"), QStringLiteral("emotions"),
                                 QStringLiteral("checkin_id"), QStringLiteral("template_key"),
                                 QStringLiteral("created_at"), QStringLiteral("updated_at")}};
    return s;
}

const QString kColumns = QStringLiteral(
    "e.id, e.entry_date, e.mood, e.body, e.created_at, e.updated_at, e.tags, e.emotions, e.checkin_id, "
    "e.template_key");

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Journal)
};

QVariant moodValue(int mood) {
    return mood == JournalEntry::kNoMood ? QVariant() : QVariant(qint64(mood));
}

QVariant optionalText(const QString &s) {
    return s.isEmpty() ? QVariant() : QVariant(s);
}

JournalEntry readRow(const Statement &st) {
    JournalEntry e;
    e.id = st.text(0);
    e.date = QDate::fromString(st.text(1), Qt::ISODate);
    e.mood = st.isNull(2) ? JournalEntry::kNoMood : int(st.int64(2));
    e.body = st.text(3);
    e.createdAt = QDateTime::fromMSecsSinceEpoch(st.int64(4), Qt::UTC);
    e.updatedAt = QDateTime::fromMSecsSinceEpoch(st.int64(5), Qt::UTC);
    e.tags = text::splitList(st.text(6));
    e.emotions = text::splitList(st.text(7));
    e.checkInId = st.text(8);
    e.templateKey = st.text(9);
    return e;
}

QList<FieldValue> allFields(const JournalEntry &e) {
    return {{QStringLiteral("entry_date"), e.date.toString(Qt::ISODate)},
            {QStringLiteral("mood"), moodValue(e.mood)},
            {QStringLiteral("body"), e.body},
            {QStringLiteral("tags"), text::joinList(e.tags)},
            {QStringLiteral("emotions"), text::joinList(e.emotions)},
            {QStringLiteral("checkin_id"), optionalText(e.checkInId)},
            {QStringLiteral("template_key"), optionalText(e.templateKey)},
            {QStringLiteral("created_at"), e.createdAt.toMSecsSinceEpoch()},
            {QStringLiteral("updated_at"), e.updatedAt.toMSecsSinceEpoch()}};
}

} // namespace

JournalRepository::JournalRepository(Store &store)
    : m_store(store) {}

JournalEntry JournalRepository::clean(const JournalEntry &draft, const JournalEntry *stored) const {
    // Only what the user changes meets today's rules: entries written under older
    // rules (e.g. a body with U+2028) stay editable in their other fields.
    JournalEntry e = draft;
    if (!stored || e.date != stored->date)
        text::checkDate(e.date, localToday(m_store.clock()));
    if (e.mood != JournalEntry::kNoMood &&
        (e.mood < JournalEntry::kMinMood || e.mood > JournalEntry::kMaxMood))
        throw Error(ErrorCode::InvalidInput, Tr::tr("Mood must be between 1 and 5."));
    if (!stored || e.body != stored->body)
        e.body = text::cleanMultiline(e.body, JournalEntry::kMaxBodyChars,
                                      QT_TRANSLATE_NOOP("TextRules", "The entry"));
    if (!stored || e.tags != stored->tags)
        e.tags = text::cleanTags(e.tags, JournalEntry::kMaxTags);
    if (!stored || e.emotions != stored->emotions)
        e.emotions = text::cleanIds(e.emotions, 20, QT_TRANSLATE_NOOP("TextRules", "Emotions"));
    if (!e.checkInId.isEmpty())
        e.checkInId =
            text::cleanIds({e.checkInId}, 1, QT_TRANSLATE_NOOP("TextRules", "Check-in")).constFirst();
    if (!e.templateKey.isEmpty())
        e.templateKey =
            text::cleanIds({e.templateKey}, 1, QT_TRANSLATE_NOOP("TextRules", "Template")).constFirst();
    return e;
}

JournalEntry JournalRepository::create(const QDate &date, int mood, const QString &body) {
    JournalEntry draft;
    draft.date = date;
    draft.mood = mood;
    draft.body = body;
    return create(draft);
}

JournalEntry JournalRepository::create(const JournalEntry &draft) {
    return createBatch({draft}).constFirst();
}

QList<JournalEntry> JournalRepository::createBatch(const QList<JournalEntry> &drafts) {
    QList<JournalEntry> created;
    created.reserve(drafts.size());
    WriteTransaction tx(m_store);
    for (JournalEntry d : drafts) {
        d.createdAt = {}; // new entries are created now
        created.append(create(tx, d));
    }
    tx.commit();
    return created;
}

JournalEntry JournalRepository::create(WriteTransaction &tx, const JournalEntry &draft) {
    JournalEntry e = clean(draft);
    e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_store.clock().nowMs());
    e.createdAt = draft.createdAt.isValid() ? draft.createdAt : now;
    e.updatedAt = now;
    tx.insert(schema(), e.id, allFields(e));
    return e;
}

JournalEntry JournalRepository::update(const QString &id, const QDate &date, int mood, const QString &body) {
    auto current = find(id);
    if (!current)
        throw Error(ErrorCode::NotFound, Tr::tr("That entry no longer exists."));
    current->date = date;
    current->mood = mood;
    current->body = body;
    return update(*current);
}

JournalEntry JournalRepository::update(const JournalEntry &changed) {
    WriteTransaction tx(m_store); // read and write under one lock: no lost update
    auto current = find(changed.id);
    if (!current)
        throw Error(ErrorCode::NotFound, Tr::tr("That entry no longer exists."));
    const JournalEntry next = clean(changed, &*current);
    QList<FieldValue> diff = changedFields(allFields(*current), allFields(next),
                                           {QStringLiteral("created_at"), QStringLiteral("updated_at")});
    if (diff.isEmpty())
        return *current;
    const qint64 now = m_store.clock().nowMs();
    diff.append({QStringLiteral("updated_at"), now});
    tx.update(schema(), next.id, diff);
    tx.commit();
    JournalEntry stored = next;
    stored.createdAt = current->createdAt;
    stored.updatedAt = QDateTime::fromMSecsSinceEpoch(now);
    return stored;
}

void JournalRepository::remove(const QString &id) {
    removeRecord(m_store, schema(), id);
}

JournalEntry JournalRepository::restore(const JournalEntry &removed) {
    // The record came out of this database: put it back as it was, even if it
    // predates today's input rules (an undo must never fail on those).
    const JournalEntry &e = removed;
    if (e.id.isEmpty() || find(e.id))
        throw Error(ErrorCode::InvalidInput, Tr::tr("That entry is not deleted."));
    WriteTransaction tx(m_store);
    tx.restore(schema(), e.id, allFields(e));
    tx.commit();
    return e;
}

std::optional<JournalEntry> JournalRepository::find(const QString &id) {
    Statement st =
        m_store.db().query(QStringLiteral("SELECT %1 FROM journal_entries e WHERE e.id = ?").arg(kColumns));
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readRow(st);
}

QList<JournalEntry> JournalRepository::page(int limit, const std::optional<Cursor> &after) {
    // Keyset pagination: constant cost per page however deep the user scrolls.
    Statement st =
        after ? m_store.db().query(
                    QStringLiteral("SELECT %1 FROM journal_entries e "
                                   "WHERE (e.entry_date, e.created_at, e.id) < (?, ?, ?) "
                                   "ORDER BY e.entry_date DESC, e.created_at DESC, e.id DESC LIMIT ?")
                        .arg(kColumns))
              : m_store.db().query(
                    QStringLiteral("SELECT %1 FROM journal_entries e "
                                   "ORDER BY e.entry_date DESC, e.created_at DESC, e.id DESC LIMIT ?")
                        .arg(kColumns));
    if (after) {
        st.bind(1, after->date.toString(Qt::ISODate))
            .bind(2, after->createdMs)
            .bind(3, after->id)
            .bind(4, limit);
    } else {
        st.bind(1, limit);
    }
    QList<JournalEntry> out;
    while (st.step())
        out.append(readRow(st));
    return out;
}

int JournalRepository::count() {
    return int(m_store.db().queryInt(QStringLiteral("SELECT count(*) FROM journal_entries")));
}

int JournalRepository::countBetween(const QDate &from, const QDate &to) {
    Statement st = m_store.db().query(
        QStringLiteral("SELECT count(*) FROM journal_entries WHERE entry_date BETWEEN ?1 AND ?2"));
    st.bind(1, from.toString(Qt::ISODate)).bind(2, to.toString(Qt::ISODate));
    st.step();
    return int(st.int64(0));
}

QStringList JournalRepository::idsWithPrefix(const QString &prefix, int limit) {
    // Ids are lowercase hex and dashes: keep the pattern free of LIKE wildcards.
    QString clean = prefix.toLower();
    clean.remove(QRegularExpression(QStringLiteral("[^0-9a-f-]")));
    Statement st = m_store.db().query(
        QStringLiteral("SELECT id FROM journal_entries WHERE substr(id, 1, ?) = ? ORDER BY id LIMIT ?"));
    st.bind(1, qint64(clean.size())).bind(2, clean).bind(3, limit);
    QStringList ids;
    while (st.step())
        ids << st.text(0);
    return clean.isEmpty() || clean.size() != prefix.size() ? QStringList() : ids;
}

namespace {
// WHERE clauses for the filters, in bind order.
struct FilterSql {
    QStringList where;
    QList<QVariant> binds;
};

FilterSql filterSql(const JournalFilter &f) {
    FilterSql s;
    if (f.moodMin > 0) {
        s.where << QStringLiteral("e.mood >= ?");
        s.binds << f.moodMin;
    }
    if (f.moodMax > 0) {
        s.where << QStringLiteral("e.mood <= ?");
        s.binds << f.moodMax;
    }
    if (f.from.isValid()) {
        s.where << QStringLiteral("e.entry_date >= ?");
        s.binds << f.from.toString(Qt::ISODate);
    }
    if (f.to.isValid()) {
        s.where << QStringLiteral("e.entry_date <= ?");
        s.binds << f.to.toString(Qt::ISODate);
    }
    return s;
}
// Tag and emotion filters as FTS4 label tokens (see search::labelToken): the
// lists are stored after the body, so testing them on rows would read every body.
QString labelMatch(const JournalFilter &f) {
    QStringList parts;
    if (!f.emotion.isEmpty())
        parts << QLatin1Char('"') + search::labelToken('e', f.emotion) + QLatin1Char('"');
    QString tag = f.tag.simplified();
    if (tag.startsWith(QLatin1Char('#')))
        tag.remove(0, 1);
    if (!tag.isEmpty())
        parts << QLatin1Char('"') + search::labelToken('t', tag) + QLatin1Char('"');
    return parts.join(QLatin1Char(' '));
}
} // namespace

QList<JournalHit> JournalRepository::search(const JournalFilter &filter) {
    if (filter.moodMin < 0 || filter.moodMin > 5 || filter.moodMax < 0 || filter.moodMax > 5 ||
        (filter.moodMin && filter.moodMax && filter.moodMin > filter.moodMax))
        throw Error(ErrorCode::InvalidInput,
                    Tr::tr("The mood range must lie between 1 and 5, lowest first."));
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to)
        throw Error(ErrorCode::InvalidInput, Tr::tr("The date range ends before it starts."));
    if (filter.text.size() > 500)
        throw Error(ErrorCode::InvalidInput, Tr::tr("The search is too long (at most 500 characters)."));
    const int limit = std::clamp(filter.limit, 1, 1000);
    const search::Query query = search::parseQuery(filter.text);
    FilterSql f = filterSql(filter);
    const QString labels = labelMatch(filter);
    QList<JournalHit> hits;

    if (query.isEmpty()) {
        // Text that is only punctuation or quotes searches for nothing: the
        // filters alone decide, and with no filter there is nothing to list.
        if (!filter.text.trimmed().isEmpty() && labels.isEmpty() && f.where.isEmpty())
            return hits;
        if (!labels.isEmpty()) {
            f.where << QStringLiteral("e.rowid IN (SELECT docid FROM journal_fts WHERE journal_fts MATCH ?)");
            f.binds << labels;
        }
        Statement st = m_store.db().query(
            QStringLiteral("SELECT %1 FROM journal_entries e %2 "
                           "ORDER BY e.entry_date DESC, e.created_at DESC, e.id DESC LIMIT ?")
                .arg(kColumns, f.where.isEmpty()
                                   ? QString()
                                   : QStringLiteral("WHERE ") + f.where.join(QStringLiteral(" AND "))));
        int i = 1;
        for (const QVariant &v : f.binds)
            st.bind(i++, v);
        st.bind(i, limit);
        while (st.step()) {
            JournalHit hit;
            hit.entry = readRow(st);
            hit.snippet = search::makeSnippet(hit.entry.body, query);
            hits.append(hit);
        }
        return hits;
    }

    // Rank the newest matches (at most kCandidates), then load the best rows.
    // Bounding the candidates keeps very common words fast on huge journals.
    // matchinfo 'py' gives this row's hits per phrase only; the 'x' and length
    // formats would scan every matching document list again for global counts.
    constexpr int kCandidates = 500;
    QString sql = QStringLiteral("SELECT f.docid, matchinfo(journal_fts, 'py') FROM journal_fts f");
    if (!f.where.isEmpty())
        sql += QStringLiteral(" JOIN journal_entries e ON e.rowid = f.docid");
    sql += QStringLiteral(" WHERE journal_fts MATCH ?");
    for (const QString &w : f.where)
        sql += QStringLiteral(" AND ") + w;
    sql += QStringLiteral(" ORDER BY f.docid DESC LIMIT %1").arg(kCandidates);
    Statement st = m_store.db().query(sql);
    int i = 1;
    st.bind(i++, labels.isEmpty() ? search::matchExpression(query)
                                  : search::matchExpression(query) + QLatin1Char(' ') + labels);
    for (const QVariant &v : f.binds)
        st.bind(i++, v);
    struct Candidate {
        qint64 rowid;
        std::vector<unsigned> hits; // per phrase
        double score = 0;
    };
    std::vector<Candidate> candidates;
    while (st.step()) {
        const QByteArray mi = st.blob(1);
        std::vector<unsigned> v(std::size_t(mi.size()) /
                                sizeof(unsigned)); // copied: the blob may be unaligned
        std::memcpy(v.data(), mi.constData(), v.size() * sizeof(unsigned));
        const int n = int(v.size());
        const unsigned phrases = n > 0 ? v[0] : 0;
        Candidate c{st.int64(0), {}, 0};
        for (unsigned p = 0; p < phrases && int(1 + p) < n; ++p)
            c.hits.push_back(v[1 + p]); // one column: one value per phrase
        candidates.push_back(std::move(c));
    }
    // BM25 without length normalisation, IDF taken over the candidates: a phrase
    // few of them contain weighs more; repeated hits saturate (k1).
    if (!candidates.empty()) {
        const std::size_t phrases = candidates.front().hits.size();
        std::vector<double> idf(phrases, 0);
        for (std::size_t p = 0; p < phrases; ++p) {
            double with = 0;
            for (const Candidate &c : candidates)
                with += p < c.hits.size() && c.hits[p] > 0 ? 1 : 0;
            const double n = double(candidates.size());
            idf[p] = std::log((n - with + 0.5) / (with + 0.5) + 1.0);
        }
        constexpr double k1 = 1.2;
        for (Candidate &c : candidates)
            for (std::size_t p = 0; p < c.hits.size() && p < phrases; ++p)
                c.score += idf[p] * c.hits[p] * (k1 + 1) / (c.hits[p] + k1);
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.score > b.score; });
    if (int(candidates.size()) > limit)
        candidates.resize(limit);
    Statement row = m_store.db().query(
        QStringLiteral("SELECT %1 FROM journal_entries e WHERE e.rowid = ?").arg(kColumns));
    for (const Candidate &c : candidates) {
        row.reset();
        row.bind(1, c.rowid);
        if (!row.step())
            continue;
        JournalHit hit;
        hit.entry = readRow(row);
        hit.score = c.score;
        hit.snippet = search::makeSnippet(hit.entry.body, query);
        if (hit.snippet.highlights.isEmpty() && !hit.entry.tags.isEmpty()) // matched on a tag
            hit.snippet = search::makeSnippet(QLatin1Char('#') + hit.entry.tags.join(QStringLiteral(" #")) +
                                                  QStringLiteral(" — ") + hit.entry.body,
                                              query);
        hits.append(hit);
    }
    return hits;
}

QList<JournalEntry> JournalRepository::sameDayEarlier(const QDate &today, int limit) {
    const QDate earliest = QDate::fromString(
        m_store.db().queryText(QStringLiteral("SELECT min(entry_date) FROM journal_entries")), Qt::ISODate);
    const QStringList dates = sameDayEarlierDates(today, earliest);
    if (dates.isEmpty())
        return {};
    // ISO dates we formatted ourselves: safe as literals, and IN (...) uses the date index.
    Statement st =
        m_store.db().query(QStringLiteral("SELECT %1 FROM journal_entries e WHERE e.entry_date IN ('%2') "
                                          "ORDER BY e.entry_date DESC, e.created_at DESC LIMIT ?")
                               .arg(kColumns, dates.join(QStringLiteral("','"))));
    st.bind(1, limit);
    QList<JournalEntry> out;
    while (st.step())
        out.append(readRow(st));
    return out;
}

QList<DayMood> JournalRepository::moodsByDay(const QDate &from, const QDate &to) {
    Statement st = m_store.db().query(QStringLiteral(
        "SELECT entry_date, avg(mood), count(mood) FROM journal_entries "
        "WHERE entry_date BETWEEN ? AND ? AND mood IS NOT NULL GROUP BY entry_date ORDER BY entry_date"));
    st.bind(1, from.toString(Qt::ISODate)).bind(2, to.toString(Qt::ISODate));
    QList<DayMood> out;
    while (st.step()) {
        DayMood d;
        d.date = QDate::fromString(st.text(0), Qt::ISODate);
        d.average = st.real(1);
        d.entries = int(st.int64(2));
        out.append(d);
    }
    return out;
}

QStringList JournalRepository::tags(int limit) {
    // Few distinct tags: count them in C++ rather than in SQL without JSON1.
    Statement st = m_store.db().query(QStringLiteral("SELECT tags FROM journal_entries WHERE tags != ''"));
    QHash<QString, QPair<QString, int>> counts; // folded -> (spelling, uses)
    while (st.step()) {
        for (const QString &tag : text::splitList(st.text(0))) {
            auto &slot = counts[tag.toCaseFolded()];
            if (slot.first.isEmpty())
                slot.first = tag;
            ++slot.second;
        }
    }
    QList<QPair<QString, int>> sorted = counts.values();
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first.localeAwareCompare(b.first) < 0;
    });
    QStringList out;
    for (const auto &p : sorted) {
        if (out.size() >= limit)
            break;
        out << p.first;
    }
    return out;
}

JournalRepository::Cursor JournalRepository::cursorOf(const JournalEntry &entry) {
    return Cursor{entry.date, entry.createdAt.toMSecsSinceEpoch(), entry.id};
}

// For the sync registry (SyncSchemas.h).
const EntitySchema &schemas::journalEntry() {
    return schema();
}

} // namespace rebound
