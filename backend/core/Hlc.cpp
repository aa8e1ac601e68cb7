#include "Hlc.h"

#include <algorithm>

namespace rebound {

QString HlcTimestamp::toString() const {
    return QStringLiteral("%1%2")
        .arg(quint64(wallMs), 12, 16, QLatin1Char('0'))
        .arg(uint(counter), 4, 16, QLatin1Char('0'));
}

std::optional<HlcTimestamp> HlcTimestamp::parse(QStringView text) {
    if (text.size() != 16)
        return std::nullopt;
    bool okWall = false, okCounter = false;
    const qint64 wall = text.first(12).toLongLong(&okWall, 16);
    const uint counter = text.sliced(12).toUInt(&okCounter, 16);
    if (!okWall || !okCounter || wall < 0 || counter > 0xFFFF)
        return std::nullopt;
    return HlcTimestamp{wall, quint16(counter)};
}

HybridLogicalClock::HybridLogicalClock(const Clock &clock, HlcTimestamp last)
    : m_clock(clock)
    , m_last(last) {}

// A counter that would overflow borrows one millisecond from the future instead:
// timestamps stay unique and ordered, and the wall clock soon catches up.
HlcTimestamp HybridLogicalClock::advancedTo(qint64 wallMs, quint32 counter) const {
    if (counter > 0xFFFF) {
        wallMs += 1;
        counter = 0;
    }
    return HlcTimestamp{std::min(wallMs, kMaxWallMs), quint16(counter)};
}

HlcTimestamp HybridLogicalClock::now() {
    const qint64 physical = std::clamp<qint64>(m_clock.nowMs(), 0, kMaxWallMs);
    if (physical > m_last.wallMs)
        m_last = HlcTimestamp{physical, 0};
    else
        m_last = advancedTo(m_last.wallMs, quint32(m_last.counter) + 1);
    return m_last;
}

std::optional<HlcTimestamp> HybridLogicalClock::receive(HlcTimestamp remote) {
    const qint64 physical = std::clamp<qint64>(m_clock.nowMs(), 0, kMaxWallMs);
    if (remote.wallMs > physical + kMaxForwardDriftMs)
        return std::nullopt;
    const qint64 wall = std::max({physical, m_last.wallMs, remote.wallMs});
    quint32 counter = 0;
    if (wall == m_last.wallMs && wall == remote.wallMs)
        counter = quint32(std::max(m_last.counter, remote.counter)) + 1;
    else if (wall == m_last.wallMs)
        counter = quint32(m_last.counter) + 1;
    else if (wall == remote.wallMs)
        counter = quint32(remote.counter) + 1;
    m_last = advancedTo(wall, counter);
    return m_last;
}

} // namespace rebound
