#include "CheckInRepository.h"

#include "Store.h"
#include "SyncSchemas.h"
#include "core/Error.h"
#include "core/SameDay.h"
#include "core/TextRules.h"

#include <QCoreApplication>
#include <QMap>
#include <QUuid>

namespace rebound {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CheckIns)
};

const EntitySchema &checkInSchema() {
    static const EntitySchema s{QStringLiteral("checkin"),
                                QStringLiteral("checkins"),
                                {QStringLiteral("entry_date"), QStringLiteral("mood"),
                                 QStringLiteral("emotions"), QStringLiteral("efforts"),
                                 QStringLiteral("note"), QStringLiteral("created_at"),
                                 QStringLiteral("updated_at")}};
    return s;
}

const EntitySchema &winSchema() {
    static const EntitySchema s{QStringLiteral("win"),
                                QStringLiteral("wins"),
                                {QStringLiteral("entry_date"), QStringLiteral("text"),
                                 QStringLiteral("created_at"), QStringLiteral("updated_at")}};
    return s;
}

const QString kCheckInColumns =
    QStringLiteral("id, entry_date, mood, emotions, efforts, note, created_at, updated_at");
const QString kWinColumns = QStringLiteral("id, entry_date, text, created_at, updated_at");

CheckIn readCheckIn(const Statement &st) {
    CheckIn c;
    c.id = st.text(0);
    c.date = QDate::fromString(st.text(1), Qt::ISODate);
    c.mood = int(st.int64(2));
    c.emotions = text::splitList(st.text(3));
    c.efforts = text::splitList(st.text(4));
    c.note = st.text(5);
    c.createdAt = QDateTime::fromMSecsSinceEpoch(st.int64(6), Qt::UTC);
    c.updatedAt = QDateTime::fromMSecsSinceEpoch(st.int64(7), Qt::UTC);
    return c;
}

SmallWin readWin(const Statement &st) {
    SmallWin w;
    w.id = st.text(0);
    w.date = QDate::fromString(st.text(1), Qt::ISODate);
    w.text = st.text(2);
    w.createdAt = QDateTime::fromMSecsSinceEpoch(st.int64(3), Qt::UTC);
    w.updatedAt = QDateTime::fromMSecsSinceEpoch(st.int64(4), Qt::UTC);
    return w;
}

QList<FieldValue> fieldsOf(const CheckIn &c) {
    return {{QStringLiteral("entry_date"), c.date.toString(Qt::ISODate)},
            {QStringLiteral("mood"), qint64(c.mood)},
            {QStringLiteral("emotions"), text::joinList(c.emotions)},
            {QStringLiteral("efforts"), text::joinList(c.efforts)},
            {QStringLiteral("note"), c.note},
            {QStringLiteral("created_at"), c.createdAt.toMSecsSinceEpoch()},
            {QStringLiteral("updated_at"), c.updatedAt.toMSecsSinceEpoch()}};
}

QList<FieldValue> fieldsOf(const SmallWin &w) {
    return {{QStringLiteral("entry_date"), w.date.toString(Qt::ISODate)},
            {QStringLiteral("text"), w.text},
            {QStringLiteral("created_at"), w.createdAt.toMSecsSinceEpoch()},
            {QStringLiteral("updated_at"), w.updatedAt.toMSecsSinceEpoch()}};
}

CheckIn cleanCheckIn(const CheckIn &draft, const QDate &today) {
    CheckIn c = draft;
    if (!c.date.isValid())
        c.date = today;
    text::checkDate(c.date, today);
    if (c.mood < 1 || c.mood > 5)
        throw Error(ErrorCode::InvalidInput, Tr::tr("Pick a mood from 1 to 5."));
    c.emotions = text::cleanIds(c.emotions, CheckIn::kMaxChoices, QT_TRANSLATE_NOOP("TextRules", "Emotions"));
    c.efforts =
        text::cleanIds(c.efforts, CheckIn::kMaxChoices, QT_TRANSLATE_NOOP("TextRules", "Effort tags"));
    c.note = text::cleanLine(c.note, CheckIn::kMaxNoteChars, QT_TRANSLATE_NOOP("TextRules", "The note"));
    return c;
}

} // namespace

CheckInRepository::CheckInRepository(Store &store)
    : m_store(store) {}

CheckIn CheckInRepository::create(const CheckIn &draft) {
    CheckIn d = draft;
    d.createdAt = {}; // a new check-in is created now
    WriteTransaction tx(m_store);
    CheckIn c = create(tx, d);
    tx.commit();
    return c;
}

CheckIn CheckInRepository::create(WriteTransaction &tx, const CheckIn &draft) {
    CheckIn c = cleanCheckIn(draft, localToday(m_store.clock()));
    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_store.clock().nowMs());
    c.createdAt = draft.createdAt.isValid() ? draft.createdAt : now;
    c.updatedAt = now;
    tx.insert(checkInSchema(), c.id, fieldsOf(c));
    return c;
}

CheckIn CheckInRepository::update(const CheckIn &changed) {
    CheckIn next = cleanCheckIn(changed, localToday(m_store.clock()));
    WriteTransaction tx(m_store);
    auto current = find(next.id);
    if (!current)
        throw Error(ErrorCode::NotFound, Tr::tr("That check-in no longer exists."));
    next.createdAt = current->createdAt;
    next.updatedAt = current->updatedAt;
    QList<FieldValue> diff = changedFields(fieldsOf(*current), fieldsOf(next));
    if (diff.isEmpty())
        return *current;
    const qint64 now = m_store.clock().nowMs();
    diff.append({QStringLiteral("updated_at"), now});
    tx.update(checkInSchema(), next.id, diff);
    tx.commit();
    next.updatedAt = QDateTime::fromMSecsSinceEpoch(now);
    return next;
}

void CheckInRepository::remove(const QString &id) {
    removeRecord(m_store, checkInSchema(), id);
}

CheckIn CheckInRepository::restore(const CheckIn &removed) {
    CheckIn c = cleanCheckIn(removed, localToday(m_store.clock()));
    if (c.id.isEmpty() || find(c.id))
        throw Error(ErrorCode::InvalidInput, Tr::tr("That check-in is not deleted."));
    WriteTransaction tx(m_store);
    tx.restore(checkInSchema(), c.id, fieldsOf(c));
    tx.commit();
    return c;
}

std::optional<CheckIn> CheckInRepository::find(const QString &id) {
    Statement st =
        m_store.db().query(QStringLiteral("SELECT %1 FROM checkins WHERE id = ?").arg(kCheckInColumns));
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readCheckIn(st);
}

QList<CheckIn> CheckInRepository::between(const QDate &from, const QDate &to, int limit) {
    Statement st =
        m_store.db().query(QStringLiteral("SELECT %1 FROM checkins WHERE entry_date BETWEEN ? AND ? "
                                          "ORDER BY entry_date DESC, created_at DESC LIMIT ?")
                               .arg(kCheckInColumns));
    st.bind(1, from.toString(Qt::ISODate)).bind(2, to.toString(Qt::ISODate)).bind(3, limit);
    QList<CheckIn> out;
    while (st.step())
        out.append(readCheckIn(st));
    return out;
}

QList<CheckIn> CheckInRepository::latest(int limit) {
    Statement st = m_store.db().query(
        QStringLiteral("SELECT %1 FROM checkins ORDER BY entry_date DESC, created_at DESC LIMIT ?")
            .arg(kCheckInColumns));
    st.bind(1, limit);
    QList<CheckIn> out;
    while (st.step())
        out.append(readCheckIn(st));
    return out;
}

int CheckInRepository::count() {
    return int(m_store.db().queryInt(QStringLiteral("SELECT count(*) FROM checkins")));
}

int CheckInRepository::countWithEffort(const QString &effortId, const QDate &from, const QDate &to) {
    Statement st = m_store.db().query(QStringLiteral("SELECT count(*) FROM checkins WHERE entry_date BETWEEN "
                                                     "?1 AND ?2 AND instr(efforts, '|' || ?3 || '|') > 0"));
    st.bind(1, from.toString(Qt::ISODate)).bind(2, to.toString(Qt::ISODate)).bind(3, effortId);
    st.step();
    return int(st.int64(0));
}

QList<DayMood> CheckInRepository::dayMoods(const QDate &from, const QDate &to) {
    // One query over both sources; DayMood documents which one wins.
    Statement st = m_store.db().query(QStringLiteral(
        "SELECT d, sum(cs), sum(cn), sum(es), sum(en) FROM ("
        " SELECT entry_date AS d, sum(mood) AS cs, count(*) AS cn, 0 AS es, 0 AS en FROM checkins"
        "  WHERE entry_date BETWEEN ?1 AND ?2 GROUP BY entry_date"
        " UNION ALL"
        " SELECT entry_date, 0, 0, sum(mood), count(mood) FROM journal_entries"
        "  WHERE entry_date BETWEEN ?1 AND ?2 AND mood IS NOT NULL GROUP BY entry_date"
        ") GROUP BY d ORDER BY d"));
    st.bind(1, from.toString(Qt::ISODate)).bind(2, to.toString(Qt::ISODate));
    QList<DayMood> out;
    while (st.step()) {
        DayMood m;
        m.date = QDate::fromString(st.text(0), Qt::ISODate);
        const qint64 checkInSum = st.int64(1), entrySum = st.int64(3);
        m.checkIns = int(st.int64(2));
        m.entries = int(st.int64(4));
        if (m.checkIns > 0)
            m.average = double(checkInSum) / m.checkIns;
        else if (m.entries > 0)
            m.average = double(entrySum) / m.entries;
        out.append(m);
    }
    return out;
}

DayMood CheckInRepository::dayMood(const QDate &day) {
    const QList<DayMood> moods = dayMoods(day, day);
    if (moods.isEmpty()) {
        DayMood none;
        none.date = day;
        return none;
    }
    return moods.constFirst();
}

SmallWin CheckInRepository::addWin(const QDate &date, const QString &text) {
    WriteTransaction tx(m_store);
    SmallWin w = addWin(m_store, tx, date, text);
    tx.commit();
    return w;
}

SmallWin CheckInRepository::addWin(Store &store, WriteTransaction &tx, const QDate &date,
                                   const QString &text) {
    const QDate today = localToday(store.clock());
    SmallWin w;
    w.date = date.isValid() ? date : today;
    text::checkDate(w.date, today);
    w.text = text::cleanLine(text, SmallWin::kMaxTextChars, QT_TRANSLATE_NOOP("TextRules", "The win"));
    if (w.text.isEmpty())
        throw Error(ErrorCode::InvalidInput, Tr::tr("Write a few words about the win."));
    w.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    w.createdAt = QDateTime::fromMSecsSinceEpoch(store.clock().nowMs());
    w.updatedAt = w.createdAt;
    tx.insert(winSchema(), w.id, fieldsOf(w));
    return w;
}

void CheckInRepository::removeWin(const QString &id) {
    removeRecord(m_store, winSchema(), id);
}

SmallWin CheckInRepository::restoreWin(const SmallWin &removed) {
    SmallWin w = removed;
    w.text = text::cleanLine(w.text, SmallWin::kMaxTextChars, QT_TRANSLATE_NOOP("TextRules", "The win"));
    if (w.text.isEmpty())
        throw Error(ErrorCode::InvalidInput, Tr::tr("Write a few words about the win."));
    text::checkDate(w.date, localToday(m_store.clock()));
    if (w.id.isEmpty() || findWin(w.id))
        throw Error(ErrorCode::InvalidInput, Tr::tr("That win is not deleted."));
    WriteTransaction tx(m_store);
    tx.restore(winSchema(), w.id, fieldsOf(w));
    tx.commit();
    return w;
}

std::optional<SmallWin> CheckInRepository::findWin(const QString &id) {
    Statement st = m_store.db().query(QStringLiteral("SELECT %1 FROM wins WHERE id = ?").arg(kWinColumns));
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readWin(st);
}

QList<SmallWin> CheckInRepository::wins(int limit, int offset) {
    Statement st = m_store.db().query(
        QStringLiteral("SELECT %1 FROM wins ORDER BY entry_date DESC, created_at DESC LIMIT ? OFFSET ?")
            .arg(kWinColumns));
    st.bind(1, limit).bind(2, offset);
    QList<SmallWin> out;
    while (st.step())
        out.append(readWin(st));
    return out;
}

QList<SmallWin> CheckInRepository::winsBetween(const QDate &from, const QDate &to) {
    Statement st = m_store.db().query(QStringLiteral("SELECT %1 FROM wins WHERE entry_date BETWEEN ? AND ? "
                                                     "ORDER BY entry_date DESC, created_at DESC")
                                          .arg(kWinColumns));
    st.bind(1, from.toString(Qt::ISODate)).bind(2, to.toString(Qt::ISODate));
    QList<SmallWin> out;
    while (st.step())
        out.append(readWin(st));
    return out;
}

int CheckInRepository::winCount() {
    return int(m_store.db().queryInt(QStringLiteral("SELECT count(*) FROM wins")));
}

int CheckInRepository::winCountUpTo(const QDate &day) {
    Statement st = m_store.db().query(QStringLiteral("SELECT count(*) FROM wins WHERE entry_date <= ?"));
    st.bind(1, day.toString(Qt::ISODate));
    return st.step() ? int(st.int64(0)) : 0;
}

QList<SmallWin> CheckInRepository::winsUpTo(const QDate &day, int limit, int offset) {
    Statement st = m_store.db().query(QStringLiteral("SELECT %1 FROM wins WHERE entry_date <= ?"
                                                     " ORDER BY entry_date DESC, created_at DESC, id DESC"
                                                     " LIMIT ? OFFSET ?")
                                          .arg(kWinColumns));
    st.bind(1, day.toString(Qt::ISODate)).bind(2, limit).bind(3, offset);
    QList<SmallWin> out;
    while (st.step())
        out.append(readWin(st));
    return out;
}

QList<SmallWin> CheckInRepository::winsSameDayEarlier(const QDate &today, int limit) {
    const QDate earliest = QDate::fromString(
        m_store.db().queryText(QStringLiteral("SELECT min(entry_date) FROM wins")), Qt::ISODate);
    const QStringList dates = sameDayEarlierDates(today, earliest);
    if (dates.isEmpty())
        return {};
    Statement st = m_store.db().query(QStringLiteral("SELECT %1 FROM wins WHERE entry_date IN ('%2') "
                                                     "ORDER BY entry_date DESC, created_at DESC LIMIT ?")
                                          .arg(kWinColumns, dates.join(QStringLiteral("','"))));
    st.bind(1, limit);
    QList<SmallWin> out;
    while (st.step())
        out.append(readWin(st));
    return out;
}

// For the sync registry (SyncSchemas.h).
const EntitySchema &schemas::checkIn() {
    return checkInSchema();
}
const EntitySchema &schemas::win() {
    return winSchema();
}

} // namespace rebound
