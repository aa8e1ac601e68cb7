#include "TodayController.h"

#include "CatalogVariant.h"
#include "core/Error.h"
#include "services/OnThisDay.h"
#include "services/VaultSession.h"
#include "storage/Vault.h"

namespace rebound {

namespace {

QStringList namesOf(const QStringList &ids, const QList<CatalogItem> &items) {
    QStringList names;
    for (const QString &id : ids) {
        auto it = std::find_if(items.cbegin(), items.cend(), [&](const CatalogItem &i) { return i.id == id; });
        names << (it != items.cend() ? it->name : id);
    }
    return names;
}
} // namespace

TodayController::TodayController(VaultSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session) {
    connect(&m_session, &VaultSession::stateChanged, this, &TodayController::reload);
    reload();
}

void TodayController::setError(const QString &message) {
    if (m_error != message) {
        m_error = message;
        emit errorMessageChanged();
    }
}

void TodayController::reload() {
    m_emotions.clear();
    m_efforts.clear();
    m_checkIns.clear();
    m_wins.clear();
    m_memories.clear();
    m_upcoming.clear();
    m_dayMood = 0;
    m_winCount = 0;
    m_today = localToday(m_session.clock());
    if (Vault *vault = m_session.vault()) {
        try {
            const auto emotions = vault->catalog().items(CatalogItem::Kind::Emotion);
            const auto efforts = vault->catalog().items(CatalogItem::Kind::Effort);
            QList<CatalogItem> visibleEmotions, visibleEfforts;
            std::copy_if(emotions.cbegin(), emotions.cend(), std::back_inserter(visibleEmotions),
                         [](const CatalogItem &i) { return !i.hidden; });
            std::copy_if(efforts.cbegin(), efforts.cend(), std::back_inserter(visibleEfforts),
                         [](const CatalogItem &i) { return !i.hidden; });
            m_emotions = catalogToVariant(visibleEmotions);
            m_efforts = catalogToVariant(visibleEfforts);
            for (const CheckIn &c : vault->checkIns().between(m_today, m_today)) {
                m_checkIns.append(QVariantMap{
                    {QStringLiteral("id"), c.id},
                    {QStringLiteral("mood"), c.mood},
                    {QStringLiteral("note"), c.note},
                    {QStringLiteral("time"), c.createdAt.toLocalTime().time().toString(QStringLiteral("HH:mm"))},
                    {QStringLiteral("emotionNames"), namesOf(c.emotions, emotions)},
                    {QStringLiteral("effortNames"), namesOf(c.efforts, efforts)}});
            }
            m_dayMood = vault->checkIns().dayMood(m_today).level();
            for (const SmallWin &w : vault->checkIns().wins(kRecentWins))
                m_wins.append(QVariantMap{{QStringLiteral("id"), w.id},
                                          {QStringLiteral("date"), w.date},
                                          {QStringLiteral("text"), w.text}});
            m_winCount = vault->checkIns().winCount();
            for (const Memory &m : onThisDay(vault->journal(), vault->checkIns(), m_today))
                m_memories.append(QVariantMap{
                    {QStringLiteral("kind"), m.kind == Memory::Kind::Win ? QStringLiteral("win") : QStringLiteral("entry")},
                    {QStringLiteral("id"), m.id},
                    {QStringLiteral("date"), m.date},
                    {QStringLiteral("text"), m.text},
                    {QStringLiteral("mood"), m.mood},
                    {QStringLiteral("age"), describeAge(m.monthsAgo)}});
            for (const Reminder &r : vault->reminders().pending(kUpcomingMax)) {
                if (r.dueOn > m_today.addDays(kUpcomingDays))
                    break; // soonest first
                m_upcoming.append(QVariantMap{{QStringLiteral("id"), r.id},
                                              {QStringLiteral("kind"), r.kind},
                                              {QStringLiteral("title"), r.title},
                                              {QStringLiteral("note"), r.note},
                                              {QStringLiteral("dueKey"), r.dueOn.toString(Qt::ISODate)},
                                              {QStringLiteral("overdue"), r.dueOn < m_today}});
            }
        } catch (const Error &e) {
            setError(e.message());
        }
    } else { // locked: keep nothing of the vault, not even an error naming its items
        m_removedCheckIn.reset();
        m_removedWin.reset();
        m_completedReminder.reset();
        setError({});
    }
    emit changed();
}

// Every write: run it on the open vault, then refresh what the page shows and
// tell the other views. Errors become errorMessage; nothing else changes.
template <typename F> bool TodayController::write(F &&f) {
    Vault *vault = m_session.vault();
    if (!vault)
        return false;
    try {
        f(*vault);
        setError({});
        reload();
        emit dataWritten();
        return true;
    } catch (const Error &e) {
        setError(e.message());
        return false;
    }
}

QString TodayController::saveCheckIn(int mood, const QStringList &emotionIds, const QStringList &effortIds,
                                     const QString &note) {
    QString id;
    write([&](Vault &vault) {
        CheckIn draft;
        draft.mood = mood;
        draft.emotions = emotionIds;
        draft.efforts = effortIds;
        draft.note = note;
        id = vault.checkIns().create(draft).id;
    });
    return id;
}

QString TodayController::addWin(const QString &text) {
    QString id;
    write([&](Vault &vault) { id = vault.checkIns().addWin(QDate(), text).id; });
    return id;
}

bool TodayController::removeCheckIn(const QString &id) {
    return write([&](Vault &vault) {
        const auto current = vault.checkIns().find(id);
        if (!current)
            throw Error(ErrorCode::NotFound, tr("That check-in no longer exists."));
        vault.checkIns().remove(id);
        m_removedCheckIn = current;
        m_removedWin.reset();
        m_completedReminder.reset();
    });
}

bool TodayController::removeWin(const QString &id) {
    return write([&](Vault &vault) {
        const auto win = vault.checkIns().findWin(id);
        if (!win)
            throw Error(ErrorCode::NotFound, tr("That win no longer exists."));
        vault.checkIns().removeWin(id);
        m_removedWin = win;
        m_removedCheckIn.reset();
        m_completedReminder.reset();
    });
}

bool TodayController::completeReminder(const QString &id) {
    return write([&](Vault &vault) {
        vault.reminders().setDone(id, true);
        m_completedReminder = id;
        m_removedCheckIn.reset();
        m_removedWin.reset();
    });
}

bool TodayController::undoRemove() {
    if (!canUndo())
        return false;
    return write([&](Vault &vault) {
        if (m_removedCheckIn)
            vault.checkIns().restore(*m_removedCheckIn);
        else if (m_removedWin)
            vault.checkIns().restoreWin(*m_removedWin);
        else
            vault.reminders().setDone(*m_completedReminder, false);
        m_removedCheckIn.reset();
        m_removedWin.reset();
        m_completedReminder.reset();
    });
}

} // namespace rebound
