#include "Arguments.h"

#include "core/JournalEntry.h"
#include "storage/Vault.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <cmath>

namespace rebound::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Options that take a value; all others are flags or unknown.
const QStringList &valuedOptions() {
    static const QStringList valued{
        QStringLiteral("--vault"), QStringLiteral("--date"), QStringLiteral("--mood"),
        QStringLiteral("--text"), QStringLiteral("--limit"), QStringLiteral("--tag"),
        QStringLiteral("--emotion"), QStringLiteral("--effort"), QStringLiteral("--note"),
        QStringLiteral("--template"), QStringLiteral("--from"), QStringLiteral("--to"),
        // job search
        QStringLiteral("--company"), QStringLiteral("--role"), QStringLiteral("--link"),
        QStringLiteral("--source"), QStringLiteral("--location"), QStringLiteral("--remote"),
        QStringLiteral("--salary"), QStringLiteral("--currency"), QStringLiteral("--stage"),
        QStringLiteral("--notes"), QStringLiteral("--contact"), QStringLiteral("--search"),
        QStringLiteral("--format"), QStringLiteral("--output"), QStringLiteral("--at"),
        QStringLiteral("--kind"), QStringLiteral("--with"), QStringLiteral("--before"),
        QStringLiteral("--after"), QStringLiteral("--stumped"), QStringLiteral("--less-confident"),
        QStringLiteral("--went-well"), QStringLiteral("--differently"), QStringLiteral("--app"),
        QStringLiteral("--interview"), QStringLiteral("--strength"), QStringLiteral("--weakness"),
        QStringLiteral("--title"), QStringLiteral("--due"),
        // goals and reviews
        QStringLiteral("--by"), QStringLiteral("--metric"), QStringLiteral("--per-week"),
        QStringLiteral("--alternative-to"), QStringLiteral("--status"), QStringLiteral("--checklist"),
        QStringLiteral("--follow-up-goal"), QStringLiteral("--goal-kind"), QStringLiteral("--follow-up-action"),
        QStringLiteral("--skill"), QStringLiteral("--action-kind"), QStringLiteral("--follow-up-status"),
        // contacts and reminders
        QStringLiteral("--name"), QStringLiteral("--email"), QStringLiteral("--phone"), QStringLiteral("--url"),
        QStringLiteral("--met"), QStringLiteral("--cadence"), QStringLiteral("--days"), QStringLiteral("--ics"),
        // insights
        QStringLiteral("--year"), QStringLiteral("--rest-days"),
        // sync
        QStringLiteral("--server"), QStringLiteral("--folder"), QStringLiteral("--user"),
        QStringLiteral("--device"),
        // import
        QStringLiteral("--map")};
    return valued;
}

// Options without a value (besides --json, --stdin and --help).
const QStringList &flagOptions() {
    static const QStringList flags{QStringLiteral("--open"), QStringLiteral("--closed"),
                                   QStringLiteral("--upcoming"), QStringLiteral("--yes"),
                                   QStringLiteral("--all"), QStringLiteral("--no-follow-up"),
                                   QStringLiteral("--notify"), QStringLiteral("--skip-duplicates"),
                                   QStringLiteral("--join"), QStringLiteral("--allow-http")};
    return flags;
}
} // namespace

UsageError::UsageError(const QString &message)
    : std::runtime_error(message.toStdString())
    , text(message) {}

QString Args::value(const QString &name, const QString &fallback) const {
    const auto it = options.constFind(name);
    if (it == options.constEnd())
        return fallback;
    if (it->size() > 1)
        throw UsageError(Tr::tr("%1 can only be given once.").arg(name));
    return it->constFirst();
}

QStringList Args::list(const QString &name) const {
    QStringList out;
    for (const QString &v : options.value(name)) {
        for (const QString &part : v.split(QLatin1Char(','))) {
            const QString item = part.trimmed();
            if (!item.isEmpty())
                out << item;
        }
    }
    return out;
}

void Args::allowOnly(const QStringList &names, bool allowJson, bool allowStdin) const {
    for (auto it = options.constBegin(); it != options.constEnd(); ++it) {
        if (!names.contains(it.key()))
            throw UsageError(Tr::tr("%1 does not take %2.").arg(words.mid(0, 2).join(u' '), it.key()));
    }
    if (json && !allowJson)
        throw UsageError(
            Tr::tr("%1 does not take %2.").arg(words.mid(0, 2).join(u' '), QStringLiteral("--json")));
    if (readStdin && !allowStdin)
        throw UsageError(
            Tr::tr("%1 does not take %2.").arg(words.mid(0, 2).join(u' '), QStringLiteral("--stdin")));
}

void Args::allowWords(int count) const {
    if (words.size() > count)
        throw UsageError(Tr::tr("Unexpected word: %1").arg(words.value(count)));
}

namespace {

QString appHelp() {
    return Tr::tr("Applications:\n"
              "  app add --company C [--role R] [--link URL] [--source S] [--location L]\n"
              "          [--remote onsite|hybrid|remote] [--salary MIN-MAX|N] [--currency EUR]\n"
              "          [--stage KEY] [--date D] [--note N] [--notes TEXT|-]\n"
              "          [--contact \"NAME[:role][<email>]\"]... [--json]\n"
              "      add an application and print its ID. --stage is where it stands (default\n"
              "      applied) and --date when it got there (default today); --note goes with that\n"
              "      first step. --salary takes 60000-80000, 60k-80k or one figure. --contact adds\n"
              "      a person, e.g. \"Ana Ruiz:recruiter<ana@example.com>\"; roles: recruiter,\n"
              "      interviewer, hiring_manager, referrer, other (default recruiter).\n"
              "  app list [--stage KEY[,KEY]] [--open | --closed] [--search TEXT] [--source S]\n"
              "           [--remote MODE] [--json]\n"
              "      applications grouped by stage, in pipeline order, most recently moved first.\n"
              "      --open: still in progress; --closed: accepted, rejected, withdrawn, no answer.\n"
              "      --search matches words (as prefixes) in company, role, location, source,\n"
              "      notes and people's names.\n"
              "  app show ID [--json]\n"
              "      every field, the stage history, people, interviews, feedback and reminders.\n"
              "  app stage ID STAGE [--date D] [--note N] [--json]\n"
              "      record that the application reached STAGE (on D, default today). Moving to\n"
              "      rejected also prepares the guided rejection flow, which waits for you in the\n"
              "      app (it is a conversation, not something a terminal can do well).\n"
              "  app edit ID [the options of app add except --stage, --date, --note] [--json]\n"
              "      changes the given fields; \"\" clears one (e.g. --salary \"\"). --contact adds a\n"
              "      person, or updates the role and e-mail of the one with that name.\n"
              "  app delete ID [--yes]\n"
              "      deletes the application with its history, people, interviews and reminders;\n"
              "      its feedback stays in your skills plan. Asks first on a terminal; without\n"
              "      a terminal, --yes is required.\n"
              "  app export [--format csv|json] [--output FILE]\n"
              "      every application (CSV: one row each; JSON: with history, people and\n"
              "      interviews) to stdout or FILE (written atomically, readable only by you; CSV\n"
              "      files start with a byte-order mark for spreadsheets). The export is NOT\n"
              "      encrypted.\n"
              "\n"
              "  STAGE/KEY: saved, applied, screening, interviewing, final_round, offer, accepted,\n"
              "             rejected, withdrawn, no_answer (\"final-round\" and \"Final round\" work).\n");
}

QString interviewHelp() {
    return Tr::tr("Interviews:\n"
              "  interview add APP_ID --at \"YYYY-MM-DD HH:MM\"\n"
              "          [--kind phone_screen|technical|behavioural|panel|final] [--with NAME]...\n"
              "          [--before 1-5] [--after 1-5] [--stumped T] [--less-confident T]\n"
              "          [--went-well T] [--differently T] [--notes T] [--json]\n"
              "      log an interview (local time) and print its ID. One for the future gets a\n"
              "      reminder to prepare the day before. --before and --after are how confident you\n"
              "      felt; the reflection fields are for afterwards (see interview edit).\n"
              "  interview edit ID [the options of interview add] [--json]\n"
              "      change the given fields, e.g. add your reflection after the interview.\n"
              "  interview list [APP_ID] [--upcoming] [--json]\n"
              "      newest first; with APP_ID that application's, in order; --upcoming: the\n"
              "      ones still ahead, soonest first.\n");
}

QString feedbackHelp() {
    return Tr::tr("Feedback:\n"
              "  feedback add [--app ID] [--interview ID] [--source employer|mock|self] [--date D]\n"
              "               [--text T|-] [--strength SKILL]... [--weakness SKILL]... [--json]\n"
              "      note feedback and the skills it names (created on first use, matched\n"
              "      ignoring case). An interview implies its application. Give the text, a skill,\n"
              "      or both.\n"
              "  feedback list [--app ID] [--json]          newest first\n");
}

QString skillsHelp() {
    return Tr::tr("Skills plan:\n"
              "  skills [--json]\n"
              "      strengths, then weaknesses, ranked by how often and how recently feedback\n"
              "      names them (a mention loses half its weight every 90 days), with the actions\n"
              "      planned for each weakness.\n"
              "  skills action add SKILL --title T [--kind KIND] [--due D] [--json]\n"
              "      plan something for a skill. KIND: course, mock_interview, practice (default),\n"
              "      certification, reading.\n"
              "  skills action done ACTION_ID\n"
              "  skills pitch SKILL [TEXT | -]\n"
              "      how you tell a strength in an interview; without TEXT (or with -) it is read\n"
              "      from stdin. SKILL is a name as \"skills\" shows it.\n");
}

QString goalHelp() {
    return Tr::tr("Goals:\n"
              "  goal add TITLE [--kind role|industry|skill|certification|effort|other] [--notes T]\n"
              "           [--by D] [--metric M --per-week N] [--alternative-to GOAL_ID] [--json]\n"
              "      add a goal and print its ID. A weekly effort goal (--kind effort, implied by\n"
              "      --metric) counts M against N a week. M: applications, interviews, journal, or\n"
              "      effort:NAME for check-ins tagged with that effort (e.g. effort:\"reached out\").\n"
              "      --alternative-to makes it an alternative path next to that goal (same kind\n"
              "      unless --kind says otherwise).\n"
              "  goal north-star [TEXT] [--notes T] [--json]\n"
              "      show the long-term goal you keep your eye on, or set it; \"\" clears it.\n"
              "  goal list [--all] [--json]\n"
              "      open goals by kind, alternatives under their goal, effort goals with this\n"
              "      week's count; --all adds achieved and dropped ones.\n"
              "  goal edit ID [--title T] [--notes T] [--by D] [--status active|paused|achieved|dropped]\n"
              "           [--metric M] [--per-week N] [--json]\n"
              "      changes the given fields; --by \"\" and --notes \"\" clear them.\n"
              "  goal done ID                 mark it achieved\n"
              "  goal delete ID [--yes]       delete it with its alternative paths\n");
}

QString reviewHelp() {
    return Tr::tr("Checklists and reviews:\n"
              "  checklist list [--json]      the re-evaluation checklists, when each is due\n"
              "  review start [--checklist NAME_OR_ID] [--json]\n"
              "      start a review of the checklist (default: the default one), or resume the one\n"
              "      in progress; prints its ID and the numbered questions.\n"
              "  review answer REVIEW_ID N yes|no|unsure [--note T]\n"
              "           [--follow-up-goal TITLE [--goal-kind KIND]]\n"
              "           [--follow-up-action TITLE --skill NAME [--action-kind KIND]]\n"
              "           [--follow-up-status GOAL_ID:STATUS] [--no-follow-up] [--json]\n"
              "      answer question N (from 1). A follow-up (at most one) is done when the review\n"
              "      is finished: a new goal, a goal's new status, or a skills action (the skill is\n"
              "      created if new). The note and follow-up stay as they were unless given.\n"
              "  review finish REVIEW_ID [--json]\n"
              "      finish the review and carry out its follow-ups; it is read-only afterwards.\n"
              "  review list [--json]         every review, newest first, with what changed\n"
              "  review show REVIEW_ID [--json]\n"
              "      the answers, and what changed since the previous review of that checklist:\n"
              "      answers, effort against targets, mood, applications, goals.\n"
              "  review export REVIEW_ID [--output FILE]\n"
              "      the review as Markdown for a coach or mentor, to stdout or FILE (written\n"
              "      atomically, readable only by you). The export is NOT encrypted.\n");
}

QString contactHelp() {
    return Tr::tr("Contacts:\n"
              "  contact add --name N [--company C] [--role R] [--email E]... [--phone P]... [--url URL]\n"
              "              [--met T] [--tag TAG]... [--notes T|-] [--cadence DAYS|off|tags] [--json]\n"
              "      add a contact and print its ID. --met is how you met. TAG: recruiter,\n"
              "      interviewer, hiring_manager, mentor, peer, support (friends, family, a career\n"
              "      counsellor). --cadence: keep in touch every DAYS days, off, or tags (default:\n"
              "      the shortest default of its tags, editable in the app).\n"
              "  contact list [--search TEXT] [--tag TAG] [--due] [--json]\n"
              "      by name, with when you were last in touch and when the next catch-up is due;\n"
              "      --due: only those due or overdue, most overdue first.\n"
              "  contact show ID [--json]\n"
              "      every field, the keep-in-touch status, interactions and linked applications.\n"
              "  contact log ID [--kind message|email|call|meeting|coffee|event] [--date D] [--note T|-] [--json]\n"
              "      log an interaction (default: a message today); it restarts the keep-in-touch clock.\n"
              "  contact edit ID [the options of contact add] [--json]\n"
              "      changes the given fields; --email, --phone and --tag replace the lists, \"\" clears.\n"
              "  contact delete ID [--yes]\n"
              "      deletes the contact and its interactions; applications keep the person's name.\n"
              "  contact import FILE [--skip-duplicates] [--yes]\n"
              "      reads a vCard file (3.0 or 4.0), shows what it holds and who is already here\n"
              "      (same email or phone), asks, then imports all of it in one go. A malformed file\n"
              "      is refused with the line of the problem, and nothing is imported.\n"
              "  contact export [--output FILE]\n"
              "      every contact as vCard 4.0 to stdout or FILE (written atomically, readable only\n"
              "      by you). The export is NOT encrypted.\n");
}

QString remindersHelp() {
    return Tr::tr("Reminders:\n"
              "  reminders [--days N] [--json]\n"
              "      what is due now and what comes in the next N days (default 14): keep in touch,\n"
              "      feedback follow-ups, re-apply windows, interview prep, the check-in nudge, goal\n"
              "      reviews and skills actions, at the reminder time set in the app (Settings).\n"
              "  reminders --due [--json]      only what is due now\n"
              "  reminders --ics FILE [--days N]\n"
              "      the upcoming reminders as an iCalendar file (FILE, or - for stdout) any calendar\n"
              "      can import. It is NOT encrypted.\n"
              "  reminders --notify\n"
              "      shows what came due as desktop notifications, each once; for the systemd user\n"
              "      timer (platform/linux/install-reminder-timer.sh, or the switch in Settings). It\n"
              "      never asks for the passphrase: it needs the key remembered on this device\n"
              "      (\"Remember on this device\" in the app) and otherwise exits 5, changing nothing.\n");
}

QString insightsHelp() {
    return Tr::tr("Insights (the figures of the app's Insights page):\n"
              "  insights [--year YYYY] [--rest-days DAYS] [--json]\n"
              "      mood over 7, 30 and 365 days with a moving average; the year in pixels\n"
              "      (one digit 1-5 per day, . = no mood; --year picks another year); effort\n"
              "      streaks (what you control: applications, outreach, practice, learning,\n"
              "      journaling) and weekly effort goals; the pipeline funnel (all time and\n"
              "      per month for 12 months, with the conversion from each step to the next);\n"
              "      resilience: for each rejection the days until the 3-day mood average is\n"
              "      back to the 30-day baseline before it, their trend, and the efforts that\n"
              "      went with faster recovery; wins, with past wins brought back on a low\n"
              "      day.\n"
              "      Planned rest days do not break a streak. They are the ones set in the app\n"
              "      (Settings; default: the weekend of your locale); --rest-days overrides\n"
              "      them for this run: weekday numbers 1 (Monday) to 7 (Sunday) or names,\n"
              "      e.g. 6,7 or sat,sun, or none.\n"
              "\n"
              "  --json prints one object: today, rest_weekdays [1-7], mood {week, month,\n"
              "  year: {days, window, days_with_mood, mean, first_average, last_average,\n"
              "  points [{date, mood, average}]}}, year_in_pixels {year, days_with_mood,\n"
              "  level_counts [6], levels [one per day, 0 = none], months [{month,\n"
              "  days_with_mood, mean_level}], years}, effort {current, current_start,\n"
              "  today_done, best, best_start, best_end, active_days_30, rest_days_30, last_7\n"
              "  {KIND: n}, last_30, recent [{date, rest, total, counts}]} with KIND\n"
              "  applications, outreach, practice, learning, journaling, other; goals [{id,\n"
              "  title, metric, metric_label, target, this_week, weeks_met, weeks_counted,\n"
              "  average_per_week, weeks}]; funnel {steps, all_time, months [{month, reached\n"
              "  {STEP: n}, conversion {STEP: 0-1}}]} with STEP applied, screening, interview,\n"
              "  final, offer; resilience {rejections [{application_id, company, role, date,\n"
              "  status, baseline, days, efforts}], recovered, mean_days, trend_slope (days\n"
              "  per rejection), trend (shorter, longer, steady, not_enough_data), trend_text,\n"
              "  efforts [{id, name, with_count, with_mean, without_count, without_mean,\n"
              "  difference}]}; wins {total, last_30, low_mood, recent, resurfaced [{id, date,\n"
              "  text}]}. Dates are YYYY-MM-DD; a figure that does not exist (no mood, no\n"
              "  baseline, nothing to convert from) is null.\n");
}

QString jobNotes() {
    return Tr::tr("D is a date written YYYY-MM-DD (default: today). A text option given as - is read from\n"
              "stdin (once per command), which keeps it out of your shell history. IDs may be\n"
              "shortened to any unique prefix (as the lists show them).\n"
              "Malformed options (an unknown stage or kind, a date or salary that does not parse, a\n"
              "lowest salary above the highest) exit 2; input the vault refuses (an empty company,\n"
              "a date in the future, an unknown ID) exits 1. Either way nothing is written.\n");
}

QString syncHelp() {
    return Tr::tr("Sync (end-to-end encrypted, between your own devices):\n"
              "  sync setup --server URL [--user NAME] [--device NAME] [--join] [--allow-http]\n"
              "  sync setup --folder DIR [--device NAME] [--join]\n"
              "      starts a new sync in an empty WebDAV folder (Nextcloud, Apache mod_dav, any\n"
              "      hosting) or a local folder that another tool syncs; --join joins one set up\n"
              "      on another device. Asks for the vault passphrase, then the server password\n"
              "      (WebDAV), then the sync passphrase (twice for a new sync). The sync\n"
              "      passphrase is needed on every device and cannot be recovered. Plain http\n"
              "      is refused except to this computer unless --allow-http is given.\n"
              "  sync now [--json]\n"
              "      sends this device's changes and receives the others'; exits 1 with a\n"
              "      message when the server cannot be reached or refuses (nothing is lost; the\n"
              "      next run resumes). For cron: the vault passphrase is read from stdin.\n"
              "  sync status [--json]\n"
              "      the server, the last sync, pending changes, conflicts kept and the devices.\n"
              "  sync off [--yes]\n"
              "      forgets the sync on this device; the data on the server stays.\n");
}
QString dataOverview() {
    return Tr::tr("Export, backup and import (\"rebound-cli backup --help\"):\n"
                  "  export [--output DIR] [--json] | backup create FILE | backup check FILE\n"
                  "  backup restore FILE | import daylio FILE [--map WORD=1-5]... [--yes] [--json]\n");
}

QString dataHelp() {
    return Tr::tr("Export, backup and import:\n"
                  "  export [--output DIR] [--json]\n"
                  "      writes a new folder \"Rebound export DATE\" (in DIR or the current folder):\n"
                  "      one Markdown file per journal entry, check-ins.csv, applications.csv and\n"
                  "      .json, contacts.vcf, reminders.ics (the next 90 days) and rebound.json with\n"
                  "      every record. The files are NOT encrypted.\n"
                  "  backup create FILE [--json]\n"
                  "      one encrypted file (.rebound-backup is added) with everything the vault\n"
                  "      syncs. Asks for the vault passphrase, then a passphrase for the backup\n"
                  "      (twice on a terminal); without it the backup cannot be opened.\n"
                  "  backup check FILE [--json]\n"
                  "      reads the whole backup with its passphrase and reports what it holds.\n"
                  "  backup restore FILE\n"
                  "      makes a new vault (in --vault DIR, which must not hold one) from the\n"
                  "      backup; its passphrase is the backup's. A damaged file restores nothing.\n"
                  "  import daylio FILE [--map WORD=1-5]... [--yes] [--json]\n"
                  "      Daylio's CSV export: moods become check-ins (rad 5, good 4, meh 3, bad 2,\n"
                  "      awful 1; give custom moods with --map \"Zen=5\"), activities effort tags,\n"
                  "      notes journal entries tagged \"daylio\". Shows a preview and asks (or\n"
                  "      needs --yes); entries already imported are skipped.\n");
}

} // namespace

bool hasHelpTopic(const QString &topic) {
    return topic == u"app" || topic == u"interview" || topic == u"feedback" || topic == u"skills" ||
           topic == u"goal" || topic == u"review" || topic == u"contact" || topic == u"sync" ||
           topic == u"backup" || topic == u"import";
    // "insights" alone is a command, so its detailed help comes only with --help.
}

QString usageText(const QString &topic) {
    const QString head = Tr::tr("Usage: rebound-cli [--vault DIR] COMMAND [options]\n\n");
    if (topic == u"app")
        return head + appHelp() + u'\n' + jobNotes();
    if (topic == u"interview")
        return head + interviewHelp() + u'\n' + jobNotes();
    if (topic == u"feedback")
        return head + feedbackHelp() + u'\n' + jobNotes();
    if (topic == u"skills")
        return head + skillsHelp() + u'\n' + jobNotes();
    if (topic == u"goal")
        return head + goalHelp() + u'\n' + jobNotes();
    if (topic == u"review" || topic == u"checklist")
        return head + reviewHelp() + u'\n' + jobNotes();
    if (topic == u"contact")
        return head + contactHelp() + u'\n' + jobNotes();
    if (topic == u"reminders")
        return head + remindersHelp();
    if (topic == u"insights")
        return head + insightsHelp();
    if (topic == u"sync")
        return head + syncHelp();
    if (topic == u"backup" || topic == u"import" || topic == u"export")
        return head + dataHelp();
    return Tr::tr("Usage: rebound-cli [--vault DIR] COMMAND [options]\n"
              "\n"
              "Vault:\n"
              "  init                         create a new vault\n"
              "  status [--json]              show where the vault is and how it is protected\n"
              "  passwd                       change the passphrase\n"
              "  lock                         forget the key remembered on this device\n"
              "\n"
              "Journal:\n"
              "  journal add [--date D] [--mood 1-5] [--tag T]... [--emotion E]... [--template KEY]\n"
              "              [--text TEXT] [--json]\n"
              "      add an entry; without --text the text is read from stdin. With --template and\n"
              "      no text, the entry starts from the template (and gets its tags).\n"
              "  journal list [FILTERS] [--limit N] [--json]\n"
              "  journal search WORDS... [FILTERS] [--limit N] [--json]\n"
              "      ranked full-text search; accents and case are ignored, every word also\n"
              "      matches as a prefix (\"interv\" finds \"interview\").\n"
              "  journal show ID [--json]\n"
              "  journal edit ID [--date D] [--mood 1-5|none] [--tag T]... [--emotion E]...\n"
              "                  [--text TEXT | --stdin] [--json]\n"
              "      --tag and --emotion replace the entry's lists; give \"\" to clear them.\n"
              "  journal delete ID\n"
              "  journal templates [--json]   list the guided templates for --template\n"
              "\n"
              "  FILTERS: --mood N or --mood MIN-MAX (e.g. 2-4), --emotion E, --tag T,\n"
              "           --date D (one day) or --from D and/or --to D (inclusive).\n"
              "           With filters, --limit is at most 1000; a search with words\n"
              "           ranks the newest 500 matches.\n"
              "\n"
              "Check-ins and wins:\n"
              "  checkin --mood 1-5 [--emotion E]... [--effort F]... [--note TEXT] [--date D] [--json]\n"
              "      a quick mood check-in; prints the day's mood afterwards\n"
              "  checkin list [--limit N] [--json]\n"
              "  win add [TEXT...] [--date D] [--json]\n"
              "      note a small win; without TEXT it is read from stdin (which keeps it out of\n"
              "      your shell history and the process list)\n"
              "  win list [--limit N] [--json]\n"
              "\n"
              "Job search (\"rebound-cli app --help\" and so on give every option):\n"
              "  app add --company C [...] | app list [--stage KEY] [--open|--closed] [--search T]\n"
              "  app show ID | app stage ID STAGE | app edit ID [...] | app delete ID [--yes]\n"
              "  app export [--format csv|json] [--output FILE]\n"
              "  interview add APP_ID --at \"YYYY-MM-DD HH:MM\" [...] | interview edit ID [...]\n"
              "  interview list [APP_ID] [--upcoming]\n"
              "  feedback add [--app ID] [--interview ID] [--text T|-] [--strength S]... [--weakness S]...\n"
              "  feedback list [--app ID]\n"
              "  skills | skills action add SKILL --title T | skills action done ID | skills pitch SKILL\n"
              "\n"
              "Goals and reviews (\"rebound-cli goal --help\", \"rebound-cli review --help\"):\n"
              "  goal add TITLE [--kind K] [--by D] [--metric M --per-week N] [--alternative-to ID]\n"
              "  goal north-star [TEXT] | goal list [--all] | goal edit ID [...] | goal done ID\n"
              "  goal delete ID [--yes] | checklist list\n"
              "  review start [--checklist NAME] | review answer ID N yes|no|unsure [--note T] [...]\n"
              "  review finish ID | review list | review show ID | review export ID [--output FILE]\n"
              "\n"
              "People and reminders (\"rebound-cli contact --help\", \"rebound-cli reminders --help\"):\n"
              "  contact add --name N [...] | contact list [--search T] [--tag TAG] [--due]\n"
              "  contact show ID | contact log ID [--kind K] [--date D] [--note T] | contact edit ID [...]\n"
              "  contact delete ID [--yes] | contact import FILE [--skip-duplicates] [--yes]\n"
              "  contact export [--output FILE]\n"
              "  reminders [--due] [--days N] [--ics FILE] [--notify] [--json]\n"
              "\n"
              "Insights (\"rebound-cli insights --help\"):\n"
              "  insights [--year YYYY] [--rest-days 6,7|none] [--json]\n"
              "      mood trend, year in pixels, effort streaks and goals, pipeline funnel,\n"
              "      recovery after rejections, wins\n"
              "\n"
              "Sync between your devices, end-to-end encrypted (\"rebound-cli sync --help\"):\n"
              "  sync setup --server URL [--user NAME] | --folder DIR [--join] [--device NAME]\n"
              "  sync now [--json] | sync status [--json] | sync off [--yes]\n"
              "\n"
              "D is a date written YYYY-MM-DD (default: today). --tag, --emotion and --effort may be\n"
              "repeated or take a comma-separated list. Emotions and efforts are given by name\n"
              "(\"anxious\", case does not matter) or id (\"emotion:anxious\").\n"
              "Search results mark matches in bold on a terminal and as «match» otherwise (also\n"
              "when NO_COLOR is set); --json gives highlight ranges as UTF-16 offsets into the snippet.\n"
              "\n"
              "The passphrase is read from the terminal without echo or, when stdin is not a\n"
              "terminal, from its first line (passwd: current on line 1, new on line 2).\n"
              "IDs may be shortened to any unique prefix.\n"
              "Exit codes: 0 ok, 1 failure (also invalid input), 2 usage, 3 wrong passphrase,\n"
              "4 vault missing or damaged, 5 (reminders --notify) no key remembered on this device.\n")
        + u'\n' + dataOverview();
}

Args parse(const QStringList &args) {
    Args a;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg == QLatin1String("--json")) {
            a.json = true;
        } else if (arg == QLatin1String("--stdin")) {
            a.readStdin = true;
        } else if (arg == QLatin1String("--passphrase") || arg.startsWith(QLatin1String("--passphrase="))) {
            throw UsageError(Tr::tr("For your safety the passphrase is never taken from the command line."));
        } else if (arg == QLatin1String("--due") && (i + 1 >= args.size() || args[i + 1].startsWith(u'-'))) {
            // --due is a flag for "reminders --due" and "contact list --due", a date elsewhere.
            a.options[arg].append(QString());
        } else if (valuedOptions().contains(arg.section(QLatin1Char('='), 0, 0))) {
            const QString name = arg.section(QLatin1Char('='), 0, 0);
            QString value;
            if (arg.contains(QLatin1Char('=')))
                value = arg.section(QLatin1Char('='), 1);
            else if (i + 1 < args.size())
                value = args[++i];
            else
                throw UsageError(Tr::tr("%1 needs a value.").arg(name));
            if (name == QLatin1String("--vault"))
                a.vaultDir = value;
            else
                a.options[name].append(value);
        } else if (flagOptions().contains(arg)) {
            a.options[arg].append(QString());
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            a.help = true;
        } else if (arg.startsWith(QLatin1String("--"))) {
            throw UsageError(Tr::tr("Unknown option %1.").arg(arg));
        } else {
            a.words << arg;
        }
    }
    if (a.vaultDir.isEmpty())
        a.vaultDir = Vault::defaultDirectory();
    return a;
}

QDate parseDate(const QString &text) {
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        throw UsageError(Tr::tr("Dates are written YYYY-MM-DD, e.g. 2026-11-22."));
    return d;
}

int parseMood(const QString &text) {
    if (text == QLatin1String("none"))
        return JournalEntry::kNoMood;
    bool ok = false;
    const int mood = text.toInt(&ok);
    if (!ok || mood < JournalEntry::kMinMood || mood > JournalEntry::kMaxMood)
        throw UsageError(Tr::tr("--mood takes a number from 1 to 5 (or \"none\")."));
    return mood;
}

QPair<int, int> parseMoodRange(const QString &text) {
    const QStringList parts = text.split(QLatin1Char('-'));
    bool okLow = false, okHigh = false;
    const int low = parts.value(0).trimmed().toInt(&okLow);
    const int high = parts.size() == 2 ? parts.value(1).trimmed().toInt(&okHigh) : low;
    if (parts.size() == 1)
        okHigh = okLow;
    if (parts.size() > 2 || !okLow || !okHigh || low < JournalEntry::kMinMood ||
        high > JournalEntry::kMaxMood || low > high)
        throw UsageError(Tr::tr("As a filter, --mood takes a number from 1 to 5 or a range such as 2-4."));
    return {low, high};
}

int parseLimit(const QString &text, int max) {
    bool ok = false;
    const int limit = text.toInt(&ok);
    if (!ok || limit < 1 || limit > max)
        throw UsageError(Tr::tr("--limit takes a number from 1 to %1.").arg(max));
    return limit;
}

QDateTime parseDateTime(const QString &text) {
    QString t = text.trimmed();
    t.replace(u'T', u' ');
    const QDateTime at = QDateTime::fromString(t, QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!at.isValid())
        throw UsageError(Tr::tr("--at takes a local date and time written \"YYYY-MM-DD HH:MM\", "
                            "e.g. \"2026-11-24 14:30\"."));
    return at;
}

int parseScale(const QString &text, const QString &option) {
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < 1 || value > 5)
        throw UsageError(Tr::tr("%1 takes a number from 1 to 5.").arg(option));
    return value;
}

namespace {
std::optional<qint64> parseAmount(QString text, bool &ok) {
    text = text.trimmed();
    text.remove(u'_');
    text.remove(u',');
    qint64 factor = 1;
    if (text.endsWith(u'k', Qt::CaseInsensitive)) {
        factor = 1000;
        text.chop(1);
    }
    // Digits only (with an optional decimal part before "k": 62.5k).
    static const QRegularExpression number(QStringLiteral("^[0-9]{1,13}(\\.[0-9]{1,3})?$"));
    if (!number.match(text).hasMatch() || (factor == 1 && text.contains(u'.'))) {
        ok = false;
        return std::nullopt;
    }
    const double value = text.toDouble() * double(factor);
    if (value != std::floor(value) || value > 1e13) {
        ok = false;
        return std::nullopt;
    }
    return qint64(value);
}
} // namespace

QPair<std::optional<qint64>, std::optional<qint64>> parseSalary(const QString &text) {
    QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    t.replace(QChar(0x2013), u'-'); // en dash, as in "60k–80k"
    const QStringList parts = t.split(u'-');
    bool ok = parts.size() <= 2;
    std::optional<qint64> low, high;
    if (ok)
        low = parseAmount(parts.value(0), ok);
    if (ok)
        high = parts.size() == 2 ? parseAmount(parts.value(1), ok) : low;
    if (!ok)
        throw UsageError(Tr::tr("--salary takes a range such as 60000-80000 or 60k-80k, or one figure."));
    if (*low > *high)
        throw UsageError(Tr::tr("The lowest salary is above the highest: %1.").arg(text.trimmed()));
    return {low, high};
}

QString parseKey(const QString &text, const QStringList &keys, QString (*label)(const QString &),
                 const QString &option, bool allowEmpty) {
    QString key = text.trimmed().toLower();
    if (key.isEmpty() && allowEmpty)
        return key;
    key.replace(u'-', u'_').replace(u' ', u'_');
    if (keys.contains(key))
        return key;
    for (const QString &k : keys)
        if (label(k).compare(text.trimmed(), Qt::CaseInsensitive) == 0)
            return k;
    throw UsageError(
        Tr::tr("%1 takes one of: %2 (not “%3”).").arg(option, keys.join(QStringLiteral(", ")), text));
}

} // namespace rebound::cli
