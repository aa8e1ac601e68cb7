#include "Platform.h"

namespace rebound {
namespace {
class LinuxPlatform final : public Platform {
public:
    QString name() const override { return QStringLiteral("linux"); }
    bool locksWhenInactive() const override { return false; }
    bool isMobile() const override { return false; }
};
} // namespace

std::unique_ptr<Platform> createPlatform() {
    return std::make_unique<LinuxPlatform>();
}
} // namespace rebound
