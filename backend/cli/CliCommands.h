#pragma once
// Internal to rebound-cli: the command implementations, split by group over
// Cli.cpp (dispatch, vault, shared helpers), CliJournal.cpp, CliCheckIns.cpp,
// CliJobs.cpp (applications, interviews), CliSkills.cpp (feedback, skills) and
// CliGoals.cpp (goals, checklists, reviews), CliContacts.cpp (contacts) and
// CliReminders.cpp (reminders, --notify for the systemd timer), CliInsights.cpp (insights), CliSync.cpp (sync),
// CliData.cpp (export, backup, import).
#include "Arguments.h"
#include "Cli.h"
#include "Terminal.h"
#include "core/Contact.h"
#include "core/Error.h"
#include "core/Goal.h"
#include "core/Review.h"
#include "storage/Vault.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QTextStream>
#include <memory>

namespace rebound {
struct RankedSkill;
struct ReviewSummaryData;
}

namespace rebound::cli {

// Every command speaks in the "Cli" context (lupdate reads it from here).
struct CliText {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Option names, as typed.
namespace opt {
inline const QString kDate = QStringLiteral("--date");
inline const QString kMood = QStringLiteral("--mood");
inline const QString kText = QStringLiteral("--text");
inline const QString kLimit = QStringLiteral("--limit");
inline const QString kTag = QStringLiteral("--tag");
inline const QString kEmotion = QStringLiteral("--emotion");
inline const QString kEffort = QStringLiteral("--effort");
inline const QString kNote = QStringLiteral("--note");
inline const QString kTemplate = QStringLiteral("--template");
inline const QString kFrom = QStringLiteral("--from");
inline const QString kTo = QStringLiteral("--to");
// job search
inline const QString kCompany = QStringLiteral("--company");
inline const QString kRole = QStringLiteral("--role");
inline const QString kLink = QStringLiteral("--link");
inline const QString kSource = QStringLiteral("--source");
inline const QString kLocation = QStringLiteral("--location");
inline const QString kRemote = QStringLiteral("--remote");
inline const QString kSalary = QStringLiteral("--salary");
inline const QString kCurrency = QStringLiteral("--currency");
inline const QString kStage = QStringLiteral("--stage");
inline const QString kNotes = QStringLiteral("--notes");
inline const QString kContact = QStringLiteral("--contact");
inline const QString kSearch = QStringLiteral("--search");
inline const QString kOpen = QStringLiteral("--open");
inline const QString kClosed = QStringLiteral("--closed");
inline const QString kFormat = QStringLiteral("--format");
inline const QString kOutput = QStringLiteral("--output");
inline const QString kYes = QStringLiteral("--yes");
inline const QString kAt = QStringLiteral("--at");
inline const QString kKind = QStringLiteral("--kind");
inline const QString kWith = QStringLiteral("--with");
inline const QString kBefore = QStringLiteral("--before");
inline const QString kAfter = QStringLiteral("--after");
inline const QString kStumped = QStringLiteral("--stumped");
inline const QString kLessConfident = QStringLiteral("--less-confident");
inline const QString kWentWell = QStringLiteral("--went-well");
inline const QString kDifferently = QStringLiteral("--differently");
inline const QString kUpcoming = QStringLiteral("--upcoming");
inline const QString kApp = QStringLiteral("--app");
inline const QString kInterview = QStringLiteral("--interview");
inline const QString kStrength = QStringLiteral("--strength");
inline const QString kWeakness = QStringLiteral("--weakness");
inline const QString kTitle = QStringLiteral("--title");
inline const QString kDue = QStringLiteral("--due");
// goals and reviews
inline const QString kBy = QStringLiteral("--by");
inline const QString kMetric = QStringLiteral("--metric");
inline const QString kPerWeek = QStringLiteral("--per-week");
inline const QString kAlternativeTo = QStringLiteral("--alternative-to");
inline const QString kStatus = QStringLiteral("--status");
inline const QString kShowAll = QStringLiteral("--all");
inline const QString kChecklist = QStringLiteral("--checklist");
inline const QString kFollowUpGoal = QStringLiteral("--follow-up-goal");
inline const QString kGoalKind = QStringLiteral("--goal-kind");
inline const QString kFollowUpAction = QStringLiteral("--follow-up-action");
inline const QString kSkill = QStringLiteral("--skill");
inline const QString kActionKind = QStringLiteral("--action-kind");
inline const QString kFollowUpStatus = QStringLiteral("--follow-up-status");
inline const QString kNoFollowUp = QStringLiteral("--no-follow-up");
// contacts and reminders
inline const QString kName = QStringLiteral("--name");
inline const QString kEmail = QStringLiteral("--email");
inline const QString kPhone = QStringLiteral("--phone");
inline const QString kUrl = QStringLiteral("--url");
inline const QString kMet = QStringLiteral("--met");
inline const QString kCadence = QStringLiteral("--cadence");
inline const QString kDays = QStringLiteral("--days");
inline const QString kIcs = QStringLiteral("--ics");
inline const QString kNotify = QStringLiteral("--notify");
inline const QString kSkipDuplicates = QStringLiteral("--skip-duplicates");
// insights
inline const QString kYear = QStringLiteral("--year");
inline const QString kRestDays = QStringLiteral("--rest-days");
// sync
inline const QString kServer = QStringLiteral("--server");
inline const QString kFolder = QStringLiteral("--folder");
inline const QString kUser = QStringLiteral("--user");
inline const QString kDevice = QStringLiteral("--device");
inline const QString kJoin = QStringLiteral("--join");
inline const QString kAllowHttp = QStringLiteral("--allow-http");
// export, backup, import
inline const QString kMap = QStringLiteral("--map");
} // namespace opt

int exitCodeFor(ErrorCode code);

class Commands {
public:
    Commands(const Args &args, Input &input, QTextStream &output, QTextStream &errors,
             const Clock &clock = Vault::systemClock())
        : a(args)
        , in(input)
        , out(output)
        , err(errors)
        , m_clock(clock) {}

    int dispatch();

private:
    static constexpr int kShortId = 8;
    static constexpr int kMaxFilteredLimit = 1000; // JournalRepository::search caps here

    // ---- Cli.cpp: vault and shared helpers ---------------------------------------
    std::unique_ptr<Vault> unlock();
    SecureBytes newPassphrase(const QString &prompt);
    int init();
    int status();
    int passwd();
    int lock();

    static QString moodLabel(int mood) { return mood ? QString::number(mood) : QStringLiteral("-"); }
    static QString tagsLabel(const QStringList &tags);
    static QString preview(const QString &body, int maxChars);
    static QJsonValue optionalJson(const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); }
    static QJsonValue optionalJson(const QDate &d);
    static QString stamp(const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); }
    static QString day(const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }
    void printJson(const QJsonObject &o);
    void printJson(const QJsonArray &arr);
    // Rows of cells, columns padded to their widest cell (the last is not padded).
    // Each row as one line, cells padded to their column's widest.
    static QStringList formatTable(const QList<QStringList> &rows);
    // A heading is printed (without indent) before the row of its index.
    void printTable(const QList<QStringList> &rows, const QString &indent = {},
                    const QMap<qsizetype, QString> &headings = {});
    int limitOption(int fallback, int max) const;

    // The full ID for a prefix typed by the user, among ids (what names the kind
    // of record in messages, e.g. "application"). Same rules as journal IDs.
    static QString matchPrefix(const QStringList &ids, const QString &prefix, const QString &notFound);
    // A text option, or the rest of stdin when given as "-" (read after the
    // passphrase, which comes first on stdin). At most one option may be "-".
    std::optional<QString> textOption(const QString &name);
    void checkSingleStdin(const QStringList &names) const;
    // Asks on the terminal; true for y/yes.
    bool confirm(const QString &question);

    // ---- CliJournal.cpp ------------------------------------------------------------
    QString resolveId(Vault &vault);
    QStringList namesOf(Vault &vault, const QStringList &ids);
    QJsonArray catalogJson(Vault &vault, const QStringList &ids);
    QJsonObject toJson(Vault &vault, const JournalEntry &e);
    QStringList resolveCatalog(Vault &vault, CatalogItem::Kind kind, const QStringList &given);
    JournalFilter filterOptions() const;
    void resolveFilterEmotion(Vault &vault, JournalFilter &f);
    int journalAdd();
    int journalList();
    int journalSearch();
    int journalShow();
    int journalEdit();
    int journalDelete();
    int journalTemplatesList();

    // ---- CliCheckIns.cpp -------------------------------------------------------------
    QJsonObject toJson(Vault &vault, const CheckIn &c);
    static QJsonObject toJson(const SmallWin &w);
    static QJsonObject toJson(const DayMood &d);
    int checkIn();
    int checkInList();
    int winAdd();
    int winList();

    // ---- CliJobs.cpp: applications and interviews ----------------------------------------
    struct ApplicationOptions; // parsed before unlocking
    ApplicationOptions applicationOptions(bool editing) const;
    static void applyOptions(const ApplicationOptions &o, JobApplication &app);
    void addContacts(Vault &vault, const QString &applicationId, const ApplicationOptions &o);
    QString resolveApplication(Vault &vault, const QString &prefix);
    QString resolveInterview(Vault &vault, const QString &prefix);
    static QJsonObject toJson(const JobApplication &app);
    static QJsonObject toJson(const StageEvent &e);
    static QJsonObject toJson(const JobPerson &p);
    static QJsonObject toJson(const Reminder &r);
    QJsonObject toJson(Vault &vault, const Interview &i);
    static QString salaryLabel(const JobApplication &app);
    static QString titleOf(const JobApplication &app); // "Acme — Backend engineer"
    static QString confidenceLabel(const Interview &i);
    // Everything about an application: for app show, and add/edit --json.
    QJsonObject detailsJson(Vault &vault, const JobApplication &app);
    void printDetails(Vault &vault, const JobApplication &app);
    int appAdd();
    int appList();
    int appShow();
    int appStage();
    int appEdit();
    int appDelete();
    int appExport();
    struct InterviewOptions;
    InterviewOptions interviewOptions() const;
    int interviewAdd();
    int interviewEdit();
    int interviewList();

    // ---- CliSkills.cpp: feedback and the skills plan ---------------------------------------
    QJsonObject toJson(Vault &vault, const Feedback &f);
    QString resolveAction(Vault &vault, const QString &prefix);
    Skill skillByName(Vault &vault, const QString &name);
    static QJsonObject toJson(const SkillAction &action);
    static QJsonObject toJson(const RankedSkill &r, bool withActions);
    int feedbackAdd();
    int feedbackList();
    int skillsPlan();
    int skillsActionAdd();
    int skillsActionDone();
    int skillsPitch();

    // ---- CliGoals.cpp: goals, checklists and reviews ----------------------------------------
    QString resolveGoal(Vault &vault, const QString &prefix);
    QString resolveReview(Vault &vault, const QString &prefix);
    Checklist resolveChecklist(Vault &vault, const QString &nameOrId);
    QString resolveMetric(Vault &vault, const QString &text);
    QString metricLabel(Vault &vault, const QString &metric);
    QJsonObject toJson(Vault &vault, const Goal &g);
    QJsonObject toJson(const Review &r);
    QJsonObject toJson(const ReviewAnswer &answer);
    QJsonObject summaryJson(Vault &vault, const ReviewSummaryData &s);
    QString followUpText(Vault &vault, const FollowUp &f);
    int goalAdd();
    int goalNorthStar();
    int goalList();
    int goalEdit();
    int goalDone();
    int goalDelete();
    int checklistList();
    int reviewStart();
    int reviewAnswer();
    int reviewFinish();
    int reviewList();
    int reviewShow();
    int reviewExport();

    // ---- CliContacts.cpp: contacts and their interactions -------------------------------------
    struct ContactOptions; // parsed before unlocking
    ContactOptions contactOptions(bool editing) const;
    static void applyOptions(const ContactOptions &o, Contact &c);
    QString resolveContact(Vault &vault, const QString &prefix);
    static QJsonObject toJson(const Contact &c);
    static QJsonObject toJson(const Interaction &i);
    static QJsonObject toJson(const ContactStatus &s, const QDate &today);
    QString dueLabel(const ContactStatus &s, const QDate &today) const;
    int contactAdd();
    int contactList();
    int contactShow();
    int contactLog();
    int contactEdit();
    int contactDelete();
    int contactImport();
    int contactExport();

    // ---- CliReminders.cpp: the reminders engine from a terminal or a systemd timer --------------
    int reminders();
    int remindersNotify();

    // ---- CliInsights.cpp: the figures of the Insights page ------------------------------------
    int insights();

    // ---- CliSync.cpp ---------------------------------------------------------------
    int sync();

    // ---- CliData.cpp: export, backup, import -----------------------------------------
    int exportAll();
    int backupCreate();
    int backupCheck();
    int backupRestore();
    int importDaylio();
    int syncSetup();
    int syncNow();
    int syncStatus();
    int syncOff();

    const Args &a;
    Input &in;
    QTextStream &out;
    QTextStream &err;
    const Clock &m_clock; // the vault's clock: "today" for every command
    bool m_stdinTaken = false;
};

} // namespace rebound::cli
