#pragma once
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace rebound {

// Where an application stands. Keys are stored and synced; labels are translated
// in JobLabels.cpp. The order is the pipeline order shown on the board.
namespace stage {
inline const QString kSaved = QStringLiteral("saved");
inline const QString kApplied = QStringLiteral("applied");
inline const QString kScreening = QStringLiteral("screening");
inline const QString kInterviewing = QStringLiteral("interviewing");
inline const QString kFinalRound = QStringLiteral("final_round");
inline const QString kOffer = QStringLiteral("offer");
inline const QString kAccepted = QStringLiteral("accepted");
inline const QString kRejected = QStringLiteral("rejected");
inline const QString kWithdrawn = QStringLiteral("withdrawn");
inline const QString kNoAnswer = QStringLiteral("no_answer");

const QStringList &all();    // pipeline order
bool isValid(const QString &key);
bool isClosed(const QString &key); // accepted, rejected, withdrawn, no answer
QString label(const QString &key);
} // namespace stage

// How the job is done: on site, hybrid or remote ("" when unknown).
namespace workmode {
const QStringList &all();
bool isValid(const QString &key); // "" is valid
QString label(const QString &key);
} // namespace workmode

// One step in an application's history: "applied on 3 Nov", "rejected on 20 Nov".
struct StageEvent {
    QString id;
    QString applicationId;
    QString stage;
    QDate date;
    QString note;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const StageEvent &) const = default;
};

// Someone the user dealt with for an application or interview. Stored by name
// (and e-mail) so the job log works before contacts exist; contactId links the
// person to an entry in People once that exists (either can come first).
struct JobPerson {
    static constexpr int kMaxNameChars = 200;
    QString id;
    QString applicationId;
    QString interviewId; // "" for people of the application itself
    QString role;        // recruiter, interviewer, hiring_manager, referrer, other
    QString name;
    QString email;
    QString contactId;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const JobPerson &) const = default;
};

namespace personrole {
const QStringList &all();
bool isValid(const QString &key);
QString label(const QString &key);
} // namespace personrole

struct JobApplication {
    static constexpr int kMaxCompanyChars = 200;
    static constexpr int kMaxRoleChars = 200;
    static constexpr int kMaxLinkChars = 2000;
    static constexpr int kMaxSourceChars = 100;
    static constexpr int kMaxLocationChars = 200;
    static constexpr int kMaxNotesChars = 20000;
    static constexpr qint64 kMaxSalary = 1'000'000'000'000LL;

    QString id;
    QString company;
    QString role;
    QString link;     // http(s) only
    QString source;   // e.g. "LinkedIn", "referral"
    QString location; // free text, e.g. "Berlin"
    QString workMode; // see workmode
    std::optional<qint64> salaryMin;
    std::optional<qint64> salaryMax;
    QString salaryCurrency; // ISO 4217 letters, "" if unknown
    QString notes;
    QString stage;   // the latest stage event (derived; kept on the row for the board)
    QDate stageDate; // when it reached that stage
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const JobApplication &) const = default;
};

} // namespace rebound
