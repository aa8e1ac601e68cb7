#pragma once
#include "core/JournalEntry.h"

#include <QList>
#include <optional>

namespace rebound {

class Store;

// All SQL for journal entries. Validates input, writes through WriteTransaction
// (so every change is logged for sync) and pages results for lazy lists.
class JournalRepository {
public:
    explicit JournalRepository(Store &store);

    // Position in the newest-first order; pass the last row of a page to get the next.
    struct Cursor {
        QDate date;
        qint64 createdMs = 0;
        QString id;
    };

    // Assigns id and timestamps; returns the stored entry.
    JournalEntry create(const QDate &date, int mood, const QString &body);
    // Many entries in one transaction (imports, benchmarks); all or nothing.
    QList<JournalEntry> createBatch(const QList<JournalEntry> &drafts);
    // Writes only the fields that differ from the stored entry.
    JournalEntry update(const QString &id, const QDate &date, int mood, const QString &body);
    void remove(const QString &id);

    std::optional<JournalEntry> find(const QString &id);
    QList<JournalEntry> page(int limit, const std::optional<Cursor> &after = std::nullopt);
    int count();
    // For short IDs typed on the command line.
    QStringList idsWithPrefix(const QString &prefix, int limit);

    static Cursor cursorOf(const JournalEntry &entry);

private:
    static void validate(const QDate &date, int mood, const QString &body);
    Store &m_store;
};

} // namespace rebound
