#pragma once
#include <QDateTime>
#include <QTimeZone>
#include <QtGlobal>
#include <optional>

namespace rebound {

// Wall clock behind an interface so HLC, auto-lock and (later) reminders are
// testable with a fake clock.
class Clock {
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
    // The zone the user's days and reminder times are in (tests pin one).
    virtual QTimeZone timeZone() const { return QTimeZone::systemTimeZone(); }
};

// The user's calendar day now, in the clock's time zone.
inline QDate localToday(const Clock &clock) {
    return QDateTime::fromMSecsSinceEpoch(clock.nowMs(), clock.timeZone()).date();
}

// Now as a date and time in the clock's time zone.
inline QDateTime localNow(const Clock &clock) {
    return QDateTime::fromMSecsSinceEpoch(clock.nowMs(), clock.timeZone());
}

class SystemClock final : public Clock {
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

class FakeClock final : public Clock {
public:
    explicit FakeClock(qint64 ms = 0)
        : m_ms(ms) {}
    qint64 nowMs() const override { return m_ms; }
    QTimeZone timeZone() const override { return m_zone ? *m_zone : Clock::timeZone(); }
    void set(qint64 ms) { m_ms = ms; }
    void advance(qint64 ms) { m_ms += ms; }
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }

private:
    qint64 m_ms;
    std::optional<QTimeZone> m_zone;
};

} // namespace rebound
