#include "DBusNotifier.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#include <QVariantMap>

namespace rebound {

DBusNotifier::DBusNotifier(const QDBusConnection &connection)
    : m_connection(connection) {}

bool DBusNotifier::available(QString *why) {
    if (!m_connection.isConnected()) {
        if (why)
            *why = tr("Notifications cannot be shown: there is no desktop session bus (D-Bus) to send "
                      "them through.");
        return false;
    }
    QDBusConnectionInterface *bus = m_connection.interface();
    // A notification daemon may also be started on demand by the bus (activatable).
    bool registered = bus && bus->isServiceRegistered(kService).value();
    if (!registered && bus) {
        const QDBusReply<QStringList> activatable =
            m_connection.call(QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.DBus"),
                                                             QStringLiteral("/org/freedesktop/DBus"),
                                                             QStringLiteral("org.freedesktop.DBus"),
                                                             QStringLiteral("ListActivatableNames")),
                              QDBus::Block, kCallTimeoutMs);
        registered = activatable.isValid() && activatable.value().contains(kService);
    }
    if (!registered) {
        if (why)
            *why = tr("Notifications cannot be shown: no notification service is running in this desktop "
                      "session.");
        return false;
    }
    return true;
}

bool DBusNotifier::show(const Notification &notification, QString *error) {
    QString why;
    if (!available(&why)) {
        if (error)
            *error = why;
        return false;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    const QVariantMap hints{{QStringLiteral("desktop-entry"), QStringLiteral("rebound")},
                            {QStringLiteral("urgency"), QVariant::fromValue(uchar(1))}}; // normal
    call << QStringLiteral("Rebound")   // app_name
         << uint(0)                      // replaces_id
         << QString()                    // app_icon
         << notification.title           // summary
         << notification.body            // body
         << QStringList()                // actions
         << hints                        // hints
         << int(-1);                     // expire_timeout: the server decides
    const QDBusReply<uint> reply = m_connection.call(call, QDBus::Block, kCallTimeoutMs);
    if (!reply.isValid()) {
        if (error)
            *error = tr("The notification service did not show the notification: %1")
                         .arg(reply.error().message());
        return false;
    }
    return true;
}

} // namespace rebound
