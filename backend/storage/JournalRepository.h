#pragma once
#include "core/DayMood.h"
#include "core/JournalEntry.h"
#include "storage/SearchText.h"

#include <QList>
#include <optional>

namespace rebound {

class Store;
class WriteTransaction;

// What a journal search asks for. Empty text with filters lists matching entries.
struct JournalFilter {
    QString text;
    int moodMin = 0; // 0 = no bound; 1..5
    int moodMax = 0;
    QString emotion; // catalog id
    QString tag;     // compared case-insensitively (ASCII)
    QDate from;      // inclusive; invalid = open
    QDate to;
    int limit = 50;
    bool isEmpty() const {
        return text.trimmed().isEmpty() && moodMin == 0 && moodMax == 0 && emotion.isEmpty() &&
               tag.isEmpty() && !from.isValid() && !to.isValid();
    }
};

struct JournalHit {
    JournalEntry entry;
    search::Snippet snippet;
    double score = 0; // higher is better
};

// All SQL for journal entries. Validates input, writes through WriteTransaction
// (so every change is logged for sync) and pages results for lazy lists. The
// full-text index follows every write by triggers in the same transaction.
class JournalRepository {
public:
    explicit JournalRepository(Store &store);

    // Position in the newest-first order; pass the last row of a page to get the next.
    struct Cursor {
        QDate date;
        qint64 createdMs = 0;
        QString id;
    };

    // Assigns id and timestamps; returns the stored (cleaned) entry.
    JournalEntry create(const QDate &date, int mood, const QString &body);
    JournalEntry create(const JournalEntry &draft);
    // Many entries in one transaction (imports, benchmarks); all or nothing.
    QList<JournalEntry> createBatch(const QList<JournalEntry> &drafts);
    // The same inside a caller's transaction (imports that write several kinds of
    // record at once). A valid draft.createdAt is kept (the imported moment).
    JournalEntry create(WriteTransaction &tx, const JournalEntry &draft);
    // Writes only the fields that differ from the stored entry.
    JournalEntry update(const QString &id, const QDate &date, int mood, const QString &body);
    JournalEntry update(const JournalEntry &changed);
    void remove(const QString &id);
    // Undo of remove: the same id and fields come back (newer change-log stamps).
    JournalEntry restore(const JournalEntry &removed);

    std::optional<JournalEntry> find(const QString &id);
    QList<JournalEntry> page(int limit, const std::optional<Cursor> &after = std::nullopt);
    int count();
    int countBetween(const QDate &from, const QDate &to); // entries dated in [from, to]
    // For short IDs typed on the command line.
    QStringList idsWithPrefix(const QString &prefix, int limit);

    // Ranked full-text search with filters; newest first when there is no text.
    QList<JournalHit> search(const JournalFilter &filter);
    // Entries on the same day of the month in earlier months, newest first.
    QList<JournalEntry> sameDayEarlier(const QDate &today, int limit);
    // Mean entry mood per day in [from, to] (days with a mood only).
    QList<DayMood> moodsByDay(const QDate &from, const QDate &to);
    // Distinct tags in use, most used first.
    QStringList tags(int limit = 200);

    static Cursor cursorOf(const JournalEntry &entry);

private:
    JournalEntry clean(const JournalEntry &draft, const JournalEntry *stored = nullptr) const;
    Store &m_store;
};

} // namespace rebound
