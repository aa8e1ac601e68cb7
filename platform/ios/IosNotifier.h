#pragma once
// NOT COMPILED HERE: the Debian development machines and CI have no Xcode or iOS SDK.
// Written against UNUserNotificationCenter (iOS 10+); build and test it on a Mac first.
#include "Notifier.h"

#include <QCoreApplication>

namespace rebound {

class IosNotifier final : public Notifier {
    Q_DECLARE_TR_FUNCTIONS(IosNotifier)
public:
    bool available(QString *why = nullptr) override;
    bool show(const Notification &notification, QString *error = nullptr) override;
};

} // namespace rebound
