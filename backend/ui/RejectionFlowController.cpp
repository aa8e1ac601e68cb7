#include "RejectionFlowController.h"

#include "JobVariant.h"
#include "core/Error.h"
#include "core/JobApplication.h"
#include "services/AppSettings.h"
#include "services/RejectionCoach.h"
#include "services/VaultSession.h"
#include "storage/Vault.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLocale>

namespace rebound {

namespace {

const QString kDayFormat = QStringLiteral("yyyy-MM-dd");
const QString kFeedbackDraft = QStringLiteral("feedback");
const QString kCaseDraft = QStringLiteral("case");
const QString kThankYouDraft = QStringLiteral("thankYou");

// The reminders a flow creates (the others on an application belong to interviews).
bool isFlowReminder(const QString &kind) {
    return kind == reminderkind::kFeedbackFollowUp || kind == reminderkind::kPostRejection ||
           kind == reminderkind::kReapply;
}

} // namespace

RejectionFlowController::RejectionFlowController(VaultSession &session, AppSettings &settings, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_settings(settings) {
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kAutosaveMs);
    connect(&m_autosave, &QTimer::timeout, this, &RejectionFlowController::flushDrafts);
    connect(&m_session, &VaultSession::stateChanged, this, &RejectionFlowController::reload);
    // New defaults (follow-up days, review threshold) show the next time they are read.
    connect(&m_settings, &AppSettings::rejectionChanged, this, &RejectionFlowController::reload);
    reload();
}

QDate RejectionFlowController::today() const {
    return localToday(m_session.clock());
}

QString RejectionFlowController::stepTitle(const QString &step) {
    if (step == rejectionstep::kFeelings)
        return tr("Check in with your feelings");
    if (step == rejectionstep::kFeedback)
        return tr("Ask for feedback");
    if (step == rejectionstep::kCase)
        return tr("Make your case");
    if (step == rejectionstep::kBridges)
        return tr("Don't burn bridges");
    if (step == rejectionstep::kWentWell)
        return tr("Name what went well");
    return step;
}


QString RejectionFlowController::rejectedOnText() const {
    return shortDate(m_flow.rejectedOn, today());
}

QString RejectionFlowController::dateText(const QString &day) const {
    return shortDate(QDate::fromString(day, kDayFormat), today());
}

QVariantList RejectionFlowController::steps() const {
    QVariantList out;
    int number = 0;
    for (const QString &step : rejectionstep::all())
        out.append(QVariantMap{{QStringLiteral("key"), step},
                               {QStringLiteral("title"), stepTitle(step)},
                               {QStringLiteral("state"), loaded() ? m_flow.stateOf(step) : QString()},
                               {QStringLiteral("number"), ++number}});
    return out;
}

int RejectionFlowController::doneCount() const {
    int n = 0;
    for (const QString &step : rejectionstep::all())
        n += loaded() && !m_flow.stateOf(step).isEmpty() ? 1 : 0;
    return n;
}

void RejectionFlowController::setError(const QString &message) {
    if (m_error != message) {
        m_error = message;
        emit errorMessageChanged();
    }
}

void RejectionFlowController::clear() {
    m_autosave.stop();
    m_pendingDrafts.clear();
    m_flow = {};
    m_company.clear();
    m_role.clear();
    m_feedbackSubject.clear();
    m_thankYouSubject.clear();
    m_winText.clear();
    m_followUpDate.clear();
    m_keepInTouchDate.clear();
    m_reapplyDate.clear();
    m_goalReviewText.clear();
    m_people.clear();
    m_reminders.clear();
    m_review.clear();
}

void RejectionFlowController::load(Vault &vault, const RejectionFlow &flow) {
    const bool sameFlow = flow.id == m_flow.id;
    m_flow = flow;
    if (!sameFlow)
        m_goalReviewText.clear();
    const auto app = vault.applications().find(flow.applicationId);
    if (!app)
        throw Error(ErrorCode::NotFound, tr("That application no longer exists."));
    m_company = app->company;
    m_role = app->role;
    m_feedbackSubject = RejectionCoach::feedbackSubject(*app);
    m_thankYouSubject = RejectionCoach::thankYouSubject(*app);

    m_people.clear();
    QList<Reminder> reminders = vault.reminders().forSubject(app->id);
    QStringList seen;
    const QList<JobPerson> people = vault.applications().people(app->id);
    // Those with an e-mail first: the first is the default addressee.
    QList<JobPerson> ordered;
    for (const JobPerson &p : people)
        if (!p.email.isEmpty())
            ordered.append(p);
    for (const JobPerson &p : people)
        if (p.email.isEmpty())
            ordered.append(p);
    for (const JobPerson &p : ordered) {
        reminders += vault.reminders().forSubject(p.id);
        const QString key = p.name.toCaseFolded() + u'\n' + p.email.toCaseFolded();
        if (seen.contains(key))
            continue; // the same recruiter may also have interviewed
        seen.append(key);
        m_people.append(QVariantMap{{QStringLiteral("id"), p.id},
                                    {QStringLiteral("name"), p.name},
                                    {QStringLiteral("email"), p.email},
                                    {QStringLiteral("role"), p.role},
                                    {QStringLiteral("roleLabel"), personrole::label(p.role)}});
    }

    std::sort(reminders.begin(), reminders.end(), [](const Reminder &a, const Reminder &b) {
        return a.dueOn != b.dueOn ? a.dueOn < b.dueOn : a.title < b.title;
    });
    m_reminders.clear();
    const QDate now = today();
    for (const Reminder &r : reminders) {
        if (!isFlowReminder(r.kind) || r.createdAt < flow.createdAt)
            continue;
        m_reminders.append(QVariantMap{{QStringLiteral("id"), r.id},
                                       {QStringLiteral("kind"), r.kind},
                                       {QStringLiteral("title"), r.title},
                                       {QStringLiteral("done"), r.done},
                                       {QStringLiteral("dueOn"), r.dueOn.toString(kDayFormat)},
                                       {QStringLiteral("dueText"), shortDate(r.dueOn, now)}});
    }

    m_winText.clear();
    if (!flow.winId.isEmpty())
        if (const auto win = vault.checkIns().findWin(flow.winId))
            m_winText = win->text;

    RejectionCoach coach(vault, m_settings.rejection());
    m_followUpDate = coach.followUpDay().toString(kDayFormat);
    m_keepInTouchDate = coach.keepInTouchDay().toString(kDayFormat);
    m_reapplyDate = coach.reapplyDay().toString(kDayFormat);
    const auto review = coach.reviewSuggestion();
    m_review = QVariantMap{{QStringLiteral("suggested"), review.suggested},
                           {QStringLiteral("rejections"), review.rejections},
                           {QStringLiteral("windowDays"), review.windowDays}};
}

void RejectionFlowController::loadOpenFlows(Vault &vault) {
    m_openFlows.clear();
    const QDate now = today();
    for (const RejectionFlow &f : vault.rejectionFlows().open()) {
        const auto app = vault.applications().find(f.applicationId);
        if (!app)
            continue;
        int done = 0;
        for (const QString &step : rejectionstep::all())
            done += f.stateOf(step).isEmpty() ? 0 : 1;
        m_openFlows.append(QVariantMap{{QStringLiteral("id"), f.id},
                                       {QStringLiteral("applicationId"), f.applicationId},
                                       {QStringLiteral("company"), app->company},
                                       {QStringLiteral("role"), app->role},
                                       {QStringLiteral("rejectedOn"), f.rejectedOn.toString(kDayFormat)},
                                       {QStringLiteral("rejectedOnText"), shortDate(f.rejectedOn, now)},
                                       {QStringLiteral("doneCount"), done},
                                       {QStringLiteral("stepCount"), int(rejectionstep::all().size())},
                                       {QStringLiteral("currentStep"), f.currentStep()},
                                       {QStringLiteral("currentStepTitle"), stepTitle(f.currentStep())}});
    }
}

void RejectionFlowController::reload() {
    Vault *vault = m_session.vault();
    if (!vault) { // locked: keep nothing of the vault, not even an error naming its items
        clear();
        m_openFlows.clear();
        setError({});
        emit changed();
        emit openFlowsChanged();
        return;
    }
    try {
        if (loaded()) {
            const auto flow = vault->rejectionFlows().find(m_flow.id);
            if (flow)
                load(*vault, *flow);
            else
                clear();
        }
        loadOpenFlows(*vault);
    } catch (const Error &e) {
        setError(e.message());
    }
    emit changed();
    emit openFlowsChanged();
}

// Every write: drafts typed so far are saved first, then the step; then what
// the sheet shows is read back. Errors become errorMessage; nothing else changes.
template <typename F> bool RejectionFlowController::write(F &&f) {
    Vault *vault = m_session.vault();
    if (!vault)
        return false;
    try {
        f(*vault);
        setError({});
        reload();
        emit dataWritten();
        return true;
    } catch (const Error &e) {
        setError(e.message());
        return false;
    }
}

bool RejectionFlowController::parseDay(const QString &day, QDate *out) {
    if (day.trimmed().isEmpty()) {
        *out = QDate();
        return true;
    }
    *out = QDate::fromString(day.trimmed(), kDayFormat);
    if (!out->isValid()) {
        setError(tr("Pick a valid day for the reminder."));
        return false;
    }
    return true;
}

bool RejectionFlowController::openFor(const QString &applicationId) {
    if (loaded() && m_flow.applicationId != applicationId)
        flushDrafts();
    Vault *vault = m_session.vault();
    if (!vault)
        return false;
    try {
        RejectionCoach coach(*vault, m_settings.rejection());
        const RejectionFlow flow = coach.start(applicationId);
        clear();
        load(*vault, flow);
        loadOpenFlows(*vault);
        setError({});
    } catch (const Error &e) {
        setError(e.message());
        return false;
    }
    emit changed();
    emit openFlowsChanged();
    return true;
}

bool RejectionFlowController::recordFeelings(const QString &journalEntryId) {
    if (!loaded())
        return false;
    return write([&](Vault &vault) {
        flushDrafts();
        RejectionCoach(vault, m_settings.rejection()).recordFeelings(m_flow.id, journalEntryId);
    });
}

bool RejectionFlowController::askForFeedback(const QString &message, const QString &followUpDate) {
    QDate day;
    if (!loaded() || !parseDay(followUpDate, &day))
        return false;
    m_pendingDrafts.remove(kFeedbackDraft);
    return write([&](Vault &vault) {
        flushDrafts();
        RejectionCoach(vault, m_settings.rejection()).askForFeedback(m_flow.id, message, day);
    });
}

bool RejectionFlowController::makeCase(const QString &note) {
    if (!loaded())
        return false;
    m_pendingDrafts.remove(kCaseDraft);
    return write([&](Vault &vault) {
        flushDrafts();
        RejectionCoach(vault, m_settings.rejection()).makeCase(m_flow.id, note);
    });
}

bool RejectionFlowController::keepBridges(const QString &message, const QString &keepInTouchDate,
                                          const QString &reapplyDate) {
    QDate keepInTouch, reapply;
    if (!loaded() || !parseDay(keepInTouchDate, &keepInTouch) || !parseDay(reapplyDate, &reapply))
        return false;
    m_pendingDrafts.remove(kThankYouDraft);
    return write([&](Vault &vault) {
        flushDrafts();
        RejectionCoach(vault, m_settings.rejection()).keepBridges(m_flow.id, message, keepInTouch, reapply);
    });
}

bool RejectionFlowController::nameWentWell(const QString &text) {
    if (!loaded())
        return false;
    return write([&](Vault &vault) {
        flushDrafts();
        RejectionCoach(vault, m_settings.rejection()).nameWentWell(m_flow.id, text);
    });
}

bool RejectionFlowController::skip(const QString &step) {
    if (!loaded())
        return false;
    return write([&](Vault &vault) {
        flushDrafts();
        RejectionCoach(vault, m_settings.rejection()).skip(m_flow.id, step);
    });
}

bool RejectionFlowController::reopenStep(const QString &step) {
    if (!loaded())
        return false;
    return write([&](Vault &vault) {
        flushDrafts();
        RejectionCoach(vault, m_settings.rejection()).reopenStep(m_flow.id, step);
    });
}

void RejectionFlowController::setDraft(const QString &field, const QString &text) {
    if (!loaded() || (field != kFeedbackDraft && field != kCaseDraft && field != kThankYouDraft))
        return;
    m_pendingDrafts.insert(field, text);
    m_autosave.start();
}

bool RejectionFlowController::flushDrafts() {
    m_autosave.stop();
    Vault *vault = m_session.vault();
    if (m_pendingDrafts.isEmpty() || !vault || !loaded())
        return true;
    const QVariantMap drafts = std::exchange(m_pendingDrafts, {});
    auto field = [&](const QString &key) -> std::optional<QString> {
        if (!drafts.contains(key))
            return std::nullopt;
        return drafts.value(key).toString();
    };
    try {
        m_flow = RejectionCoach(*vault, m_settings.rejection())
                     .saveDrafts(m_flow.id, field(kFeedbackDraft), field(kCaseDraft), field(kThankYouDraft));
        setError({});
        emit changed();
        return true;
    } catch (const Error &e) {
        // Keep what was typed (it is still in the editor) and say why it was not saved.
        for (auto it = drafts.cbegin(); it != drafts.cend(); ++it)
            if (!m_pendingDrafts.contains(it.key()))
                m_pendingDrafts.insert(it.key(), it.value());
        setError(e.message());
        return false;
    }
}

void RejectionFlowController::release() {
    flushDrafts();
    m_goalReviewText.clear();
    emit changed();
}

bool RejectionFlowController::finish() {
    if (!loaded())
        return false;
    return write([&](Vault &vault) {
        flushDrafts();
        RejectionCoach(vault, m_settings.rejection()).close(m_flow.id);
    });
}

bool RejectionFlowController::dismissFlow(const QString &flowId) {
    return write([&](Vault &vault) {
        if (flowId == m_flow.id)
            flushDrafts();
        RejectionCoach(vault, m_settings.rejection()).close(flowId);
    });
}

bool RejectionFlowController::planGoalReview(const QString &date) {
    QDate day;
    if (!parseDay(date, &day))
        return false;
    return write([&](Vault &vault) {
        const Reminder r = RejectionCoach(vault, m_settings.rejection()).planGoalReview(day);
        m_goalReviewText = shortDate(r.dueOn, today());
    });
}

QUrl RejectionFlowController::mailtoUrl(const QString &email, const QString &subject, const QString &body) const {
    return RejectionCoach::mailto(email, subject, body);
}

bool RejectionFlowController::copyToClipboard(const QString &text) {
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!clipboard)
        return false;
    clipboard->setText(text);
    return true;
}

} // namespace rebound
