// NOT COMPILED HERE (no Xcode on the Debian machines); see IosNotifier.h.
#include "IosNotifier.h"

#import <UserNotifications/UserNotifications.h>

#include <QEventLoop>
#include <QTimer>

namespace rebound {
namespace {
constexpr int kAnswerTimeoutMs = 5000;

// Waits for a completion handler that UNUserNotificationCenter calls on another queue.
template <typename Start> void waitFor(Start start) {
    QEventLoop loop;
    QTimer::singleShot(kAnswerTimeoutMs, &loop, &QEventLoop::quit);
    start([&loop] { QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection); });
    loop.exec();
}
} // namespace

bool IosNotifier::available(QString *why) {
    __block bool allowed = false;
    UNUserNotificationCenter *center = [UNUserNotificationCenter currentNotificationCenter];
    waitFor([&](auto done) {
        // Asks the first time; afterwards answers with what the user chose in Settings.
        [center requestAuthorizationWithOptions:(UNAuthorizationOptionAlert | UNAuthorizationOptionSound)
                              completionHandler:^(BOOL granted, NSError *) {
                                allowed = granted;
                                done();
                              }];
    });
    if (!allowed && why)
        *why = tr("Notifications are turned off for Rebound in the Settings app.");
    return allowed;
}

bool IosNotifier::show(const Notification &notification, QString *error) {
    if (!available(error))
        return false;
    UNMutableNotificationContent *content = [[UNMutableNotificationContent alloc] init];
    content.title = notification.title.toNSString();
    content.body = notification.body.toNSString();
    content.sound = [UNNotificationSound defaultSound];
    // No trigger: deliver now. The key as identifier replaces an earlier one for the same occurrence.
    UNNotificationRequest *request = [UNNotificationRequest requestWithIdentifier:notification.key.toNSString()
                                                                          content:content
                                                                          trigger:nil];
    __block bool added = false;
    waitFor([&](auto done) {
        [[UNUserNotificationCenter currentNotificationCenter] addNotificationRequest:request
                                                               withCompletionHandler:^(NSError *failure) {
                                                                 added = failure == nil;
                                                                 done();
                                                               }];
    });
    if (!added && error)
        *error = tr("iOS did not show the notification.");
    return added;
}

} // namespace rebound
