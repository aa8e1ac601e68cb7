#include "OnThisDay.h"

#include "storage/CheckInRepository.h"
#include "storage/JournalRepository.h"

#include <QCoreApplication>
#include <algorithm>

namespace rebound {

namespace {
int monthsBetween(const QDate &earlier, const QDate &later) {
    return (later.year() - earlier.year()) * 12 + later.month() - earlier.month();
}

QString preview(const QString &body) {
    constexpr int kChars = 160;
    QString text = body.left(kChars * 2).simplified();
    // Markdown headings and emphasis read as noise in a one-line preview.
    text.remove(QLatin1Char('#'));
    text.remove(QStringLiteral("**"));
    text = text.trimmed();
    if (text.size() > kChars) {
        int cut = kChars - 1;
        if (text.at(cut - 1).isHighSurrogate()) // never half an emoji
            --cut;
        text = text.left(cut) + QChar(0x2026);
    }
    return text;
}
} // namespace

QList<Memory> onThisDay(JournalRepository &journal, CheckInRepository &checkIns, const QDate &today,
                        int limit) {
    QList<Memory> entries, wins;
    const bool low = checkIns.dayMood(today).isLow();
    // On a low day low entries are dropped below, so look further for good ones.
    constexpr int kLowDayEntries = 500;
    for (const JournalEntry &e :
         journal.sameDayEarlier(today, low ? std::max(limit, kLowDayEntries) : limit)) {
        entries.append(
            {Memory::Kind::Entry, e.id, e.date, preview(e.body), e.mood, monthsBetween(e.date, today)});
    }
    for (const SmallWin &w : checkIns.winsSameDayEarlier(today, limit))
        wins.append({Memory::Kind::Win, w.id, w.date, w.text, 0, monthsBetween(w.date, today)});

    QList<Memory> out;
    if (low) {
        // A hard day: lead with proof of past progress, then only entries written
        // on better days, so we never resurface a low moment on a low day.
        out = wins;
        for (const Memory &m : entries)
            if (m.mood == 0 || m.mood >= 3)
                out.append(m);
    } else {
        out = entries + wins;
        std::stable_sort(out.begin(), out.end(),
                         [](const Memory &a, const Memory &b) { return a.date > b.date; });
    }
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

QString describeAge(int monthsAgo) {
    // Explicit singular forms: the source text stays readable without the English plural file.
    if (monthsAgo >= 12 && monthsAgo % 12 == 0)
        return monthsAgo == 12 ? QCoreApplication::translate("OnThisDay", "1 year ago")
                               : QCoreApplication::translate("OnThisDay", "%1 years ago").arg(monthsAgo / 12);
    return monthsAgo == 1 ? QCoreApplication::translate("OnThisDay", "1 month ago")
                          : QCoreApplication::translate("OnThisDay", "%1 months ago").arg(monthsAgo);
}

} // namespace rebound
