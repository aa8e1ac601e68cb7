// rebound-cli: reminders from the reminders engine — a list, an iCalendar export,
// and --notify for the systemd user timer that fires them while the app is closed.
#include "CliCommands.h"

#include "Platform.h"
#include "services/AppSettings.h"
#include "services/ICalendar.h"
#include "services/QtKeychainStore.h"
#include "services/ReminderEngine.h"
#include "services/ReminderNotifier.h"
#include "storage/AtomicFile.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

namespace rebound::cli {

using namespace opt;

namespace {

constexpr int kDefaultDays = 14;
constexpr int kMaxDays = 366;
constexpr int kKeystoreTimeoutMs = 10'000;

int parseDays(const QString &text) {
    bool ok = false;
    const int days = text.trimmed().toInt(&ok);
    if (!ok || days < 0 || days > kMaxDays)
        throw UsageError(CliText::tr("--days takes a number of days from 0 to %1.").arg(kMaxDays));
    return days;
}

QString whenLabel(const QDateTime &at) {
    return at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QJsonObject reminderJson(const DueReminder &r, const QDateTime &now) {
    return {{QStringLiteral("key"), r.key},
            {QStringLiteral("kind"), r.kind},
            {QStringLiteral("kind_label"), reminderkind::label(r.kind)},
            {QStringLiteral("due_on"), r.dueOn.toString(Qt::ISODate)},
            {QStringLiteral("fire_at"), r.fireAt.toOffsetFromUtc(r.fireAt.offsetFromUtc()).toString(Qt::ISODate)},
            {QStringLiteral("due"), r.fireAt <= now},
            {QStringLiteral("title"), r.title},
            {QStringLiteral("detail"), r.detail},
            {QStringLiteral("subject_kind"), r.subjectKind},
            {QStringLiteral("subject_id"), r.subjectId},
            {QStringLiteral("seen"), r.seen},
            {QStringLiteral("notified"), r.notified},
            {QStringLiteral("snoozed"), r.snoozed}};
}

} // namespace

int Commands::reminders() {
    if (a.has(kNotify)) {
        a.allowOnly({kNotify}, false);
        a.allowWords(1);
        return remindersNotify();
    }
    a.allowOnly({kDue, kDays, kIcs}, true);
    a.allowWords(1);
    if (a.has(kDue) && !a.value(kDue).isEmpty())
        throw UsageError(CliText::tr("reminders --due takes no value: it lists what is due now."));
    if (a.has(kDue) && (a.has(kDays) || a.has(kIcs)))
        throw UsageError(CliText::tr("reminders --due lists what is due now; it does not go with --days or --ics."));
    if (a.has(kIcs) && a.json)
        throw UsageError(CliText::tr("reminders --ics writes iCalendar; it does not go with --json."));
    const int days = a.has(kDays) ? parseDays(a.value(kDays)) : kDefaultDays;
    const QString icsPath = a.value(kIcs);
    if (a.has(kIcs) && icsPath != QLatin1String("-")) {
        const QFileInfo file(icsPath);
        if (icsPath.trimmed().isEmpty() || file.isDir())
            throw UsageError(CliText::tr("--ics takes the name of a file to write (or - for stdout)."));
        if (!file.absoluteDir().exists())
            throw Error(ErrorCode::Io, CliText::tr("The folder %1 does not exist; nothing was written.")
                                           .arg(QDir::toNativeSeparators(file.absolutePath())));
    }

    const AppSettings settings;
    auto vault = unlock();
    ReminderEngine engine(*vault, m_clock, reminderTimes(settings), settings.rejection());
    const QDateTime now = localNow(m_clock);
    // Through the end of the last day: "14 days" means whole days, not until this minute.
    const QDateTime until =
        ReminderEngine::fireTime(now.date().addDays(days + 1), QTime(0, 0), m_clock.timeZone()).addMSecs(-1);
    const QList<DueReminder> list = a.has(kDue) ? engine.due() : engine.upcoming(until);

    if (a.has(kIcs)) {
        const QByteArray bytes = icalendar::write(list, now.toUTC());
        if (icsPath == QLatin1String("-")) {
            out << QString::fromUtf8(bytes);
            out.flush();
            err << CliText::tr("Warning: the calendar is not encrypted; take care where you keep it.") << Qt::endl;
            return Ok;
        }
        try {
            writeFileAtomically(icsPath, bytes);
        } catch (const Error &e) {
            if (e.code() == ErrorCode::DiskFull)
                throw;
            throw Error(e.code(), CliText::tr("Could not write %1 (is the folder writable?). Nothing was written.")
                                      .arg(QDir::toNativeSeparators(icsPath)));
        }
        err << CliText::tr("Wrote %1 reminder(s) for the next %2 day(s) to %3 (iCalendar).")
                   .arg(list.size())
                   .arg(days)
                   .arg(QDir::toNativeSeparators(icsPath))
            << Qt::endl
            << CliText::tr("Warning: the calendar file is not encrypted. Anyone who can read it sees who and what "
                  "your reminders are about.")
            << Qt::endl;
        return Ok;
    }

    if (a.json) {
        QJsonArray arr;
        for (const DueReminder &r : list)
            arr.append(reminderJson(r, now));
        QJsonObject o{{QStringLiteral("now"), now.toString(Qt::ISODate)}, {QStringLiteral("reminders"), arr}};
        if (!a.has(kDue))
            o.insert(QStringLiteral("until"), until.toString(Qt::ISODate));
        printJson(o);
        return Ok;
    }
    QList<QStringList> dueRows, laterRows;
    for (const DueReminder &r : list) {
        QString text = r.title;
        if (!r.detail.isEmpty())
            text += QStringLiteral(" — ") + r.detail.simplified();
        (r.fireAt <= now ? dueRows : laterRows)
            .append({whenLabel(r.fireAt), reminderkind::label(r.kind), text});
    }
    if (dueRows.isEmpty() && laterRows.isEmpty()) {
        out << (a.has(kDue) ? CliText::tr("Nothing is due.") : CliText::tr("Nothing is due in the next %1 day(s).").arg(days)) << '\n';
        return Ok;
    }
    // One table so the columns line up across both sections.
    QMap<qsizetype, QString> headings;
    if (!dueRows.isEmpty())
        headings.insert(0, CliText::tr("Due now:"));
    if (!laterRows.isEmpty())
        headings.insert(dueRows.size(), (dueRows.isEmpty() ? QString() : QStringLiteral("\n")) +
                                            CliText::tr("Next %1 day(s):").arg(days));
    printTable(dueRows + laterRows, QStringLiteral("  "), headings);
    return Ok;
}

// For the systemd user timer: no terminal, so the vault opens only with the key
// remembered on this device, exactly as the app does on start.
int Commands::remindersNotify() {
    if (!Vault::exists(a.vaultDir))
        throw Error(ErrorCode::VaultMissing,
                    CliText::tr("There is no vault in %1.").arg(QDir::toNativeSeparators(a.vaultDir)));
    const VaultHeader header = Vault::readHeader(a.vaultDir);
    const AppSettings settings;
    const auto notRemembered = [&] {
        err << CliText::tr("rebound-cli: reminders cannot be shown while the app is closed: the vault's key is not "
                  "remembered on this device. Unlock Rebound with \"Remember on this device\" turned on "
                  "(it keeps the key in the system keyring); until then reminders show only while the app "
                  "is open. Nothing was changed.")
            << Qt::endl;
        return NotRemembered;
    };
    if (!settings.remembersVault(header.vaultId))
        return notRemembered();

    QtKeychainStore keyStore;
    std::optional<SecureBytes> key;
    bool answered = false;
    QEventLoop loop;
    keyStore.load(header.vaultId, [&](std::optional<SecureBytes> loaded) {
        key = std::move(loaded);
        answered = true;
        loop.quit();
    });
    if (!answered) {
        QTimer::singleShot(kKeystoreTimeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!answered)
        throw Error(ErrorCode::Keystore, CliText::tr("The system keyring did not answer (is it locked?). No reminders "
                                            "were shown; the timer tries again later."));
    if (!key)
        return notRemembered();
    // A key that no longer fits (vault replaced) is left for the app to forget: nothing is touched here.
    auto vault = Vault::unlockWithKey(a.vaultDir, std::move(*key), m_clock);
    ReminderEngine engine(*vault, m_clock, reminderTimes(settings), settings.rejection());
    const std::unique_ptr<Platform> platform = createPlatform();
    const std::unique_ptr<Notifier> notifier = platform->createNotifier();
    ReminderNotifier reminderNotifier(engine, *notifier, settings.notificationDetails());
    const NotifyResult result = reminderNotifier.notifyDue();
    if (!result.error.isEmpty()) {
        err << CliText::tr("rebound-cli: %1").arg(result.error) << Qt::endl;
        if (result.reminders == 0) {
            err << CliText::tr("No reminder was marked as notified; they will be shown next time.") << Qt::endl;
            return Failure;
        }
    }
    if (result.reminders > 0)
        err << CliText::tr("Showed %1 notification(s) for %2 reminder(s).").arg(result.shown).arg(result.reminders)
            << Qt::endl;
    return result.error.isEmpty() ? Ok : Failure;
}

} // namespace rebound::cli
