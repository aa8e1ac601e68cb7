// NOT COMPILED HERE (no Android SDK on the Debian machines); see AndroidNotifier.h.
#include "AndroidNotifier.h"

#include <QCoreApplication>
#include <QJniEnvironment>
#include <QJniObject>

namespace rebound {
namespace {

QJniObject context() {
    return QJniObject(QNativeInterface::QAndroidApplication::context());
}

QJniObject notificationManager() {
    const QJniObject service = QJniObject::getStaticObjectField<jstring>("android/content/Context",
                                                                         "NOTIFICATION_SERVICE");
    return context().callObjectMethod("getSystemService", "(Ljava/lang/String;)Ljava/lang/Object;",
                                      service.object<jstring>());
}

int sdkVersion() {
    return QNativeInterface::QAndroidApplication::sdkVersion();
}

constexpr int kApiChannels = 26;         // Android 8: notifications need a channel
constexpr int kImportanceDefault = 3;    // NotificationManager.IMPORTANCE_DEFAULT

} // namespace

bool AndroidNotifier::ensureChannel() {
    if (m_channelReady || sdkVersion() < kApiChannels)
        return m_channelReady = true;
    const QJniObject id = QJniObject::fromString(kChannelId);
    const QJniObject name = QJniObject::fromString(tr("Reminders"));
    QJniObject channel("android/app/NotificationChannel", "(Ljava/lang/String;Ljava/lang/CharSequence;I)V",
                       id.object<jstring>(), name.object<jstring>(), jint(kImportanceDefault));
    notificationManager().callMethod<void>("createNotificationChannel", "(Landroid/app/NotificationChannel;)V",
                                           channel.object());
    QJniEnvironment env;
    m_channelReady = !env.checkAndClearExceptions();
    return m_channelReady;
}

bool AndroidNotifier::available(QString *why) {
    // NotificationManager.areNotificationsEnabled() is false when the user refused
    // POST_NOTIFICATIONS (Android 13+) or turned notifications off for the app.
    const QJniObject manager = notificationManager();
    if (!manager.isValid() || !manager.callMethod<jboolean>("areNotificationsEnabled")) {
        if (why)
            *why = tr("Notifications are turned off for Rebound in the system settings.");
        return false;
    }
    return true;
}

bool AndroidNotifier::show(const Notification &notification, QString *error) {
    if (!available(error))
        return false;
    if (!ensureChannel()) {
        if (error)
            *error = tr("Android refused the reminders notification channel.");
        return false;
    }
    QJniObject builder("android/app/Notification$Builder", "(Landroid/content/Context;Ljava/lang/String;)V",
                       context().object(), QJniObject::fromString(kChannelId).object<jstring>());
    const jint icon = QJniObject::getStaticField<jint>("android/R$drawable", "ic_dialog_info");
    builder.callObjectMethod("setSmallIcon", "(I)Landroid/app/Notification$Builder;", icon);
    builder.callObjectMethod("setContentTitle", "(Ljava/lang/CharSequence;)Landroid/app/Notification$Builder;",
                             QJniObject::fromString(notification.title).object<jstring>());
    builder.callObjectMethod("setContentText", "(Ljava/lang/CharSequence;)Landroid/app/Notification$Builder;",
                             QJniObject::fromString(notification.body).object<jstring>());
    builder.callObjectMethod("setAutoCancel", "(Z)Landroid/app/Notification$Builder;", jboolean(true));
    const QJniObject built = builder.callObjectMethod("build", "()Landroid/app/Notification;");
    // The key as tag: a second notification for the same occurrence replaces the first.
    notificationManager().callMethod<void>("notify", "(Ljava/lang/String;ILandroid/app/Notification;)V",
                                           QJniObject::fromString(notification.key).object<jstring>(), jint(0),
                                           built.object());
    QJniEnvironment env;
    if (env.checkAndClearExceptions()) {
        if (error)
            *error = tr("Android did not show the notification.");
        return false;
    }
    return true;
}

} // namespace rebound
