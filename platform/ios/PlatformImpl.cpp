#include "IosNotifier.h"
#include "IosPrivacy.h"
#include "Platform.h"

#include <QCoreApplication>

// NOT COMPILED HERE: not buildable on the Debian development machines (no iOS SDK);
// see platform/ios/README.md.
namespace rebound {
namespace {
class MobilePlatform final : public Platform {
public:
    QString name() const override { return QStringLiteral("ios"); }
    bool locksWhenInactive() const override { return true; }
    bool isMobile() const override { return true; }

    std::unique_ptr<Notifier> createNotifier() override { return std::make_unique<IosNotifier>(); }

    // iOS runs no code of ours while the app is closed except at times it picks
    // (BGAppRefreshTask); the way to fire on time is to schedule the upcoming
    // reminders as UNCalendarNotificationTrigger requests while the app is open.
    // Not done in this version, and this build says so.
    bool backgroundRemindersSupported() const override { return false; }
    bool backgroundRemindersEnabled() const override { return false; }
    bool setBackgroundReminders(bool enabled, const QString &, QString *error) override {
        if (!enabled)
            return true;
        if (error)
            *error = QCoreApplication::translate("MobilePlatform",
                                                 "On iOS this version notifies only while Rebound is open.");
        return false;
    }

    // The app-switcher snapshot: an opaque cover while the app is inactive (IosPrivacy.mm).
    // iOS has no way to block screenshots the user takes of the visible screen.
    void protectScreen() override { ios::installPrivacyCover(); }
    // iCloud and computer backups skip the vault folder. The settings (Library/Preferences)
    // are still backed up; they hold no journal text, names or keys.
    bool excludeFromBackup(const QString &dir) override { return ios::excludeFromBackup(dir); }
};
} // namespace

std::unique_ptr<Platform> createPlatform() {
    return std::make_unique<MobilePlatform>();
}
} // namespace rebound
