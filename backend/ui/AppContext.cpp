#include "AppContext.h"

#include <QGuiApplication>
#include <QPalette>

namespace rebound {

AppContext::AppContext(const Parts &parts, QString platformName, bool mobile, QObject *parent)
    : QObject(parent)
    , m_parts(parts)
    , m_platformName(std::move(platformName))
    , m_mobile(mobile) {}

QString AppContext::version() const {
    return QStringLiteral(REBOUND_VERSION);
}

bool AppContext::systemPrefersDark() const {
    constexpr int kMidLightness = 128;
    return QGuiApplication::palette().color(QPalette::Window).lightness() < kMidLightness;
}

} // namespace rebound
