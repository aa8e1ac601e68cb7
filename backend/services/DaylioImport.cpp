#include "DaylioImport.h"

#include "core/Logging.h"
#include "storage/Vault.h"

#include <QCoreApplication>
#include <QSet>

namespace rebound::daylio {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DaylioImport)
};

const QTime kNoTime{12, 0}; // rows without a time: midday, so the day never shifts

QDateTime momentOf(const Row &row, const QTimeZone &zone) {
    return QDateTime(row.date, row.time.isValid() ? row.time : kNoTime, zone);
}

int moodOf(const Row &row, const MoodMap &moods) {
    if (row.mood >= 1)
        return row.mood;
    return std::clamp(moods.value(row.moodName.toCaseFolded(), 0), 0, 5);
}

// Check-ins already in the vault over the file's dates, by (moment, mood).
QSet<QPair<qint64, int>> existingMoments(Vault &vault, const ParseResult &parsed) {
    QDate from, to;
    for (const Row &r : parsed.rows) {
        if (!from.isValid() || r.date < from)
            from = r.date;
        if (!to.isValid() || r.date > to)
            to = r.date;
    }
    QSet<QPair<qint64, int>> out;
    if (!from.isValid())
        return out;
    for (const CheckIn &c : vault.checkIns().between(from, to, INT_MAX))
        out.insert({c.createdAt.toMSecsSinceEpoch(), c.mood});
    return out;
}

bool alreadyImported(const QSet<QPair<qint64, int>> &existing, const Row &row, int mood,
                     const QTimeZone &zone) {
    return mood > 0 && existing.contains({momentOf(row, zone).toMSecsSinceEpoch(), mood});
}

QString bodyOf(const Row &row) {
    if (row.title.isEmpty())
        return row.note;
    if (row.note.isEmpty())
        return QStringLiteral("## ") + row.title;
    return QStringLiteral("## ") + row.title + QStringLiteral("\n\n") + row.note;
}

QString effortName(const QString &activity) {
    return activity.left(CatalogItem::kMaxNameChars).trimmed();
}

} // namespace

ImportPreview preview(Vault &vault, const ParseResult &parsed, const MoodMap &moods) {
    ImportPreview p;
    if (!parsed.ok())
        return p;
    const QTimeZone zone = vault.store().clock().timeZone();
    const auto existing = existingMoments(vault, parsed);
    QSet<QString> seenEfforts;
    for (const CatalogItem &item : vault.catalog().items(CatalogItem::Kind::Effort))
        seenEfforts.insert(item.name.toCaseFolded());
    QSet<QString> unmapped;
    for (const Row &row : parsed.rows) {
        ++p.rows;
        if (!p.from.isValid() || row.date < p.from)
            p.from = row.date;
        if (!p.to.isValid() || row.date > p.to)
            p.to = row.date;
        const int mood = moodOf(row, moods);
        if (alreadyImported(existing, row, mood, zone)) {
            ++p.alreadyImported;
            continue;
        }
        if (mood > 0) {
            ++p.checkIns;
            for (const QString &activity : row.activities) {
                const QString name = effortName(activity);
                if (!name.isEmpty() && !seenEfforts.contains(name.toCaseFolded())) {
                    seenEfforts.insert(name.toCaseFolded());
                    p.newEfforts << name;
                }
            }
        } else {
            ++p.withoutMood;
            unmapped.insert(row.moodName.toCaseFolded());
        }
        if (!row.title.isEmpty() || !row.note.isEmpty())
            ++p.journalEntries;
    }
    for (const QString &name : parsed.unknownMoods) {
        if (unmapped.contains(name.toCaseFolded()))
            p.unmappedMoods << name;
    }
    return p;
}

ImportResult importRows(Vault &vault, const ParseResult &parsed, const MoodMap &moods) {
    ImportResult result;
    if (!parsed.ok())
        throw Error(ErrorCode::InvalidInput, parsed.error->message);
    const QTimeZone zone = vault.store().clock().timeZone();
    const auto existing = existingMoments(vault, parsed);
    CatalogRepository &catalog = vault.catalog();
    QHash<QString, QString> effortIds; // case-folded name → id
    for (const CatalogItem &item : catalog.items(CatalogItem::Kind::Effort))
        effortIds.insert(item.name.toCaseFolded(), item.id);
    int leftOutFull = 0, leftOutMany = 0;

    WriteTransaction tx(vault.store());
    for (const Row &row : parsed.rows) {
        const int mood = moodOf(row, moods);
        if (alreadyImported(existing, row, mood, zone)) {
            ++result.skipped;
            continue;
        }
        try {
            const QDateTime moment = momentOf(row, zone);
            QString checkInId;
            if (mood > 0) {
                CheckIn c;
                c.date = row.date;
                c.mood = mood;
                c.createdAt = moment;
                for (const QString &activity : row.activities) {
                    const QString name = effortName(activity);
                    if (name.isEmpty())
                        continue;
                    QString id = effortIds.value(name.toCaseFolded());
                    if (id.isEmpty()) {
                        if (effortIds.size() >= CatalogItem::kMaxItems) {
                            ++leftOutFull;
                            continue;
                        }
                        id = catalog.add(tx, CatalogItem::Kind::Effort, name).id;
                        effortIds.insert(name.toCaseFolded(), id);
                        ++result.effortsAdded;
                    }
                    if (c.efforts.size() >= CheckIn::kMaxChoices) {
                        ++leftOutMany;
                        continue;
                    }
                    if (!c.efforts.contains(id))
                        c.efforts << id;
                }
                checkInId = vault.checkIns().create(tx, c).id;
                ++result.checkIns;
            }
            if (!row.title.isEmpty() || !row.note.isEmpty()) {
                JournalEntry e;
                e.date = row.date;
                e.mood = mood;
                e.body = bodyOf(row);
                e.tags = {kImportTag};
                e.checkInId = checkInId;
                e.createdAt = moment;
                vault.journal().create(tx, e);
                ++result.journalEntries;
            }
        } catch (const Error &e) {
            //: %1 is a line number of the imported file, %2 the reason.
            throw Error(e.code(), Tr::tr("Line %1: %2 Nothing was imported.").arg(row.line).arg(e.message()));
        }
    }
    tx.commit();
    if (leftOutFull > 0)
        result.warnings << Tr::tr("%n activities were left out because the list of effort tags is full.",
                                  nullptr, leftOutFull);
    if (leftOutMany > 0)
        result.warnings << Tr::tr("%n activities were left out: a check-in holds at most %1 effort tags.",
                                  nullptr, leftOutMany)
                               .arg(CheckIn::kMaxChoices);
    qCInfo(lcExport) << "Daylio import:" << result.checkIns << "check-ins," << result.journalEntries
                     << "journal entries," << result.skipped << "skipped";
    return result;
}

} // namespace rebound::daylio
