#pragma once
#include "Clock.h"

#include <QString>
#include <algorithm>
#include <compare>
#include <optional>

namespace rebound {

// Hybrid logical clock timestamp: 48 bits of wall milliseconds and a 16-bit counter.
// Its text form is fixed-width hex, so string order equals time order in SQL.
struct HlcTimestamp {
    qint64 wallMs = 0;
    quint16 counter = 0;

    auto operator<=>(const HlcTimestamp &) const = default;
    QString toString() const;
    static std::optional<HlcTimestamp> parse(QStringView text);
};

// Issues strictly increasing timestamps even when the wall clock jumps backwards,
// and merges timestamps received from other devices (used by sync).
class HybridLogicalClock {
public:
    static constexpr qint64 kMaxWallMs = (qint64(1) << 48) - 1;
    static constexpr qint64 kMaxForwardDriftMs = 5 * 60 * 1000;

    explicit HybridLogicalClock(const Clock &clock, HlcTimestamp last = {});

    HlcTimestamp now();
    // Folds a remote timestamp in. Returns nullopt (and changes nothing) when the
    // remote clock is more than kMaxForwardDriftMs ahead of ours.
    std::optional<HlcTimestamp> receive(HlcTimestamp remote);
    HlcTimestamp last() const { return m_last; }
    // Never issue anything at or below `issued` (stamps written by another process).
    void observe(HlcTimestamp issued) { m_last = std::max(m_last, issued); }

private:
    HlcTimestamp advancedTo(qint64 wallMs, quint32 counter) const;

    const Clock &m_clock;
    HlcTimestamp m_last;
};

} // namespace rebound
