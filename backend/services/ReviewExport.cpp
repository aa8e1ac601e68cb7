#include "ReviewExport.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rebound {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ReviewExport)
};

// User text becomes literal Markdown text: characters that start markup
// anywhere are backslash-escaped, and so is whatever would make the line a
// heading, quote, list or rule. A note cannot add structure, link markup or
// HTML, and stays readable as plain text (a renderer may still autolink a bare URL).
QString escapeLine(const QString &line) {
    static const QString specials = QStringLiteral("\\`*_[]<>|~");
    QString out;
    out.reserve(line.size() + 8);
    for (const QChar c : line) {
        if (specials.contains(c))
            out.append(u'\\');
        out.append(c);
    }
    if (out.endsWith(u'#')) // a closing "#" would vanish from a heading
        out.insert(out.size() - 1, QLatin1Char('\\'));
    static const QRegularExpression ordered(QStringLiteral("^(\\d+)([.)])"));
    if (const auto m = ordered.match(out); m.hasMatch())
        return m.captured(1) + QLatin1Char('\\') + out.mid(m.capturedLength(1));
    if (!out.isEmpty() && QStringLiteral("#>-+=").contains(out.front()))
        return QLatin1Char('\\') + out;
    return out;
}

// Multi-line text inside a list item or paragraph: hard line breaks, indented.
QString escapeBlock(const QString &text, const QString &indent) {
    QStringList lines;
    for (const QString &line : text.split(u'\n'))
        lines.append(escapeLine(line.trimmed()));
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines.join(QStringLiteral("  \n") + indent);
}

QString day(const QDate &d) {
    return d.toString(Qt::ISODate);
}

QString oneDecimal(double v) {
    return QString::number(v, 'f', 1);
}

QString followUpLine(const ReviewAnswer &a, const QHash<QString, QString> &goalTitles) {
    const FollowUp &f = a.followUp;
    QString what;
    if (f.kind == followup::kNewGoal)
        what = Tr::tr("new goal (%1): %2").arg(goalkind::label(f.target), escapeLine(f.title));
    else if (f.kind == followup::kGoalStatus)
        what = Tr::tr("mark “%1” as %2")
                   .arg(escapeLine(goalTitles.value(f.target, Tr::tr("a removed goal"))),
                        goalstatus::label(f.detail).toLower());
    else
        what = Tr::tr("skills action for %1 (%2): %3")
                   .arg(escapeLine(f.target), actionkind::label(f.detail).toLower(), escapeLine(f.title));
    return (a.followUpId.isEmpty() ? Tr::tr("Follow-up planned: %1") : Tr::tr("Follow-up done: %1")).arg(what);
}

} // namespace

QString ReviewExport::markdown(const ReviewSummaryData &s, const QList<ReviewAnswer> &answers,
                               const std::optional<Goal> &northStar, const QList<Goal> &goals) {
    QHash<QString, QString> goalTitles;
    for (const Goal &g : goals)
        goalTitles.insert(g.id, g.title);
    if (northStar)
        goalTitles.insert(northStar->id, northStar->title);
    QHash<QString, QString> before; // by checklist item
    for (const AnswerChange &c : s.changes)
        before.insert(c.itemId.isEmpty() ? c.question : c.itemId, c.before);

    QString md;
    md += QStringLiteral("# %1\n\n").arg(Tr::tr("Review: %1").arg(escapeLine(s.review.checklistName)));
    md += (s.review.isFinished() ? Tr::tr("Finished on %1").arg(day(s.review.finishedOn))
                                 : Tr::tr("In progress, started on %1").arg(day(s.review.startedOn))) +
          QStringLiteral(" · ") + Tr::tr("%1 of %2 questions answered").arg(s.answered).arg(s.total) +
          QStringLiteral("\n\n");
    if (northStar)
        md += QStringLiteral("**%1** %2\n\n").arg(Tr::tr("North star:"), escapeLine(northStar->title));

    md += QStringLiteral("## %1\n\n").arg(Tr::tr("Answers"));
    for (const ReviewAnswer &a : answers) {
        md += QStringLiteral("### %1. %2\n\n").arg(a.position).arg(escapeLine(a.itemText));
        QString line = QStringLiteral("**%1**").arg(reviewanswer::label(a.answer));
        const QString key = a.itemId.isEmpty() ? a.itemText : a.itemId;
        if (before.contains(key))
            line += QStringLiteral(" ") + Tr::tr("(last time: %1)").arg(reviewanswer::label(before.value(key)));
        md += line + QStringLiteral("\n\n");
        if (!a.note.trimmed().isEmpty())
            md += escapeBlock(a.note, QString()) + QStringLiteral("\n\n");
        if (!a.followUp.isEmpty())
            md += QStringLiteral("→ ") + followUpLine(a, goalTitles) + QStringLiteral("\n\n");
    }

    md += QStringLiteral("## %1\n\n")
              .arg(s.previous ? Tr::tr("Since the last review (%1 to %2)").arg(day(s.from), day(s.to))
                              : Tr::tr("The last %1 days (%2 to %3)")
                                    .arg(s.from.daysTo(s.to) + 1)
                                    .arg(day(s.from), day(s.to)));
    const PipelineFigures &p = s.pipeline;
    md += QStringLiteral("- ") +
          Tr::tr("Applications sent: %1 · interviews: %2 · offers: %3 · rejections: %4 · active now: %5")
              .arg(p.applied)
              .arg(p.interviews)
              .arg(p.offers)
              .arg(p.rejections)
              .arg(p.open) +
          QStringLiteral("\n");
    if (s.mood.days == 0)
        md += QStringLiteral("- ") + Tr::tr("Mood: no check-ins in this period") + QStringLiteral("\n");
    else if (!s.mood.hasTrend())
        md += QStringLiteral("- ") +
              Tr::tr("Mood: %1 on average over %2 days").arg(oneDecimal(s.mood.average)).arg(s.mood.days) +
              QStringLiteral("\n");
    else
        md += QStringLiteral("- ") +
              Tr::tr("Mood: %1 on average over %2 days (before: %3, change %4)")
                  .arg(oneDecimal(s.mood.average))
                  .arg(s.mood.days)
                  .arg(oneDecimal(s.mood.previousAverage))
                  .arg((s.mood.change() >= 0 ? QStringLiteral("+") : QString()) + oneDecimal(s.mood.change())) +
              QStringLiteral("\n");
    for (const EffortProgress &e : s.effort)
        md += QStringLiteral("- ") +
              Tr::tr("%1: %2 a week against a target of %3 (met in %4 of %5 weeks)")
                  .arg(escapeLine(e.goal.title.isEmpty() ? e.metricLabel : e.goal.title))
                  .arg(oneDecimal(e.averagePerWeek))
                  .arg(e.target)
                  .arg(e.weeksMet)
                  .arg(e.weeks.size()) +
              QStringLiteral("\n");
    if (!s.changes.isEmpty()) {
        md += QStringLiteral("- ") + Tr::tr("Answers that changed:") + QStringLiteral("\n");
        for (const AnswerChange &c : s.changes)
            md += QStringLiteral("  - %1 %2 → %3\n")
                      .arg(escapeLine(c.question), reviewanswer::label(c.before), reviewanswer::label(c.after));
    }
    if (!s.goalsChanged.isEmpty()) {
        md += QStringLiteral("- ") + Tr::tr("Goals added or changed:") + QStringLiteral("\n");
        for (const Goal &g : s.goalsChanged)
            md += QStringLiteral("  - %1: %2 (%3)\n")
                      .arg(goalkind::label(g.kind), escapeLine(g.title), goalstatus::label(g.status));
    }
    if (!s.topGaps.isEmpty()) {
        md += QStringLiteral("- ") + Tr::tr("Top skills to work on:") + QStringLiteral("\n");
        for (const RankedSkill &r : s.topGaps)
            md += QStringLiteral("  - %1 (%2)\n")
                      .arg(escapeLine(r.skill.name),
                           r.mentions == 1 ? Tr::tr("named once") : Tr::tr("named %1 times").arg(r.mentions));
    }
    md += QStringLiteral("\n");

    if (!s.review.summary.trimmed().isEmpty())
        md += QStringLiteral("## %1\n\n%2\n\n").arg(Tr::tr("Summary"), escapeBlock(s.review.summary, QString()));

    QStringList open;
    for (const Goal &g : goals)
        if (g.isOpen() && g.kind != goalkind::kNorthStar)
            open.append(QStringLiteral("- %1: %2%3")
                            .arg(goalkind::label(g.kind), escapeLine(g.title),
                                 g.status == goalstatus::kPaused ? QStringLiteral(" (%1)").arg(goalstatus::label(g.status))
                                                                 : QString()));
    if (!open.isEmpty())
        md += QStringLiteral("## %1\n\n%2\n\n").arg(Tr::tr("Goals now"), open.join(u'\n'));
    md += QStringLiteral("---\n\n") + Tr::tr("Exported from Rebound.") + QStringLiteral("\n");
    return md;
}

} // namespace rebound
