#include "FeedbackRepository.h"

#include "JobRecords.h"
#include "core/Error.h"
#include "core/TextRules.h"

#include <QCoreApplication>

namespace rebound {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(JobSearch)
};

} // namespace

QString FeedbackRepository::cleanSkillName(const QString &name) {
    const QString clean =
        text::cleanLine(name, Skill::kMaxNameChars, QT_TRANSLATE_NOOP("TextRules", "A skill name"));
    if (clean.contains(u'|'))
        throw Error(ErrorCode::InvalidInput, Tr::tr("A skill name cannot contain \"|\"."));
    return clean;
}

FeedbackRepository::FeedbackRepository(Store &store)
    : m_store(store) {}

Feedback FeedbackRepository::clean(const Feedback &draft) {
    Feedback f = draft;
    const QDate today = localToday(m_store.clock());
    if (f.source.isEmpty())
        f.source = QStringLiteral("employer");
    if (!feedbacksource::isValid(f.source))
        throw Error(ErrorCode::InvalidInput, Tr::tr("Unknown source of feedback: %1.").arg(f.source));
    if (!f.receivedOn.isValid())
        f.receivedOn = today;
    text::checkDate(f.receivedOn, today);
    f.text = text::cleanMultiline(f.text, Feedback::kMaxTextChars, QT_TRANSLATE_NOOP("TextRules", "The feedback"));
    if (!f.interviewId.isEmpty()) {
        const auto interview = records::find<Interview>(m_store, f.interviewId);
        if (!interview)
            throw Error(ErrorCode::NotFound, Tr::tr("That interview no longer exists."));
        f.applicationId = interview->applicationId;
    }
    if (!f.applicationId.isEmpty() && !records::find<JobApplication>(m_store, f.applicationId))
        throw Error(ErrorCode::NotFound, Tr::tr("That application no longer exists."));
    return f;
}

QStringList FeedbackRepository::skillIds(WriteTransaction &tx, const QStringList &names) {
    QStringList ids;
    QStringList seen;
    for (const QString &raw : names) {
        const QString name = cleanSkillName(raw);
        if (name.isEmpty() || seen.contains(name, Qt::CaseInsensitive))
            continue;
        seen.append(name);
        if (seen.size() > Feedback::kMaxSkills)
            throw Error(ErrorCode::InvalidInput, Tr::tr("At most %1 skills on each side.").arg(Feedback::kMaxSkills));
        if (const auto existing = skillNamed(name)) {
            ids.append(existing->id);
            continue;
        }
        Skill s;
        s.name = name;
        ids.append(records::insert(m_store, tx, s).id);
    }
    return ids;
}

Feedback FeedbackRepository::create(const Feedback &draft, const QStringList &strengthNames,
                                    const QStringList &weaknessNames) {
    WriteTransaction tx(m_store);
    Feedback f = clean(draft);
    f.strengths = skillIds(tx, strengthNames);
    f.weaknesses = skillIds(tx, weaknessNames);
    if (f.text.trimmed().isEmpty() && f.strengths.isEmpty() && f.weaknesses.isEmpty())
        throw Error(ErrorCode::InvalidInput, Tr::tr("Write the feedback or name at least one skill."));
    f = records::insert(m_store, tx, f);
    // Feedback arrived: the "follow up if nothing comes back" reminders are done.
    if (!f.applicationId.isEmpty()) {
        const auto followUps = records::select<Reminder>(
            m_store, QStringLiteral("WHERE subject_id = ?1 AND kind = ?2 AND done = 0"),
            {f.applicationId, reminderkind::kFeedbackFollowUp});
        for (const Reminder &r : followUps) {
            Reminder done = r;
            done.done = true;
            records::update(m_store, tx, r, done);
        }
    }
    tx.commit();
    return f;
}

Feedback FeedbackRepository::update(const Feedback &changed, const QStringList &strengthNames,
                                    const QStringList &weaknessNames) {
    WriteTransaction tx(m_store);
    const auto current = find(changed.id);
    if (!current)
        throw Error(ErrorCode::NotFound, Tr::tr("That feedback no longer exists."));
    Feedback next = clean(changed);
    next.strengths = skillIds(tx, strengthNames);
    next.weaknesses = skillIds(tx, weaknessNames);
    if (next.text.trimmed().isEmpty() && next.strengths.isEmpty() && next.weaknesses.isEmpty())
        throw Error(ErrorCode::InvalidInput, Tr::tr("Write the feedback or name at least one skill."));
    next = records::update(m_store, tx, *current, next);
    tx.commit();
    return next;
}

void FeedbackRepository::remove(const QString &id) {
    WriteTransaction tx(m_store);
    const auto current = find(id);
    if (!current)
        throw Error(ErrorCode::NotFound, Tr::tr("That feedback no longer exists."));
    records::remove(tx, *current);
    tx.commit();
}

void FeedbackRepository::restore(const Feedback &removed) {
    WriteTransaction tx(m_store);
    records::restore(tx, removed);
    tx.commit();
}

std::optional<Feedback> FeedbackRepository::find(const QString &id) {
    return records::find<Feedback>(m_store, id);
}

QList<Feedback> FeedbackRepository::all() {
    return records::select<Feedback>(m_store, QStringLiteral("ORDER BY received_on DESC, created_at DESC"));
}

QList<Feedback> FeedbackRepository::forApplication(const QString &applicationId) {
    return records::select<Feedback>(
        m_store,
        QStringLiteral("WHERE application_id = ?1 OR interview_id IN (SELECT id FROM interviews WHERE application_id = ?1)"
                       " ORDER BY received_on DESC, created_at DESC"),
        {applicationId});
}

QList<Skill> FeedbackRepository::skills() {
    return records::select<Skill>(m_store, QStringLiteral("ORDER BY name COLLATE NOCASE, id"));
}

std::optional<Skill> FeedbackRepository::findSkill(const QString &id) {
    return records::find<Skill>(m_store, id);
}

std::optional<Skill> FeedbackRepository::skillNamed(const QString &name) {
    // Case-insensitive in every script: compare folded names in C++ (NOCASE is ASCII-only).
    const QString folded = text::foldedName(name);
    for (const Skill &s : skills())
        if (text::foldedName(s.name) == folded)
            return s;
    return std::nullopt;
}

Skill FeedbackRepository::renameSkill(const QString &id, const QString &name) {
    const QString clean = cleanSkillName(name);
    if (clean.isEmpty())
        throw Error(ErrorCode::InvalidInput, Tr::tr("A skill needs a name."));
    WriteTransaction tx(m_store);
    const auto current = findSkill(id);
    if (!current)
        throw Error(ErrorCode::NotFound, Tr::tr("That skill no longer exists."));
    if (const auto other = skillNamed(clean); other && other->id != id)
        throw Error(ErrorCode::InvalidInput, Tr::tr("There is already a skill called \"%1\".").arg(other->name));
    Skill next = *current;
    next.name = clean;
    next = records::update(m_store, tx, *current, next);
    tx.commit();
    return next;
}

Skill FeedbackRepository::setPitch(const QString &id, const QString &pitch) {
    const QString clean =
        text::cleanMultiline(pitch, Skill::kMaxPitchChars, QT_TRANSLATE_NOOP("TextRules", "Your pitch"));
    WriteTransaction tx(m_store);
    const auto current = findSkill(id);
    if (!current)
        throw Error(ErrorCode::NotFound, Tr::tr("That skill no longer exists."));
    Skill next = *current;
    next.pitch = clean;
    next = records::update(m_store, tx, *current, next);
    tx.commit();
    return next;
}

namespace {
SkillAction cleanAction(const SkillAction &draft, const QDate &today) {
    SkillAction a = draft;
    if (a.kind.isEmpty())
        a.kind = QStringLiteral("practice");
    if (!actionkind::isValid(a.kind))
        throw Error(ErrorCode::InvalidInput, Tr::tr("Unknown kind of action: %1.").arg(a.kind));
    if (a.status.isEmpty())
        a.status = QStringLiteral("todo");
    if (!actionstatus::isValid(a.status))
        throw Error(ErrorCode::InvalidInput, Tr::tr("Unknown status: %1.").arg(a.status));
    a.title = text::cleanLine(a.title, SkillAction::kMaxTitleChars, QT_TRANSLATE_NOOP("TextRules", "The action"));
    if (a.title.isEmpty())
        throw Error(ErrorCode::InvalidInput, Tr::tr("Say what you will do."));
    if (a.dueOn.isValid() && (a.dueOn.year() < 1900 || a.dueOn > today.addYears(10)))
        throw Error(ErrorCode::InvalidInput, Tr::tr("Pick a due day within the next ten years."));
    return a;
}
} // namespace

SkillAction FeedbackRepository::addAction(const SkillAction &draft) {
    SkillAction a = cleanAction(draft, localToday(m_store.clock()));
    WriteTransaction tx(m_store);
    if (!findSkill(a.skillId))
        throw Error(ErrorCode::NotFound, Tr::tr("That skill no longer exists."));
    a = records::insert(m_store, tx, a);
    tx.commit();
    return a;
}

SkillAction FeedbackRepository::addActionForSkill(Store &store, WriteTransaction &tx, const QString &skillName,
                                                  const SkillAction &draft) {
    const QString name = cleanSkillName(skillName);
    if (name.isEmpty())
        throw Error(ErrorCode::InvalidInput, Tr::tr("Name the skill the action is for."));
    SkillAction a = cleanAction(draft, localToday(store.clock()));
    FeedbackRepository repository(store);
    if (const auto existing = repository.skillNamed(name)) {
        a.skillId = existing->id;
    } else {
        Skill s;
        s.name = name;
        a.skillId = records::insert(store, tx, s).id;
    }
    return records::insert(store, tx, a);
}

SkillAction FeedbackRepository::updateAction(const SkillAction &changed) {
    SkillAction next = cleanAction(changed, localToday(m_store.clock()));
    WriteTransaction tx(m_store);
    const auto current = findAction(next.id);
    if (!current)
        throw Error(ErrorCode::NotFound, Tr::tr("That action no longer exists."));
    next.skillId = current->skillId;
    next = records::update(m_store, tx, *current, next);
    tx.commit();
    return next;
}

void FeedbackRepository::removeAction(const QString &id) {
    WriteTransaction tx(m_store);
    const auto current = findAction(id);
    if (!current)
        throw Error(ErrorCode::NotFound, Tr::tr("That action no longer exists."));
    records::remove(tx, *current);
    tx.commit();
}

void FeedbackRepository::restoreAction(const SkillAction &removed) {
    WriteTransaction tx(m_store);
    records::restore(tx, removed);
    tx.commit();
}

std::optional<SkillAction> FeedbackRepository::findAction(const QString &id) {
    return records::find<SkillAction>(m_store, id);
}

QList<SkillAction> FeedbackRepository::actions() {
    return records::select<SkillAction>(m_store, QStringLiteral("ORDER BY due_on = '', due_on, created_at"));
}

} // namespace rebound
