#pragma once
// The seam between portable code and the operating system. One implementation per
// platform folder is compiled in, chosen by platform/CMakeLists.txt; nothing else
// in the code base uses #ifdef for the OS.
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
};

std::unique_ptr<Platform> createPlatform();

} // namespace rebound
