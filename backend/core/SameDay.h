#pragma once
#include <QDate>
#include <QStringList>

namespace rebound {

// The same day of the month in every earlier month back to `earliest`, newest
// first, as ISO strings for an IN (...) list that can use the date index.
// Months without that day (the 31st in April) are skipped.
inline QStringList sameDayEarlierDates(const QDate &today, const QDate &earliest, int maxMonths = 1200) {
    QStringList out;
    if (!today.isValid() || !earliest.isValid())
        return out;
    for (int m = 1; m <= maxMonths; ++m) {
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(-m);
        if (first.addMonths(1) <= earliest)
            break;
        if (today.day() > first.daysInMonth())
            continue;
        out << QDate(first.year(), first.month(), today.day()).toString(Qt::ISODate);
    }
    return out;
}

} // namespace rebound
