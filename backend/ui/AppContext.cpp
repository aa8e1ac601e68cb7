#include "AppContext.h"

#include <QFont>
#include <QGuiApplication>
#include <algorithm>
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

qreal AppContext::fontScale() const {
    // Desktops and phones report the user's text size through the application
    // font (GNOME's "Large Text", Android's font scale); 10 pt is Qt's usual size.
    constexpr qreal kUsualPointSize = 10.0;
    constexpr qreal kMaxScale = 2.0;
    const qreal points = QGuiApplication::font().pointSizeF();
    if (points <= 0)
        return 1.0;
    return std::clamp(points / kUsualPointSize, 1.0, kMaxScale);
}

} // namespace rebound
