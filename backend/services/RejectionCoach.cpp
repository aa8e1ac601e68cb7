#include "RejectionCoach.h"

#include "ReviewSchedule.h"
#include "core/Error.h"
#include "core/TextRules.h"
#include "storage/Vault.h"

#include <QCoreApplication>

namespace rebound {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RejectionFlow)
};

QString greeting(const QString &personName) {
    return personName.trimmed().isEmpty() ? Tr::tr("Hello,") : Tr::tr("Dear %1,").arg(personName.trimmed());
}

// The person a message goes to: the recruiter first, then a hiring manager, then anyone.
QString addressee(Vault &vault, const QString &applicationId) {
    const QList<JobPerson> people = vault.applications().people(applicationId);
    for (const QString &role : {QStringLiteral("recruiter"), QStringLiteral("hiring_manager")})
        for (const JobPerson &p : people)
            if (p.role == role)
                return p.name;
    return people.isEmpty() ? QString() : people.constFirst().name;
}

Reminder reminder(const QString &kind, const QDate &due, const QString &title, const QString &subjectKind,
                  const QString &subjectId) {
    Reminder r;
    r.kind = kind;
    r.dueOn = due;
    r.title = title;
    r.subjectKind = subjectKind;
    r.subjectId = subjectId;
    return r;
}

} // namespace

RejectionCoach::RejectionCoach(Vault &vault, RejectionSettings settings)
    : m_vault(vault)
    , m_settings(settings) {}

QDate RejectionCoach::today() const {
    return localToday(m_vault.store().clock());
}

QString RejectionCoach::feedbackSubject(const JobApplication &app) {
    return app.role.isEmpty() ? Tr::tr("Feedback on my application to %1").arg(app.company)
                              : Tr::tr("Feedback on my application for %1").arg(app.role);
}

QString RejectionCoach::feedbackRequest(const JobApplication &app, const QString &personName) {
    return greeting(personName) + QStringLiteral("\n\n") +
           (app.role.isEmpty()
                ? Tr::tr("Thank you for letting me know your decision about my application to %1, and for the time "
                     "you and the team gave me.")
                      .arg(app.company)
                : Tr::tr("Thank you for letting me know your decision about %1 at %2, and for the time you and the "
                     "team gave me.")
                      .arg(app.role, app.company)) +
           QStringLiteral("\n\n") +
           Tr::tr("I would really value your honest feedback: what stood out as my strengths, and where could I "
              "have been stronger? Even a few lines would help me prepare for what comes next.") +
           QStringLiteral("\n\n") + Tr::tr("Thank you again,") + QStringLiteral("\n");
}

QString RejectionCoach::thankYouSubject(const JobApplication &app) {
    return app.role.isEmpty() ? Tr::tr("Thank you – %1").arg(app.company) : Tr::tr("Thank you – %1").arg(app.role);
}

QString RejectionCoach::thankYou(const JobApplication &app, const QString &personName) {
    return greeting(personName) + QStringLiteral("\n\n") +
           (app.role.isEmpty()
                ? Tr::tr("Thank you for considering me. I enjoyed learning about the team and its work, and I remain "
                     "very interested in %1.")
                      .arg(app.company)
                : Tr::tr("Thank you for considering me for %1. I enjoyed learning about the team and its work, and I "
                     "remain very interested in %2.")
                      .arg(app.role, app.company)) +
           QStringLiteral("\n\n") +
           Tr::tr("I would be glad to stay in touch; please keep me in mind if a similar opportunity comes up.") +
           QStringLiteral("\n\n") + Tr::tr("Best wishes,") + QStringLiteral("\n");
}

QUrl RejectionCoach::mailto(const QString &email, const QString &subject, const QString &body) {
    QString crlf = body;
    crlf.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\n', QStringLiteral("\r\n"));
    const QByteArray encoded = "mailto:" + QUrl::toPercentEncoding(email.trimmed(), "@") +
                               "?subject=" + QUrl::toPercentEncoding(subject) +
                               "&body=" + QUrl::toPercentEncoding(crlf);
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

RejectionFlow RejectionCoach::flow(const QString &flowId) {
    auto f = m_vault.rejectionFlows().find(flowId);
    if (!f)
        throw Error(ErrorCode::NotFound, Tr::tr("That rejection flow no longer exists."));
    return *f;
}

JobApplication RejectionCoach::applicationOf(const RejectionFlow &f) {
    auto app = m_vault.applications().find(f.applicationId);
    if (!app)
        throw Error(ErrorCode::NotFound, Tr::tr("That application no longer exists."));
    return *app;
}

RejectionFlow RejectionCoach::start(const QString &applicationId) {
    const auto app = m_vault.applications().find(applicationId);
    if (!app)
        throw Error(ErrorCode::NotFound, Tr::tr("That application no longer exists."));
    const QDate rejectedOn = app->stage == stage::kRejected ? app->stageDate : today();
    RejectionFlow f = m_vault.rejectionFlows().start(applicationId, rejectedOn);
    if (f.feedbackMessage.isEmpty() || f.thankYouMessage.isEmpty()) {
        const QString name = addressee(m_vault, applicationId);
        FlowChange change;
        if (f.feedbackMessage.isEmpty())
            change.feedbackMessage = feedbackRequest(*app, name);
        if (f.thankYouMessage.isEmpty())
            change.thankYouMessage = thankYou(*app, name);
        f = m_vault.rejectionFlows().apply(f.id, change);
    }
    return f;
}

RejectionFlow RejectionCoach::recordFeelings(const QString &flowId, const QString &journalEntryId) {
    if (!m_vault.journal().find(journalEntryId))
        throw Error(ErrorCode::NotFound, Tr::tr("That journal entry no longer exists."));
    FlowChange change;
    change.step = rejectionstep::kFeelings;
    change.state = stepstate::kDone;
    change.journalEntryId = journalEntryId;
    return m_vault.rejectionFlows().apply(flowId, change);
}

RejectionFlow RejectionCoach::askForFeedback(const QString &flowId, const QString &message,
                                             const QDate &followUpOn) {
    const JobApplication app = applicationOf(flow(flowId));
    FlowChange change;
    change.step = rejectionstep::kFeedback;
    change.state = stepstate::kDone;
    change.feedbackMessage = message;
    if (followUpOn.isValid()) {
        Reminder r = reminder(reminderkind::kFeedbackFollowUp, followUpOn,
                              Tr::tr("Follow up on feedback from %1").arg(app.company), QStringLiteral("application"),
                              app.id);
        r.note = Tr::tr("If nothing came back, a short, friendly nudge is fine.");
        change.reminders.append(r);
    }
    return m_vault.rejectionFlows().apply(flowId, change);
}

RejectionFlow RejectionCoach::makeCase(const QString &flowId, const QString &note) {
    if (note.trimmed().isEmpty())
        throw Error(ErrorCode::InvalidInput, Tr::tr("Write down at least one reason, or skip this step."));
    FlowChange change;
    change.step = rejectionstep::kCase;
    change.state = stepstate::kDone;
    change.caseNote = note;
    return m_vault.rejectionFlows().apply(flowId, change);
}

RejectionFlow RejectionCoach::keepBridges(const QString &flowId, const QString &message, const QDate &keepInTouchOn,
                                          const QDate &reapplyOn) {
    const JobApplication app = applicationOf(flow(flowId));
    FlowChange change;
    change.step = rejectionstep::kBridges;
    change.state = stepstate::kDone;
    change.thankYouMessage = message;
    if (keepInTouchOn.isValid()) {
        const QList<JobPerson> people = m_vault.applications().people(app.id);
        QStringList seen;
        for (const JobPerson &p : people) {
            if (seen.contains(p.name, Qt::CaseInsensitive))
                continue; // the same recruiter may also have interviewed
            seen.append(p.name);
            change.reminders.append(reminder(reminderkind::kPostRejection, keepInTouchOn,
                                             Tr::tr("Keep in touch with %1 (%2)").arg(p.name, app.company),
                                             QStringLiteral("person"), p.id));
        }
        if (people.isEmpty())
            change.reminders.append(reminder(reminderkind::kPostRejection, keepInTouchOn,
                                             Tr::tr("Keep in touch with %1").arg(app.company),
                                             QStringLiteral("application"), app.id));
    }
    if (reapplyOn.isValid())
        change.reminders.append(reminder(reminderkind::kReapply, reapplyOn,
                                         Tr::tr("Look at %1 again: time to re-apply?").arg(app.company),
                                         QStringLiteral("application"), app.id));
    return m_vault.rejectionFlows().apply(flowId, change);
}

RejectionFlow RejectionCoach::nameWentWell(const QString &flowId, const QString &text) {
    const QString what = text.trimmed();
    if (what.isEmpty())
        throw Error(ErrorCode::InvalidInput, Tr::tr("Name one thing that went well, or skip this step."));
    FlowChange change;
    change.step = rejectionstep::kWentWell;
    change.state = stepstate::kDone;
    change.winText = what; // one transaction with the flow
    return m_vault.rejectionFlows().apply(flowId, change);
}

RejectionFlow RejectionCoach::skip(const QString &flowId, const QString &step) {
    FlowChange change;
    change.step = step;
    change.state = stepstate::kSkipped;
    return m_vault.rejectionFlows().apply(flowId, change);
}

RejectionFlow RejectionCoach::reopenStep(const QString &flowId, const QString &step) {
    FlowChange change;
    change.step = step;
    change.state = stepstate::kPending;
    change.closed = false;
    return m_vault.rejectionFlows().apply(flowId, change);
}

RejectionFlow RejectionCoach::saveDrafts(const QString &flowId, const std::optional<QString> &feedbackMessage,
                                         const std::optional<QString> &caseNote,
                                         const std::optional<QString> &thankYou) {
    FlowChange change;
    change.feedbackMessage = feedbackMessage;
    change.caseNote = caseNote;
    change.thankYouMessage = thankYou;
    return m_vault.rejectionFlows().apply(flowId, change);
}

RejectionFlow RejectionCoach::close(const QString &flowId) {
    FlowChange change;
    change.closed = true;
    return m_vault.rejectionFlows().apply(flowId, change);
}

RejectionCoach::ReviewSuggestion RejectionCoach::reviewSuggestion() {
    // One rule for the nudge (ReviewSchedule): rejections a finished review looked at do not count.
    const ReviewNudge n = ReviewSchedule(m_vault, m_settings).nudge(today());
    ReviewSuggestion s;
    s.windowDays = n.windowDays;
    s.rejections = n.rejections;
    s.suggested = n.suggested;
    return s;
}

Reminder RejectionCoach::planGoalReview(const QDate &on) {
    const ReviewSuggestion s = reviewSuggestion();
    Reminder r;
    r.kind = reminderkind::kGoalReview;
    r.dueOn = on.isValid() ? on : today();
    r.title = Tr::tr("Review your goals");
    // Explicit English plurals until translations ship (then: %n forms).
    r.note = s.rejections == 1
                 ? Tr::tr("1 rejection in the last %1 days: are you targeting the right roles, and is there a skill "
                      "to build first?")
                       .arg(s.windowDays)
                 : Tr::tr("%1 rejections in the last %2 days: are you targeting the right roles, and is there a "
                      "skill to build first?")
                       .arg(s.rejections)
                       .arg(s.windowDays);
    return m_vault.reminders().create(r);
}

QDate RejectionCoach::followUpDay() const {
    return today().addDays(m_settings.followUpDays);
}
QDate RejectionCoach::keepInTouchDay() const {
    return today().addDays(m_settings.keepInTouchDays);
}
QDate RejectionCoach::reapplyDay() const {
    return today().addDays(m_settings.reapplyDays);
}

} // namespace rebound
