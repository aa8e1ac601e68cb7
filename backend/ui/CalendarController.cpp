#include "CalendarController.h"

#include "core/Error.h"
#include "services/VaultSession.h"
#include "storage/Vault.h"

#include <QLocale>

namespace rebound {

CalendarController::CalendarController(VaultSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session) {
    const QDate today = localToday(m_session.clock());
    m_first = QDate(today.year(), today.month(), 1);
    connect(&m_session, &VaultSession::stateChanged, this, &CalendarController::reload);
    reload();
}

QString CalendarController::title() const {
    return QLocale().toString(m_first, QStringLiteral("MMMM yyyy"));
}

int CalendarController::weekStart() const {
    return int(QLocale().firstDayOfWeek());
}

bool CalendarController::canGoForward() const {
    const QDate today = localToday(m_session.clock());
    return m_first < QDate(today.year(), today.month(), 1);
}

QStringList CalendarController::weekdayNames() const {
    QStringList names;
    for (int i = 0; i < 7; ++i)
        names << QLocale().dayName((weekStart() - 1 + i) % 7 + 1, QLocale::ShortFormat);
    return names;
}

void CalendarController::showMonth(int year, int month) {
    const QDate first(year, month, 1);
    if (!first.isValid() || first.year() < 1900 || first == m_first)
        return;
    m_first = first;
    emit monthChanged();
    reload();
}

void CalendarController::previousMonth() {
    const QDate d = m_first.addMonths(-1);
    showMonth(d.year(), d.month());
}

void CalendarController::nextMonth() {
    if (!canGoForward())
        return;
    const QDate d = m_first.addMonths(1);
    showMonth(d.year(), d.month());
}

void CalendarController::showToday() {
    const QDate today = localToday(m_session.clock());
    showMonth(today.year(), today.month());
}

void CalendarController::reload() {
    const QDate last = m_first.addMonths(1).addDays(-1);
    const QDate today = localToday(m_session.clock());
    QList<DayMood> moods;
    if (Vault *vault = m_session.vault()) {
        try {
            moods = vault->checkIns().dayMoods(m_first, last);
        } catch (const Error &) {
            moods.clear();
        }
    }
    m_days.clear();
    int next = 0;
    for (QDate d = m_first; d <= last; d = d.addDays(1)) {
        DayMood m;
        if (next < moods.size() && moods[next].date == d)
            m = moods[next++];
        m_days.append(QVariantMap{{QStringLiteral("date"), d},
                                  {QStringLiteral("day"), d.day()},
                                  {QStringLiteral("mood"), m.level()},
                                  {QStringLiteral("checkIns"), m.checkIns},
                                  {QStringLiteral("entries"), m.entries},
                                  {QStringLiteral("today"), d == today}});
    }
    emit daysChanged();
}

} // namespace rebound
