#include "InsightsController.h"

#include "core/Clock.h"
#include "core/Error.h"
#include "core/JobApplication.h"
#include "core/Logging.h"
#include "services/AppSettings.h"
#include "services/VaultSession.h"
#include "storage/Vault.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace rebound {

namespace {
constexpr double kSteadySlope = Resilience::kSteadySlope;
constexpr qint64 kAfterMidnightMs = 1000;
constexpr int kPercent = 100;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(InsightsController)
};

QString iso(const QDate &date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString number(double value) {
    return QLocale().toString(value, 'f', 1);
}

QVariantMap trendMap(const MoodTrend &t) {
    QVariantList points;
    points.reserve(t.points.size());
    for (const MoodPoint &p : t.points)
        points.append(QVariantMap{{QStringLiteral("date"), iso(p.date)},
                                  {QStringLiteral("mood"), p.mood},
                                  {QStringLiteral("level"), p.mood <= 0 ? 0 : int(std::floor(p.mood + 0.5))},
                                  {QStringLiteral("average"), p.average}});
    QString summary;
    if (t.daysWithMood == 0) {
        summary = Tr::tr("No mood check-ins in the last %n days.", nullptr, t.days);
    } else {
        summary = Tr::tr("Average mood %1 over the last %2 days, on %n days", nullptr, t.daysWithMood)
                      .arg(number(t.mean))
                      .arg(t.days);
        if (t.firstAverage > 0 && t.lastAverage > 0)
            summary +=
                Tr::tr("; moving average from %1 to %2").arg(number(t.firstAverage), number(t.lastAverage));
        summary += QLatin1Char('.');
    }
    return {{QStringLiteral("days"), t.days},
            {QStringLiteral("window"), t.window},
            {QStringLiteral("points"), points},
            {QStringLiteral("daysWithMood"), t.daysWithMood},
            {QStringLiteral("mean"), t.mean},
            {QStringLiteral("firstAverage"), t.firstAverage},
            {QStringLiteral("lastAverage"), t.lastAverage},
            {QStringLiteral("summary"), summary}};
}

QString moodName(int level) {
    switch (level) {
    case 1:
        return Tr::tr("Awful");
    case 2:
        return Tr::tr("Low");
    case 3:
        return Tr::tr("Okay");
    case 4:
        return Tr::tr("Good");
    case 5:
        return Tr::tr("Great");
    default:
        return Tr::tr("No mood");
    }
}

QVariantList kindCounts(const std::array<int, effortkind::Count> &a) {
    QVariantList out;
    for (int c : a)
        out.append(c);
    return out;
}

QVariantMap effortMap(const EffortStreaks &e) {
    QVariantList kinds;
    for (int k = 0; k < effortkind::Count; ++k)
        kinds.append(QVariantMap{{QStringLiteral("key"), effortkind::key(k)},
                                 {QStringLiteral("label"), effortkind::label(k)},
                                 {QStringLiteral("last7"), e.last7[size_t(k)]},
                                 {QStringLiteral("last30"), e.last30[size_t(k)]}});
    QVariantList recent;
    for (const EffortDay &d : e.recent)
        recent.append(QVariantMap{{QStringLiteral("date"), iso(d.date)},
                                  {QStringLiteral("total"), d.total()},
                                  {QStringLiteral("rest"), d.rest},
                                  {QStringLiteral("counts"), kindCounts(d.counts)}});
    QString summary = e.current > 0 ? Tr::tr("Current effort streak: %n days", nullptr, e.current)
                                    : Tr::tr("No current effort streak");
    summary += Tr::tr(", best %n days in the past year", nullptr, e.best);
    summary += Tr::tr(". Effort on %n of the last 30 days", nullptr, e.activeDays30);
    if (e.restDays30 > 0)
        summary += Tr::tr(", %n planned rest days", nullptr, e.restDays30);
    summary += QLatin1Char('.');
    return {{QStringLiteral("current"), e.current},
            {QStringLiteral("currentStart"), iso(e.currentStart)},
            {QStringLiteral("todayDone"), e.todayDone},
            {QStringLiteral("best"), e.best},
            {QStringLiteral("bestStart"), iso(e.bestStart)},
            {QStringLiteral("bestEnd"), iso(e.bestEnd)},
            {QStringLiteral("activeDays30"), e.activeDays30},
            {QStringLiteral("restDays30"), e.restDays30},
            {QStringLiteral("kinds"), kinds},
            {QStringLiteral("recent"), recent},
            {QStringLiteral("summary"), summary}};
}

QVariantMap goalMap(const EffortProgress &p) {
    QVariantList weeks;
    for (const EffortWeek &w : p.weeks)
        weeks.append(QVariantMap{{QStringLiteral("weekStart"), iso(w.weekStart)},
                                 {QStringLiteral("count"), w.count},
                                 {QStringLiteral("met"), w.met}});
    const QString summary =
        Tr::tr("%1: %2 of %3 this week; target met in %4 of the last %n weeks.", nullptr, int(p.weeks.size()))
            .arg(p.goal.title, QString::number(p.thisWeek), QString::number(p.target),
                 QString::number(p.weeksMet));
    return {{QStringLiteral("id"), p.goal.id},
            {QStringLiteral("title"), p.goal.title},
            {QStringLiteral("metricLabel"), p.metricLabel},
            {QStringLiteral("target"), p.target},
            {QStringLiteral("thisWeek"), p.thisWeek},
            {QStringLiteral("weeksMet"), p.weeksMet},
            {QStringLiteral("averagePerWeek"), p.averagePerWeek},
            {QStringLiteral("weeks"), weeks},
            {QStringLiteral("summary"), summary}};
}

QVariantMap funnelRowMap(const FunnelRow &row) {
    QVariantList reached, conversion;
    for (int s = 0; s < funnelstep::Count; ++s) {
        reached.append(row.reached[size_t(s)]);
        conversion.append(row.conversion(s));
    }
    return {{QStringLiteral("month"), iso(row.month)},
            {QStringLiteral("label"), row.month.isValid()
                                          ? QLocale().toString(row.month, QStringLiteral("MMM yyyy"))
                                          : Tr::tr("All time")},
            {QStringLiteral("shortLabel"),
             row.month.isValid() ? QLocale().toString(row.month, QStringLiteral("MMM")) : Tr::tr("All")},
            {QStringLiteral("reached"), reached},
            {QStringLiteral("conversion"), conversion},
            {QStringLiteral("total"), row.reached[funnelstep::Applied]}};
}

QString funnelSummary(const FunnelRow &row) {
    if (row.reached[funnelstep::Applied] == 0)
        return Tr::tr("No applications sent yet.");
    QStringList parts;
    for (int s = 0; s < funnelstep::Count; ++s) {
        QString part = QStringLiteral("%1 %2").arg(funnelstep::label(s)).arg(row.reached[size_t(s)]);
        const double c = row.conversion(s);
        if (c >= 0)
            part += Tr::tr(" (%1%)").arg(qRound(c * kPercent));
        parts << part;
    }
    return Tr::tr("Pipeline, all time: %1.").arg(parts.join(QStringLiteral(", ")));
}

QVariantMap funnelMap(const Funnel &f) {
    QVariantList steps, months;
    // The application stage each step stands for (its colour on the board).
    static const std::array<QString, funnelstep::Count> stages{
        stage::kApplied, stage::kScreening, stage::kInterviewing, stage::kFinalRound, stage::kOffer};
    for (int s = 0; s < funnelstep::Count; ++s)
        steps.append(QVariantMap{{QStringLiteral("key"), funnelstep::key(s)},
                                 {QStringLiteral("label"), funnelstep::label(s)},
                                 {QStringLiteral("stage"), stages[size_t(s)]}});
    for (const FunnelRow &row : f.months)
        months.append(funnelRowMap(row));
    return {{QStringLiteral("steps"), steps},
            {QStringLiteral("allTime"), funnelRowMap(f.allTime)},
            {QStringLiteral("months"), months},
            {QStringLiteral("summary"), funnelSummary(f.allTime)}};
}

QString trendText(const Resilience &r) {
    if (std::isnan(r.trendSlope))
        return Tr::tr("Too few recoveries yet to see a trend (it takes %n).", nullptr,
                  Resilience::kMinTrendPoints);
    if (r.trendSlope <= -kSteadySlope)
        return Tr::tr("Your recovery time is getting shorter.");
    if (r.trendSlope >= kSteadySlope)
        return Tr::tr(
            "Your recovery time is getting longer. Be kind to yourself: that is information, not failure.");
    return Tr::tr("Your recovery time is holding steady.");
}

QVariantMap resilienceMap(const Resilience &r) {
    QVariantList rejections, efforts;
    int maxDays = 0;
    for (const Recovery &rec : r.rejections) {
        maxDays = std::max(maxDays, rec.days);
        rejections.append(QVariantMap{{QStringLiteral("applicationId"), rec.applicationId},
                                      {QStringLiteral("company"), rec.company},
                                      {QStringLiteral("role"), rec.role},
                                      {QStringLiteral("rejectedOn"), iso(rec.rejectedOn)},
                                      {QStringLiteral("baseline"), rec.baseline},
                                      {QStringLiteral("days"), rec.days},
                                      {QStringLiteral("status"), recoverystatus::key(rec.status)},
                                      {QStringLiteral("statusLabel"), recoverystatus::label(rec.status)}});
    }
    for (const EffortRecovery &e : r.efforts)
        efforts.append(QVariantMap{{QStringLiteral("effortId"), e.effortId},
                                   {QStringLiteral("name"), e.name},
                                   {QStringLiteral("withCount"), e.withCount},
                                   {QStringLiteral("withMean"), e.withMean},
                                   {QStringLiteral("withoutCount"), e.withoutCount},
                                   {QStringLiteral("withoutMean"), e.withoutMean},
                                   {QStringLiteral("difference"), e.difference()}});
    QString summary;
    if (r.rejections.isEmpty()) {
        summary = Tr::tr("No rejections recorded.");
    } else {
        summary = Tr::tr("%n rejections", nullptr, int(r.rejections.size()));
        summary += Tr::tr(", %n with a recovery measured", nullptr, r.recoveredCount);
        if (r.recoveredCount > 0)
            summary += Tr::tr(": back to your usual mood after %1 days on average").arg(number(r.meanDays));
        summary += QStringLiteral(". ") + trendText(r);
    }
    const bool hasTrend = !std::isnan(r.trendSlope);
    return {{QStringLiteral("rejections"), rejections},
            {QStringLiteral("recoveredCount"), r.recoveredCount},
            {QStringLiteral("meanDays"), r.meanDays},
            {QStringLiteral("hasTrend"), hasTrend},
            {QStringLiteral("trendSlope"), hasTrend ? r.trendSlope : 0.0},
            {QStringLiteral("trendText"), trendText(r)},
            {QStringLiteral("efforts"), efforts},
            {QStringLiteral("maxDays"), maxDays},
            {QStringLiteral("summary"), summary}};
}

QVariantList winList(const QList<SmallWin> &wins) {
    QVariantList out;
    for (const SmallWin &w : wins)
        out.append(QVariantMap{{QStringLiteral("id"), w.id},
                               {QStringLiteral("date"), iso(w.date)},
                               {QStringLiteral("text"), w.text}});
    return out;
}

QVariantMap winsMap(const WinsInsight &w) {
    const QString summary = w.total == 0 ? Tr::tr("No small wins written down yet.")
                                         : Tr::tr("%n small wins in total", nullptr, w.total) +
                                               Tr::tr(", %n in the last 30 days.", nullptr, w.last30);
    return {{QStringLiteral("total"), w.total},
            {QStringLiteral("last30"), w.last30},
            {QStringLiteral("recent"), winList(w.recent)},
            {QStringLiteral("lowMood"), w.lowMood},
            {QStringLiteral("resurfaced"), winList(w.resurfaced)},
            {QStringLiteral("summary"), summary}};
}
} // namespace

InsightsController::InsightsController(VaultSession &session, AppSettings &settings, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_settings(settings) {
    connect(&m_session, &VaultSession::stateChanged, this, &InsightsController::onSessionChanged);
    m_midnight.setSingleShot(true);
    connect(&m_midnight, &QTimer::timeout, this, &InsightsController::dataChanged);
    connect(&m_settings, &AppSettings::restWeekdaysChanged, this, [this] {
        applyRestWeekdays();
        emit restWeekdaysChanged();
        dataChanged();
    });
    onSessionChanged();
}

InsightsController::~InsightsController() = default;

void InsightsController::onSessionChanged() {
    // The service holds the vault: drop it before the vault closes.
    m_service.reset();
    clear();
    if (Vault *vault = m_session.vault()) {
        m_service = std::make_unique<InsightsService>(*vault, QLocale().firstDayOfWeek());
        applyRestWeekdays();
        dataChanged();
    }
}

void InsightsController::applyRestWeekdays() {
    if (!m_service)
        return;
    QSet<int> days;
    for (int d : m_settings.restWeekdays())
        days.insert(d);
    m_service->setRestWeekdays(days);
}

void InsightsController::clear() {
    const bool had = m_ready;
    m_midnight.stop();
    m_ready = false;
    m_stale = true;
    m_computedFor = {};
    m_today.clear();
    m_moodTrends.clear();
    m_pixelYears.clear();
    m_effortGoals.clear();
    m_pixels.clear();
    m_effort.clear();
    m_funnel.clear();
    m_resilience.clear();
    m_wins.clear();
    m_pixelsYear = 0;
    m_error.clear();
    if (had) {
        emit changed();
        emit pixelsChanged();
    }
}

void InsightsController::setActive(bool active) {
    if (active == m_active)
        return;
    m_active = active;
    emit activeChanged();
    // Cheap when nothing changed (one query); catches a new day and writes
    // made elsewhere (rebound-cli) while the page was hidden.
    if (m_active)
        refresh();
}

void InsightsController::dataChanged() {
    m_stale = true;
    if (m_active)
        refresh();
}

void InsightsController::retranslate() {
    m_computedFor = QDate(); // defeats the "nothing changed" shortcut below
    refresh();
}

void InsightsController::refresh() {
    if (!m_service || !m_session.vault()) {
        clear();
        return;
    }
    const QDate today = localToday(m_session.clock());
    try {
        const InsightsData &data = m_service->compute(today);
        m_stale = false;
        const QDateTime now = localNow(m_session.clock());
        const QDateTime midnight(now.date().addDays(1), QTime(0, 0), now.timeZone());
        m_midnight.start(int(
            std::clamp<qint64>(now.msecsTo(midnight) + kAfterMidnightMs, 0, 86'400'000 + kAfterMidnightMs)));
        if (m_ready && m_service->lastWasCached() && m_computedFor == today)
            return; // nothing changed since the last refresh
        m_computedFor = today;
        m_today = iso(today);
        m_moodTrends = {trendMap(data.week), trendMap(data.month), trendMap(data.year)};
        m_pixelYears.clear();
        for (int y : data.pixelYears)
            m_pixelYears.append(y);
        m_effort = effortMap(data.effort);
        m_effortGoals.clear();
        for (const EffortProgress &p : data.goals)
            m_effortGoals.append(goalMap(p));
        m_funnel = funnelMap(data.funnel);
        m_resilience = resilienceMap(data.resilience);
        m_wins = winsMap(data.wins);
        m_error.clear();
        m_ready = true;
        // Keep another year the user picked; this year's grid comes with the data.
        if (m_pixelsYear == 0 || m_pixelsYear == data.pixels.year)
            setPixels(data.pixels);
        else
            setPixels(m_service->yearInPixels(m_pixelsYear));
    } catch (const Error &e) {
        qCWarning(lcUi) << "insights failed:" << e.message();
        m_error = e.message();
    }
    emit changed();
}

void InsightsController::showYear(int year) {
    if (!m_service || !m_session.vault())
        return;
    try {
        const QDate today = localToday(m_session.clock());
        if (year <= 0 || year == today.year())
            setPixels(m_service->compute(today).pixels);
        else
            setPixels(m_service->yearInPixels(year));
    } catch (const Error &e) {
        qCWarning(lcUi) << "year in pixels failed:" << e.message();
        m_error = e.message();
        emit changed();
    }
}

void InsightsController::setPixels(const YearInPixels &p) {
    QVariantList levels, counts;
    levels.reserve(p.levels.size());
    for (int l : p.levels)
        levels.append(l);
    for (int c : p.levelCounts)
        counts.append(c);
    QString summary;
    if (p.daysWithMood == 0) {
        summary = Tr::tr("%1: no moods recorded.").arg(p.year);
    } else {
        QStringList parts;
        for (int level = 5; level >= 1; --level)
            if (p.levelCounts[size_t(level)] > 0)
                parts << QStringLiteral("%1 %2").arg(moodName(level)).arg(p.levelCounts[size_t(level)]);
        summary = Tr::tr("%1: a mood on %n days", nullptr, p.daysWithMood).arg(p.year) + QStringLiteral(" (") +
                  parts.join(QStringLiteral(", ")) + QStringLiteral(").");
    }
    m_pixelsYear = p.year;
    m_pixels = {{QStringLiteral("year"), p.year},
                {QStringLiteral("levels"), levels},
                {QStringLiteral("firstWeekday"), QDate(p.year, 1, 1).dayOfWeek()},
                {QStringLiteral("daysWithMood"), p.daysWithMood},
                {QStringLiteral("levelCounts"), counts},
                {QStringLiteral("summary"), summary}};
    emit pixelsChanged();
}

QVariantList InsightsController::restWeekdays() const {
    QVariantList out;
    for (int d : m_settings.restWeekdays())
        out.append(d);
    return out;
}

void InsightsController::setRestWeekdays(const QVariantList &days) {
    QList<int> list;
    for (const QVariant &v : days)
        list.append(v.toInt());
    m_settings.setRestWeekdays(list); // restWeekdaysChanged comes back from AppSettings
}

void InsightsController::setRestDay(int day, bool rest) {
    QList<int> list = m_settings.restWeekdays();
    list.removeAll(day);
    if (rest)
        list.append(day);
    m_settings.setRestWeekdays(list);
}

QVariantList InsightsController::weekdays() const {
    const QLocale locale;
    const QList<int> rest = m_settings.restWeekdays();
    QVariantList out;
    const int first = locale.firstDayOfWeek();
    for (int i = 0; i < 7; ++i) {
        const int day = (first - 1 + i) % 7 + 1;
        out.append(QVariantMap{{QStringLiteral("day"), day},
                               {QStringLiteral("name"), locale.dayName(day, QLocale::LongFormat)},
                               {QStringLiteral("shortName"), locale.dayName(day, QLocale::ShortFormat)},
                               {QStringLiteral("rest"), rest.contains(day)}});
    }
    return out;
}

} // namespace rebound
