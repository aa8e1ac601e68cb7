#pragma once
// NOT COMPILED HERE: the Debian development machines and CI have no Xcode or iOS SDK.
// UIKit/Foundation calls behind plain C++ functions so PlatformImpl.cpp stays C++
// (IosPrivacy.mm is Objective-C++, compiled with ARC; see platform/CMakeLists.txt).
#include <QString>

namespace rebound::ios {

// Covers every window of the app with an opaque view while the app is not active
// (UIApplicationWillResignActiveNotification), so the snapshot iOS takes for the app
// switcher shows no vault content; removes it on UIApplicationDidBecomeActiveNotification.
// Safe to call more than once (observes only once).
void installPrivacyCover();

// Creates `dir` if missing and sets NSURLIsExcludedFromBackupKey on it, so iCloud and
// computer backups skip the folder and everything in it. False when iOS refused.
bool excludeFromBackup(const QString &dir);

} // namespace rebound::ios
