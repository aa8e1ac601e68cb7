#include "RejectionFlowRepository.h"

#include "CheckInRepository.h"
#include "JobRecords.h"
#include "ReminderRepository.h"
#include "core/Error.h"
#include "core/TextRules.h"

#include <QCoreApplication>

namespace rebound {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(JobSearch)
};
QString message(const QString &text, const char *what) {
    return text::cleanMultiline(text, RejectionFlow::kMaxMessageChars, what);
}
} // namespace

RejectionFlowRepository::RejectionFlowRepository(Store &store)
    : m_store(store) {}

RejectionFlow RejectionFlowRepository::start(const QString &applicationId, const QDate &rejectedOn) {
    WriteTransaction tx(m_store);
    if (!records::find<JobApplication>(m_store, applicationId))
        throw Error(ErrorCode::NotFound, Tr::tr("That application no longer exists."));
    const QDate day = rejectedOn.isValid() ? rejectedOn : localToday(m_store.clock());
    if (auto existing = forApplication(applicationId)) {
        if (!existing->closed && day <= existing->rejectedOn)
            return *existing;
        RejectionFlow reopened = *existing;
        reopened.closed = false;
        if (day > existing->rejectedOn) { // rejected again after re-applying: a fresh flow
            reopened.rejectedOn = day;
            for (QString &state : reopened.states)
                state.clear();
            reopened.journalEntryId.clear();
            reopened.feedbackMessage.clear();
            reopened.caseNote.clear();
            reopened.thankYouMessage.clear();
            reopened.winId.clear();
        }
        reopened = records::update(m_store, tx, *existing, reopened);
        tx.commit();
        return reopened;
    }
    RejectionFlow flow;
    flow.applicationId = applicationId;
    flow.rejectedOn = day;
    for (qsizetype i = 0; i < rejectionstep::all().size(); ++i)
        flow.states.append(QString());
    flow = records::insert(m_store, tx, flow);
    tx.commit();
    return flow;
}

RejectionFlow RejectionFlowRepository::apply(const QString &flowId, const FlowChange &change) {
    const QDate today = localToday(m_store.clock());
    QList<Reminder> reminders;
    for (const Reminder &r : change.reminders)
        reminders.append(ReminderRepository::clean(r, today));
    WriteTransaction tx(m_store);
    const auto current = find(flowId);
    if (!current)
        throw Error(ErrorCode::NotFound, Tr::tr("That rejection flow no longer exists."));
    RejectionFlow next = *current;
    if (!change.step.isEmpty()) {
        const qsizetype i = rejectionstep::all().indexOf(change.step);
        if (i < 0)
            throw Error(ErrorCode::InvalidInput, Tr::tr("Unknown step: %1.").arg(change.step));
        if (change.state != stepstate::kDone && change.state != stepstate::kSkipped &&
            change.state != stepstate::kPending)
            throw Error(ErrorCode::InvalidInput, Tr::tr("Unknown step state: %1.").arg(change.state));
        next.states[i] = change.state;
    }
    if (change.journalEntryId)
        next.journalEntryId = *change.journalEntryId;
    if (change.feedbackMessage)
        next.feedbackMessage = message(*change.feedbackMessage, QT_TRANSLATE_NOOP("TextRules", "The message"));
    if (change.caseNote)
        next.caseNote = message(*change.caseNote, QT_TRANSLATE_NOOP("TextRules", "The note"));
    if (change.thankYouMessage)
        next.thankYouMessage = message(*change.thankYouMessage, QT_TRANSLATE_NOOP("TextRules", "The message"));
    if (change.journalEntryId && !change.journalEntryId->isEmpty())
        text::cleanIds({*change.journalEntryId}, 1, QT_TRANSLATE_NOOP("TextRules", "The journal entry"));
    if (change.closed)
        next.closed = *change.closed;
    if (change.winText)
        next.winId = CheckInRepository::addWin(m_store, tx, today, *change.winText).id;
    next = records::update(m_store, tx, *current, next);
    for (const Reminder &r : reminders) {
        // Doing a step again (reopened) re-plans its reminders instead of doubling them.
        records::removeAll(tx, records::select<Reminder>(
                                   m_store, QStringLiteral("WHERE done = 0 AND kind = ?1 AND subject_id = ?2"),
                                   {r.kind, r.subjectId}));
        records::insert(m_store, tx, r);
    }
    tx.commit();
    return next;
}

std::optional<RejectionFlow> RejectionFlowRepository::find(const QString &id) {
    return records::find<RejectionFlow>(m_store, id);
}

std::optional<RejectionFlow> RejectionFlowRepository::forApplication(const QString &applicationId) {
    const auto flows = records::select<RejectionFlow>(
        m_store, QStringLiteral("WHERE application_id = ?1 ORDER BY created_at LIMIT 1"), {applicationId});
    if (flows.isEmpty())
        return std::nullopt;
    return flows.constFirst();
}

QList<RejectionFlow> RejectionFlowRepository::open() {
    return records::select<RejectionFlow>(m_store,
                                          QStringLiteral("WHERE closed = 0 ORDER BY rejected_on DESC, created_at DESC"));
}

} // namespace rebound
