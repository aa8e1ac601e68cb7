#pragma once
#include <QDate>
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace rebound {

class VaultSession;

// The month calendar: each day's mood (DayMood) and whether it has entries.
class CalendarController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    Q_PROPERTY(int year READ year NOTIFY monthChanged)
    Q_PROPERTY(int month READ month NOTIFY monthChanged)
    Q_PROPERTY(QString title READ title NOTIFY monthChanged) // "November 2026", localised
    // One item per day of the month: {date, day, mood (0 = none), checkIns, entries, today}
    Q_PROPERTY(QVariantList days READ days NOTIFY daysChanged)
    // Weekday (1 = Monday .. 7) of the 1st and the locale's first day of the week,
    // so QML can lay out the grid.
    Q_PROPERTY(int firstWeekday READ firstWeekday NOTIFY monthChanged)
    Q_PROPERTY(int weekStart READ weekStart CONSTANT)
    Q_PROPERTY(bool canGoForward READ canGoForward NOTIFY monthChanged)

public:
    explicit CalendarController(VaultSession &session, QObject *parent = nullptr);

    int year() const { return m_first.year(); }
    int month() const { return m_first.month(); }
    QString title() const;
    QVariantList days() const { return m_days; }
    int firstWeekday() const { return m_first.dayOfWeek(); }
    int weekStart() const;
    bool canGoForward() const;

    Q_INVOKABLE void showMonth(int year, int month);
    Q_INVOKABLE void previousMonth();
    Q_INVOKABLE void nextMonth();
    Q_INVOKABLE void showToday();
    // Short weekday names in grid order, localised.
    Q_INVOKABLE QStringList weekdayNames() const;
    Q_INVOKABLE void reload();

signals:
    void monthChanged();
    void daysChanged();

private:
    VaultSession &m_session;
    QDate m_first;
    QVariantList m_days;
};

} // namespace rebound
