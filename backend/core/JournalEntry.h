#pragma once
#include <QDate>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace rebound {

// A journal entry as the rest of the app sees it. The id is a random UUID so
// records from several devices never collide; mood 0 means "not given".
struct JournalEntry {
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QDate date MEMBER date)
    Q_PROPERTY(int mood MEMBER mood)
    Q_PROPERTY(QString body MEMBER body)
    Q_PROPERTY(QStringList tags MEMBER tags)
    Q_PROPERTY(QStringList emotions MEMBER emotions)
    Q_PROPERTY(QString checkInId MEMBER checkInId)
    Q_PROPERTY(QString templateKey MEMBER templateKey)
    Q_PROPERTY(QDateTime createdAt MEMBER createdAt)
    Q_PROPERTY(QDateTime updatedAt MEMBER updatedAt)
public:
    static constexpr int kNoMood = 0;
    static constexpr int kMinMood = 1;
    static constexpr int kMaxMood = 5;
    static constexpr int kMaxBodyChars = 1'000'000;
    static constexpr int kMaxTags = 20;

    QString id;
    QDate date;
    int mood = kNoMood;
    QString body;      // Markdown
    QStringList tags;  // free text, see TextRules::cleanTags
    QStringList emotions; // catalog ids (CatalogItem::id)
    QString checkInId;    // optional link to the check-in it was written from
    QString templateKey;  // the guided template it was started from, if any
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const JournalEntry &) const = default;
};

} // namespace rebound

Q_DECLARE_METATYPE(rebound::JournalEntry)
