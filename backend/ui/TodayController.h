#pragma once
#include "core/CheckIn.h"
#include "core/Reminder.h"

#include <QDate>
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <optional>

namespace rebound {

class VaultSession;

// The Today page: quick check-in, small wins, today's mood and "on this day".
// Thin: validation and rules live in the repositories and services.
class TodayController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    // [{id, name, valence}] of visible emotions / effort tags, in display order
    Q_PROPERTY(QVariantList emotions READ emotions NOTIFY changed)
    Q_PROPERTY(QVariantList efforts READ efforts NOTIFY changed)
    // [{id, mood, note, time ("HH:mm"), emotionNames [..], effortNames [..]}], newest first
    Q_PROPERTY(QVariantList checkIns READ checkIns NOTIFY changed)
    // the day's mood (DayMood): 0 when none yet
    Q_PROPERTY(int dayMood READ dayMood NOTIFY changed)
    Q_PROPERTY(bool lowMoodDay READ lowMoodDay NOTIFY changed)
    // [{id, date, text}], newest first (a few)
    Q_PROPERTY(QVariantList recentWins READ recentWins NOTIFY changed)
    Q_PROPERTY(int winCount READ winCount NOTIFY changed)
    // [{kind: "entry"|"win", id, date, text, mood, age}]
    Q_PROPERTY(QVariantList memories READ memories NOTIFY changed)
    // Pending reminders due within kUpcomingDays (overdue ones included), soonest first:
    // [{id, kind, title, note, dueKey ("yyyy-MM-dd"), overdue}]
    Q_PROPERTY(QVariantList upcoming READ upcoming NOTIFY changed)
    Q_PROPERTY(QDate today READ today NOTIFY changed)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY changed)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    static constexpr int kRecentWins = 5;
    static constexpr int kUpcomingDays = 7;
    static constexpr int kUpcomingMax = 8;

    explicit TodayController(VaultSession &session, QObject *parent = nullptr);

    QVariantList emotions() const { return m_emotions; }
    QVariantList efforts() const { return m_efforts; }
    QVariantList checkIns() const { return m_checkIns; }
    int dayMood() const { return m_dayMood; }
    bool lowMoodDay() const { return m_dayMood > 0 && m_dayMood <= 2; }
    QVariantList recentWins() const { return m_wins; }
    int winCount() const { return m_winCount; }
    QVariantList memories() const { return m_memories; }
    QVariantList upcoming() const { return m_upcoming; }
    QDate today() const { return m_today; }
    bool canUndo() const {
        return m_removedCheckIn.has_value() || m_removedWin.has_value() || m_completedReminder.has_value();
    }
    QString errorMessage() const { return m_error; }

    // Each returns the new id ("" on failure, with errorMessage set; nothing is lost).
    Q_INVOKABLE QString saveCheckIn(int mood, const QStringList &emotionIds, const QStringList &effortIds,
                                    const QString &note);
    Q_INVOKABLE QString addWin(const QString &text);
    Q_INVOKABLE bool removeCheckIn(const QString &id);
    Q_INVOKABLE bool removeWin(const QString &id);
    // Marks a reminder done (undo brings it back).
    Q_INVOKABLE bool completeReminder(const QString &id);
    // Brings back what was removed last.
    Q_INVOKABLE bool undoRemove();
    Q_INVOKABLE void reload();
    Q_INVOKABLE void clearError() { setError({}); }

signals:
    void changed();
    void errorMessageChanged();
    // Anything that other views show (journal, calendar) changed.
    void dataWritten();

private:
    template <typename F> bool write(F &&f);
    void setError(const QString &message);

    VaultSession &m_session;
    QVariantList m_emotions, m_efforts, m_checkIns, m_wins, m_memories, m_upcoming;
    int m_dayMood = 0;
    int m_winCount = 0;
    QDate m_today;
    std::optional<CheckIn> m_removedCheckIn;
    std::optional<SmallWin> m_removedWin;
    std::optional<QString> m_completedReminder;
    QString m_error;
};

} // namespace rebound
