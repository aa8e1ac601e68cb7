#pragma once
// The seam between portable code and the operating system. One implementation per
// platform folder is compiled in, chosen by platform/CMakeLists.txt; nothing else
// in the code base uses #ifdef for the OS.
#include "Notifier.h"

#include <QString>
#include <memory>

namespace rebound {

class Platform {
public:
    virtual ~Platform() = default;
    // Short name for logs and the About page ("linux", "android", ...).
    virtual QString name() const = 0;
    // Phones lock the vault as soon as the app leaves the foreground; desktops only
    // when the window is hidden or the session is suspended (focus changes are normal).
    virtual bool locksWhenInactive() const = 0;
    // A phone-sized default layout when the window manager does not decide for us.
    virtual bool isMobile() const = 0;
    // The OS notification service (never null; may report !available()).
    virtual std::unique_ptr<Notifier> createNotifier() = 0;
    // Firing reminders while the app is closed (Linux: a systemd user timer running
    // `rebound-cli reminders --notify`). False with `error` when it could not be set.
    virtual bool backgroundRemindersSupported() const = 0;
    virtual bool backgroundRemindersEnabled() const = 0;
    virtual bool setBackgroundReminders(bool enabled, const QString &cliPath, QString *error = nullptr) = 0;
    // Phones: keep the vault out of screenshots, screen recordings and the app-switcher
    // thumbnail (Android: FLAG_SECURE on the activity window; iOS: an opaque cover over the
    // windows while the app is inactive). Call once, after the QML window exists. Desktops
    // have no such switch: nothing to do.
    virtual void protectScreen() {}
    // Keeps `dir` (the vault folder) out of the OS's device backups (iOS: creates `dir` if
    // missing and sets NSURLIsExcludedFromBackupKey). False when the OS refused. Android
    // excludes everything through the manifest's backup rules; desktops back up what the
    // user chooses.
    virtual bool excludeFromBackup(const QString & /*dir*/) { return true; }
};

std::unique_ptr<Platform> createPlatform();

} // namespace rebound
