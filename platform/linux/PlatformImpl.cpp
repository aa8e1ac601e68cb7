#include "DBusNotifier.h"
#include "Platform.h"
#include "SystemdUnits.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>

namespace rebound {
namespace {

const QString kServiceName = QStringLiteral("rebound-reminders.service");
const QString kTimerName = QStringLiteral("rebound-reminders.timer");
constexpr int kSystemctlTimeoutMs = 30'000;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(LinuxPlatform)
};

// Where systemd looks for the user's own units: $XDG_CONFIG_HOME/systemd/user.
QString unitDirectory() {
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty() || !QDir::isAbsolutePath(config))
        config = QDir::homePath() + QStringLiteral("/.config");
    return config + QStringLiteral("/systemd/user");
}

// ExecStart= takes a command line with its own quoting: a path with spaces is quoted,
// quotes and backslashes escaped, '%' doubled (systemd specifiers).
QString execQuoted(const QString &path) {
    QString p = path;
    p.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\"")).replace(u'%', QStringLiteral("%%"));
    return p.contains(u' ') || p.contains(u'\t') || p != path ? QLatin1Char('"') + p + QLatin1Char('"') : p;
}

bool writeFile(const QString &path, const QByteArray &content, QString *error) {
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(content) == content.size() && file.commit())
        return true;
    if (error)
        *error = Tr::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

// Runs `systemctl --user ARGS`; false with the reason in words.
bool systemctl(const QStringList &args, QString *error) {
    const QString program = QStandardPaths::findExecutable(QStringLiteral("systemctl"));
    if (program.isEmpty()) {
        if (error)
            *error = Tr::tr("systemctl was not found, so the reminder timer cannot be set up (it needs systemd).");
        return false;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, QStringList{QStringLiteral("--user")} + args);
    const bool finished = process.waitForStarted(kSystemctlTimeoutMs) && process.waitForFinished(kSystemctlTimeoutMs);
    if (finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return true;
    if (!finished)
        process.kill();
    if (error) {
        const QString said = QString::fromLocal8Bit(process.readAll()).trimmed();
        *error = Tr::tr("\"systemctl --user %1\" failed%2. Is a systemd user session running?")
                     .arg(args.join(u' '), said.isEmpty() ? QString() : QStringLiteral(": ") + said);
    }
    return false;
}

class LinuxPlatform final : public Platform {
public:
    QString name() const override { return QStringLiteral("linux"); }
    bool locksWhenInactive() const override { return false; }
    bool isMobile() const override { return false; }

    std::unique_ptr<Notifier> createNotifier() override { return std::make_unique<DBusNotifier>(); }

    bool backgroundRemindersSupported() const override {
        return !QStandardPaths::findExecutable(QStringLiteral("systemctl")).isEmpty();
    }

    bool backgroundRemindersEnabled() const override {
        return QFileInfo::exists(unitDirectory() + u'/' + kTimerName);
    }

    bool setBackgroundReminders(bool enabled, const QString &cliPath, QString *error) override {
        const QString dir = unitDirectory();
        const QString service = dir + u'/' + kServiceName;
        const QString timer = dir + u'/' + kTimerName;
        if (!enabled) {
            // Stop and disable first; a timer systemd no longer knows is fine to remove.
            QString stopError;
            const bool known = QFileInfo::exists(timer);
            const bool stopped =
                !known || systemctl({QStringLiteral("disable"), QStringLiteral("--now"), kTimerName}, &stopError);
            QFile::remove(timer);
            QFile::remove(service);
            if (known && stopped)
                systemctl({QStringLiteral("daemon-reload")}, nullptr);
            if (!stopped) {
                if (error)
                    *error = Tr::tr("The timer files were removed, but %1").arg(stopError);
                return false;
            }
            return true;
        }
        const QFileInfo cli(cliPath);
        if (cliPath.isEmpty() || !cli.isAbsolute() || !cli.isExecutable()) {
            if (error)
                *error = Tr::tr("rebound-cli was not found at %1, so the reminder timer was not set up.")
                             .arg(cliPath.isEmpty() ? Tr::tr("(no path)") : QDir::toNativeSeparators(cliPath));
            return false;
        }
        if (!QDir().mkpath(dir)) {
            if (error)
                *error = Tr::tr("Could not create %1.").arg(QDir::toNativeSeparators(dir));
            return false;
        }
        QString unit = QString::fromUtf8(systemdunits::kServiceTemplate);
        unit.replace(QStringLiteral("@REBOUND_CLI@"), execQuoted(cli.absoluteFilePath()));
        const bool hadTimer = QFileInfo::exists(timer);
        if (!writeFile(service, unit.toUtf8(), error) ||
            !writeFile(timer, QByteArray(systemdunits::kTimer), error) ||
            !systemctl({QStringLiteral("daemon-reload")}, error) ||
            !systemctl({QStringLiteral("enable"), QStringLiteral("--now"), kTimerName}, error)) {
            // All or nothing: a timer that systemd does not run must not look enabled.
            if (!hadTimer) {
                QFile::remove(timer);
                QFile::remove(service);
            }
            return false;
        }
        return true;
    }
};
} // namespace

std::unique_ptr<Platform> createPlatform() {
    return std::make_unique<LinuxPlatform>();
}
} // namespace rebound
