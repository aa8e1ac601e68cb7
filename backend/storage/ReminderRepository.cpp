#include "ReminderRepository.h"

#include "JobRecords.h"
#include "core/Error.h"
#include "core/TextRules.h"

#include <QCoreApplication>

namespace rebound {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Reminders)
};
} // namespace

ReminderRepository::ReminderRepository(Store &store)
    : m_store(store) {}

Reminder ReminderRepository::clean(const Reminder &draft, const QDate &today) {
    Reminder r = draft;
    if (!reminderkind::isValid(r.kind))
        throw Error(ErrorCode::InvalidInput, Tr::tr("Unknown kind of reminder: %1.").arg(r.kind));
    if (!r.dueOn.isValid())
        throw Error(ErrorCode::InvalidInput, Tr::tr("Pick a day for the reminder."));
    if (r.dueOn.year() < 1900 || r.dueOn > today.addYears(10))
        throw Error(ErrorCode::InvalidInput, Tr::tr("Pick a day within the next ten years."));
    r.title = text::cleanLine(r.title, Reminder::kMaxTitleChars, QT_TRANSLATE_NOOP("TextRules", "The title"));
    if (r.title.isEmpty())
        throw Error(ErrorCode::InvalidInput, Tr::tr("Say what to be reminded of."));
    r.note = text::cleanMultiline(r.note, Reminder::kMaxNoteChars, QT_TRANSLATE_NOOP("TextRules", "The note"));
    return r;
}

Reminder ReminderRepository::create(const Reminder &draft) {
    Reminder r = clean(draft, localToday(m_store.clock()));
    WriteTransaction tx(m_store);
    r = records::insert(m_store, tx, r);
    tx.commit();
    return r;
}

Reminder ReminderRepository::update(const Reminder &changed) {
    Reminder next = clean(changed, localToday(m_store.clock()));
    WriteTransaction tx(m_store);
    const auto current = find(next.id);
    if (!current)
        throw Error(ErrorCode::NotFound, Tr::tr("That reminder no longer exists."));
    next.subjectKind = current->subjectKind;
    next.subjectId = current->subjectId;
    next = records::update(m_store, tx, *current, next);
    tx.commit();
    return next;
}

Reminder ReminderRepository::setDone(const QString &id, bool done) {
    WriteTransaction tx(m_store);
    const auto current = find(id);
    if (!current)
        throw Error(ErrorCode::NotFound, Tr::tr("That reminder no longer exists."));
    Reminder next = *current;
    next.done = done;
    next = records::update(m_store, tx, *current, next);
    tx.commit();
    return next;
}

void ReminderRepository::remove(const QString &id) {
    WriteTransaction tx(m_store);
    const auto current = find(id);
    if (!current)
        throw Error(ErrorCode::NotFound, Tr::tr("That reminder no longer exists."));
    records::remove(tx, *current);
    tx.commit();
}

void ReminderRepository::restore(const Reminder &removed) {
    WriteTransaction tx(m_store);
    records::restore(tx, removed);
    tx.commit();
}

std::optional<Reminder> ReminderRepository::find(const QString &id) {
    return records::find<Reminder>(m_store, id);
}

QList<Reminder> ReminderRepository::pending(int limit) {
    return records::select<Reminder>(m_store, QStringLiteral("WHERE done = 0 ORDER BY due_on, created_at LIMIT ?1"),
                                     {limit});
}

QList<Reminder> ReminderRepository::forSubject(const QString &subjectId) {
    return records::select<Reminder>(m_store, QStringLiteral("WHERE subject_id = ?1 ORDER BY done, due_on"),
                                     {subjectId});
}

} // namespace rebound
