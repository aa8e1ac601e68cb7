#include "DemoData.h"

#include "storage/Vault.h"

#include <iterator>

namespace rebound {

namespace {
struct DemoEntry {
    int daysAgo;
    int mood;
    const char *body;
    const char *tags = "";     // comma-separated
    const char *emotions = ""; // comma-separated short ids
};

// A few weeks of a job search: an application, a final round, a rejection, and the way back.
const DemoEntry kEntries[] = {
    {41, 3,
     "Sent three applications today. Tailored the cover letter for the analytics role properly this time."},
    {39, 4, "Coffee with Priya from my old team. She offered to introduce me to two people at her company."},
    {36, 4, "Got a screening call invite from Northwind! Small win, but it felt good.", "Northwind", "hopeful"},
    {34, 3, "Screening call went fine. They asked about stakeholder management; I rambled a bit."},
    {31, 4, "Practised the STAR answers out loud for an hour. The project-rescue story is getting sharper."},
    {28, 5, "Through to the **final round** at Northwind. Celebrated with a long walk and pizza.", "Northwind,interview", "proud,hopeful"},
    {26, 3, "Nervous about Thursday. Wrote down three questions to ask them about the team."},
    {24, 4, "Final round done. The case study went well; the SQL questions less so."},
    {21, 1, "Northwind said no. They went with someone with more domain experience. I feel flat and tired.", "Northwind,rejection", "disappointed,disheartened"},
    {20, 2, "Let myself feel it today. A rejection is an event, not a verdict on me. Still stings."},
    {19, 2, "Wrote to the hiring manager to ask for feedback. Kept it short and polite."},
    {17, 3, "## Feedback from Northwind\n\n- Strong communication\n- Needs deeper SQL\n\nThat is *fair* and fixable.", "Northwind,feedback", "relieved"},
    {16, 3, "Signed up for a window-functions course. Two lessons done."},
    {14, 3, "Went running for the first time in two weeks. Head clearer."},
    {12, 4, "Sent a thank-you note to the Northwind panel. Kept the door open for future roles."},
    {10, 3, "Four applications this week, all for roles that match what I want. Quality over quantity."},
    {8, 4, "Mock interview with Sam. He said my answers are much tighter than a month ago."},
    {6, 4, "Recruiter from Fabrikam reached out about a data lead role. Call booked for Tuesday."},
    {4, 3, "Reviewed my goals: still aiming for analytics, but open to product analyst roles too."},
    {3, 5, "Fabrikam call went really well. They want me for a technical round next week!", "Fabrikam,interview", "hopeful,motivated"},
    {1, 4, "Solved every SQL exercise in the course module without peeking. Progress."},
    {0, 4, "Quiet day. Updated my CV with the new course and sent two outreach messages."},
};
QStringList split(const char *list, const QString &prefix = {}) {
    QStringList out;
    for (const QString &item : QString::fromUtf8(list).split(QLatin1Char(','), Qt::SkipEmptyParts))
        out << prefix + item.trimmed();
    return out;
}

struct DemoCheckIn {
    int daysAgo;
    int mood;
    const char *emotions;
    const char *efforts;
    const char *note;
};

const DemoCheckIn kCheckIns[] = {
    {0, 4, "hopeful,motivated", "applied,practised", "Prepping for the Fabrikam technical round"},
    {1, 4, "proud", "learned", "SQL module done"},
    {2, 3, "calm", "rested,exercised", ""},
    {3, 5, "hopeful,relieved", "practised", "Fabrikam call went great"},
    {4, 3, "calm", "applied", ""},
    {6, 4, "motivated", "reached-out", "Recruiter reached out"},
    {8, 4, "proud", "practised", "Mock interview with Sam"},
    {10, 3, "calm", "applied", ""},
    {12, 3, "calm", "reached-out", "Thank-you note sent"},
    {14, 3, "relieved", "exercised", "First run in two weeks"},
    {16, 3, "motivated", "learned", ""},
    {17, 3, "hopeful", "learned", "Feedback: fair and fixable"},
    {19, 2, "anxious", "reached-out", "Asked for feedback"},
    {20, 2, "disheartened", "rested", ""},
    {21, 1, "disappointed,embarrassed", "", "Northwind said no"},
    {21, 2, "frustrated", "rested", "Called mum, a bit better"},
    {24, 4, "relieved", "practised", "Final round done"},
    {26, 3, "anxious", "practised", ""},
    {28, 5, "proud,hopeful", "", "Final round!"},
    {31, 4, "motivated", "practised", ""},
    {34, 3, "anxious", "applied", ""},
    {36, 4, "hopeful", "applied", "Screening invite"},
};

struct DemoWin {
    int daysAgo; // negative: months ago (same day of the month)
    const char *text;
};

const DemoWin kWins[] = {
    {36, "Screening call invite from Northwind"},
    {28, "Reached the final round at Northwind"},
    {17, "Got honest, useful feedback after the rejection"},
    {8, "Mock interview: answers much tighter"},
    {3, "Fabrikam invited me to a technical round"},
    {1, "Finished the SQL course module"},
};

} // namespace

void fillDemoData(Vault &vault, const QDate &today) {
    const QString emotionPrefix = QStringLiteral("emotion:");
    QList<JournalEntry> drafts;
    for (const DemoEntry &e : kEntries) {
        JournalEntry d;
        d.date = today.addDays(-e.daysAgo);
        d.mood = e.mood;
        d.body = QString::fromUtf8(e.body);
        d.tags = split(e.tags);
        d.emotions = split(e.emotions, emotionPrefix);
        drafts.append(d);
    }
    // Memories for "on this day": the same day one and two months and a year ago.
    for (int months : {1, 2, 12}) {
        const QDate then = today.addMonths(-months);
        if (then.day() != today.day())
            continue;
        JournalEntry d;
        d.date = then;
        d.mood = months == 12 ? 4 : 3;
        d.body = months == 12 ? QStringLiteral("Last day at the old job. Scared and excited: time to find work that fits.")
                              : QStringLiteral("Spent the morning rewriting my CV summary. It finally sounds like me.");
        d.tags = {QStringLiteral("cv")};
        drafts.append(d);
    }
    vault.journal().createBatch(drafts);

    for (const DemoCheckIn &c : kCheckIns) {
        CheckIn draft;
        draft.date = today.addDays(-c.daysAgo);
        draft.mood = c.mood;
        draft.emotions = split(c.emotions, emotionPrefix);
        draft.efforts = split(c.efforts, QStringLiteral("effort:"));
        draft.note = QString::fromUtf8(c.note);
        vault.checkIns().create(draft);
    }
    for (const DemoWin &w : kWins)
        vault.checkIns().addWin(today.addDays(-w.daysAgo), QString::fromUtf8(w.text));
    const QDate monthAgo = today.addMonths(-1);
    if (monthAgo.day() == today.day())
        vault.checkIns().addWin(monthAgo, QStringLiteral("A former colleague offered to refer me"));
}

} // namespace rebound
