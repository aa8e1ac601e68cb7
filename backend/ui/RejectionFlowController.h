#pragma once
#include "core/RejectionFlow.h"

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace rebound {

class VaultSession;
class AppSettings;
class Vault;

// The guided flow after a rejection (RejectionCoach) for the sheet that walks
// through it: one flow at a time is "loaded" (openFor), its steps and drafts
// are properties, each step action mirrors the coach. Drafts typed in the
// sheet are saved shortly after typing stops (and on flushDrafts), so closing
// and reopening resumes where the user was, on any device. Unfinished flows
// are listed in openFlows. Dates travel as "yyyy-MM-dd" ("" = no reminder).
class RejectionFlowController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(QString flowId READ flowId NOTIFY changed)
    Q_PROPERTY(QString applicationId READ applicationId NOTIFY changed)
    Q_PROPERTY(QString company READ company NOTIFY changed)
    Q_PROPERTY(QString role READ role NOTIFY changed)
    Q_PROPERTY(QString rejectedOnText READ rejectedOnText NOTIFY changed)
    // The first pending step ("" when every step is done or skipped).
    Q_PROPERTY(QString currentStep READ currentStep NOTIFY changed)
    // [{key, title, state ("" | "done" | "skipped"), number (1-based)}] in order
    Q_PROPERTY(QVariantList steps READ steps NOTIFY changed)
    Q_PROPERTY(int doneCount READ doneCount NOTIFY changed) // done or skipped
    Q_PROPERTY(bool finished READ finished NOTIFY changed)  // every step done or skipped
    // Drafts as stored (the sheet edits its own copy and calls setDraft).
    Q_PROPERTY(QString feedbackMessage READ feedbackMessage NOTIFY changed)
    Q_PROPERTY(QString caseNote READ caseNote NOTIFY changed)
    Q_PROPERTY(QString thankYouMessage READ thankYouMessage NOTIFY changed)
    Q_PROPERTY(QString feedbackSubject READ feedbackSubject NOTIFY changed)
    Q_PROPERTY(QString thankYouSubject READ thankYouSubject NOTIFY changed)
    // The journal entry of step 1 and the win of step 5 ("" until done).
    Q_PROPERTY(QString journalEntryId READ journalEntryId NOTIFY changed)
    Q_PROPERTY(QString winText READ winText NOTIFY changed)
    // People on the application: [{id, name, email, role, roleLabel}]; the first
    // with an e-mail is the default addressee.
    Q_PROPERTY(QVariantList people READ people NOTIFY changed)
    // Default reminder days from the settings, "yyyy-MM-dd".
    Q_PROPERTY(QString followUpDate READ followUpDate NOTIFY changed)
    Q_PROPERTY(QString keepInTouchDate READ keepInTouchDate NOTIFY changed)
    Q_PROPERTY(QString reapplyDate READ reapplyDate NOTIFY changed)
    // Reminders this application's flow created: [{id, kind, title, dueOn, dueText}]
    Q_PROPERTY(QVariantList reminders READ reminders NOTIFY changed)
    // Step 6: {suggested, rejections, windowDays}
    Q_PROPERTY(QVariantMap reviewSuggestion READ reviewSuggestion NOTIFY changed)
    // "" until a goal review was planned in this sheet, then its day ("30 Nov").
    Q_PROPERTY(QString goalReviewText READ goalReviewText NOTIFY changed)
    // Unfinished flows, newest rejection first:
    // [{id, applicationId, company, role, rejectedOn, rejectedOnText, doneCount, stepCount, currentStep, currentStepTitle}]
    Q_PROPERTY(QVariantList openFlows READ openFlows NOTIFY openFlowsChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    static constexpr int kAutosaveMs = 600; // after the last keystroke

    RejectionFlowController(VaultSession &session, AppSettings &settings, QObject *parent = nullptr);

    bool loaded() const { return !m_flow.id.isEmpty(); }
    QString flowId() const { return m_flow.id; }
    QString applicationId() const { return m_flow.applicationId; }
    QString company() const { return m_company; }
    QString role() const { return m_role; }
    QString rejectedOnText() const;
    QString currentStep() const { return m_flow.currentStep(); }
    QVariantList steps() const;
    int doneCount() const;
    bool finished() const { return loaded() && m_flow.currentStep().isEmpty(); }
    QString feedbackMessage() const { return m_flow.feedbackMessage; }
    QString caseNote() const { return m_flow.caseNote; }
    QString thankYouMessage() const { return m_flow.thankYouMessage; }
    QString feedbackSubject() const { return m_feedbackSubject; }
    QString thankYouSubject() const { return m_thankYouSubject; }
    QString journalEntryId() const { return m_flow.journalEntryId; }
    QString winText() const { return m_winText; }
    QVariantList people() const { return m_people; }
    QString followUpDate() const { return m_followUpDate; }
    QString keepInTouchDate() const { return m_keepInTouchDate; }
    QString reapplyDate() const { return m_reapplyDate; }
    QVariantList reminders() const { return m_reminders; }
    QVariantMap reviewSuggestion() const { return m_review; }
    QString goalReviewText() const { return m_goalReviewText; }
    QVariantList openFlows() const { return m_openFlows; }
    QString errorMessage() const { return m_error; }

    static QString stepTitle(const QString &step);

    // Starts the flow for a rejected application, or resumes its flow.
    Q_INVOKABLE bool openFor(const QString &applicationId);
    // Step actions (false with errorMessage on bad input; nothing is lost).
    Q_INVOKABLE bool recordFeelings(const QString &journalEntryId);
    Q_INVOKABLE bool askForFeedback(const QString &message, const QString &followUpDate);
    Q_INVOKABLE bool makeCase(const QString &note);
    Q_INVOKABLE bool keepBridges(const QString &message, const QString &keepInTouchDate, const QString &reapplyDate);
    Q_INVOKABLE bool nameWentWell(const QString &text);
    Q_INVOKABLE bool skip(const QString &step);
    Q_INVOKABLE bool reopenStep(const QString &step);
    // Keeps typed text: field is "feedback", "case" or "thankYou". Saved after
    // kAutosaveMs without typing, or at once by flushDrafts().
    Q_INVOKABLE void setDraft(const QString &field, const QString &text);
    Q_INVOKABLE bool flushDrafts();
    // Leaves the sheet: drafts are kept and the flow stays open to resume.
    Q_INVOKABLE void release();
    // The user is done with this flow (finished or dismissed): it leaves openFlows.
    Q_INVOKABLE bool finish();
    Q_INVOKABLE bool dismissFlow(const QString &flowId);
    Q_INVOKABLE bool planGoalReview(const QString &date);

    Q_INVOKABLE QUrl mailtoUrl(const QString &email, const QString &subject, const QString &body) const;
    // Copies to the system clipboard. On desktops "share" is this copy.
    Q_INVOKABLE bool copyToClipboard(const QString &text);
    Q_INVOKABLE QString dateText(const QString &day) const; // "yyyy-MM-dd" → "30 Nov"
    Q_INVOKABLE void reload();
    Q_INVOKABLE void clearError() { setError({}); }

signals:
    void changed();
    void openFlowsChanged();
    void errorMessageChanged();
    // Something other views show (wins, journal links, reminders) was written.
    void dataWritten();

private:
    template <typename F> bool write(F &&f);
    void setError(const QString &message);
    void load(Vault &vault, const RejectionFlow &flow);
    void clear();
    void loadOpenFlows(Vault &vault);
    bool parseDay(const QString &day, QDate *out);
    QDate today() const;

    VaultSession &m_session;
    AppSettings &m_settings;
    RejectionFlow m_flow;
    QString m_company, m_role, m_feedbackSubject, m_thankYouSubject, m_winText;
    QString m_followUpDate, m_keepInTouchDate, m_reapplyDate, m_goalReviewText;
    QVariantList m_people, m_reminders, m_openFlows;
    QVariantMap m_review;
    QString m_error;
    // Drafts typed but not yet saved: field → text.
    QVariantMap m_pendingDrafts;
    QTimer m_autosave;
};

} // namespace rebound
