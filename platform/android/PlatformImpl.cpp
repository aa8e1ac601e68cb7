#include "AndroidNotifier.h"
#include "Platform.h"

#include <QCoreApplication>

// NOT COMPILED HERE: not buildable on the Debian development machines (no Android SDK);
// see README "Phones".
namespace rebound {
namespace {
class MobilePlatform final : public Platform {
public:
    QString name() const override { return QStringLiteral("android"); }
    bool locksWhenInactive() const override { return true; }
    bool isMobile() const override { return true; }

    std::unique_ptr<Notifier> createNotifier() override { return std::make_unique<AndroidNotifier>(); }

    // Reminders while the app is closed need a WorkManager periodic worker (or an
    // AlarmManager alarm) on the Java side that starts Rebound's Qt code, opens the
    // vault with the key from the Android Keystore and runs ReminderNotifier::notifyDue().
    // That Java part does not exist yet, so this build says plainly that it cannot.
    bool backgroundRemindersSupported() const override { return false; }
    bool backgroundRemindersEnabled() const override { return false; }
    bool setBackgroundReminders(bool enabled, const QString &, QString *error) override {
        if (!enabled)
            return true;
        if (error)
            *error = QCoreApplication::translate(
                "MobilePlatform", "On Android this version notifies only while Rebound is open.");
        return false;
    }
};
} // namespace

std::unique_ptr<Platform> createPlatform() {
    return std::make_unique<MobilePlatform>();
}
} // namespace rebound
