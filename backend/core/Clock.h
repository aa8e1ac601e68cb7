#pragma once
#include <QDateTime>
#include <QtGlobal>

namespace rebound {

// Wall clock behind an interface so HLC, auto-lock and (later) reminders are
// testable with a fake clock.
class Clock {
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
};

// The user's calendar day now, in the device's time zone.
inline QDate localToday(const Clock &clock) {
    return QDateTime::fromMSecsSinceEpoch(clock.nowMs()).date();
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
    void set(qint64 ms) { m_ms = ms; }
    void advance(qint64 ms) { m_ms += ms; }

private:
    qint64 m_ms;
};

} // namespace rebound
