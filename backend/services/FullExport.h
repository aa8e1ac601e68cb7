#pragma once
// "Export everything": a new folder a person can read without Rebound. Not
// encrypted: the UI and CLI say so before writing it.
//
//   journal/<year>/<yyyy-MM-dd>[-n].md  one Markdown file per entry, with a small
//                                       YAML front matter (date, mood, tags, emotions)
//   check-ins.csv                       date, mood, emotions, efforts, note
//   applications.csv / .json            as the Jobs export
//   contacts.vcf                        vCard 4.0
//   reminders.ics                       the upcoming reminders passed in
//   rebound.json                        every synced table, row by row
#include "core/JournalEntry.h"
#include "services/ReminderEngine.h"

#include <QString>
#include <QStringList>
#include <functional>

namespace rebound {

class Vault;

namespace exporting {

struct FolderExport {
    QString folder;    // the folder created
    QStringList files; // relative paths written, in order
    int journalEntries = 0;
    qint64 records = 0; // rows in rebound.json
};

// done/total in steps, for a progress bar. Throwing from it cancels (the
// partial folder is removed).
using ExportProgress = std::function<void(int done, int total)>;

// Creates "Rebound export <yyyy-MM-dd HH-mm>" (or "... (2)" and so on) inside
// `parentDir` and writes everything into it. On any failure the new folder is
// removed and the Error is rethrown; nothing outside it is touched.
FolderExport exportFolder(Vault &vault, const QString &parentDir, const QList<DueReminder> &upcoming,
                          const QDateTime &now, const ExportProgress &progress = {});

// One journal entry as the Markdown file of the export (front matter + body).
QString journalMarkdown(const JournalEntry &entry, const QStringList &emotionNames);

} // namespace exporting
} // namespace rebound
