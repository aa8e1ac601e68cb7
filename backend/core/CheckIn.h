#pragma once
#include <QDate>
#include <QDateTime>
#include <QMetaType>
#include <QStringList>

namespace rebound {

// A quick mood check-in. Several per day are fine; the day's mood is derived
// from them in one place (DayMood).
struct CheckIn {
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QDate date MEMBER date)
    Q_PROPERTY(int mood MEMBER mood)
    Q_PROPERTY(QStringList emotions MEMBER emotions)
    Q_PROPERTY(QStringList efforts MEMBER efforts)
    Q_PROPERTY(QString note MEMBER note)
    Q_PROPERTY(QDateTime createdAt MEMBER createdAt)
public:
    static constexpr int kMaxNoteChars = 280;
    static constexpr int kMaxChoices = 20; // emotions or efforts per check-in

    QString id;
    QDate date; // the user's local day
    int mood = 3; // 1..5, required
    QStringList emotions; // catalog ids
    QStringList efforts;  // catalog ids
    QString note;         // one line
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const CheckIn &) const = default;
};

// A small win worth noticing: an interview landed, good feedback, a final round.
struct SmallWin {
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QDate date MEMBER date)
    Q_PROPERTY(QString text MEMBER text)
    Q_PROPERTY(QDateTime createdAt MEMBER createdAt)
public:
    static constexpr int kMaxTextChars = 500;

    QString id;
    QDate date;
    QString text;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const SmallWin &) const = default;
};

} // namespace rebound

Q_DECLARE_METATYPE(rebound::CheckIn)
Q_DECLARE_METATYPE(rebound::SmallWin)
