#pragma once
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace rebound {

// Who a contact is to the user. "support" covers friends, family and a career counsellor.
namespace contacttag {
inline const QString kRecruiter = QStringLiteral("recruiter");
inline const QString kInterviewer = QStringLiteral("interviewer");
inline const QString kHiringManager = QStringLiteral("hiring_manager");
inline const QString kMentor = QStringLiteral("mentor");
inline const QString kPeer = QStringLiteral("peer");
inline const QString kSupport = QStringLiteral("support");
const QStringList &all();
bool isValid(const QString &key);
QString label(const QString &key); // translated
// The keep-in-touch cadence a new vault starts with (recruiter 60, mentor 30, support 14 ...).
int defaultCadenceDays(const QString &key);
} // namespace contacttag

namespace interactionkind {
inline const QString kMessage = QStringLiteral("message");
inline const QString kEmail = QStringLiteral("email");
inline const QString kCall = QStringLiteral("call");
inline const QString kMeeting = QStringLiteral("meeting");
inline const QString kCoffee = QStringLiteral("coffee");
inline const QString kEvent = QStringLiteral("event");
const QStringList &all();
bool isValid(const QString &key);
QString label(const QString &key); // translated
} // namespace interactionkind

struct Contact {
    static constexpr int kMaxNameChars = 200;
    static constexpr int kMaxFieldChars = 300; // company, role, each email and phone
    static constexpr int kMaxUrlChars = 2000;
    static constexpr int kMaxHowWeMetChars = 2000;
    static constexpr int kMaxNotesChars = 20000;
    static constexpr int kMaxEmails = 10;
    static constexpr int kMaxPhones = 10;
    static constexpr int kMaxCadenceDays = 3650;
    static constexpr int kCadenceFromTags = -1;
    static constexpr int kCadenceOff = 0;

    QString id;
    QString name;
    QString company;
    QString role;
    QStringList emails; // trimmed, unique (case-insensitive), in the user's order
    QStringList phones;
    QString profileUrl;
    QString howWeMet;
    QStringList tags; // contacttag keys
    QString notes;
    // kCadenceFromTags: the shortest default of its tags (none without tags);
    // kCadenceOff: no keep-in-touch reminders; > 0: every that many days.
    int cadenceDays = kCadenceFromTags;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const Contact &) const = default;
};

struct Interaction {
    static constexpr int kMaxNoteChars = 5000;

    QString id;
    QString contactId;
    QString kind; // interactionkind
    QDate occurredOn;
    QString note;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const Interaction &) const = default;
};

// A contact with where the keep-in-touch clock stands, computed from the data.
struct ContactStatus {
    Contact contact;
    QDate lastContacted; // the latest interaction; invalid when none was logged
    int cadenceDays = 0; // effective cadence; 0 = no reminders
    // lastContacted (or, never contacted, the day the contact was added) + cadence;
    // invalid when cadenceDays is 0.
    QDate dueOn;
    bool isDue(const QDate &today) const { return dueOn.isValid() && dueOn <= today; }
};

// A message to start from when reaching out. Placeholders: {first_name}, {name}, {company}.
struct OutreachTemplate {
    static constexpr int kMaxNameChars = 100;
    static constexpr int kMaxBodyChars = 5000;

    QString id;
    QString name;
    QString body;
    int position = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const OutreachTemplate &) const = default;
};

// The keep-in-touch default of one tag (tag_cadences row; id = the tag key).
struct TagCadence {
    QString id;
    int days = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    bool operator==(const TagCadence &) const = default;
};

} // namespace rebound
