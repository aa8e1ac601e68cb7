#include "SkillsPlan.h"

#include <QHash>
#include <algorithm>
#include <cmath>

namespace rebound {

double SkillsPlanner::weight(const QDate &mentioned, const QDate &today) {
    const qint64 age = std::max<qint64>(0, mentioned.daysTo(today)); // future dates count as today
    return std::exp2(-double(age) / kHalfLifeDays);
}

namespace {

QList<RankedSkill> rank(const QList<Feedback> &feedback, QStringList Feedback::*side,
                        const QHash<QString, Skill> &skills, const QDate &today) {
    QHash<QString, RankedSkill> bySkill;
    for (const Feedback &f : feedback) {
        QStringList seen;
        for (const QString &id : f.*side) {
            if (seen.contains(id) || !skills.contains(id))
                continue; // a deleted skill (sync) or a repeat in one feedback counts once
            seen.append(id);
            RankedSkill &r = bySkill[id];
            r.skill = skills.value(id);
            r.mentions += 1;
            r.score += SkillsPlanner::weight(f.receivedOn, today);
            if (!r.lastSeen.isValid() || f.receivedOn > r.lastSeen)
                r.lastSeen = f.receivedOn;
        }
    }
    QList<RankedSkill> out = bySkill.values();
    std::sort(out.begin(), out.end(), [](const RankedSkill &a, const RankedSkill &b) {
        if (std::abs(a.score - b.score) > 1e-9)
            return a.score > b.score;
        if (a.mentions != b.mentions)
            return a.mentions > b.mentions;
        if (a.lastSeen != b.lastSeen)
            return a.lastSeen > b.lastSeen;
        const int byName = a.skill.name.compare(b.skill.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.skill.id < b.skill.id;
    });
    return out;
}

} // namespace

SkillsPlan SkillsPlanner::build(const QList<Feedback> &feedback, const QList<Skill> &skills,
                                const QList<SkillAction> &actions, const QDate &today) {
    QHash<QString, Skill> byId;
    for (const Skill &s : skills)
        byId.insert(s.id, s);
    SkillsPlan plan;
    plan.strengths = rank(feedback, &Feedback::strengths, byId, today);
    plan.weaknesses = rank(feedback, &Feedback::weaknesses, byId, today);
    // Skills the user plans work on that feedback never named as a weakness (e.g.
    // a review follow-up) come last, by name, so their actions are never hidden.
    QList<RankedSkill> planned;
    for (const Skill &s : skills) {
        const bool ranked = std::any_of(plan.weaknesses.begin(), plan.weaknesses.end(),
                                        [&](const RankedSkill &r) { return r.skill.id == s.id; });
        const bool hasActions = std::any_of(actions.begin(), actions.end(),
                                            [&](const SkillAction &a) { return a.skillId == s.id; });
        if (!ranked && hasActions)
            planned.append(RankedSkill{s, 0, {}, 0, {}});
    }
    std::stable_sort(planned.begin(), planned.end(), [](const RankedSkill &a, const RankedSkill &b) {
        return a.skill.name.localeAwareCompare(b.skill.name) < 0;
    });
    plan.weaknesses.append(planned);
    for (RankedSkill &w : plan.weaknesses) {
        for (const SkillAction &a : actions)
            if (a.skillId == w.skill.id)
                w.actions.append(a);
        std::stable_sort(w.actions.begin(), w.actions.end(), [](const SkillAction &a, const SkillAction &b) {
            const bool aDone = a.status == u"done", bDone = b.status == u"done";
            if (aDone != bDone)
                return !aDone;
            if (a.dueOn.isValid() != b.dueOn.isValid())
                return a.dueOn.isValid();
            return a.dueOn < b.dueOn;
        });
    }
    return plan;
}

} // namespace rebound
