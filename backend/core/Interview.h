#pragma once
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace rebound {

namespace interviewkind {
const QStringList &all(); // phone_screen, technical, behavioural, panel, final
bool isValid(const QString &key);
QString label(const QString &key);
} // namespace interviewkind

// One interview of an application, with the reflection the seeds advise:
// what stumped me, where I felt less confident, what went well, what next time.
struct Interview {
    static constexpr int kMaxReflectionChars = 10000;

    QString id;
    QString applicationId;
    QDateTime startsAt; // local wall-clock time (stored without zone: it is when the user goes)
    QString kind;
    int confidenceBefore = 0; // 0 = not given, else 1..5
    int confidenceAfter = 0;
    QString stumped;
    QString lessConfident;
    QString wentWell;
    QString doDifferently;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const Interview &) const = default;
};

} // namespace rebound
