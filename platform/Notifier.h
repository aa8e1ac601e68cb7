#pragma once
// OS notifications behind one interface; each platform folder implements it
// (Linux: org.freedesktop.Notifications on the session D-Bus).
#include <QString>

namespace rebound {

struct Notification {
    QString key;   // stable per occurrence; a platform may use it to replace or dedupe
    QString title; // e.g. "Keep in touch with Maya Chen", or a private summary
    QString body;
};

class Notifier {
public:
    virtual ~Notifier() = default;
    // False when the platform has no notification service right now (no session
    // bus, permission refused); `why` says so in words for the user.
    virtual bool available(QString *why = nullptr) = 0;
    // Shows one notification; false with `error` filled when it could not be shown.
    virtual bool show(const Notification &notification, QString *error = nullptr) = 0;
};

} // namespace rebound
