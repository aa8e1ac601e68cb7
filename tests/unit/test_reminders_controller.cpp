// The reminders inbox controller on a real vault with a fake clock; the OS
// notifier and the background timer are test doubles of the platform seam
// (the real D-Bus notifier is tested on a private bus in [notify]).
#include "Platform.h"
#include "TestSupport.h"
#include "services/AppSettings.h"
#include "services/VaultSession.h"
#include "ui/RemindersController.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace rebound;
using namespace rebound::test;

namespace {

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

struct RecordingNotifier final : Notifier {
    QList<Notification> *shown;
    explicit RecordingNotifier(QList<Notification> *list)
        : shown(list) {}
    bool available(QString *) override { return true; }
    bool show(const Notification &n, QString *) override {
        shown->append(n);
        return true;
    }
};

struct FakePlatform final : Platform {
    QList<Notification> shown;
    bool background = false;
    bool failBackground = false;
    QString cliPath;
    QString name() const override { return QStringLiteral("test"); }
    bool locksWhenInactive() const override { return false; }
    bool isMobile() const override { return false; }
    std::unique_ptr<Notifier> createNotifier() override { return std::make_unique<RecordingNotifier>(&shown); }
    bool backgroundRemindersSupported() const override { return true; }
    bool backgroundRemindersEnabled() const override { return background; }
    bool setBackgroundReminders(bool enabled, const QString &path, QString *error) override {
        if (failBackground) {
            *error = QStringLiteral("systemctl is not available.");
            return false;
        }
        background = enabled;
        cliPath = path;
        return true;
    }
};

struct Fixture {
    QTemporaryDir tmp;
    FakeClock clock{QDateTime(QDate(2026, 6, 17), QTime(12, 0)).toMSecsSinceEpoch()};
    AppSettings settings{
        std::make_unique<QSettings>(tmp.filePath(QStringLiteral("s.ini")), QSettings::IniFormat)};
    VaultSession session{tmp.filePath(QStringLiteral("vault")), settings, nullptr, clock};
    FakePlatform platform;
    RemindersController reminders{session, settings, platform, QStringLiteral("/opt/rebound/rebound-cli")};
    Fixture() {
        session.open(createVault(session.dir(), "test passphrase", clock));
        Checklist list = vault().checklists().list().constFirst();
        list.everyWeeks = 0; // its schedule follows the real day the vault was made
        vault().checklists().update(list);
    }
    Vault &vault() { return *session.vault(); }
    QDate today() const { return localToday(clock); }
    Contact contactDueToday(const QString &name) {
        Contact c;
        c.name = name;
        c.cadenceDays = 5;
        c = vault().contacts().create(c);
        Interaction i;
        i.contactId = c.id;
        i.kind = interactionkind::kCall;
        i.occurredOn = today().addDays(-5);
        vault().contacts().logInteraction(i);
        return c;
    }
};

QStringList titles(const QVariantList &items) {
    QStringList out;
    for (const QVariant &v : items)
        out << v.toMap().value(QStringLiteral("title")).toString();
    return out;
}

} // namespace

TEST_CASE("The inbox shows what is due, counts the unseen and marks them seen", "[remindersui]") {
    Fixture f;
    f.contactDueToday(QStringLiteral("Ana"));
    f.contactDueToday(QStringLiteral("Ben"));
    f.reminders.dataChanged();
    CHECK(titles(f.reminders.inbox()) ==
          QStringList{QStringLiteral("Keep in touch with Ana"), QStringLiteral("Keep in touch with Ben")});
    CHECK(f.reminders.unseenCount() == 2);
    const QVariantMap first = f.reminders.inbox().constFirst().toMap();
    CHECK(first.value(QStringLiteral("kindLabel")).toString() == QStringLiteral("Keep in touch"));
    CHECK(first.value(QStringLiteral("whenText")).toString().startsWith(QStringLiteral("Today at ")));
    f.reminders.markAllSeen();
    CHECK(f.reminders.unseenCount() == 0);
    CHECK(f.reminders.inbox().size() == 2);

    // Done with undo; snooze until tomorrow moves it to "coming up".
    const QString key = first.value(QStringLiteral("key")).toString();
    REQUIRE(f.reminders.dismiss(key));
    CHECK(f.reminders.inbox().size() == 1);
    CHECK(f.reminders.canUndo());
    REQUIRE(f.reminders.undoDismiss());
    CHECK(f.reminders.inbox().size() == 2);
    REQUIRE(f.reminders.snooze(key, 1));
    CHECK(titles(f.reminders.inbox()) == QStringList{QStringLiteral("Keep in touch with Ben")});
    CHECK(titles(f.reminders.upcoming()).contains(QStringLiteral("Keep in touch with Ana")));
    CHECK_FALSE(f.reminders.snooze(key, 0));
    CHECK(f.reminders.errorMessage() == QStringLiteral("Snooze for 1 to 365 days."));
    CHECK_FALSE(f.reminders.dismiss(QStringLiteral("no:such:key")));
    CHECK(f.reminders.errorMessage() == QStringLiteral("That reminder is no longer due."));

    // Locking clears everything and writes say why they cannot happen.
    f.session.lock();
    CHECK(f.reminders.inbox().isEmpty());
    CHECK(f.reminders.unseenCount() == 0);
    CHECK_FALSE(f.reminders.setTagCadence(contacttag::kMentor, 10));
    CHECK(f.reminders.errorMessage() == QStringLiteral("The vault is locked."));
}

TEST_CASE("While unlocked, due reminders become OS notifications once", "[remindersui]") {
    Fixture f;
    CHECK_FALSE(f.settings.notificationDetails()); // private by default
    f.settings.setNotificationDetails(true);
    f.contactDueToday(QStringLiteral("Ana"));
    f.reminders.dataChanged();
    // Re-opening the session starts the in-app notifier, which notifies at once.
    f.session.lock();
    f.session.open(Vault::unlock(f.session.dir(), secret("test passphrase"), f.clock));
    REQUIRE(f.platform.shown.size() == 1);
    CHECK(f.platform.shown.constFirst().title == QStringLiteral("Keep in touch with Ana"));
    f.reminders.dataChanged();
    f.session.lock();
    f.session.open(Vault::unlock(f.session.dir(), secret("test passphrase"), f.clock));
    CHECK(f.platform.shown.size() == 1); // notified on this device already

    // Without names: only how many.
    f.settings.setNotificationDetails(false);
    f.contactDueToday(QStringLiteral("Ben"));
    f.clock.advance(kDayMs / 24);
    f.session.lock();
    f.session.open(Vault::unlock(f.session.dir(), secret("test passphrase"), f.clock));
    REQUIRE(f.platform.shown.size() == 2);
    CHECK_FALSE(f.platform.shown.constLast().title.contains(QStringLiteral("Ben")));
    CHECK_FALSE(f.platform.shown.constLast().body.contains(QStringLiteral("Ben")));
}

TEST_CASE("Reminder settings: time, tag cadences, templates and the background timer", "[remindersui]") {
    Fixture f;
    QSignalSpy settingsSpy(&f.reminders, &RemindersController::settingsChanged);
    f.reminders.setReminderTime(QStringLiteral("07:45"));
    CHECK(f.reminders.reminderTime() == QStringLiteral("07:45"));
    CHECK(f.settings.reminderTime() == QTime(7, 45));
    CHECK(settingsSpy.count() >= 1);
    f.reminders.setReminderTime(QStringLiteral("25:00"));
    CHECK(f.reminders.reminderTime() == QStringLiteral("07:45"));
    CHECK_FALSE(f.reminders.errorMessage().isEmpty());

    REQUIRE(f.reminders.setTagCadence(contacttag::kMentor, 10));
    bool found = false;
    for (const QVariant &v : f.reminders.tagCadences())
        if (v.toMap().value(QStringLiteral("tag")) == contacttag::kMentor) {
            CHECK(v.toMap().value(QStringLiteral("days")).toInt() == 10);
            found = true;
        }
    CHECK(found);
    CHECK_FALSE(f.reminders.setTagCadence(contacttag::kMentor, -3));

    const int before = int(f.reminders.templates().size());
    const QString id = f.reminders.saveTemplate({}, QStringLiteral("Short"), QStringLiteral("Hi {first_name}!"));
    REQUIRE_FALSE(id.isEmpty());
    CHECK(f.reminders.templates().size() == before + 1);
    CHECK(f.reminders.saveTemplate(id, QStringLiteral("Short"), QStringLiteral("Hello")) == id);
    CHECK(f.reminders.saveTemplate({}, QStringLiteral(" "), QStringLiteral("x")).isEmpty());
    CHECK(f.reminders.errorMessage() == QStringLiteral("Give the template a name."));
    REQUIRE(f.reminders.removeTemplate(id));
    CHECK(f.reminders.templates().size() == before);
    REQUIRE(f.reminders.undoRemoveTemplate());
    CHECK(f.reminders.templates().size() == before + 1);

    CHECK(f.reminders.backgroundSupported());
    REQUIRE(f.reminders.setBackgroundEnabled(true));
    CHECK(f.reminders.backgroundEnabled());
    CHECK(f.platform.cliPath == QStringLiteral("/opt/rebound/rebound-cli"));
    f.platform.failBackground = true;
    CHECK_FALSE(f.reminders.setBackgroundEnabled(false));
    CHECK(f.reminders.errorMessage() == QStringLiteral("systemctl is not available."));
    CHECK(f.reminders.backgroundEnabled());
}
