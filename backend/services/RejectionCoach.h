#pragma once
#include "AppSettings.h"
#include "core/JobApplication.h"
#include "core/RejectionFlow.h"
#include "core/Reminder.h"

#include <QUrl>

namespace rebound {

class Vault;

// The guided flow after a rejection, built from the advice in shared/seeds:
// feel it, ask for feedback, optionally make a calm case, don't burn bridges,
// name what went well; and, when rejections cluster, suggest a goal review.
// Each step is skippable; the flow is stored, so it resumes on any device.
class RejectionCoach {
public:
    RejectionCoach(Vault &vault, RejectionSettings settings);

    // Drafts the user edits before sending (translated, with names filled in).
    static QString feedbackSubject(const JobApplication &app);
    static QString feedbackRequest(const JobApplication &app, const QString &personName);
    static QString thankYouSubject(const JobApplication &app);
    static QString thankYou(const JobApplication &app, const QString &personName);
    // RFC 6068 mailto: with subject and body (CRLF line breaks, percent-encoded).
    static QUrl mailto(const QString &email, const QString &subject, const QString &body);

    // The flow for a rejected application: created with drafts on first call,
    // resumed (and reopened) afterwards.
    RejectionFlow start(const QString &applicationId);

    // Step 1: a journal entry written from the after-a-rejection template.
    RejectionFlow recordFeelings(const QString &flowId, const QString &journalEntryId);
    // Step 2: the request as sent, and a follow-up reminder (invalid date = none).
    RejectionFlow askForFeedback(const QString &flowId, const QString &message, const QDate &followUpOn);
    // Step 3: tangible reasons they should reconsider, kept for a calm reply.
    RejectionFlow makeCase(const QString &flowId, const QString &note);
    // Step 4: thank-you message, keep in touch with each person on the
    // application (or the company), and a re-apply reminder. Invalid dates = none.
    RejectionFlow keepBridges(const QString &flowId, const QString &message, const QDate &keepInTouchOn,
                              const QDate &reapplyOn);
    // Step 5: saved as a small win.
    RejectionFlow nameWentWell(const QString &flowId, const QString &text);
    RejectionFlow skip(const QString &flowId, const QString &step);
    RejectionFlow reopenStep(const QString &flowId, const QString &step);
    // Keeps text typed so far (resume later); only the given drafts change.
    RejectionFlow saveDrafts(const QString &flowId, const std::optional<QString> &feedbackMessage,
                             const std::optional<QString> &caseNote, const std::optional<QString> &thankYou);
    RejectionFlow close(const QString &flowId);

    struct ReviewSuggestion {
        bool suggested = false;
        int rejections = 0; // in the window ending today
        int windowDays = 0;
    };
    // Step 6: several rejections close together suggest re-evaluating goals.
    ReviewSuggestion reviewSuggestion();
    Reminder planGoalReview(const QDate &on);

    // Default dates for the reminders the flow proposes.
    QDate followUpDay() const;
    QDate keepInTouchDay() const;
    QDate reapplyDay() const;

private:
    JobApplication applicationOf(const RejectionFlow &flow);
    RejectionFlow flow(const QString &flowId);
    QDate today() const;

    Vault &m_vault;
    RejectionSettings m_settings;
};

} // namespace rebound
