#pragma once
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace rebound {

namespace feedbacksource {
const QStringList &all(); // employer, mock, self
bool isValid(const QString &key);
QString label(const QString &key);
} // namespace feedbacksource

// Feedback received about the user, tagged with skills as strengths or weaknesses.
struct Feedback {
    static constexpr int kMaxTextChars = 20000;
    static constexpr int kMaxSkills = 20; // per side

    QString id;
    QString applicationId; // optional
    QString interviewId;   // optional (its application is then implied)
    QString source;
    QDate receivedOn;
    QString text;
    QStringList strengths;  // skill ids
    QStringList weaknesses; // skill ids
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const Feedback &) const = default;
};

// A skill named in feedback. "My pitch" is how the user tells a strength.
struct Skill {
    static constexpr int kMaxNameChars = 80;
    static constexpr int kMaxPitchChars = 5000;

    QString id;
    QString name;
    QString pitch;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const Skill &) const = default;
};

namespace actionkind {
const QStringList &all(); // course, mock_interview, practice, certification, reading
bool isValid(const QString &key);
QString label(const QString &key);
} // namespace actionkind

namespace actionstatus {
const QStringList &all(); // todo, doing, done
bool isValid(const QString &key);
QString label(const QString &key);
} // namespace actionstatus

// Something the user will do about a weakness.
struct SkillAction {
    static constexpr int kMaxTitleChars = 300;

    QString id;
    QString skillId;
    QString kind;
    QString title;
    QString status = QStringLiteral("todo");
    QDate dueOn; // optional
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const SkillAction &) const = default;
};

} // namespace rebound
