// rebound-cli sync: set up or join an end-to-end encrypted sync, sync now, show
// its status, turn it off. Everything is done by SyncService (the app's sync
// worker uses the same); this file asks for secrets and formats.
//
// Secrets are never options: the vault passphrase, the server password and the
// sync passphrase are read in that order from the terminal (echo off) or from
// successive lines of stdin (cron: "rebound-cli sync now < passphrase-file").
#include "CliCommands.h"

#include "storage/SyncRepository.h"
#include "sync/SyncService.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSysInfo>

namespace rebound::cli {

using namespace opt;

namespace {

constexpr double kKiB = 1024.0;

QString sizeText(qint64 bytes) {
    return bytes < 1024 ? CliText::tr("%1 B").arg(bytes) : CliText::tr("%1 KiB").arg(QString::number(double(bytes) / kKiB, 'f', 1));
}

QString whenText(const QDateTime &t) {
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : CliText::tr("never");
}

QJsonValue whenJson(const QDateTime &t) {
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject reportJson(const SyncReport &r) {
    return QJsonObject{{QStringLiteral("requests"), r.requests},
                       {QStringLiteral("bytes_up"), double(r.bytesUp)},
                       {QStringLiteral("bytes_down"), double(r.bytesDown)},
                       {QStringLiteral("batches_sent"), r.batchesSent},
                       {QStringLiteral("batches_received"), r.batchesReceived},
                       {QStringLiteral("changes_sent"), r.opsSent},
                       {QStringLiteral("changes_received"), r.opsReceived},
                       {QStringLiteral("records_changed"), r.changedRecords},
                       {QStringLiteral("conflicts_kept"), r.conflicts},
                       {QStringLiteral("elapsed_ms"), double(r.elapsedMs)}};
}

} // namespace

int Commands::sync() {
    const QString sub = a.words.value(1);
    if (sub == QLatin1String("setup"))
        return syncSetup();
    if (sub == QLatin1String("now"))
        return syncNow();
    if (sub == QLatin1String("status"))
        return syncStatus();
    if (sub == QLatin1String("off"))
        return syncOff();
    throw UsageError(sub.isEmpty() ? QString() : CliText::tr("Unknown command: %1").arg(a.words.join(u' ')));
}

int Commands::syncSetup() {
    a.allowOnly({kServer, kFolder, kUser, kDevice, kJoin, kAllowHttp}, false);
    a.allowWords(2);
    if (a.has(kServer) == a.has(kFolder))
        throw UsageError(CliText::tr("Give either --server URL (WebDAV) or --folder DIR."));
    SyncAccount account;
    if (a.has(kServer)) {
        account.kind = SyncAccount::Kind::WebDav;
        account.url = a.value(kServer).trimmed();
        const QUrl url(account.url);
        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty())
            throw UsageError(CliText::tr("--server takes an address such as https://cloud.example.org/remote.php/dav/"
                                "files/me/Rebound/"));
        if (!url.userInfo().isEmpty())
            throw UsageError(CliText::tr("Give the account with --user, not inside the address; the password is asked "
                                "for."));
        account.user = a.value(kUser);
        account.allowInsecureHttp = a.has(kAllowHttp);
    } else {
        if (a.has(kUser) || a.has(kAllowHttp))
            throw UsageError(CliText::tr("--user and --allow-http are for --server only."));
        account.kind = SyncAccount::Kind::Folder;
        account.url = QDir(a.value(kFolder)).absolutePath();
    }
    account.deviceLabel = a.value(kDevice, QSysInfo::machineHostName()).trimmed();
    if (account.deviceLabel.isEmpty())
        account.deviceLabel = CliText::tr("Computer");
    const bool join = a.has(kJoin);

    auto vault = unlock();
    if (account.kind == SyncAccount::Kind::WebDav) {
        SecureBytes password = in.readSecret(CliText::tr("Server password: "));
        account.password = QByteArray(reinterpret_cast<const char *>(password.data()), qsizetype(password.size()));
    }
    const SecureBytes passphrase = join ? in.readSecret(CliText::tr("Sync passphrase: ")) : newPassphrase(CliText::tr("New sync passphrase: "));
    SyncService service(*vault, m_clock);
    const auto progress = [this](const SyncProgress &p) {
        if (in.interactive() && !p.phase.isEmpty())
            err << p.phase << (p.total > 0 ? QStringLiteral(" (%1/%2)").arg(p.done).arg(p.total) : QString())
                << Qt::endl;
    };
    SyncReport report;
    try {
        report = service.setUp(account, passphrase, join, progress);
    } catch (...) {
        wipe(account.password);
        throw;
    }
    wipe(account.password);
    out << (join ? CliText::tr("Joined the sync at %1 as \"%2\".") : CliText::tr("Sync is set up at %1 for \"%2\"."))
               .arg(service.status().server, account.deviceLabel)
        << Qt::endl;
    out << CliText::tr("Received %1 changes, sent %2.").arg(report.opsReceived).arg(report.opsSent) << Qt::endl;
    if (!join)
        err << CliText::tr("Keep the sync passphrase safe: every device needs it, and it cannot be recovered.")
            << Qt::endl;
    return Ok;
}

int Commands::syncNow() {
    a.allowOnly({}, true);
    a.allowWords(2);
    auto vault = unlock();
    SyncService service(*vault, m_clock);
    const SyncReport r = service.syncNow();
    if (a.json) {
        printJson(reportJson(r));
        return Ok;
    }
    out << CliText::tr("Synced: %1 changes received, %2 sent.").arg(r.opsReceived).arg(r.opsSent) << Qt::endl;
    out << CliText::tr("%1 requests, %2 up, %3 down, %4 s.")
               .arg(r.requests)
               .arg(sizeText(r.bytesUp), sizeText(r.bytesDown), QString::number(double(r.elapsedMs) / 1000.0, 'f', 1))
        << Qt::endl;
    if (r.conflicts > 0)
        out << CliText::tr("%1 edits made at the same time on two devices were kept as earlier versions; see them in "
                  "Settings → Sync in the app.")
                   .arg(r.conflicts)
            << Qt::endl;
    return Ok;
}

int Commands::syncStatus() {
    a.allowOnly({}, true);
    a.allowWords(2);
    auto vault = unlock();
    SyncService service(*vault, m_clock);
    const SyncStatus s = service.status();
    if (a.json) {
        QJsonArray devices;
        for (const SyncDevice &d : s.devices)
            devices.append(QJsonObject{{QStringLiteral("label"), d.label},
                                       {QStringLiteral("last_seen"), whenJson(d.lastSeen)},
                                       {QStringLiteral("this_device"), d.thisDevice}});
        printJson(QJsonObject{
            {QStringLiteral("configured"), s.configured},
            {QStringLiteral("kind"), s.kind == SyncAccount::Kind::Folder ? QStringLiteral("folder")
                                                                         : QStringLiteral("webdav")},
            {QStringLiteral("server"), optionalJson(s.server)},
            {QStringLiteral("user"), optionalJson(s.user)},
            {QStringLiteral("device"), optionalJson(s.deviceLabel)},
            {QStringLiteral("needs_passphrase"), s.needsPassphrase},
            {QStringLiteral("last_sync"), whenJson(s.lastSync)},
            {QStringLiteral("last_attempt"), whenJson(s.lastAttempt)},
            {QStringLiteral("last_error"), optionalJson(s.lastError)},
            {QStringLiteral("pending_changes"), s.pendingChanges},
            {QStringLiteral("conflicts"), s.conflicts},
            {QStringLiteral("devices"), devices}});
        return Ok;
    }
    if (!s.configured) {
        out << CliText::tr("Sync is off on this device. Set it up with \"rebound-cli sync setup\".") << Qt::endl;
        return Ok;
    }
    QList<QStringList> rows{{CliText::tr("Server:"), s.server},
                            {CliText::tr("Account:"), s.user.isEmpty() ? CliText::tr("-") : s.user},
                            {CliText::tr("This device:"), s.deviceLabel},
                            {CliText::tr("Last sync:"), whenText(s.lastSync)},
                            {CliText::tr("Pending changes:"), QString::number(s.pendingChanges)},
                            {CliText::tr("Conflicts kept:"), QString::number(s.conflicts)}};
    if (!s.lastError.isEmpty())
        rows.append({CliText::tr("Last attempt failed:"), s.lastError});
    if (s.needsPassphrase)
        rows.append({CliText::tr("Action needed:"), CliText::tr("the sync passphrase changed on another device; enter it in the "
                                              "app (Settings → Sync).")});
    printTable(rows);
    out << Qt::endl << CliText::tr("Devices:") << Qt::endl;
    QList<QStringList> devices;
    for (const SyncDevice &d : s.devices)
        devices.append({d.label + (d.thisDevice ? CliText::tr(" (this device)") : QString()),
                        CliText::tr("last heard from %1").arg(whenText(d.lastSeen))});
    printTable(devices, QStringLiteral("  "));
    return Ok;
}

int Commands::syncOff() {
    a.allowOnly({kYes}, false);
    a.allowWords(2);
    auto vault = unlock();
    SyncService service(*vault, m_clock);
    if (!service.status().configured) {
        out << CliText::tr("Sync is already off on this device.") << Qt::endl;
        return Ok;
    }
    if (!a.has(kYes) && !confirm(CliText::tr("Turn sync off on this device? The data on the server stays, and other "
                                    "devices keep syncing.")))
        return Failure;
    service.turnOff();
    out << CliText::tr("Sync is off on this device.") << Qt::endl;
    return Ok;
}

} // namespace rebound::cli
