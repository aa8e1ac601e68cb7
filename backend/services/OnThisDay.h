#pragma once
#include <QDate>
#include <QList>
#include <QString>

namespace rebound {

class JournalRepository;
class CheckInRepository;

// "On this day": entries and wins from the same day of the month in earlier
// months and years. On a low-mood day (DayMood::isLow) past wins come first.
struct Memory {
    enum class Kind { Entry, Win };
    Kind kind = Kind::Entry;
    QString id;
    QDate date;
    QString text; // win text or entry preview
    int mood = 0; // entries only
    int monthsAgo = 0;
};

QList<Memory> onThisDay(JournalRepository &journal, CheckInRepository &checkIns, const QDate &today,
                        int limit = 6);
// "1 month ago", "3 years ago", translated.
QString describeAge(int monthsAgo);

} // namespace rebound
