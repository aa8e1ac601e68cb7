#pragma once
// Bringing a Daylio history in: each row's mood becomes a check-in (with its
// activities as effort tags), its note a journal entry tagged "daylio" linked to
// that check-in. Rows already imported (same day, time and mood) are skipped, so
// importing the same file twice adds nothing.
#include "services/DaylioCsv.h"

#include <QHash>

namespace rebound {

class Vault;

namespace daylio {

// Mood words the file uses that are not Daylio's defaults (custom moods), case
// folded → 1..5, as the person chose in the preview.
using MoodMap = QHash<QString, int>;

struct ImportPreview {
    int rows = 0;
    int alreadyImported = 0;   // skipped: a check-in at the same moment with the same mood exists
    int checkIns = 0;          // to create (rows with a known or mapped mood)
    int journalEntries = 0;    // to create (rows with a title or note)
    int withoutMood = 0;       // new rows whose mood is not mapped yet: no check-in for them
    QStringList newEfforts;    // activities to add as effort tags, first-seen order
    QStringList unmappedMoods; // unknownMoods still missing from the map
    QDate from, to;            // the dates of the rows
};

struct ImportResult {
    int checkIns = 0;
    int journalEntries = 0;
    int effortsAdded = 0;
    int skipped = 0;      // already imported
    QStringList warnings; // translated: activities left out (the tag list is full, too many per day)
};

inline const QString kImportTag = QStringLiteral("daylio");

ImportPreview preview(Vault &vault, const ParseResult &parsed, const MoodMap &moods = {});
// All or nothing, in one transaction. A row the vault refuses (e.g. a date in the
// future) fails the whole import with the row's line in the message.
ImportResult importRows(Vault &vault, const ParseResult &parsed, const MoodMap &moods = {});

} // namespace daylio
} // namespace rebound
