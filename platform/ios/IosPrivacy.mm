// NOT COMPILED HERE (no Xcode on the Debian machines); see IosPrivacy.h. Needs ARC
// (-fobjc-arc, set in platform/CMakeLists.txt) and UIKit.
#include "IosPrivacy.h"

#import <Foundation/Foundation.h>
#import <UIKit/UIKit.h>

#include <QDir>

namespace rebound::ios {
namespace {

// Tag of our cover views; any number no Qt view uses (Qt leaves tags at 0).
constexpr NSInteger kCoverTag = 0x52424e44; // "RBND"

// The app's windows (iOS 13+ lists every window scene in connectedScenes, also for apps
// that do not adopt the scene life cycle; Qt 6.4 needs a newer iOS than 13 anyway).
NSArray<UIWindow *> *appWindows() {
    NSMutableArray<UIWindow *> *windows = [NSMutableArray array];
    for (UIScene *scene in UIApplication.sharedApplication.connectedScenes) {
        if ([scene isKindOfClass:[UIWindowScene class]])
            [windows addObjectsFromArray:((UIWindowScene *)scene).windows];
    }
    return windows;
}

// Opaque rather than blurred: a blur still shows the layout and large text (headings,
// amounts, names) in the app switcher.
void cover() {
    for (UIWindow *window in appWindows()) {
        if ([window viewWithTag:kCoverTag])
            continue;
        UIView *view = [[UIView alloc] initWithFrame:window.bounds];
        view.tag = kCoverTag;
        view.backgroundColor = UIColor.systemBackgroundColor; // follows light/dark mode
        view.autoresizingMask = UIViewAutoresizingFlexibleWidth | UIViewAutoresizingFlexibleHeight;
        view.userInteractionEnabled = NO;
        [window addSubview:view];
        [window bringSubviewToFront:view];
    }
}

void uncover() {
    for (UIWindow *window in appWindows())
        [[window viewWithTag:kCoverTag] removeFromSuperview];
}

} // namespace

void installPrivacyCover() {
    NSNotificationCenter *center = NSNotificationCenter.defaultCenter;
    NSOperationQueue *main = NSOperationQueue.mainQueue;
    // Function-local statics: the observers are added on the first call only, and the
    // tokens live as long as the app (they are never removed).
    static id resignToken = [center addObserverForName:UIApplicationWillResignActiveNotification
                                                object:nil
                                                 queue:main
                                            usingBlock:^(NSNotification *) { cover(); }];
    static id activeToken = [center addObserverForName:UIApplicationDidBecomeActiveNotification
                                                object:nil
                                                 queue:main
                                            usingBlock:^(NSNotification *) { uncover(); }];
    (void)resignToken;
    (void)activeToken;
}

bool excludeFromBackup(const QString &dir) {
    if (dir.isEmpty() || !QDir().mkpath(dir))
        return false;
    NSURL *url = [NSURL fileURLWithPath:dir.toNSString() isDirectory:YES];
    NSError *error = nil;
    // The error text names the path; it is not logged (paths stay out of logs).
    return [url setResourceValue:@YES forKey:NSURLIsExcludedFromBackupKey error:&error] == YES;
}

} // namespace rebound::ios
