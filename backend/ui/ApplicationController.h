#pragma once
#include "storage/ApplicationRepository.h"
#include "storage/InterviewRepository.h"

#include <QDate>
#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <optional>
#include <variant>

namespace rebound {

class Vault;
class VaultSession;

// One open job application for the detail view and the editors: its fields,
// stage history, people, interviews (with their interviewers), feedback and
// reminders. Also creates, saves, moves and deletes applications (with undo),
// interviews and feedback, and exports all applications. Thin: the rules and
// their messages live in the repositories.
//
// Every write returns the id / true on success, or "" / false with
// errorMessage set (nothing is lost), and emits dataWritten() so lists refresh.
// Dates go in as "yyyy-MM-dd" strings (or Date / QDate values).
class ApplicationController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    Q_PROPERTY(QString applicationId READ applicationId NOTIFY changed)
    // false when nothing is open, or the open application was deleted
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    // {id, company, role, link, source, location, workMode, workModeLabel,
    //  salaryMin, salaryMax (numbers, or null), salaryCurrency, salaryText, notes,
    //  stage, stageLabel, stageDate, stageDay, daysInStage, closed, createdAt}
    Q_PROPERTY(QVariantMap application READ application NOTIFY changed)
    // [{id, stage, label, date, day, note, closed, current}], oldest first
    Q_PROPERTY(QVariantList history READ history NOTIFY changed)
    // The application's own people: [{id, name, email, role, roleLabel, contactId}]
    Q_PROPERTY(QVariantList people READ people NOTIFY changed)
    // [{id, startsAt, day, hour, minute, when, kind, kindLabel, upcoming,
    //   confidenceBefore, confidenceAfter, stumped, lessConfident, wentWell,
    //   doDifferently, notes, hasReflection, interviewers [names], interviewerIds}], by time
    Q_PROPERTY(QVariantList interviews READ interviews NOTIFY changed)
    // [{id, source, sourceLabel, receivedOn, day, text, interviewId, about,
    //   strengths [names], weaknesses [names]}], newest first
    Q_PROPERTY(QVariantList feedback READ feedback NOTIFY changed)
    // [{id, kind, title, note, dueOn, day, done, overdue}], soonest first (done last)
    Q_PROPERTY(QVariantList reminders READ reminders NOTIFY changed)
    // Suggestions: skill names already used, sources already used.
    Q_PROPERTY(QStringList skillNames READ skillNames NOTIFY changed)
    Q_PROPERTY(QStringList sourceSuggestions READ sourceSuggestions NOTIFY changed)
    // Choices with translated labels: [{key, label}] (stages also carry `closed`).
    Q_PROPERTY(QVariantList stageChoices READ stageChoices CONSTANT)
    Q_PROPERTY(QVariantList workModeChoices READ workModeChoices CONSTANT)
    Q_PROPERTY(QVariantList interviewKindChoices READ interviewKindChoices CONSTANT)
    Q_PROPERTY(QVariantList feedbackSourceChoices READ feedbackSourceChoices CONSTANT)
    Q_PROPERTY(QVariantList personRoleChoices READ personRoleChoices CONSTANT)
    // What the last delete removed ("application", "interview", "feedback", or
    // "" when there is nothing to undo).
    Q_PROPERTY(QString undoKind READ undoKind NOTIFY changed)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY changed)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    explicit ApplicationController(VaultSession &session, QObject *parent = nullptr);

    // "Today, 15:00", "Tomorrow, 09:30", else the short weekday and date.
    static QString interviewWhen(const QDateTime &startsAt, const QDate &today);
    // "65,000–75,000 EUR", "from 65,000 EUR", "up to 75,000", "" when none.
    static QString salaryText(const JobApplication &application);

    QString applicationId() const { return m_id; }
    bool loaded() const { return !m_application.isEmpty(); }
    QVariantMap application() const { return m_application; }
    QVariantList history() const { return m_history; }
    QVariantList people() const { return m_people; }
    QVariantList interviews() const { return m_interviews; }
    QVariantList feedback() const { return m_feedback; }
    QVariantList reminders() const { return m_reminders; }
    QStringList skillNames() const { return m_skillNames; }
    QStringList sourceSuggestions() const { return m_sources; }
    QVariantList stageChoices() const;
    QVariantList workModeChoices() const;
    QVariantList interviewKindChoices() const;
    QVariantList feedbackSourceChoices() const;
    QVariantList personRoleChoices() const;
    QString undoKind() const;
    bool canUndo() const { return !undoKind().isEmpty(); }
    QString errorMessage() const { return m_error; }

    // Opens an application for the detail view (false when it does not exist).
    Q_INVOKABLE bool load(const QString &id);
    Q_INVOKABLE void close();
    Q_INVOKABLE void reload();

    // fields: company, role, link, source, location, workMode, salaryMin,
    // salaryMax (numbers or text such as "65,000" or "65k"; empty = none),
    // salaryCurrency, notes; create also takes stage, stageDate, stageNote
    // (default: applied, today). Returns the id.
    Q_INVOKABLE QString create(const QVariantMap &fields);
    // fields as above plus id; fields not given keep their stored value.
    Q_INVOKABLE QString save(const QVariantMap &fields);
    // Moves the open application (or `applicationId`) to a stage on a day
    // (default today). Emits rejected(id) for a move to "rejected".
    Q_INVOKABLE bool moveTo(const QString &stage, const QVariant &date = {}, const QString &note = {});
    Q_INVOKABLE bool moveApplication(const QString &applicationId, const QString &stage, const QVariant &date = {},
                                     const QString &note = {});
    // Removes a mistaken stage from the history (the last one stays).
    Q_INVOKABLE bool removeStageEvent(const QString &eventId);
    // Deletes an application with its history, people, interviews and reminders;
    // its feedback stays (unlinked). undoRemove() brings it all back.
    Q_INVOKABLE bool remove(const QString &applicationId);
    Q_INVOKABLE bool undoRemove();

    // People of the open application. Returns the id. With a contactId the person is
    // linked to that contact; with saveAsContact a new contact is made from them.
    Q_INVOKABLE QString addPerson(const QString &name, const QString &email, const QString &role,
                                  const QString &contactId = {}, bool saveAsContact = false);
    Q_INVOKABLE bool removePerson(const QString &personId);
    // Links a person of the open application to a contact ("" unlinks), or saves
    // them as a new contact (linked; returns the contact's id).
    Q_INVOKABLE bool linkPerson(const QString &personId, const QString &contactId);
    Q_INVOKABLE QString saveAsContact(const QString &personId);

    // fields: day ("yyyy-MM-dd"), hour, minute, kind, confidenceBefore,
    // confidenceAfter (0 = not given, 1..5), stumped, lessConfident, wentWell,
    // doDifferently, notes, interviewers (list of names). For the open application.
    Q_INVOKABLE QString createInterview(const QVariantMap &fields);
    // fields as above plus id; fields not given keep their stored value.
    Q_INVOKABLE QString saveInterview(const QVariantMap &fields);
    Q_INVOKABLE bool removeInterview(const QString &interviewId);

    // fields: source, receivedOn ("yyyy-MM-dd", default today), text,
    // interviewId ("" = about the application), strengths, weaknesses (skill names).
    // For the open application.
    Q_INVOKABLE QString createFeedback(const QVariantMap &fields);
    Q_INVOKABLE QString saveFeedback(const QVariantMap &fields); // plus id
    Q_INVOKABLE bool removeFeedback(const QString &feedbackId);

    Q_INVOKABLE bool setReminderDone(const QString &reminderId, bool done);

    // Writes every application to a file: format "csv" or "json"; fileUrl a
    // local file URL (or path). Replaces the file atomically.
    Q_INVOKABLE bool exportApplications(const QString &format, const QUrl &fileUrl);
    // Where an export goes unless the user picks another place: the documents
    // folder, "job-applications.csv" (or .json).
    Q_INVOKABLE QUrl suggestedExportFile(const QString &format) const;

    Q_INVOKABLE void clearError() { setError({}); }

signals:
    void changed();
    void errorMessageChanged();
    // Something was written: the application list and other views should refresh.
    void dataWritten();
    // An application was moved to "rejected": the page offers the rejection flow.
    void rejected(const QString &applicationId);

private:
    template <typename F> bool write(F &&f);
    void setError(const QString &message);
    void clearState();
    JobApplication applyFields(JobApplication a, const QVariantMap &fields) const;
    Interview applyInterviewFields(Interview i, const QVariantMap &fields) const;
    void syncInterviewers(Vault &vault, const Interview &interview, const QStringList &names);
    QString requireOpen() const;

    VaultSession &m_session;
    QString m_id;
    QVariantMap m_application;
    QVariantList m_history, m_people, m_interviews, m_feedback, m_reminders;
    QStringList m_skillNames, m_sources;
    std::variant<std::monostate, RemovedApplication, RemovedInterview, Feedback> m_removed;
    QString m_error;
};

} // namespace rebound
