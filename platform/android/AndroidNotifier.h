#pragma once
// NOT COMPILED HERE: the Debian development machines and CI have no Android SDK/NDK.
// Written against Qt 6.4's QJniObject and the Android SDK (API 26+ channels, API 33+
// POST_NOTIFICATIONS permission); build and test it on an Android kit before relying on it.
#include "Notifier.h"

#include <QCoreApplication>

namespace rebound {

class AndroidNotifier final : public Notifier {
    Q_DECLARE_TR_FUNCTIONS(AndroidNotifier)
public:
    static inline const QString kChannelId = QStringLiteral("rebound_reminders");

    bool available(QString *why = nullptr) override;
    bool show(const Notification &notification, QString *error = nullptr) override;

private:
    bool ensureChannel();
    bool m_channelReady = false;
};

} // namespace rebound
