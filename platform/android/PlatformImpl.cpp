#include "Platform.h"

// Not buildable on the Debian development machines (no android SDK); see README "Phones".
namespace rebound {
namespace {
class MobilePlatform final : public Platform {
public:
    QString name() const override { return QStringLiteral("android"); }
    bool locksWhenInactive() const override { return true; }
    bool isMobile() const override { return true; }
};
} // namespace

std::unique_ptr<Platform> createPlatform() {
    return std::make_unique<MobilePlatform>();
}
} // namespace rebound
