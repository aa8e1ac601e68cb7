#pragma once
// Linux notifications: org.freedesktop.Notifications on the session D-Bus
// (https://specifications.freedesktop.org/notification-spec/latest/).
#include "Notifier.h"

#include <QCoreApplication>
#include <QDBusConnection>

namespace rebound {

class DBusNotifier final : public Notifier {
    Q_DECLARE_TR_FUNCTIONS(DBusNotifier)
public:
    static inline const QString kService = QStringLiteral("org.freedesktop.Notifications");
    static inline const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
    static inline const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
    static constexpr int kCallTimeoutMs = 5000; // a notification daemon that hangs must not hang us

    // Default: the user's session bus. Tests pass a connection to a private bus.
    explicit DBusNotifier(const QDBusConnection &connection = QDBusConnection::sessionBus());

    bool available(QString *why = nullptr) override;
    bool show(const Notification &notification, QString *error = nullptr) override;

private:
    QDBusConnection m_connection;
};

} // namespace rebound
