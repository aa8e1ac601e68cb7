#pragma once
#include <QDate>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace rebound {

// A journal entry as the rest of the app sees it. The id is a random UUID so
// records from several devices never collide; mood 0 means "not given".
struct JournalEntry {
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QDate date MEMBER date)
    Q_PROPERTY(int mood MEMBER mood)
    Q_PROPERTY(QString body MEMBER body)
    Q_PROPERTY(QDateTime createdAt MEMBER createdAt)
    Q_PROPERTY(QDateTime updatedAt MEMBER updatedAt)
public:
    static constexpr int kNoMood = 0;
    static constexpr int kMinMood = 1;
    static constexpr int kMaxMood = 5;
    static constexpr int kMaxBodyChars = 1'000'000;

    QString id;
    QDate date;
    int mood = kNoMood;
    QString body;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const JournalEntry &) const = default;
};

} // namespace rebound

Q_DECLARE_METATYPE(rebound::JournalEntry)
