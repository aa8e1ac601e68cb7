#pragma once
#include <QDate>
#include <cmath>

namespace rebound {

// THE definition of "the day's mood", used by charts, the calendar and
// on-this-day: the mean of that day's check-ins; a day without check-ins falls
// back to the mean mood given in its journal entries. level rounds the mean
// half up (2.5 -> 3) so one hard moment in a fair day does not paint it low.
struct DayMood {
    QDate date;
    double average = 0; // 0 when the day has no mood at all
    int checkIns = 0;
    int entries = 0;

    int level() const { return average <= 0 ? 0 : int(std::floor(average + 0.5)); }
    bool isLow() const { return level() > 0 && level() <= 2; }
};

} // namespace rebound
