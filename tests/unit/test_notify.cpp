// OS notifications: DBusNotifier observed on a PRIVATE session bus (a dbus-daemon
// started by the test, with a fake org.freedesktop.Notifications on it), the
// ReminderNotifier rules, and the systemd user timer files for reminders while
// the app is closed.
#include "DBusNotifier.h"
#include "Platform.h"
#include "TestSupport.h"
#include "core/Clock.h"
#include "services/ReminderEngine.h"
#include "services/ReminderNotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QMutexLocker>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QVariantMap>

using namespace rebound;
using namespace rebound::test;

namespace {

struct SentNotification {
    QString appName;
    uint replacesId = 0;
    QString appIcon;
    QString summary;
    QString body;
    QStringList actions;
    QVariantMap hints;
    int expireTimeout = 0;
};

// The fake notification daemon. It lives in its own thread so that the blocking
// Notify call from the test thread is answered (as a real daemon would).
class FakeNotifications : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    QList<SentNotification> sent() const {
        QMutexLocker lock(&m_mutex);
        return m_sent;
    }

public slots:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int expireTimeout) {
        QMutexLocker lock(&m_mutex);
        m_sent.append({appName, replacesId, appIcon, summary, body, actions, hints, expireTimeout});
        return uint(m_sent.size());
    }
    QStringList GetCapabilities() { return {QStringLiteral("body")}; }

private:
    mutable QMutex m_mutex;
    QList<SentNotification> m_sent;
};

// A dbus-daemon of our own: nothing reaches the desktop of whoever runs the tests.
class PrivateBus {
public:
    explicit PrivateBus(bool withService = true) {
        static int counter = 0;
        const int n = ++counter;
        m_clientName = QStringLiteral("rebound-test-client-%1").arg(n);
        m_serverName = QStringLiteral("rebound-test-server-%1").arg(n);
        m_daemon.start(QStringLiteral("dbus-daemon"),
                       {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
        REQUIRE(m_daemon.waitForStarted());
        while (!m_daemon.canReadLine() && m_daemon.waitForReadyRead(30000)) {
        }
        address = QString::fromUtf8(m_daemon.readLine()).trimmed();
        REQUIRE(address.startsWith(QStringLiteral("unix:")));
        if (withService) {
            m_thread.start();
            fake = new FakeNotifications;
            fake->moveToThread(&m_thread);
            QDBusConnection server = QDBusConnection::connectToBus(address, m_serverName);
            REQUIRE(server.isConnected());
            REQUIRE(server.registerObject(DBusNotifier::kPath, fake, QDBusConnection::ExportAllSlots));
            REQUIRE(server.registerService(DBusNotifier::kService));
        }
    }
    ~PrivateBus() {
        QDBusConnection::disconnectFromBus(m_clientName);
        if (fake) {
            QDBusConnection::disconnectFromBus(m_serverName);
            QMetaObject::invokeMethod(fake, &QObject::deleteLater);
            m_thread.quit();
            m_thread.wait();
        }
        m_daemon.terminate();
        m_daemon.waitForFinished();
    }
    QDBusConnection client() { return QDBusConnection::connectToBus(address, m_clientName); }
    QList<SentNotification> sent() const { return fake ? fake->sent() : QList<SentNotification>(); }

    QString address;
    FakeNotifications *fake = nullptr;

private:
    QProcess m_daemon;
    QThread m_thread;
    QString m_clientName, m_serverName;
};

// Wednesday 18 November 2026, 12:00 in Berlin.
const QTimeZone kZone("Europe/Berlin");
const QDate kToday(2026, 11, 18);

struct ReminderVault {
    QTemporaryDir tmp;
    FakeClock clock{QDateTime(kToday, QTime(12, 0), kZone).toMSecsSinceEpoch()};
    std::unique_ptr<Vault> vault;
    ReminderEngine engine;

    ReminderVault()
        : vault(makeVault(tmp, clock))
        , engine(*vault, clock, ReminderTimes{QTime(9, 0), QTime()}, RejectionSettings{}) {}

    static std::unique_ptr<Vault> makeVault(QTemporaryDir &tmp, FakeClock &clock) {
        clock.setTimeZone(kZone);
        return createVault(tmp.filePath(QStringLiteral("vault")), "test passphrase", clock);
    }

    // A contact last contacted `daysAgo` days ago with a keep-in-touch cadence of `cadence` days.
    Contact contact(const QString &name, int cadence, int daysAgo) {
        Contact draft;
        draft.name = name;
        draft.cadenceDays = cadence;
        const Contact c = vault->contacts().create(draft);
        Interaction call;
        call.contactId = c.id;
        call.kind = interactionkind::kCall;
        call.occurredOn = kToday.addDays(-daysAgo);
        vault->contacts().logInteraction(call);
        return c;
    }

    QStringList notifiedKeys() {
        QStringList keys;
        for (const DueReminder &r : engine.due())
            if (r.notified)
                keys << r.key;
        return keys;
    }
};

} // namespace

TEST_CASE("DBusNotifier sends org.freedesktop.Notifications.Notify with the agreed arguments", "[notify]") {
    PrivateBus bus;
    DBusNotifier notifier(bus.client());
    QString why;
    REQUIRE(notifier.available(&why));
    QString error;
    REQUIRE(notifier.show({QStringLiteral("k1"), QStringLiteral("Keep in touch with Maya Chen"),
                           QStringLiteral("Last contact: a call on 2026-10-01")},
                          &error));
    const QList<SentNotification> sent = bus.sent();
    REQUIRE(sent.size() == 1);
    const SentNotification &n = sent.constFirst();
    CHECK(n.appName == QStringLiteral("Rebound"));
    CHECK(n.replacesId == 0);
    CHECK(n.appIcon.isEmpty());
    CHECK(n.summary == QStringLiteral("Keep in touch with Maya Chen"));
    CHECK(n.body == QStringLiteral("Last contact: a call on 2026-10-01"));
    CHECK(n.actions.isEmpty());
    CHECK(n.expireTimeout == -1);
    CHECK(n.hints.size() == 2);
    CHECK(n.hints.value(QStringLiteral("desktop-entry")).toString() == QStringLiteral("rebound"));
    const QVariant urgency = n.hints.value(QStringLiteral("urgency"));
    CHECK(urgency.metaType().id() == QMetaType::UChar); // D-Bus type 'y', as the spec requires
    CHECK(urgency.toInt() == 1);
}

TEST_CASE("DBusNotifier says in words when there is no bus or no notification service", "[notify]") {
    SECTION("no notification service on the bus") {
        PrivateBus bus(false);
        DBusNotifier notifier(bus.client());
        QString why;
        CHECK_FALSE(notifier.available(&why));
        CHECK(why.contains(QStringLiteral("no notification service")));
        QString error;
        CHECK_FALSE(notifier.show({QStringLiteral("k"), QStringLiteral("t"), QStringLiteral("b")}, &error));
        CHECK(error == why);
    }
    SECTION("no session bus at all") {
        QTemporaryDir tmp;
        const QString nowhere = QStringLiteral("unix:path=") + tmp.filePath(QStringLiteral("no-bus-here"));
        DBusNotifier notifier(QDBusConnection::connectToBus(nowhere, QStringLiteral("rebound-test-nowhere")));
        QString why;
        CHECK_FALSE(notifier.available(&why));
        CHECK(why.contains(QStringLiteral("no desktop session bus")));
        QDBusConnection::disconnectFromBus(QStringLiteral("rebound-test-nowhere"));
    }
}

TEST_CASE("ReminderNotifier shows each due reminder once, with its title and detail", "[notify]") {
    PrivateBus bus;
    DBusNotifier notifier(bus.client());
    ReminderVault v;
    v.contact(QStringLiteral("Maya Chen"), 7, 30);
    v.contact(QStringLiteral("Jon Park"), 14, 20);
    v.contact(QStringLiteral("Not Due Yet"), 30, 2);
    const QList<DueReminder> due = v.engine.due();
    REQUIRE(due.size() == 2);

    ReminderNotifier reminderNotifier(v.engine, notifier, true);
    QSignalSpy notified(&reminderNotifier, &ReminderNotifier::notified);
    const NotifyResult first = reminderNotifier.notifyDue();
    CHECK(first.error.isEmpty());
    CHECK(first.shown == 2);
    CHECK(first.reminders == 2);
    REQUIRE(notified.size() == 1);
    CHECK(notified.at(0).at(0).toInt() == 2);
    const QList<SentNotification> sent = bus.sent();
    REQUIRE(sent.size() == 2);
    for (qsizetype i = 0; i < sent.size(); ++i) {
        CHECK(sent[i].summary == due[i].title);
        CHECK(sent[i].body == due[i].detail);
    }
    QStringList summaries{sent[0].summary, sent[1].summary};
    CHECK(summaries.filter(QStringLiteral("Maya Chen")).size() == 1);
    CHECK(summaries.filter(QStringLiteral("Jon Park")).size() == 1);
    CHECK(v.notifiedKeys().size() == 2);

    // A second run (the next timer tick, or the CLI after the app) shows nothing again.
    const NotifyResult second = reminderNotifier.notifyDue();
    CHECK(second.shown == 0);
    CHECK(second.reminders == 0);
    CHECK(bus.sent().size() == 2);
    ReminderNotifier another(v.engine, notifier, true);
    CHECK(another.notifyDue().shown == 0);
    CHECK(bus.sent().size() == 2);
}

TEST_CASE("ReminderNotifier shows one summary when more than three are due", "[notify]") {
    PrivateBus bus;
    DBusNotifier notifier(bus.client());
    ReminderVault v;
    for (const char *name : {"Ana Ruiz", "Ben Okafor", "Chloe Martin", "Dev Patel", "Eva Novak"})
        v.contact(QString::fromUtf8(name), 7, 30);
    const QList<DueReminder> due = v.engine.due();
    REQUIRE(due.size() == 5);
    ReminderNotifier reminderNotifier(v.engine, notifier, true);
    const NotifyResult result = reminderNotifier.notifyDue();
    CHECK(result.shown == 1);
    CHECK(result.reminders == 5);
    const QList<SentNotification> sent = bus.sent();
    REQUIRE(sent.size() == 1);
    CHECK(sent[0].summary == QStringLiteral("5 reminders are due"));
    CHECK(sent[0].body == QStringList{due[0].title, due[1].title, due[2].title, QStringLiteral("and 2 more")}.join(u'\n'));
    CHECK(v.notifiedKeys().size() == 5);
}

TEST_CASE("ReminderNotifier with details off says only how many are due", "[notify]") {
    PrivateBus bus;
    DBusNotifier notifier(bus.client());
    ReminderVault v;
    v.contact(QStringLiteral("Maya Chen"), 7, 30);
    v.contact(QStringLiteral("Jon Park"), 7, 30);
    ReminderNotifier reminderNotifier(v.engine, notifier, false);
    const NotifyResult result = reminderNotifier.notifyDue();
    CHECK(result.reminders == 2);
    const QList<SentNotification> sent = bus.sent();
    REQUIRE(sent.size() == 1);
    CHECK(sent[0].summary == QStringLiteral("Rebound: 2 reminders are due"));
    CHECK(sent[0].body == QStringLiteral("Open Rebound to see them."));
    for (const QString &text : {sent[0].summary, sent[0].body}) {
        CHECK_FALSE(text.contains(QStringLiteral("Maya")));
        CHECK_FALSE(text.contains(QStringLiteral("Jon")));
        CHECK_FALSE(text.contains(QStringLiteral("touch"), Qt::CaseInsensitive));
    }
    // One alone is also just a count.
    v.contact(QStringLiteral("Chloe Martin"), 7, 30);
    CHECK(reminderNotifier.notifyDue().reminders == 1);
    REQUIRE(bus.sent().size() == 2);
    CHECK(bus.sent()[1].summary == QStringLiteral("Rebound: 1 reminder is due"));
    CHECK_FALSE(bus.sent()[1].body.contains(QStringLiteral("Chloe")));
}

TEST_CASE("ReminderNotifier marks nothing notified when the notification service is missing", "[notify]") {
    PrivateBus bus(false);
    DBusNotifier notifier(bus.client());
    ReminderVault v;
    v.contact(QStringLiteral("Maya Chen"), 7, 30);
    ReminderNotifier reminderNotifier(v.engine, notifier, true);
    QSignalSpy notified(&reminderNotifier, &ReminderNotifier::notified);
    const NotifyResult result = reminderNotifier.notifyDue();
    CHECK(result.shown == 0);
    CHECK(result.reminders == 0);
    CHECK(result.error.contains(QStringLiteral("no notification service")));
    CHECK(notified.isEmpty());
    CHECK(v.notifiedKeys().isEmpty());
    REQUIRE(v.engine.due().size() == 1); // still due, to be shown when the service is back
}

TEST_CASE("ReminderNotifier notifies a reminder once the fake clock reaches its time", "[notify]") {
    PrivateBus bus;
    DBusNotifier notifier(bus.client());
    ReminderVault v;
    // Contacted 6 days ago, every 7 days: due tomorrow at 09:00 local time.
    v.contact(QStringLiteral("Maya Chen"), 7, 6);
    ReminderNotifier reminderNotifier(v.engine, notifier, true);
    reminderNotifier.start(); // notifies now (nothing) and arms its timer
    CHECK(bus.sent().isEmpty());
    const auto next = v.engine.nextFireAfter(localNow(v.clock));
    REQUIRE(next.has_value());
    CHECK(*next == QDateTime(kToday.addDays(1), QTime(9, 0), kZone));

    v.clock.set(QDateTime(kToday.addDays(1), QTime(8, 59), kZone).toMSecsSinceEpoch());
    CHECK(reminderNotifier.notifyDue().shown == 0);
    v.clock.set(QDateTime(kToday.addDays(1), QTime(9, 0), kZone).toMSecsSinceEpoch());
    CHECK(reminderNotifier.notifyDue().shown == 1);
    REQUIRE(bus.sent().size() == 1);
    CHECK(bus.sent()[0].summary.contains(QStringLiteral("Maya Chen")));
    v.clock.advance(60 * 60 * 1000);
    CHECK(reminderNotifier.notifyDue().shown == 0);
    reminderNotifier.stop();
}

// ---- systemd user timer --------------------------------------------------------------------

namespace {

// Runs the body with XDG_CONFIG_HOME and PATH pointing into a temporary folder
// (PATH: a fake systemctl that logs its arguments, or none at all).
struct TimerEnvironment {
    QTemporaryDir tmp;
    QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
    QByteArray oldPath = qgetenv("PATH");
    QString bin = tmp.filePath(QStringLiteral("bin"));
    QString log = tmp.filePath(QStringLiteral("systemctl.log"));
    QString unitDir = tmp.filePath(QStringLiteral("config/systemd/user"));

    // exitCode < 0: no systemctl on PATH.
    explicit TimerEnvironment(int exitCode, const QByteArray &says = {}) {
        QDir().mkpath(bin);
        if (exitCode >= 0) {
            QFile script(bin + QStringLiteral("/systemctl"));
            REQUIRE(script.open(QIODevice::WriteOnly));
            script.write("#!/bin/sh\necho \"$*\" >> '" + log.toUtf8() + "'\n");
            if (!says.isEmpty())
                script.write("echo '" + says + "' >&2\n");
            script.write("exit " + QByteArray::number(exitCode) + "\n");
            script.close();
            script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        qputenv("XDG_CONFIG_HOME", tmp.filePath(QStringLiteral("config")).toUtf8());
        qputenv("PATH", bin.toUtf8());
    }
    ~TimerEnvironment() {
        qputenv("XDG_CONFIG_HOME", oldConfig);
        qputenv("PATH", oldPath);
        if (oldConfig.isEmpty())
            qunsetenv("XDG_CONFIG_HOME");
    }
    QStringList calls() const {
        QFile f(log);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    }
    QString read(const QString &name) const {
        QFile f(unitDir + u'/' + name);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    bool exists(const QString &name) const { return QFile::exists(unitDir + u'/' + name); }
};

const QString kService = QStringLiteral("rebound-reminders.service");
const QString kTimer = QStringLiteral("rebound-reminders.timer");

} // namespace

TEST_CASE("Background reminders write the systemd user timer and enable it", "[notify]") {
    TimerEnvironment env(0);
    const auto platform = createPlatform();
    CHECK(platform->backgroundRemindersSupported());
    CHECK_FALSE(platform->backgroundRemindersEnabled());
    const QString cli = QStringLiteral(REBOUND_CLI);
    QString error;
    REQUIRE(platform->setBackgroundReminders(true, cli, &error));
    CHECK(error.isEmpty());
    CHECK(platform->backgroundRemindersEnabled());

    const QString service = env.read(kService);
    CHECK(service.contains(QStringLiteral("\nType=oneshot\n")));
    CHECK(service.contains(QStringLiteral("\nExecStart=") + cli + QStringLiteral(" reminders --notify\n")));
    CHECK_FALSE(service.contains(QStringLiteral("@REBOUND_CLI@")));
    const QString timer = env.read(kTimer);
    CHECK(timer.contains(QStringLiteral("\nOnCalendar=*:0/15\n")));
    CHECK(timer.contains(QStringLiteral("\nPersistent=true\n")));
    CHECK(timer.contains(QStringLiteral("\nWantedBy=timers.target\n")));
    CHECK(env.calls() == QStringList{QStringLiteral("--user daemon-reload"),
                                     QStringLiteral("--user enable --now rebound-reminders.timer")});

    REQUIRE(platform->setBackgroundReminders(false, QString(), &error));
    CHECK_FALSE(env.exists(kService));
    CHECK_FALSE(env.exists(kTimer));
    CHECK_FALSE(platform->backgroundRemindersEnabled());
    CHECK(env.calls().mid(2) == QStringList{QStringLiteral("--user disable --now rebound-reminders.timer"),
                                            QStringLiteral("--user daemon-reload")});
}

TEST_CASE("The timer's ExecStart quotes a rebound-cli path with spaces", "[notify]") {
    TimerEnvironment env(0);
    const QString dir = env.tmp.filePath(QStringLiteral("my apps"));
    QDir().mkpath(dir);
    const QString cli = dir + QStringLiteral("/rebound-cli");
    REQUIRE(QFile::copy(QStringLiteral(REBOUND_CLI), cli));
    QString error;
    REQUIRE(createPlatform()->setBackgroundReminders(true, cli, &error));
    CHECK(env.read(kService).contains(QStringLiteral("\nExecStart=\"") + cli +
                                      QStringLiteral("\" reminders --notify\n")));
}

TEST_CASE("Background reminders fail with a clear message and leave no files behind", "[notify]") {
    QString error;
    SECTION("systemctl fails (no systemd user session)") {
        TimerEnvironment env(1, "Failed to connect to bus: No medium found");
        const auto platform = createPlatform();
        CHECK_FALSE(platform->setBackgroundReminders(true, QStringLiteral(REBOUND_CLI), &error));
        CHECK(error == QStringLiteral("\"systemctl --user daemon-reload\" failed: Failed to connect to bus: No "
                                      "medium found. Is a systemd user session running?"));
        CHECK_FALSE(env.exists(kService));
        CHECK_FALSE(env.exists(kTimer));
        CHECK_FALSE(platform->backgroundRemindersEnabled());
    }
    SECTION("no systemctl at all") {
        TimerEnvironment env(-1);
        const auto platform = createPlatform();
        CHECK_FALSE(platform->backgroundRemindersSupported());
        CHECK_FALSE(platform->setBackgroundReminders(true, QStringLiteral(REBOUND_CLI), &error));
        CHECK(error == QStringLiteral("systemctl was not found, so the reminder timer cannot be set up (it needs "
                                      "systemd)."));
        CHECK_FALSE(env.exists(kTimer));
    }
    SECTION("no rebound-cli at the given path") {
        TimerEnvironment env(0);
        CHECK_FALSE(createPlatform()->setBackgroundReminders(true, env.tmp.filePath(QStringLiteral("nope")), &error));
        CHECK(error.startsWith(QStringLiteral("rebound-cli was not found at ")));
        CHECK(env.calls().isEmpty());
        CHECK_FALSE(env.exists(kTimer));
    }
}

#include "test_notify.moc"
