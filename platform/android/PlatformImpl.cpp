#include "AndroidNotifier.h"
#include "Platform.h"

#include <QCoreApplication>
#include <QJniEnvironment>
#include <QJniObject>
#include <QVariant>

// NOT COMPILED HERE: not buildable on the Debian development machines (no Android SDK);
// see platform/android/README.md. Written against Qt 6.4, where
// QNativeInterface::QAndroidApplication::context() returns a jobject.
namespace rebound {
namespace {

using QNativeInterface::QAndroidApplication;

constexpr int kApiPostNotifications = 33;   // Android 13: notifications need a runtime permission
constexpr int kPermissionGranted = 0;       // PackageManager.PERMISSION_GRANTED
constexpr int kNotificationRequestCode = 9; // ours; Rebound does not read the answer back
const char *const kPostNotifications = "android.permission.POST_NOTIFICATIONS";

// Runs `work` with the current Activity on Android's UI thread (window flags and permission
// dialogs belong there). Does nothing when Qt runs without an activity (e.g. as a service).
void onActivity(void (*work)(const QJniObject &activity)) {
    QAndroidApplication::runOnAndroidMainThread([work]() -> QVariant {
        if (!QAndroidApplication::isActivityContext())
            return {};
        const QJniObject activity(QAndroidApplication::context());
        if (activity.isValid())
            work(activity);
        QJniEnvironment env;
        env.checkAndClearExceptions(); // a Java exception must not cross into Qt's code
        return {};
    });
}

// FLAG_SECURE: the window's content is left out of screenshots, screen recordings, casting
// to non-secure displays and the recent-apps thumbnail. Set on the window, so it lasts as
// long as this activity; QtActivity handles configuration changes itself (configChanges in
// the manifest), so the window is not recreated on rotation.
void secureWindow(const QJniObject &activity) {
    const QJniObject window = activity.callObjectMethod("getWindow", "()Landroid/view/Window;");
    if (!window.isValid())
        return;
    const jint flagSecure = QJniObject::getStaticField<jint>("android/view/WindowManager$LayoutParams", "FLAG_SECURE");
    window.callMethod<void>("addFlags", "(I)V", flagSecure);
}

// Android 13+ shows notifications of apps that target API 33 only after the user allowed
// POST_NOTIFICATIONS; ask once (Android itself stops asking after the user refused twice).
// The answer arrives in Activity.onRequestPermissionsResult, which QtActivity does not pass on;
// AndroidNotifier::available() reads the outcome through areNotificationsEnabled() instead.
void askForNotifications(const QJniObject &activity) {
    const QJniObject permission = QJniObject::fromString(QString::fromLatin1(kPostNotifications));
    if (activity.callMethod<jint>("checkSelfPermission", "(Ljava/lang/String;)I", permission.object<jstring>()) ==
        kPermissionGranted)
        return;
    QJniEnvironment env;
    jobjectArray permissions = env->NewObjectArray(1, env.findClass("java/lang/String"), permission.object<jstring>());
    if (!permissions)
        return;
    activity.callMethod<void>("requestPermissions", "([Ljava/lang/String;I)V", permissions,
                              jint(kNotificationRequestCode));
    env->DeleteLocalRef(permissions);
}

class MobilePlatform final : public Platform {
public:
    QString name() const override { return QStringLiteral("android"); }
    bool locksWhenInactive() const override { return true; }
    bool isMobile() const override { return true; }

    std::unique_ptr<Notifier> createNotifier() override {
        if (QAndroidApplication::sdkVersion() >= kApiPostNotifications)
            onActivity(askForNotifications);
        return std::make_unique<AndroidNotifier>();
    }

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

    void protectScreen() override { onActivity(secureWindow); }
    // Backups: the manifest turns off auto backup and adb backup (allowBackup="false") and
    // res/xml/data_extraction_rules.xml excludes everything from cloud backup and
    // device-to-device transfer on Android 12+, so there is nothing to do per folder.
};
} // namespace

std::unique_ptr<Platform> createPlatform() {
    return std::make_unique<MobilePlatform>();
}
} // namespace rebound
