// rebound-cli: the full export, encrypted backups (create, check, restore) and
// the Daylio import.
#include "CliCommands.h"

#include "services/AppSettings.h"
#include "services/Backup.h"
#include "services/DaylioImport.h"
#include "services/FullExport.h"
#include "services/ReminderEngine.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace rebound::cli {

using namespace opt;

namespace {

constexpr int kReminderDays = 90;
constexpr int kPreviewEfforts = 12;

QString native(const QString &path) {
    return QDir::toNativeSeparators(path);
}

QString fileWord(const Args &a, int index, const QString &usage) {
    const QString path = a.words.value(index);
    if (path.trimmed().isEmpty())
        throw UsageError(usage);
    return path;
}

// --map "Zen=5": a custom Daylio mood word and the level it stands for.
QHash<QString, int> moodMap(const QStringList &values) { // a daylio::MoodMap
    QHash<QString, int> map;
    for (const QString &v : values) {
        const qsizetype eq = v.lastIndexOf(QLatin1Char('='));
        bool ok = false;
        const int level = eq > 0 ? v.mid(eq + 1).trimmed().toInt(&ok) : 0;
        if (!ok || level < 1 || level > 5)
            throw UsageError(
                CliText::tr("--map takes a mood word and a level from 1 to 5, e.g. --map \"Zen=5\"."));
        map.insert(v.left(eq).trimmed().toCaseFolded(), level);
    }
    return map;
}

} // namespace

int Commands::exportAll() {
    a.allowOnly({kOutput}, true);
    a.allowWords(1);
    const QString parent = a.value(kOutput, QDir::currentPath());
    if (!QFileInfo(parent).isDir())
        throw Error(ErrorCode::Io,
                    CliText::tr("The folder %1 does not exist; nothing was written.").arg(native(parent)));
    const AppSettings settings;
    auto vault = unlock();
    ReminderEngine engine(*vault, m_clock, reminderTimes(settings), settings.rejection());
    const QDateTime now = localNow(m_clock);
    const auto result =
        exporting::exportFolder(*vault, parent, engine.upcoming(now.addDays(kReminderDays)), now);
    if (a.json) {
        printJson(QJsonObject{{QStringLiteral("folder"), native(result.folder)},
                              {QStringLiteral("files"), QJsonArray::fromStringList(result.files)},
                              {QStringLiteral("journal_entries"), result.journalEntries},
                              {QStringLiteral("records"), result.records}});
    } else {
        out << native(result.folder) << '\n';
    }
    err << CliText::tr("Exported %1 journal entries and %2 records. The files are not encrypted: keep them "
                       "somewhere safe.")
               .arg(result.journalEntries)
               .arg(result.records)
        << Qt::endl;
    return Ok;
}

int Commands::backupCreate() {
    a.allowOnly({}, true);
    a.allowWords(3);
    const QString path = backup::withSuffix(
        fileWord(a, 2, CliText::tr("Where to? e.g. backup create ~/rebound.rebound-backup")));
    if (!QFileInfo(path).absoluteDir().exists())
        throw Error(ErrorCode::Io, CliText::tr("The folder %1 does not exist; nothing was written.")
                                       .arg(native(QFileInfo(path).absolutePath())));
    auto vault = unlock();
    const SecureBytes passphrase = newPassphrase(CliText::tr("Backup passphrase: "));
    const backup::Info info = backup::create(*vault, path, passphrase);
    if (a.json)
        printJson(QJsonObject{{QStringLiteral("file"), native(path)},
                              {QStringLiteral("records"), info.records},
                              {QStringLiteral("values"), info.ops}});
    err << CliText::tr("Backed up %1 records to %2. You need the backup passphrase to restore it.")
               .arg(info.records)
               .arg(native(path))
        << Qt::endl;
    return Ok;
}

int Commands::backupCheck() {
    a.allowOnly({}, true);
    a.allowWords(3);
    const QString path = fileWord(a, 2, CliText::tr("Which file? e.g. backup check rebound.rebound-backup"));
    const SecureBytes passphrase = in.readSecret(CliText::tr("Backup passphrase: "));
    const backup::Info info = backup::read(path, passphrase, {});
    const QString created = info.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (a.json) {
        printJson(QJsonObject{{QStringLiteral("created"), stamp(info.createdAt)},
                              {QStringLiteral("app_version"), info.appVersion},
                              {QStringLiteral("vault_id"), info.vaultId},
                              {QStringLiteral("records"), info.records},
                              {QStringLiteral("values"), info.ops}});
        return Ok;
    }
    out << CliText::tr(
               "The backup is complete and intact: %1 records from vault %2, made on %3 by Rebound %4.")
               .arg(info.records)
               .arg(info.vaultId, created, info.appVersion)
        << '\n';
    return Ok;
}

int Commands::backupRestore() {
    a.allowOnly({}, false);
    a.allowWords(3);
    const QString path =
        fileWord(a, 2, CliText::tr("Which file? e.g. backup restore rebound.rebound-backup"));
    if (Vault::exists(a.vaultDir))
        throw Error(ErrorCode::VaultExists,
                    CliText::tr("A vault already exists in %1. Restore into another folder with --vault DIR.")
                        .arg(native(a.vaultDir)));
    const SecureBytes passphrase = in.readSecret(CliText::tr("Backup passphrase: "));
    auto vault = backup::restore(path, passphrase, a.vaultDir, passphrase);
    err << CliText::tr(
               "Restored the backup into a new vault in %1. Its passphrase is the backup's; change it "
               "with \"rebound-cli passwd\".")
               .arg(native(a.vaultDir))
        << Qt::endl;
    return Ok;
}

int Commands::importDaylio() {
    a.allowOnly({kMap, kYes}, true);
    a.allowWords(3);
    const QString path = fileWord(a, 2, CliText::tr("Which file? e.g. import daylio daylio_export.csv"));
    const daylio::MoodMap moods = moodMap(a.has(kMap) ? a.options.value(kMap) : QStringList());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::Io,
                    CliText::tr("Could not read %1: %2").arg(native(path), file.errorString()));
    const daylio::ParseResult parsed = daylio::parse(file.read(daylio::kMaxInputBytes + 1));
    if (!parsed.ok())
        throw Error(ErrorCode::InvalidInput,
                    CliText::tr("%1 is not a Daylio export we can read. %2 Nothing was imported.")
                        .arg(native(path), parsed.error->message));
    auto vault = unlock();
    const daylio::ImportPreview p = daylio::preview(*vault, parsed, moods);
    if (a.json && !a.has(kYes)) {
        printJson(QJsonObject{{QStringLiteral("rows"), p.rows},
                              {QStringLiteral("already_imported"), p.alreadyImported},
                              {QStringLiteral("check_ins"), p.checkIns},
                              {QStringLiteral("journal_entries"), p.journalEntries},
                              {QStringLiteral("without_mood"), p.withoutMood},
                              {QStringLiteral("new_efforts"), QJsonArray::fromStringList(p.newEfforts)},
                              {QStringLiteral("unmapped_moods"), QJsonArray::fromStringList(p.unmappedMoods)},
                              {QStringLiteral("from"), optionalJson(p.from)},
                              {QStringLiteral("to"), optionalJson(p.to)}});
        return Ok;
    }
    if (!a.json) {
        out << CliText::tr("%1: %2 entries from %3 to %4.")
                   .arg(QFileInfo(path).fileName())
                   .arg(p.rows)
                   .arg(day(p.from), day(p.to))
            << '\n';
        out << "  " << CliText::tr("New check-ins: %1").arg(p.checkIns) << '\n';
        out << "  " << CliText::tr("New journal entries (from notes): %1").arg(p.journalEntries) << '\n';
        if (p.alreadyImported > 0)
            out << "  " << CliText::tr("Already imported, skipped: %1").arg(p.alreadyImported) << '\n';
        if (!p.newEfforts.isEmpty()) {
            QStringList shown = p.newEfforts.mid(0, kPreviewEfforts);
            if (p.newEfforts.size() > kPreviewEfforts)
                shown << CliText::tr("and %1 more").arg(p.newEfforts.size() - kPreviewEfforts);
            out << "  " << CliText::tr("New effort tags: %1").arg(shown.join(QStringLiteral(", "))) << '\n';
        }
        for (const QString &w : parsed.warnings)
            out << "  - " << w << '\n';
        if (!p.unmappedMoods.isEmpty()) {
            out << CliText::tr(
                       "Custom moods without a level (%1 entries get no check-in): %2. Give each one with "
                       "--map \"WORD=1-5\".")
                       .arg(p.withoutMood)
                       .arg(p.unmappedMoods.join(QStringLiteral(", ")))
                << '\n';
        }
    }
    if (p.checkIns == 0 && p.journalEntries == 0) {
        err << CliText::tr("Nothing to import.") << Qt::endl;
        return Ok;
    }
    if (!a.has(kYes)) {
        if (!in.interactive()) {
            err << CliText::tr("Nothing was imported: add --yes to import (there is no terminal to ask on).")
                << Qt::endl;
            return Usage;
        }
        if (!confirm(CliText::tr("Import them?"))) {
            err << CliText::tr("Nothing was imported.") << Qt::endl;
            return Failure;
        }
    }
    const daylio::ImportResult r = daylio::importRows(*vault, parsed, moods);
    if (a.json)
        printJson(QJsonObject{{QStringLiteral("check_ins"), r.checkIns},
                              {QStringLiteral("journal_entries"), r.journalEntries},
                              {QStringLiteral("efforts_added"), r.effortsAdded},
                              {QStringLiteral("skipped"), r.skipped},
                              {QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings)}});
    for (const QString &w : r.warnings)
        err << w << Qt::endl;
    err << CliText::tr("Imported %1 check-ins and %2 journal entries (tagged \"%3\"); %4 new effort tags.")
               .arg(r.checkIns)
               .arg(r.journalEntries)
               .arg(daylio::kImportTag)
               .arg(r.effortsAdded)
        << Qt::endl;
    return Ok;
}

} // namespace rebound::cli
