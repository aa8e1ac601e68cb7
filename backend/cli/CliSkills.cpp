// rebound-cli: feedback and the skills plan.
#include "CliCommands.h"

#include "services/SkillsPlan.h"

#include <QHash>

namespace rebound::cli {

using namespace opt;

namespace {

constexpr int kPreviewChars = 60;

QString mentionsLabel(int mentions) {
    return mentions == 1 ? CliText::tr("1 mention") : CliText::tr("%1 mentions").arg(mentions);
}

QString statusMark(const QString &status) {
    if (status == u"done")
        return QStringLiteral("[x]");
    if (status == u"doing")
        return QStringLiteral("[~]");
    return QStringLiteral("[ ]");
}

} // namespace

QJsonObject Commands::toJson(Vault &vault, const Feedback &f) {
    QHash<QString, QString> names;
    for (const Skill &s : vault.feedback().skills())
        names.insert(s.id, s.name);
    QJsonArray strengths, weaknesses;
    for (const QString &id : f.strengths)
        strengths.append(names.value(id));
    for (const QString &id : f.weaknesses)
        weaknesses.append(names.value(id));
    QJsonObject o{{QStringLiteral("id"), f.id},
                  {QStringLiteral("application_id"), optionalJson(f.applicationId)},
                  {QStringLiteral("interview_id"), optionalJson(f.interviewId)},
                  {QStringLiteral("source"), f.source},
                  {QStringLiteral("date"), day(f.receivedOn)},
                  {QStringLiteral("text"), f.text},
                  {QStringLiteral("strengths"), strengths},
                  {QStringLiteral("weaknesses"), weaknesses},
                  {QStringLiteral("created"), stamp(f.createdAt)},
                  {QStringLiteral("updated"), stamp(f.updatedAt)}};
    const auto app = f.applicationId.isEmpty() ? std::nullopt : vault.applications().find(f.applicationId);
    o.insert(QStringLiteral("company"), app ? QJsonValue(app->company) : QJsonValue());
    return o;
}

QJsonObject Commands::toJson(const SkillAction &action) {
    return {{QStringLiteral("id"), action.id},         {QStringLiteral("skill_id"), action.skillId},
            {QStringLiteral("kind"), action.kind},     {QStringLiteral("title"), action.title},
            {QStringLiteral("status"), action.status}, {QStringLiteral("due"), optionalJson(action.dueOn)}};
}

QJsonObject Commands::toJson(const RankedSkill &r, bool withActions) {
    QJsonObject o{
        {QStringLiteral("id"), r.skill.id},       {QStringLiteral("name"), r.skill.name},
        {QStringLiteral("mentions"), r.mentions}, {QStringLiteral("last_seen"), optionalJson(r.lastSeen)},
        {QStringLiteral("score"), r.score},       {QStringLiteral("pitch"), r.skill.pitch}};
    if (withActions) {
        QJsonArray actions;
        for (const SkillAction &action : r.actions)
            actions.append(toJson(action));
        o.insert(QStringLiteral("actions"), actions);
    }
    return o;
}

QString Commands::resolveAction(Vault &vault, const QString &prefix) {
    if (prefix.isEmpty())
        throw UsageError(CliText::tr("Which action? Give its ID (see \"skills\")."));
    QStringList ids;
    for (const SkillAction &action : vault.feedback().actions())
        ids << action.id;
    return matchPrefix(ids, prefix, CliText::tr("No action has the ID %1."));
}

Skill Commands::skillByName(Vault &vault, const QString &name) {
    if (const auto skill = vault.feedback().skillNamed(name))
        return *skill;
    QStringList known;
    for (const Skill &s : vault.feedback().skills())
        known << s.name;
    throw Error(
        ErrorCode::NotFound,
        known.isEmpty()
            ? CliText::tr("There is no skill called “%1” yet; skills come from feedback (\"feedback add --weakness "
                 "SKILL\").")
                  .arg(name)
            : CliText::tr("There is no skill called “%1”. Skills: %2.").arg(name, known.join(QStringLiteral(", "))));
}

// ---- feedback -------------------------------------------------------------------------

int Commands::feedbackAdd() {
    a.allowOnly({kApp, kInterview, kSource, kDate, kText, kStrength, kWeakness}, true);
    a.allowWords(2);
    Feedback draft;
    if (a.has(kSource))
        draft.source = parseKey(a.value(kSource), feedbacksource::all(), feedbacksource::label, kSource);
    if (a.has(kDate))
        draft.receivedOn = parseDate(a.value(kDate)); // else the repository's today
    checkSingleStdin({kText});
    const QStringList strengths = a.list(kStrength);
    const QStringList weaknesses = a.list(kWeakness);
    auto vault = unlock();
    if (a.has(kApp))
        draft.applicationId = resolveApplication(*vault, a.value(kApp));
    if (a.has(kInterview)) {
        draft.interviewId = resolveInterview(*vault, a.value(kInterview));
        const auto interview = vault->interviews().find(draft.interviewId);
        if (interview && !draft.applicationId.isEmpty() && interview->applicationId != draft.applicationId)
            throw Error(ErrorCode::InvalidInput,
                        CliText::tr("That interview belongs to another application; give --interview alone."));
    }
    draft.text = textOption(kText).value_or(QString());
    const Feedback f = vault->feedback().create(draft, strengths, weaknesses);
    if (a.json)
        printJson(toJson(*vault, f));
    else
        out << f.id << '\n';
    if (!f.strengths.isEmpty() || !f.weaknesses.isEmpty())
        err << CliText::tr("Added to your skills plan: see \"rebound-cli skills\".") << Qt::endl;
    return Ok;
}

int Commands::feedbackList() {
    a.allowOnly({kApp}, true);
    a.allowWords(2);
    auto vault = unlock();
    const QList<Feedback> all =
        a.has(kApp) ? vault->feedback().forApplication(resolveApplication(*vault, a.value(kApp)))
                    : vault->feedback().all();
    if (a.json) {
        QJsonArray arr;
        for (const Feedback &f : all)
            arr.append(toJson(*vault, f));
        printJson(arr);
        return Ok;
    }
    if (all.isEmpty()) {
        out << CliText::tr("No feedback yet. When some comes, \"rebound-cli feedback add\" turns it into a skills "
                  "plan.")
            << '\n';
        return Ok;
    }
    QHash<QString, QString> names, companies;
    for (const Skill &s : vault->feedback().skills())
        names.insert(s.id, s.name);
    for (const JobApplication &app : vault->applications().list())
        companies.insert(app.id, app.company);
    QList<QStringList> rows;
    for (const Feedback &f : all) {
        QStringList skills;
        for (const QString &id : f.strengths)
            skills << u'+' + names.value(id);
        for (const QString &id : f.weaknesses)
            skills << QChar(0x2212) + names.value(id);
        rows.append({f.id.left(kShortId), day(f.receivedOn), feedbacksource::label(f.source),
                     preview(companies.value(f.applicationId), kPreviewChars / 2),
                     preview(skills.join(QStringLiteral(" ")), kPreviewChars),
                     preview(f.text, kPreviewChars)});
    }
    printTable(rows);
    return Ok;
}

// ---- skills ------------------------------------------------------------------------------

int Commands::skillsPlan() {
    a.allowOnly({}, true);
    a.allowWords(1);
    auto vault = unlock();
    const QDate today = localToday(vault->store().clock());
    const SkillsPlan plan = SkillsPlanner::build(vault->feedback().all(), vault->feedback().skills(),
                                                 vault->feedback().actions(), today);
    if (a.json) {
        QJsonArray strengths, weaknesses;
        for (const RankedSkill &r : plan.strengths)
            strengths.append(toJson(r, false));
        for (const RankedSkill &r : plan.weaknesses)
            weaknesses.append(toJson(r, true));
        printJson(QJsonObject{{QStringLiteral("date"), day(today)},
                              {QStringLiteral("strengths"), strengths},
                              {QStringLiteral("weaknesses"), weaknesses}});
        return Ok;
    }
    if (plan.strengths.isEmpty() && plan.weaknesses.isEmpty()) {
        out << CliText::tr("No skills yet. Feedback names them: \"rebound-cli feedback add --strength S --weakness "
                  "W\".")
            << '\n';
        return Ok;
    }
    auto rankRows = [&](const QList<RankedSkill> &ranked) {
        QList<QStringList> rows;
        for (qsizetype i = 0; i < ranked.size(); ++i)
            rows.append({QStringLiteral("%1.").arg(i + 1), ranked[i].skill.name,
                         mentionsLabel(ranked[i].mentions), CliText::tr("last %1").arg(day(ranked[i].lastSeen))});
        return rows;
    };
    out << CliText::tr("Strengths: lean on these") << '\n';
    if (plan.strengths.isEmpty())
        out << "  " << CliText::tr("None named yet.") << '\n';
    const QStringList strengthLines = formatTable(rankRows(plan.strengths));
    for (qsizetype i = 0; i < plan.strengths.size(); ++i) {
        out << "  " << strengthLines[i] << '\n';
        if (!plan.strengths[i].skill.pitch.isEmpty())
            out << "     " << CliText::tr("Pitch: %1").arg(preview(plan.strengths[i].skill.pitch, 100)) << '\n';
    }
    out << '\n' << CliText::tr("Weaknesses: work on these") << '\n';
    if (plan.weaknesses.isEmpty())
        out << "  " << CliText::tr("None named yet.") << '\n';
    const QStringList weaknessLines = formatTable(rankRows(plan.weaknesses));
    for (qsizetype i = 0; i < plan.weaknesses.size(); ++i) {
        out << "  " << weaknessLines[i] << '\n';
        const RankedSkill &w = plan.weaknesses[i];
        if (w.actions.isEmpty()) {
            out << "     "
                << CliText::tr("No action yet: rebound-cli skills action add \"%1\" --title ...").arg(w.skill.name)
                << '\n';
            continue;
        }
        for (const SkillAction &action : w.actions) {
            out << "     " << statusMark(action.status) << ' ' << action.id.left(kShortId) << "  "
                << actionkind::label(action.kind) << ": " << action.title;
            if (action.dueOn.isValid())
                out << "  " << CliText::tr("due %1").arg(day(action.dueOn));
            out << '\n';
        }
    }
    return Ok;
}

int Commands::skillsActionAdd() {
    a.allowOnly({kTitle, kKind, kDue}, true);
    const QString name = a.words.mid(3).join(u' ').trimmed();
    if (name.isEmpty())
        throw UsageError(
            CliText::tr("Which skill? e.g. skills action add \"System design\" --title \"Read a chapter a day\"."));
    if (!a.has(kTitle))
        throw UsageError(CliText::tr("What will you do? skills action add needs --title TEXT."));
    SkillAction draft;
    draft.title = a.value(kTitle);
    if (a.has(kKind))
        draft.kind = parseKey(a.value(kKind), actionkind::all(), actionkind::label, kKind);
    if (a.has(kDue))
        draft.dueOn = parseDate(a.value(kDue));
    auto vault = unlock();
    draft.skillId = skillByName(*vault, name).id;
    const SkillAction action = vault->feedback().addAction(draft);
    if (a.json)
        printJson(toJson(action));
    else
        out << action.id << '\n';
    return Ok;
}

int Commands::skillsActionDone() {
    a.allowOnly({}, true);
    a.allowWords(4);
    auto vault = unlock();
    const auto current = vault->feedback().findAction(resolveAction(*vault, a.words.value(3)));
    if (!current)
        throw Error(ErrorCode::NotFound, CliText::tr("That action no longer exists."));
    SkillAction next = *current;
    next.status = QStringLiteral("done");
    const SkillAction stored = vault->feedback().updateAction(next);
    if (a.json)
        printJson(toJson(stored));
    err << (*current == stored ? CliText::tr("“%1” was already done.") : CliText::tr("Done: “%1”. Well done."))
               .arg(stored.title)
        << Qt::endl;
    return Ok;
}

int Commands::skillsPitch() {
    a.allowOnly({}, true, true);
    const QString name = a.words.value(2).trimmed();
    if (name.isEmpty())
        throw UsageError(CliText::tr("Which skill? e.g. skills pitch \"Communication\" \"I explain ...\"."));
    const bool fromStdin =
        a.readStdin || a.words.size() < 4 || a.words.mid(3) == QStringList{QStringLiteral("-")};
    if (a.readStdin && a.words.size() > 3)
        throw UsageError(CliText::tr("Give the pitch as words or with --stdin, not both."));
    auto vault = unlock();
    const Skill skill = skillByName(*vault, name);
    QString pitch;
    if (fromStdin) {
        if (in.interactive())
            err << CliText::tr("How do you tell this strength? Finish with Ctrl-D on an empty line.") << Qt::endl;
        pitch = in.readRest();
    } else {
        pitch = a.words.mid(3).join(u' ');
    }
    const Skill stored = vault->feedback().setPitch(skill.id, pitch.trimmed());
    if (a.json)
        printJson(QJsonObject{{QStringLiteral("id"), stored.id},
                              {QStringLiteral("name"), stored.name},
                              {QStringLiteral("pitch"), stored.pitch}});
    err << (stored.pitch.isEmpty() ? CliText::tr("Cleared the pitch for %1.") : CliText::tr("Saved your pitch for %1."))
               .arg(stored.name)
        << Qt::endl;
    return Ok;
}

} // namespace rebound::cli
