#include "DemoData.h"

#include "RejectionCoach.h"
#include "storage/Vault.h"

#include <QHash>

#include <algorithm>
#include <cmath>

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

// Before the last five weeks: rejections (days ago) and how many days the mood took
// to come back, getting shorter through the year, as it often does.
struct DemoDip {
    int daysAgo;
    int recoveryDays;
};
const DemoDip kDips[] = {{312, 12}, {270, 10}, {220, 11}, {175, 8}, {120, 6}, {56, 5}};

const char *const kYearEfforts[] = {"applied", "reached-out", "practised", "learned", "exercised", "applied,learned",
                                    "practised,reached-out", "applied", "learned", "journaled"};

// A year of daily check-ins (most days), from a fixed seed so every demo looks the same.
void fillDemoYear(Vault &vault, const QDate &today) {
    constexpr int kFirst = 37;   // the hand-written check-ins cover the last five weeks
    constexpr int kLast = 365;
    constexpr double kPi = 3.14159265358979;
    quint32 seed = 20240611u;
    const auto next = [&seed] {
        seed = seed * 1664525u + 1013904223u;
        return (seed >> 8) / double(1u << 24); // 0..1
    };
    for (int ago = kLast; ago >= kFirst; --ago) {
        const double skip = next();
        if (skip < 0.14)
            continue; // no check-in that day
        // A gentle seasonal swell around 3.4, day-to-day noise, and dips after rejections.
        double mood = 3.4 + 0.3 * std::sin(ago * 2 * kPi / 120.0) + (next() - 0.5) * 1.6;
        bool firstWeek = false;
        int recovery = 0;
        for (const DemoDip &d : kDips) {
            const int since = d.daysAgo - ago;
            if (since >= 0 && since <= d.recoveryDays) {
                // Back up to a little above the usual: relief, and a plan.
                mood = 1.3 + (3.9 - 1.3) * since / double(d.recoveryDays) + (next() - 0.5) * 0.6;
                firstWeek = since < 7;
                recovery = d.recoveryDays;
            }
        }
        CheckIn draft;
        draft.date = today.addDays(-ago);
        draft.mood = std::clamp(int(std::lround(mood)), 1, 5);
        QString efforts = QString::fromLatin1(kYearEfforts[int(next() * std::size(kYearEfforts)) % int(std::size(kYearEfforts))]);
        if (efforts == QLatin1String("journaled"))
            efforts.clear();
        // Reaching out in the first week went with the faster recoveries.
        if (firstWeek)
            efforts = recovery <= 8 ? QStringLiteral("reached-out,exercised") : QStringLiteral("rested");
        if (draft.date.dayOfWeek() == Qt::Sunday && !firstWeek)
            efforts = QStringLiteral("rested");
        draft.efforts = split(efforts.toUtf8().constData(), QStringLiteral("effort:"));
        vault.checkIns().create(draft);
    }
}

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
    {318, "Finished my portfolio site"},
    {240, "Reached the final round at Umbrella Health"},
    {205, "Gave a short talk at the data meetup"},
    {160, "Ran my first 10k"},
    {72, "An offer from Hooli, even if it was not the right fit"},
    {45, "Reconnected with my old mentor"},
    {36, "Screening call invite from Northwind"},
    {28, "Reached the final round at Northwind"},
    {17, "Got honest, useful feedback after the rejection"},
    {8, "Mock interview: answers much tighter"},
    {3, "Fabrikam invited me to a technical round"},
    {1, "Finished the SQL course module"},
};

struct DemoApplication {
    const char *company;
    const char *role;
    const char *source;
    const char *location;
    const char *workMode;
    const char *stages; // "stage@daysAgo,..." oldest first
    const char *people = ""; // "name:role,..."
    int salaryMin = 0;
    int salaryMax = 0;
};

const DemoApplication kApplications[] = {
    {"Northwind Traders", "Senior Data Analyst", "LinkedIn", "Berlin", "hybrid",
     "applied@40,screening@36,interviewing@34,final_round@28,rejected@21", "Dana Weiss:recruiter,Omar Haddad:hiring_manager",
     65000, 75000},
    {"Fabrikam", "Data Lead", "Recruiter", "Remote (EU)", "remote", "screening@6,interviewing@3",
     "Lena Hoffmann:recruiter", 80000, 95000},
    {"Contoso", "Product Analyst", "Company site", "Munich", "onsite", "applied@10"},
    {"Adventure Works", "Analytics Engineer", "Referral", "Hamburg", "hybrid", "applied@12,screening@5",
     "Priya Nair:referrer"},
    {"Tailspin Toys", "BI Developer", "Job board", "Berlin", "onsite", "saved@2"},
    {"Alpine Ski House", "Data Analyst", "LinkedIn", "Remote", "remote", "applied@20,screening@15,interviewing@11,final_round@4",
     "Jonas Berg:recruiter"},
    {"Litware", "Reporting Analyst", "Job board", "Leipzig", "hybrid", "applied@30,screening@18,rejected@9"},
    {"Blue Yonder Airlines", "Data Analyst", "LinkedIn", "Frankfurt", "onsite", "applied@14,rejected@2",
     "Sofia Marin:recruiter"},
    {"Proseware", "Junior Data Scientist", "Job board", "Cologne", "onsite", "applied@33,withdrawn@25"},
    {"Woodgrove Bank", "Risk Analyst", "Company site", "Frankfurt", "hybrid", "applied@45,no_answer@15"},
    {"Wide World Importers", "Analytics Consultant", "Referral", "Berlin", "hybrid", "applied@1"},
};

// Earlier in the year: the search's longer history, closed long ago, so
// Insights has a funnel per month and rejections to measure recoveries on.
const DemoApplication kPastApplications[] = {
    {"Globex", "Data Analyst", "LinkedIn", "Berlin", "hybrid", "applied@330,screening@322,rejected@312"},
    {"Initech", "BI Analyst", "Job board", "Hamburg", "onsite", "applied@292,rejected@270"},
    {"Umbrella Health", "Senior Analyst", "Referral", "Remote", "remote",
     "applied@252,screening@244,interviewing@236,final_round@228,rejected@220"},
    {"Cyberdyne", "Reporting Analyst", "Job board", "Munich", "onsite", "applied@205,no_answer@160"},
    {"Vandelay Industries", "Data Analyst", "Company site", "Berlin", "hybrid",
     "applied@198,screening@190,interviewing@183,rejected@175"},
    {"Stark Retail", "Analytics Lead", "Recruiter", "Berlin", "hybrid",
     "applied@150,screening@141,interviewing@132,rejected@120"},
    {"Wayne Enterprises", "Insights Analyst", "LinkedIn", "Remote", "remote", "applied@128,no_answer@95"},
    {"Hooli", "Product Analyst", "Referral", "Berlin", "hybrid",
     "applied@104,screening@96,interviewing@88,final_round@80,offer@72,withdrawn@66"},
    {"Soylent", "Data Analyst", "Job board", "Leipzig", "onsite", "applied@92,no_answer@62"},
    {"Acme Analytics", "Junior Analyst", "LinkedIn", "Remote", "remote", "applied@76,screening@68,rejected@56"},
};

struct DemoInterview {
    const char *company;
    int daysAgo; // negative: in the future
    int hour;
    const char *kind;
    const char *with;
    int before;
    int after;
    const char *stumped;
    const char *wentWell;
    const char *differently;
};

const DemoInterview kInterviews[] = {
    {"Northwind Traders", 34, 10, "phone_screen", "Dana Weiss", 3, 3, "How I manage stakeholders who disagree.",
     "Explaining my last project in two minutes.", "Have a crisp stakeholder story ready."},
    {"Northwind Traders", 24, 14, "final", "Omar Haddad", 3, 3, "Window functions in the live SQL exercise.",
     "The case study: clear structure, good questions.", "Practise SQL under time pressure."},
    {"Fabrikam", 3, 11, "phone_screen", "Lena Hoffmann", 3, 5, "", "Rapport with the recruiter; salary talk.",
     ""},
    {"Fabrikam", -5, 15, "technical", "", 3, 0, "", "", ""},
    {"Alpine Ski House", -2, 9, "final", "Jonas Berg", 4, 0, "", "", ""},
};

struct DemoFeedback {
    const char *company; // "" = not tied to an application
    int daysAgo;
    const char *source;
    const char *text;
    const char *strengths;
    const char *weaknesses;
};

const DemoFeedback kFeedback[] = {
    {"Northwind Traders", 17, "employer",
     "Strong communicator and great case study. The other candidate had deeper SQL and more domain experience.",
     "Communication,Case studies", "SQL,Domain knowledge"},
    {"", 8, "mock", "Answers much tighter than last month. Still hesitates on live SQL.", "Communication,Storytelling",
     "SQL"},
    {"Fabrikam", 3, "employer", "The recruiter liked how clearly I explained my projects.", "Communication", ""},
    {"Litware", 8, "self", "I did not prepare questions about their reporting stack.", "", "Interview preparation"},
};

} // namespace

void fillDemoJobSearch(Vault &vault, const QDate &today) {
    QHash<QString, QString> ids; // company -> application id
    QList<const DemoApplication *> all;
    for (const DemoApplication &a : kPastApplications)
        all.append(&a);
    for (const DemoApplication &a : kApplications)
        all.append(&a);
    for (const DemoApplication *ap : all) {
        const DemoApplication &a = *ap;
        const QStringList stages = QString::fromUtf8(a.stages).split(u',');
        JobApplication draft;
        draft.company = QString::fromUtf8(a.company);
        draft.role = QString::fromUtf8(a.role);
        draft.source = QString::fromUtf8(a.source);
        draft.location = QString::fromUtf8(a.location);
        draft.workMode = QString::fromUtf8(a.workMode);
        if (a.salaryMin > 0) {
            draft.salaryMin = a.salaryMin;
            draft.salaryMax = a.salaryMax;
            draft.salaryCurrency = QStringLiteral("EUR");
        }
        draft.stage = stages.first().section(u'@', 0, 0);
        draft.stageDate = today.addDays(-stages.first().section(u'@', 1).toInt());
        const JobApplication app = vault.applications().create(draft);
        ids.insert(draft.company, app.id);
        for (const QString &step : stages.mid(1))
            vault.applications().moveTo(app.id, step.section(u'@', 0, 0),
                                        today.addDays(-step.section(u'@', 1).toInt()));
        for (const QString &person : QString::fromUtf8(a.people).split(u',', Qt::SkipEmptyParts)) {
            JobPerson p;
            p.applicationId = app.id;
            p.name = person.section(u':', 0, 0);
            p.role = person.section(u':', 1);
            p.email = p.name.section(u' ', 0, 0).toLower() + QStringLiteral("@example.com");
            vault.applications().addPerson(p);
        }
    }
    for (const DemoInterview &i : kInterviews) {
        Interview draft;
        draft.applicationId = ids.value(QString::fromUtf8(i.company));
        draft.startsAt = QDateTime(today.addDays(-i.daysAgo), QTime(i.hour, 0));
        draft.kind = QString::fromUtf8(i.kind);
        draft.confidenceBefore = i.before;
        draft.confidenceAfter = i.after;
        draft.stumped = QString::fromUtf8(i.stumped);
        draft.wentWell = QString::fromUtf8(i.wentWell);
        draft.doDifferently = QString::fromUtf8(i.differently);
        QList<JobPerson> with;
        if (*i.with)
            with.append(JobPerson{{}, {}, {}, QStringLiteral("interviewer"), QString::fromUtf8(i.with), {}, {}, {}, {}});
        vault.interviews().create(draft, with);
    }
    for (const DemoFeedback &f : kFeedback) {
        Feedback draft;
        draft.applicationId = ids.value(QString::fromUtf8(f.company));
        draft.receivedOn = today.addDays(-f.daysAgo);
        draft.source = QString::fromUtf8(f.source);
        draft.text = QString::fromUtf8(f.text);
        vault.feedback().create(draft, split(f.strengths), split(f.weaknesses));
    }
    if (const auto sql = vault.feedback().skillNamed(QStringLiteral("SQL"))) {
        SkillAction course;
        course.skillId = sql->id;
        course.kind = QStringLiteral("course");
        course.title = QStringLiteral("Window functions course");
        course.status = QStringLiteral("doing");
        course.dueOn = today.addDays(10);
        vault.feedback().addAction(course);
        SkillAction mock;
        mock.skillId = sql->id;
        mock.kind = QStringLiteral("mock_interview");
        mock.title = QStringLiteral("Live SQL mock with Sam");
        mock.dueOn = today.addDays(4);
        vault.feedback().addAction(mock);
    }
    if (const auto domain = vault.feedback().skillNamed(QStringLiteral("Domain knowledge"))) {
        SkillAction reading;
        reading.skillId = domain->id;
        reading.kind = QStringLiteral("reading");
        reading.title = QStringLiteral("Read two retail analytics case studies");
        vault.feedback().addAction(reading);
    }
    if (const auto comms = vault.feedback().skillNamed(QStringLiteral("Communication")))
        vault.feedback().setPitch(comms->id, QStringLiteral("I turn messy analyses into decisions: at my last job "
                                                           "my weekly one-page summary replaced a 40-slide deck."));

    // Northwind's flow went most of the way; Blue Yonder's has just begun.
    RejectionCoach coach(vault, RejectionSettings{});
    const RejectionFlow northwind = coach.start(ids.value(QStringLiteral("Northwind Traders")));
    coach.askForFeedback(northwind.id, northwind.feedbackMessage, QDate()); // the feedback already came
    coach.skip(northwind.id, rejectionstep::kCase);
    coach.keepBridges(northwind.id, northwind.thankYouMessage, today.addDays(69), today.addDays(159));
    coach.skip(northwind.id, rejectionstep::kFeelings);
    coach.nameWentWell(northwind.id, QStringLiteral("My case study presentation impressed the panel"));
    coach.close(northwind.id);
    coach.start(ids.value(QStringLiteral("Blue Yonder Airlines")));
}

namespace {

struct DemoAnswer {
    const char *answer;
    const char *note;
};

// Answers to the seven default questions in two earlier reviews: the later one
// changed its mind on roles, interviews and self-care.
const DemoAnswer kEarlierReview[] = {
    {"unsure", "Applying to everything with \"data\" in the title. Too scattered."},
    {"no", "SQL keeps coming up."},
    {"no", "I freeze on live technical questions."},
    {"yes", ""},
    {"unsure", ""},
    {"no", "Haven't told anyone I'm looking."},
    {"no", "Sleeping badly since the layoff."},
};
const DemoAnswer kLastReview[] = {
    {"yes", "Analyst roles in retail and e-commerce: that's where my interviews come from."},
    {"no", "Still SQL, but the course is helping."},
    {"unsure", "Better in mocks; the real thing is still nerve-racking."},
    {"yes", "Rewrote the summary after the course."},
    {"yes", "Product analyst roles are worth a try."},
    {"yes", "Coffee with Priya, two introductions."},
    {"yes", "Running twice a week again."},
};

void answer(Vault &vault, const Review &review, const DemoAnswer (&answers)[7]) {
    const QList<ReviewAnswer> rows = vault.reviews().answers(review.id);
    for (qsizetype i = 0; i < rows.size() && i < 7; ++i)
        vault.reviews().answer(rows[i].id, QString::fromLatin1(answers[i].answer), QString::fromUtf8(answers[i].note),
                               {});
}

} // namespace

void fillDemoGoals(Vault &vault, const QDate &today) {
    auto &goals = vault.goals();
    goals.setNorthStar(QStringLiteral("Lead analytics at a company whose product I believe in"),
                       QStringLiteral("Somewhere people use data to make kinder, better decisions."));
    auto add = [&](const QString &kind, const QString &title, const QString &parentId = {},
                   const QString &status = goalstatus::kActive) {
        Goal g;
        g.kind = kind;
        g.title = title;
        g.parentId = parentId;
        g.status = status;
        return goals.create(g);
    };
    const Goal role = add(goalkind::kRole, QStringLiteral("Senior data analyst"));
    add(goalkind::kRole, QStringLiteral("Product analyst"), role.id);
    const Goal engineer = add(goalkind::kRole, QStringLiteral("Analytics engineer"), role.id);
    add(goalkind::kIndustry, QStringLiteral("Retail or e-commerce"));
    Goal sql;
    sql.kind = goalkind::kSkill;
    sql.title = QStringLiteral("Advanced SQL: window functions and query plans");
    sql.targetDate = today.addDays(30);
    goals.create(sql);
    add(goalkind::kCertification, QStringLiteral("Google Data Analytics certificate"), {}, goalstatus::kAchieved);
    auto effort = [&](const QString &title, const QString &metric, int perWeek) {
        Goal g;
        g.kind = goalkind::kEffort;
        g.title = title;
        g.metric = metric;
        g.weeklyTarget = perWeek;
        goals.create(g);
    };
    effort(QStringLiteral("Send quality applications"), effortmetric::kApplications, 3);
    effort(QStringLiteral("Reach out to someone"), effortmetric::kEffortPrefix + QStringLiteral("effort:reached-out"), 2);
    effort(QStringLiteral("Write in the journal"), effortmetric::kJournal, 3);

    // Two finished reviews of the default checklist and one in progress today.
    const QString list = ChecklistRepository::kDefaultId;
    const Review earlier = vault.reviews().start(list, today.addDays(-60));
    answer(vault, earlier, kEarlierReview);
    vault.reviews().finish(earlier.id, today.addDays(-60));
    const Review last = vault.reviews().start(list, today.addDays(-32));
    answer(vault, last, kLastReview);
    const QList<ReviewAnswer> rows = vault.reviews().answers(last.id);
    vault.reviews().answer(rows[1].id, rows[1].answer, rows[1].note,
                           FollowUp{followup::kSkillAction, QStringLiteral("Practise SQL on a real retail dataset"),
                                    QStringLiteral("SQL"), QStringLiteral("practice")});
    vault.reviews().answer(rows[4].id, rows[4].answer, rows[4].note,
                           FollowUp{followup::kGoalStatus, {}, engineer.id, goalstatus::kPaused});
    vault.reviews().finish(last.id, today.addDays(-32));
    vault.reviews().setSummary(last.id, QStringLiteral("Narrower target, steadier routine. Next: SQL under pressure."));

    const Review now = vault.reviews().start(list, today);
    const QList<ReviewAnswer> open = vault.reviews().answers(now.id);
    vault.reviews().answer(open[0].id, reviewanswer::kYes, QStringLiteral("Two interviews from retail analyst roles."),
                           {});
    vault.reviews().answer(open[1].id, reviewanswer::kNo,
                           QStringLiteral("Northwind and Fabrikam both mentioned SQL depth."),
                           FollowUp{followup::kSkillAction, QStringLiteral("Timed SQL drills, 3 a week"),
                                    QStringLiteral("SQL"), QStringLiteral("practice")});
    vault.reviews().answer(open[2].id, reviewanswer::kUnsure, {}, {});

    // A short weekly checklist of the user's own, not reviewed yet.
    Checklist pulse;
    pulse.name = QStringLiteral("Weekly pulse");
    pulse.everyWeeks = 1;
    pulse = vault.checklists().create(pulse);
    for (const char *q : {"Did I send the applications I planned?", "Did I talk to someone new?",
                          "Did I learn one thing?", "Did I take real time off?"}) {
        ChecklistItem item;
        item.checklistId = pulse.id;
        item.text = QString::fromUtf8(q);
        vault.checklists().addItem(item);
    }
}

namespace {
struct DemoContact {
    const char *name;
    const char *company;
    const char *role;
    const char *email;
    const char *phone;
    const char *tags;
    const char *howWeMet;
    int cadenceDays;
    const char *interactions; // "kind@daysAgo:note;..."
};

constexpr DemoContact kContacts[] = {
    {"Maya Chen", "Northwind Talent", "Senior tech recruiter", "maya.chen@northwind.example", "+44 20 7946 0958",
     "recruiter", "She found me on LinkedIn for the Lumen role.", Contact::kCadenceFromTags,
     "call@75:Intro call about data roles;email@64:Sent her my updated CV"},
    {"Daniel Okafor", "Brightlane", "Head of analytics", "daniel.okafor@brightlane.example", "+44 7700 900123",
     "mentor", "My manager at Brightlane for three years.", Contact::kCadenceFromTags,
     "coffee@35:Talked through the Fernhill offer stage and salary ranges"},
    {"Sofia Martínez", "", "", "sofia.m@example.com", "+34 612 345 678", "support",
     "Friend since university. Always up for a walk.", Contact::kCadenceFromTags, "call@16:Long call, she cheered me up"},
    {"Priya Raman", "Fernhill", "Analytics engineer", "priya@fernhill.example", "", "peer",
     "Met at the dbt meetup in March.", Contact::kCadenceFromTags,
     "event@48:dbt meetup;message@20:She offered to look at my portfolio"},
    {"Aisha Khan", "City Careers Service", "Career counsellor", "a.khan@careers.example", "+44 161 496 0753", "support",
     "", 21, "meeting@10:Mock interview, practise the two-minute pitch"},
    {"Tom Becker", "Lumen Retail", "Hiring manager, data platform", "tom.becker@lumen.example", "", "hiring_manager",
     "Final interview panel.", Contact::kCadenceFromTags, "email@30:Thank-you note after the final round"},
    {"Lukas Novák", "Quartz Labs", "Staff data scientist", "lukas.novak@quartz.example", "", "interviewer", "",
     Contact::kCadenceFromTags, ""},
    {"Elena Petrova", "", "Former colleague", "elena.p@example.org", "", "peer", "Sat next to me at Brightlane.",
     Contact::kCadenceOff, "coffee@120:Catch-up coffee"},
};
} // namespace

void fillDemoContacts(Vault &vault, const QDate &today) {
    auto &contacts = vault.contacts();
    for (const DemoContact &d : kContacts) {
        Contact c;
        c.name = QString::fromUtf8(d.name);
        c.company = QString::fromUtf8(d.company);
        c.role = QString::fromUtf8(d.role);
        c.emails = {QString::fromUtf8(d.email)};
        if (*d.phone)
            c.phones = {QString::fromUtf8(d.phone)};
        c.tags = QString::fromUtf8(d.tags).split(u',', Qt::SkipEmptyParts);
        c.howWeMet = QString::fromUtf8(d.howWeMet);
        c.cadenceDays = d.cadenceDays;
        const Contact saved = contacts.create(c);
        for (const QString &item : QString::fromUtf8(d.interactions).split(u';', Qt::SkipEmptyParts)) {
            Interaction i;
            i.contactId = saved.id;
            i.kind = item.section(u'@', 0, 0);
            i.occurredOn = today.addDays(-item.section(u'@', 1).section(u':', 0, 0).toInt());
            i.note = item.section(u':', 1);
            contacts.logInteraction(i);
        }
    }
    // The recruiter of an application, saved as a contact so it shows linked applications.
    for (const JobApplication &app : vault.applications().list({})) {
        for (const JobPerson &p : vault.applications().people(app.id))
            if (p.role == QLatin1String("recruiter") && p.contactId.isEmpty()) {
                contacts.createFromPerson(p.id);
                return;
            }
    }
}

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

    fillDemoYear(vault, today);
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
    fillDemoJobSearch(vault, today);
    fillDemoGoals(vault, today);
    fillDemoContacts(vault, today);
}

} // namespace rebound
