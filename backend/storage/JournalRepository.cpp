#include "JournalRepository.h"

#include "Store.h"
#include "core/Error.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUuid>

namespace rebound {

namespace {

const EntitySchema &schema() {
    static const EntitySchema s{QStringLiteral("journal_entry"),
                                QStringLiteral("journal_entries"),
                                {QStringLiteral("entry_date"), QStringLiteral("mood"), QStringLiteral("body"),
                                 QStringLiteral("created_at"), QStringLiteral("updated_at")}};
    return s;
}

const QString kColumns = QStringLiteral("id, entry_date, mood, body, created_at, updated_at");

QVariant moodValue(int mood) {
    return mood == JournalEntry::kNoMood ? QVariant() : QVariant(qint64(mood));
}

JournalEntry readRow(const Statement &st) {
    JournalEntry e;
    e.id = st.text(0);
    e.date = QDate::fromString(st.text(1), Qt::ISODate);
    e.mood = st.isNull(2) ? JournalEntry::kNoMood : int(st.int64(2));
    e.body = st.text(3);
    e.createdAt = QDateTime::fromMSecsSinceEpoch(st.int64(4));
    e.updatedAt = QDateTime::fromMSecsSinceEpoch(st.int64(5));
    return e;
}

} // namespace

JournalRepository::JournalRepository(Store &store)
    : m_store(store) {}

void JournalRepository::validate(const QDate &date, int mood, const QString &body) {
    if (!date.isValid() || date.year() < 1900 || date.year() > 9999)
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Journal", "The entry needs a valid date."));
    if (mood != JournalEntry::kNoMood && (mood < JournalEntry::kMinMood || mood > JournalEntry::kMaxMood))
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Journal", "Mood must be between 1 and 5."));
    if (body.size() > JournalEntry::kMaxBodyChars)
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Journal", "The entry is too long (at most %1 characters).")
                        .arg(JournalEntry::kMaxBodyChars));
}

JournalEntry JournalRepository::create(const QDate &date, int mood, const QString &body) {
    JournalEntry draft;
    draft.date = date;
    draft.mood = mood;
    draft.body = body;
    return createBatch({draft}).constFirst();
}

QList<JournalEntry> JournalRepository::createBatch(const QList<JournalEntry> &drafts) {
    for (const auto &d : drafts)
        validate(d.date, d.mood, d.body);
    const qint64 now = m_store.clock().nowMs();
    QList<JournalEntry> created;
    created.reserve(drafts.size());
    WriteTransaction tx(m_store);
    for (const auto &d : drafts) {
        JournalEntry e = d;
        e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        e.createdAt = QDateTime::fromMSecsSinceEpoch(now);
        e.updatedAt = e.createdAt;
        tx.insert(schema(), e.id,
                  {{QStringLiteral("entry_date"), e.date.toString(Qt::ISODate)},
                   {QStringLiteral("mood"), moodValue(e.mood)},
                   {QStringLiteral("body"), e.body},
                   {QStringLiteral("created_at"), now},
                   {QStringLiteral("updated_at"), now}});
        created.append(e);
    }
    tx.commit();
    return created;
}

JournalEntry JournalRepository::update(const QString &id, const QDate &date, int mood, const QString &body) {
    validate(date, mood, body);
    WriteTransaction tx(m_store); // read and write under one lock: no lost update
    auto current = find(id);
    if (!current)
        throw Error(ErrorCode::NotFound,
                    QCoreApplication::translate("Journal", "That entry no longer exists."));
    QList<FieldValue> changed;
    if (current->date != date)
        changed.append({QStringLiteral("entry_date"), date.toString(Qt::ISODate)});
    if (current->mood != mood)
        changed.append({QStringLiteral("mood"), moodValue(mood)});
    if (current->body != body)
        changed.append({QStringLiteral("body"), body});
    if (changed.isEmpty())
        return *current;
    const qint64 now = m_store.clock().nowMs();
    changed.append({QStringLiteral("updated_at"), now});
    tx.update(schema(), id, changed);
    tx.commit();
    current->date = date;
    current->mood = mood;
    current->body = body;
    current->updatedAt = QDateTime::fromMSecsSinceEpoch(now);
    return *current;
}

void JournalRepository::remove(const QString &id) {
    WriteTransaction tx(m_store);
    tx.remove(schema(), id);
    tx.commit();
}

std::optional<JournalEntry> JournalRepository::find(const QString &id) {
    Statement st =
        m_store.db().query(QStringLiteral("SELECT %1 FROM journal_entries WHERE id = ?").arg(kColumns));
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readRow(st);
}

QList<JournalEntry> JournalRepository::page(int limit, const std::optional<Cursor> &after) {
    // Keyset pagination: constant cost per page however deep the user scrolls.
    Statement st =
        after
            ? m_store.db().query(QStringLiteral("SELECT %1 FROM journal_entries "
                                                "WHERE (entry_date, created_at, id) < (?, ?, ?) "
                                                "ORDER BY entry_date DESC, created_at DESC, id DESC LIMIT ?")
                                     .arg(kColumns))
            : m_store.db().query(QStringLiteral("SELECT %1 FROM journal_entries "
                                                "ORDER BY entry_date DESC, created_at DESC, id DESC LIMIT ?")
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

JournalRepository::Cursor JournalRepository::cursorOf(const JournalEntry &entry) {
    return Cursor{entry.date, entry.createdAt.toMSecsSinceEpoch(), entry.id};
}

} // namespace rebound
