#include "DemoData.h"

#include "storage/JournalRepository.h"

#include <iterator>

namespace rebound {

namespace {
struct DemoEntry {
    int daysAgo;
    int mood;
    const char *body;
};

// A few weeks of a job search: an application, a final round, a rejection, and the way back.
const DemoEntry kEntries[] = {
    {41, 3,
     "Sent three applications today. Tailored the cover letter for the analytics role properly this time."},
    {39, 4, "Coffee with Priya from my old team. She offered to introduce me to two people at her company."},
    {36, 4, "Got a screening call invite from Northwind! Small win, but it felt good."},
    {34, 3, "Screening call went fine. They asked about stakeholder management; I rambled a bit."},
    {31, 4, "Practised the STAR answers out loud for an hour. The project-rescue story is getting sharper."},
    {28, 5, "Through to the final round at Northwind. Celebrated with a long walk and pizza."},
    {26, 3, "Nervous about Thursday. Wrote down three questions to ask them about the team."},
    {24, 4, "Final round done. The case study went well; the SQL questions less so."},
    {21, 1, "Northwind said no. They went with someone with more domain experience. I feel flat and tired."},
    {20, 2, "Let myself feel it today. A rejection is an event, not a verdict on me. Still stings."},
    {19, 2, "Wrote to the hiring manager to ask for feedback. Kept it short and polite."},
    {17, 3, "Feedback came back: strong communication, needs deeper SQL. That is fair and fixable."},
    {16, 3, "Signed up for a window-functions course. Two lessons done."},
    {14, 3, "Went running for the first time in two weeks. Head clearer."},
    {12, 4, "Sent a thank-you note to the Northwind panel. Kept the door open for future roles."},
    {10, 3, "Four applications this week, all for roles that match what I want. Quality over quantity."},
    {8, 4, "Mock interview with Sam. He said my answers are much tighter than a month ago."},
    {6, 4, "Recruiter from Fabrikam reached out about a data lead role. Call booked for Tuesday."},
    {4, 3, "Reviewed my goals: still aiming for analytics, but open to product analyst roles too."},
    {3, 5, "Fabrikam call went really well. They want me for a technical round next week!"},
    {1, 4, "Solved every SQL exercise in the course module without peeking. Progress."},
    {0, 4, "Quiet day. Updated my CV with the new course and sent two outreach messages."},
};
} // namespace

void fillDemoJournal(JournalRepository &journal, const QDate &today) {
    for (const DemoEntry &e : kEntries)
        journal.create(today.addDays(-e.daysAgo), e.mood, QString::fromUtf8(e.body));
}

} // namespace rebound
