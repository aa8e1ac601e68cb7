#pragma once
#include "services/Insights.h"

#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace rebound {

class VaultSession;
class AppSettings;

// The Insights page for QML: every figure comes from InsightsService (computed
// and cached per day there); this only shapes it for the charts. Dates are
// "yyyy-MM-dd" strings, labels are translated, and each chart carries a ready
// `summary` sentence for screen readers.
class InsightsController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    // The page is showing: writes elsewhere refresh at once instead of on the next show.
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    // The vault is unlocked and the figures are computed.
    Q_PROPERTY(bool ready READ ready NOTIFY changed)
    Q_PROPERTY(QString today READ today NOTIFY changed)
    // Three charts, 7, 30 and 365 days: [{days, window, points: [{date, mood, level, average}],
    // daysWithMood, mean, firstAverage, lastAverage, summary}]
    Q_PROPERTY(QVariantList moodTrends READ moodTrends NOTIFY changed)
    // {year, levels: [0..5 per day of the year], firstWeekday, daysWithMood, levelCounts: [6], summary}
    Q_PROPERTY(QVariantMap pixels READ pixels NOTIFY pixelsChanged)
    Q_PROPERTY(int pixelsYear READ pixelsYear NOTIFY pixelsChanged)
    // Years with any mood, oldest first (this year included).
    Q_PROPERTY(QVariantList pixelYears READ pixelYears NOTIFY changed)
    // {current, currentStart, todayDone, best, bestStart, bestEnd, activeDays30, restDays30,
    //  kinds: [{key, label, last7, last30}], recent: [{date, total, rest, counts: [..]}], summary}
    Q_PROPERTY(QVariantMap effort READ effort NOTIFY changed)
    // Active weekly effort goals: [{id, title, metricLabel, target, thisWeek, weeksMet,
    //  averagePerWeek, weeks: [{weekStart, count, met}], summary}]
    Q_PROPERTY(QVariantList effortGoals READ effortGoals NOTIFY changed)
    // {steps: [{key, label}], allTime: row, months: [row, ...] oldest first, summary}
    // row = {month ("" = all time), label, reached: [5], conversion: [5] (-1 = none), total}
    Q_PROPERTY(QVariantMap funnel READ funnel NOTIFY changed)
    // {rejections: [{applicationId, company, role, rejectedOn, baseline, days, status, statusLabel}],
    //  recoveredCount, meanDays, hasTrend, trendSlope, trendText, efforts: [{effortId, name, withCount,
    //  withMean, withoutCount, withoutMean, difference}], maxDays, summary}
    Q_PROPERTY(QVariantMap resilience READ resilience NOTIFY changed)
    // {total, last30, recent: [{id, date, text}], lowMood, resurfaced: [...], summary}
    Q_PROPERTY(QVariantMap wins READ wins NOTIFY changed)
    // Planned rest weekdays (Qt::DayOfWeek, 1 = Monday), stored in AppSettings.
    Q_PROPERTY(QVariantList restWeekdays READ restWeekdays WRITE setRestWeekdays NOTIFY restWeekdaysChanged)
    // The seven weekdays in the locale's order: [{day, name, shortName, rest}]
    Q_PROPERTY(QVariantList weekdays READ weekdays NOTIFY restWeekdaysChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY changed)

public:
    InsightsController(VaultSession &session, AppSettings &settings, QObject *parent = nullptr);
    ~InsightsController() override;

    bool active() const { return m_active; }
    void setActive(bool active);
    bool ready() const { return m_ready; }
    QString today() const { return m_today; }
    QVariantList moodTrends() const { return m_moodTrends; }
    QVariantMap pixels() const { return m_pixels; }
    int pixelsYear() const { return m_pixelsYear; }
    QVariantList pixelYears() const { return m_pixelYears; }
    QVariantMap effort() const { return m_effort; }
    QVariantList effortGoals() const { return m_effortGoals; }
    QVariantMap funnel() const { return m_funnel; }
    QVariantMap resilience() const { return m_resilience; }
    QVariantMap wins() const { return m_wins; }
    QVariantList restWeekdays() const;
    void setRestWeekdays(const QVariantList &days);
    QVariantList weekdays() const;
    QString errorMessage() const { return m_error; }
    // Whether a write happened while the page was hidden (refresh() clears it).
    bool stale() const { return m_stale; }

    // Recomputes for today (cheap when nothing changed: the service caches per day).
    Q_INVOKABLE void refresh();
    // Composes every text again (the language changed); the numbers stay cached.
    void retranslate();
    // The year-in-pixels grid for another year (0 = this year).
    Q_INVOKABLE void showYear(int year);
    Q_INVOKABLE void setRestDay(int day, bool rest);

public slots:
    // Other views wrote data: refresh now when the page shows, else on the next show.
    void dataChanged();

signals:
    void activeChanged();
    void changed();
    void pixelsChanged();
    void restWeekdaysChanged();

private:
    void onSessionChanged();
    void applyRestWeekdays();
    void clear();
    void setPixels(const YearInPixels &pixels);

    VaultSession &m_session;
    AppSettings &m_settings;
    std::unique_ptr<InsightsService> m_service;
    bool m_active = false;
    bool m_ready = false;
    bool m_stale = true;
    QDate m_computedFor;
    QString m_today;
    QVariantList m_moodTrends, m_pixelYears, m_effortGoals;
    QVariantMap m_pixels, m_effort, m_funnel, m_resilience, m_wins;
    int m_pixelsYear = 0;
    QString m_error;
    QTimer m_midnight; // a new day moves every window: refresh then
};

} // namespace rebound
