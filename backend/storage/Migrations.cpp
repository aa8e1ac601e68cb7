#include "Migrations.h"

#include "core/Error.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QUuid>

namespace rebound {

namespace {

void createFoundationSchema(MigrationContext &m) {
    m.exec(QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
    // One random id per vault database: the "device" in change-log rows and sync.
    Statement st = m.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES ('device_id', ?)"));
    st.bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces));
    st.step();

    // seq only orders this device's log locally; records are identified by UUIDs.
    m.exec(QStringLiteral("CREATE TABLE change_log ("
                          " seq INTEGER PRIMARY KEY,"
                          " entity TEXT NOT NULL,"
                          " record_id TEXT NOT NULL,"
                          " field TEXT NOT NULL,"
                          " value,"
                          " hlc TEXT NOT NULL,"
                          " device_id TEXT NOT NULL)"));
    m.exec(QStringLiteral("CREATE INDEX change_log_record ON change_log(entity, record_id, field)"));
    m.exec(QStringLiteral("CREATE INDEX change_log_hlc ON change_log(hlc)"));
    m.exec(QStringLiteral("CREATE TABLE tombstones ("
                          " entity TEXT NOT NULL,"
                          " record_id TEXT NOT NULL,"
                          " hlc TEXT NOT NULL,"
                          " device_id TEXT NOT NULL,"
                          " PRIMARY KEY (entity, record_id))"));

    m.exec(QStringLiteral("CREATE TABLE journal_entries ("
                          " id TEXT PRIMARY KEY NOT NULL,"
                          " entry_date TEXT NOT NULL,"
                          " mood INTEGER CHECK (mood IS NULL OR mood BETWEEN 1 AND 5),"
                          " body TEXT NOT NULL DEFAULT '',"
                          " created_at INTEGER NOT NULL,"
                          " updated_at INTEGER NOT NULL)"));
    m.exec(QStringLiteral(
        "CREATE INDEX journal_entries_order ON journal_entries(entry_date DESC, created_at DESC, id DESC)"));
}

void createCheckInSchema(MigrationContext &m) {
    // Lists are stored as '|a|b|' and filtered with instr(): SQLite 3.15 has no JSON1.
    m.exec(QStringLiteral("ALTER TABLE journal_entries ADD COLUMN tags TEXT NOT NULL DEFAULT ''"));
    m.exec(QStringLiteral("ALTER TABLE journal_entries ADD COLUMN emotions TEXT NOT NULL DEFAULT ''"));
    m.exec(QStringLiteral("ALTER TABLE journal_entries ADD COLUMN checkin_id TEXT"));
    m.exec(QStringLiteral("ALTER TABLE journal_entries ADD COLUMN template_key TEXT"));

    m.exec(QStringLiteral("CREATE TABLE checkins ("
                          " id TEXT PRIMARY KEY NOT NULL,"
                          " entry_date TEXT NOT NULL,"
                          " mood INTEGER NOT NULL CHECK (mood BETWEEN 1 AND 5),"
                          " emotions TEXT NOT NULL DEFAULT '',"
                          " efforts TEXT NOT NULL DEFAULT '',"
                          " note TEXT NOT NULL DEFAULT '',"
                          " created_at INTEGER NOT NULL,"
                          " updated_at INTEGER NOT NULL)"));
    m.exec(QStringLiteral("CREATE INDEX checkins_day ON checkins(entry_date, created_at)"));

    m.exec(QStringLiteral("CREATE TABLE wins ("
                          " id TEXT PRIMARY KEY NOT NULL,"
                          " entry_date TEXT NOT NULL,"
                          " text TEXT NOT NULL,"
                          " created_at INTEGER NOT NULL,"
                          " updated_at INTEGER NOT NULL)"));
    m.exec(QStringLiteral("CREATE INDEX wins_day ON wins(entry_date, created_at)"));

    // Only changes to the built-in lists and user-added items; built-ins live in code.
    m.exec(QStringLiteral("CREATE TABLE catalog_items ("
                          " id TEXT PRIMARY KEY NOT NULL,"
                          " kind TEXT NOT NULL CHECK (kind IN ('emotion', 'effort')),"
                          " name TEXT,"
                          " valence INTEGER NOT NULL DEFAULT 0,"
                          " hidden INTEGER NOT NULL DEFAULT 0,"
                          " created_at INTEGER NOT NULL,"
                          " updated_at INTEGER NOT NULL)"));

    // Full-text index over normalised text (see SearchText.h); docid = journal_entries.rowid.
    // Triggers keep it in the same transaction as every write, whoever writes.
    // Whoever VACUUMs must rebuild it: rowids of a table without INTEGER PRIMARY KEY may change.
    m.exec(QStringLiteral("CREATE VIRTUAL TABLE journal_fts USING fts4(content, tokenize=simple, prefix=\"2,3\")"));
    m.exec(QStringLiteral("CREATE TRIGGER journal_fts_insert AFTER INSERT ON journal_entries BEGIN"
                          " INSERT INTO journal_fts(docid, content) VALUES (new.rowid, rebound_fts_text(new.body, new.tags, new.emotions));"
                          " END"));
    m.exec(QStringLiteral("CREATE TRIGGER journal_fts_update AFTER UPDATE OF body, tags, emotions ON journal_entries BEGIN"
                          " DELETE FROM journal_fts WHERE docid = old.rowid;"
                          " INSERT INTO journal_fts(docid, content) VALUES (new.rowid, rebound_fts_text(new.body, new.tags, new.emotions));"
                          " END"));
    m.exec(QStringLiteral("CREATE TRIGGER journal_fts_delete AFTER DELETE ON journal_entries BEGIN"
                          " DELETE FROM journal_fts WHERE docid = old.rowid;"
                          " END"));
    m.exec(QStringLiteral("INSERT INTO journal_fts(docid, content)"
                          " SELECT rowid, rebound_fts_text(body, tags, emotions) FROM journal_entries"));
}

void createJobSearchSchema(MigrationContext &m) {
    // No foreign keys: sync may deliver a child before its parent. The
    // repositories delete children (with tombstones) in the parent's transaction.
    const QString stamps = QStringLiteral(" created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)");
    m.exec(QStringLiteral("CREATE TABLE applications ("
                          " id TEXT PRIMARY KEY NOT NULL,"
                          " company TEXT NOT NULL,"
                          " role TEXT NOT NULL DEFAULT '',"
                          " link TEXT NOT NULL DEFAULT '',"
                          " source TEXT NOT NULL DEFAULT '',"
                          " location TEXT NOT NULL DEFAULT '',"
                          " work_mode TEXT NOT NULL DEFAULT '',"
                          " salary_min INTEGER,"
                          " salary_max INTEGER,"
                          " salary_currency TEXT NOT NULL DEFAULT '',"
                          " notes TEXT NOT NULL DEFAULT '',"
                          " stage TEXT NOT NULL,"
                          " stage_date TEXT NOT NULL,") + stamps);
    m.exec(QStringLiteral("CREATE INDEX applications_stage ON applications(stage, stage_date)"));
    m.exec(QStringLiteral("CREATE TABLE stage_events ("
                          " id TEXT PRIMARY KEY NOT NULL,"
                          " application_id TEXT NOT NULL,"
                          " stage TEXT NOT NULL,"
                          " event_date TEXT NOT NULL,"
                          " note TEXT NOT NULL DEFAULT '',") + stamps);
    m.exec(QStringLiteral("CREATE INDEX stage_events_application ON stage_events(application_id, event_date)"));
    m.exec(QStringLiteral("CREATE INDEX stage_events_stage ON stage_events(stage, event_date)"));
    m.exec(QStringLiteral("CREATE TABLE job_people ("
                          " id TEXT PRIMARY KEY NOT NULL,"
                          " application_id TEXT NOT NULL,"
                          " interview_id TEXT NOT NULL DEFAULT '',"
                          " role TEXT NOT NULL,"
                          " name TEXT NOT NULL,"
                          " email TEXT NOT NULL DEFAULT '',"
                          " contact_id TEXT NOT NULL DEFAULT '',") + stamps);
    m.exec(QStringLiteral("CREATE INDEX job_people_application ON job_people(application_id)"));
    m.exec(QStringLiteral("CREATE TABLE interviews ("
                          " id TEXT PRIMARY KEY NOT NULL,"
                          " application_id TEXT NOT NULL,"
                          " starts_at TEXT NOT NULL,"
                          " kind TEXT NOT NULL,"
                          " confidence_before INTEGER NOT NULL DEFAULT 0,"
                          " confidence_after INTEGER NOT NULL DEFAULT 0,"
                          " stumped TEXT NOT NULL DEFAULT '',"
                          " less_confident TEXT NOT NULL DEFAULT '',"
                          " went_well TEXT NOT NULL DEFAULT '',"
                          " do_differently TEXT NOT NULL DEFAULT '',"
                          " notes TEXT NOT NULL DEFAULT '',") + stamps);
    m.exec(QStringLiteral("CREATE INDEX interviews_application ON interviews(application_id, starts_at)"));
    m.exec(QStringLiteral("CREATE INDEX interviews_time ON interviews(starts_at)"));
    m.exec(QStringLiteral("CREATE TABLE feedback ("
                          " id TEXT PRIMARY KEY NOT NULL,"
                          " application_id TEXT NOT NULL DEFAULT '',"
                          " interview_id TEXT NOT NULL DEFAULT '',"
                          " source TEXT NOT NULL,"
                          " received_on TEXT NOT NULL,"
                          " body TEXT NOT NULL DEFAULT '',"
                          " strengths TEXT NOT NULL DEFAULT '',"
                          " weaknesses TEXT NOT NULL DEFAULT '',") + stamps);
    m.exec(QStringLiteral("CREATE INDEX feedback_received ON feedback(received_on)"));
    m.exec(QStringLiteral("CREATE TABLE skills ("
                          " id TEXT PRIMARY KEY NOT NULL,"
                          " name TEXT NOT NULL,"
                          " pitch TEXT NOT NULL DEFAULT '',") + stamps);
    m.exec(QStringLiteral("CREATE TABLE skill_actions ("
                          " id TEXT PRIMARY KEY NOT NULL,"
                          " skill_id TEXT NOT NULL,"
                          " kind TEXT NOT NULL,"
                          " title TEXT NOT NULL,"
                          " status TEXT NOT NULL,"
                          " due_on TEXT NOT NULL DEFAULT '',") + stamps);
    m.exec(QStringLiteral("CREATE INDEX skill_actions_skill ON skill_actions(skill_id)"));
    m.exec(QStringLiteral("CREATE TABLE reminders ("
                          " id TEXT PRIMARY KEY NOT NULL,"
                          " kind TEXT NOT NULL,"
                          " due_on TEXT NOT NULL,"
                          " title TEXT NOT NULL,"
                          " note TEXT NOT NULL DEFAULT '',"
                          " subject_kind TEXT NOT NULL DEFAULT '',"
                          " subject_id TEXT NOT NULL DEFAULT '',"
                          " done INTEGER NOT NULL DEFAULT 0,") + stamps);
    m.exec(QStringLiteral("CREATE INDEX reminders_due ON reminders(done, due_on)"));
    m.exec(QStringLiteral("CREATE INDEX reminders_subject ON reminders(subject_id)"));
    m.exec(QStringLiteral("CREATE TABLE rejection_flows ("
                          " id TEXT PRIMARY KEY NOT NULL,"
                          " application_id TEXT NOT NULL,"
                          " rejected_on TEXT NOT NULL,"
                          " states TEXT NOT NULL DEFAULT '',"
                          " journal_entry_id TEXT NOT NULL DEFAULT '',"
                          " feedback_message TEXT NOT NULL DEFAULT '',"
                          " case_note TEXT NOT NULL DEFAULT '',"
                          " thank_you_message TEXT NOT NULL DEFAULT '',"
                          " win_id TEXT NOT NULL DEFAULT '',"
                          " closed INTEGER NOT NULL DEFAULT 0,") + stamps);
    m.exec(QStringLiteral("CREATE INDEX rejection_flows_application ON rejection_flows(application_id)"));
}

struct DefaultItem {
    const char *text;
    const char *hint;
};

// The default re-evaluation checklist, in our own words from the advice in
// shared/seeds. Fixed ids so two devices that both migrate agree on it.
constexpr DefaultItem kDefaultChecklist[] = {
    {QT_TRANSLATE_NOOP("Checklist", "Am I aiming at the right roles?"),
     QT_TRANSLATE_NOOP("Checklist", "Where do you get interviews, and where only silence? Do the roles fit your "
                                    "experience and what you want next?")},
    {QT_TRANSLATE_NOOP("Checklist", "Do my skills or certifications need a refresh?"),
     QT_TRANSLATE_NOOP("Checklist", "Which gaps keep coming up in feedback? Is there a course, a project or a "
                                    "certificate that would close one?")},
    {QT_TRANSLATE_NOOP("Checklist", "Is my interview approach working?"),
     QT_TRANSLATE_NOOP("Checklist", "How far do you usually get? Read your interview reflections: what would you "
                                    "do differently next time?")},
    {QT_TRANSLATE_NOOP("Checklist", "Are my CV and cover letters up to date?"),
     QT_TRANSLATE_NOOP("Checklist", "Do they show your latest work and speak to the roles you want now? When did "
                                    "someone else last read them?")},
    {QT_TRANSLATE_NOOP("Checklist", "Are there adjacent paths worth trying?"),
     QT_TRANSLATE_NOOP("Checklist", "Nearby roles, industries or kinds of company where your strengths count just "
                                    "as much.")},
    {QT_TRANSLATE_NOOP("Checklist", "Am I making the most of my network?"),
     QT_TRANSLATE_NOOP("Checklist", "Who have you not talked to for a while? Who could introduce you, give you "
                                    "feedback or simply listen?")},
    {QT_TRANSLATE_NOOP("Checklist", "Am I looking after myself?"),
     QT_TRANSLATE_NOOP("Checklist", "Sleep, movement, time off, people who lift you up. A steady pace lasts longer "
                                    "than a sprint.")},
};
constexpr int kDefaultEveryWeeks = 4;

void createGoalsSchema(MigrationContext &m) {
    const QString stamps = QStringLiteral(" created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)");
    m.exec(QStringLiteral("CREATE TABLE goals ("
                          " id TEXT PRIMARY KEY NOT NULL,"
                          " kind TEXT NOT NULL,"
                          " title TEXT NOT NULL,"
                          " notes TEXT NOT NULL DEFAULT '',"
                          " status TEXT NOT NULL,"
                          " status_on TEXT NOT NULL DEFAULT '',"
                          " parent_id TEXT NOT NULL DEFAULT '',"
                          " metric TEXT NOT NULL DEFAULT '',"
                          " weekly_target INTEGER NOT NULL DEFAULT 0,"
                          " target_date TEXT NOT NULL DEFAULT '',"
                          " position INTEGER NOT NULL DEFAULT 0,") + stamps);
    m.exec(QStringLiteral("CREATE INDEX goals_kind ON goals(kind, position)"));
    m.exec(QStringLiteral("CREATE TABLE checklists ("
                          " id TEXT PRIMARY KEY NOT NULL,"
                          " name TEXT NOT NULL,"
                          " every_weeks INTEGER NOT NULL DEFAULT 0,"
                          " position INTEGER NOT NULL DEFAULT 0,") + stamps);
    m.exec(QStringLiteral("CREATE TABLE checklist_items ("
                          " id TEXT PRIMARY KEY NOT NULL,"
                          " checklist_id TEXT NOT NULL,"
                          " text TEXT NOT NULL,"
                          " hint TEXT NOT NULL DEFAULT '',"
                          " position INTEGER NOT NULL DEFAULT 0,") + stamps);
    m.exec(QStringLiteral("CREATE INDEX checklist_items_list ON checklist_items(checklist_id, position)"));
    m.exec(QStringLiteral("CREATE TABLE reviews ("
                          " id TEXT PRIMARY KEY NOT NULL,"
                          " checklist_id TEXT NOT NULL,"
                          " checklist_name TEXT NOT NULL,"
                          " started_on TEXT NOT NULL,"
                          " finished_on TEXT NOT NULL DEFAULT '',"
                          " summary TEXT NOT NULL DEFAULT '',") + stamps);
    m.exec(QStringLiteral("CREATE INDEX reviews_checklist ON reviews(checklist_id, finished_on)"));
    m.exec(QStringLiteral("CREATE TABLE review_answers ("
                          " id TEXT PRIMARY KEY NOT NULL,"
                          " review_id TEXT NOT NULL,"
                          " item_id TEXT NOT NULL DEFAULT '',"
                          " item_text TEXT NOT NULL,"
                          " item_hint TEXT NOT NULL DEFAULT '',"
                          " position INTEGER NOT NULL DEFAULT 0,"
                          " answer TEXT NOT NULL DEFAULT '',"
                          " note TEXT NOT NULL DEFAULT '',"
                          " follow_up_kind TEXT NOT NULL DEFAULT '',"
                          " follow_up_title TEXT NOT NULL DEFAULT '',"
                          " follow_up_target TEXT NOT NULL DEFAULT '',"
                          " follow_up_detail TEXT NOT NULL DEFAULT '',"
                          " follow_up_id TEXT NOT NULL DEFAULT '',") + stamps);
    m.exec(QStringLiteral("CREATE INDEX review_answers_review ON review_answers(review_id, position)"));

    // The default checklist is base data, like the built-in catalog: not in the
    // change log. Later edits to it are logged and sync like any other.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString listId = QStringLiteral("00000000-0000-4000-8000-c4ec11570000");
    Statement list = m.prepare(QStringLiteral("INSERT INTO checklists(id, name, every_weeks, position, created_at,"
                                              " updated_at) VALUES (?1, ?2, ?3, 0, ?4, ?4)"));
    list.bind(1, listId);
    list.bind(2, QCoreApplication::translate("Checklist", "Re-evaluate my search"));
    list.bind(3, qint64(kDefaultEveryWeeks));
    list.bind(4, now);
    list.step();
    int position = 0;
    for (const DefaultItem &item : kDefaultChecklist) {
        ++position;
        Statement st = m.prepare(QStringLiteral("INSERT INTO checklist_items(id, checklist_id, text, hint, position,"
                                                " created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)"));
        st.bind(1, listId.left(listId.size() - 4) + QStringLiteral("%1").arg(position, 4, 10, QLatin1Char('0')));
        st.bind(2, listId);
        st.bind(3, QCoreApplication::translate("Checklist", item.text));
        st.bind(4, QCoreApplication::translate("Checklist", item.hint));
        st.bind(5, qint64(position));
        st.bind(6, now);
        st.step();
    }
}

struct DefaultTemplate {
    const char *name;
    const char *body;
};

// Outreach messages to start from; placeholders are filled per contact.
constexpr DefaultTemplate kDefaultTemplates[] = {
    {QT_TRANSLATE_NOOP("Outreach", "Catching up"),
     QT_TRANSLATE_NOOP("Outreach", "Hi {first_name},\n\nIt has been a while! I hope things are going well at "
                                   "{company}. I would love to hear what you are working on these days. Do you "
                                   "have time for a short call or a coffee in the next few weeks?\n\nBest wishes")},
    {QT_TRANSLATE_NOOP("Outreach", "Thank you"),
     QT_TRANSLATE_NOOP("Outreach", "Hi {first_name},\n\nThank you again for your time and your advice. It helped "
                                   "me more than you might think. I will keep you posted on how my search goes."
                                   "\n\nBest wishes")},
    {QT_TRANSLATE_NOOP("Outreach", "Asking for advice"),
     QT_TRANSLATE_NOOP("Outreach", "Hi {first_name},\n\nI am looking for my next role and I value your view. "
                                   "Could I ask you a few questions about {company} and how you got where you are? "
                                   "Twenty minutes would mean a lot.\n\nThank you")},
    {QT_TRANSLATE_NOOP("Outreach", "After a rejection"),
     QT_TRANSLATE_NOOP("Outreach", "Hi {first_name},\n\nThank you for letting me know, and for the time you and "
                                   "the team gave me. I enjoyed learning about {company}. If a role that fits me "
                                   "opens up later, I would be glad to hear from you.\n\nKind regards")},
};
const QString kTemplateIdPrefix = QStringLiteral("00000000-0000-4000-8000-07e4c4000");

void createContactsSchema(MigrationContext &m) {
    const QString stamps = QStringLiteral(" created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)");
    m.exec(QStringLiteral("CREATE TABLE contacts ("
                          " id TEXT PRIMARY KEY NOT NULL,"
                          " name TEXT NOT NULL,"
                          " company TEXT NOT NULL DEFAULT '',"
                          " role TEXT NOT NULL DEFAULT '',"
                          " emails TEXT NOT NULL DEFAULT '',"
                          " phones TEXT NOT NULL DEFAULT '',"
                          " profile_url TEXT NOT NULL DEFAULT '',"
                          " how_we_met TEXT NOT NULL DEFAULT '',"
                          " tags TEXT NOT NULL DEFAULT '',"
                          " notes TEXT NOT NULL DEFAULT '',"
                          " cadence_days INTEGER NOT NULL DEFAULT -1,") + stamps);
    m.exec(QStringLiteral("CREATE TABLE interactions ("
                          " id TEXT PRIMARY KEY NOT NULL,"
                          " contact_id TEXT NOT NULL,"
                          " kind TEXT NOT NULL,"
                          " occurred_on TEXT NOT NULL,"
                          " note TEXT NOT NULL DEFAULT '',") + stamps);
    m.exec(QStringLiteral("CREATE INDEX interactions_contact ON interactions(contact_id, occurred_on)"));
    m.exec(QStringLiteral("CREATE INDEX interactions_day ON interactions(occurred_on)"));
    m.exec(QStringLiteral("CREATE INDEX job_people_contact ON job_people(contact_id)"));
    m.exec(QStringLiteral("CREATE TABLE tag_cadences ("
                          " id TEXT PRIMARY KEY NOT NULL," // the tag key
                          " days INTEGER NOT NULL,") + stamps);
    m.exec(QStringLiteral("CREATE TABLE outreach_templates ("
                          " id TEXT PRIMARY KEY NOT NULL,"
                          " name TEXT NOT NULL,"
                          " body TEXT NOT NULL,"
                          " position INTEGER NOT NULL DEFAULT 0,") + stamps);
    // Per-device state of reminder occurrences; never synced.
    m.exec(QStringLiteral("CREATE TABLE reminder_marks ("
                          " key TEXT PRIMARY KEY NOT NULL,"
                          " seen_at INTEGER,"
                          " notified_at INTEGER,"
                          " dismissed_at INTEGER,"
                          " snoozed_until INTEGER,"
                          " touched_at INTEGER NOT NULL)"));

    // Base data at fixed ids, outside the change log (like the default checklist).
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const QString &tag : contacttag::all()) {
        Statement st = m.prepare(QStringLiteral(
            "INSERT INTO tag_cadences(id, days, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)"));
        st.bind(1, tag);
        st.bind(2, qint64(contacttag::defaultCadenceDays(tag)));
        st.bind(3, now);
        st.step();
    }
    const QList<OutreachTemplate> templates = defaultOutreachTemplates();
    for (const OutreachTemplate &t : templates) {
        Statement st = m.prepare(QStringLiteral("INSERT INTO outreach_templates(id, name, body, position,"
                                                " created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)"));
        st.bind(1, t.id);
        st.bind(2, t.name);
        st.bind(3, t.body);
        st.bind(4, qint64(t.position));
        st.bind(5, now);
        st.step();
    }

    // Data fix-up: rejection-flow keep-in-touch reminders get their own kind now
    // that "keep_in_touch" means a contact's cadence. The logged values follow so
    // a later first sync sends the new kind.
    m.exec(QStringLiteral("UPDATE reminders SET kind = 'post_rejection' WHERE kind = 'keep_in_touch'"));
    m.exec(QStringLiteral("UPDATE change_log SET value = 'post_rejection'"
                          " WHERE entity = 'reminder' AND field = 'kind' AND value = 'keep_in_touch'"));
}

} // namespace

QList<OutreachTemplate> defaultOutreachTemplates() {
    QList<OutreachTemplate> out;
    int position = 0;
    for (const DefaultTemplate &t : kDefaultTemplates) {
        OutreachTemplate o;
        o.id = kTemplateIdPrefix + QStringLiteral("%1").arg(position + 1, 3, 10, QLatin1Char('0'));
        o.name = QCoreApplication::translate("Outreach", t.name);
        o.body = QCoreApplication::translate("Outreach", t.body);
        o.position = position++;
        out.append(o);
    }
    return out;
}

void createInsightsIndexes(MigrationContext &m) {
    // Covering indexes: Insights aggregates years of moods and efforts from the
    // index pages alone, never reading journal bodies (see InsightsRepository).
    m.exec(QStringLiteral("CREATE INDEX checkins_insights ON checkins(entry_date, mood, efforts)"));
    m.exec(QStringLiteral("CREATE INDEX journal_entries_mood ON journal_entries(entry_date, mood)"));
    m.exec(QStringLiteral("CREATE INDEX stage_events_funnel ON stage_events(application_id, stage, event_date)"));
    // Rejections in date order with their application, from the index alone.
    m.exec(QStringLiteral("DROP INDEX stage_events_stage"));
    m.exec(QStringLiteral("CREATE INDEX stage_events_stage ON stage_events(stage, event_date, application_id, id)"));
}

void createSyncSchema(MigrationContext &m) {
    // Per-device bookkeeping of sync: written outside the change log, never synced.
    m.exec(QStringLiteral("CREATE TABLE sync_state (key TEXT PRIMARY KEY, value BLOB NOT NULL)"));
    m.exec(QStringLiteral("CREATE TABLE sync_peers ("
                          " folder TEXT PRIMARY KEY,"
                          " seq INTEGER NOT NULL,"
                          " hash BLOB NOT NULL,"
                          " head_etag TEXT NOT NULL DEFAULT '',"
                          " device_id TEXT NOT NULL DEFAULT '',"
                          " label TEXT NOT NULL DEFAULT '',"
                          " last_seen INTEGER)"));
    m.exec(QStringLiteral("CREATE TABLE sync_conflicts ("
                          " id INTEGER PRIMARY KEY,"
                          " entity TEXT NOT NULL,"
                          " record_id TEXT NOT NULL,"
                          " field TEXT NOT NULL,"
                          " text TEXT NOT NULL,"
                          " hlc TEXT NOT NULL,"
                          " device_id TEXT NOT NULL,"
                          " winner_text TEXT NOT NULL,"
                          " detected_at INTEGER NOT NULL,"
                          " UNIQUE (entity, record_id, field, hlc, device_id))"));
    // A received long-text op's base HLC (what its writer had seen); NULL for own ops,
    // whose base follows from the local log order.
    m.exec(QStringLiteral("ALTER TABLE change_log ADD COLUMN base TEXT"));
    // The winner per field (ORDER BY hlc DESC, device_id DESC LIMIT 1), duplicate checks.
    m.exec(QStringLiteral("CREATE INDEX change_log_winner ON change_log(entity, record_id, field, hlc, device_id)"));
    m.exec(QStringLiteral("DROP INDEX change_log_record"));
    // This device's ops after a seq (the other devices' rows are many after a first sync).
    m.exec(QStringLiteral("CREATE INDEX change_log_device ON change_log(device_id, seq)"));
}

const std::vector<Migration> &schemaMigrations() {
    static const std::vector<Migration> migrations{
        {1, "foundation: meta, change log, tombstones, journal", false, createFoundationSchema},
        {2, "check-ins, wins, catalog, journal tags and full-text index", true, createCheckInSchema},
        {3, "job search: applications, stages, people, interviews, feedback, skills, reminders", false,
         createJobSearchSchema},
        {4, "goals, re-evaluation checklists (with the default one) and reviews", false, createGoalsSchema},
        {5, "contacts, interactions, keep-in-touch defaults, outreach templates, reminder marks", true,
         createContactsSchema},
        {6, "indexes for insights", false, createInsightsIndexes},
        {7, "sync state, peers, conflict revisions; change-log indexes for merging", false, createSyncSchema},
    };
    return migrations;
}

void Migrator::run(Database &db, const std::vector<Migration> &migrations, const QString &backupDir) {
    const int latest = migrations.empty() ? 0 : migrations.back().version;
    const qint64 current = db.userVersion();
    if (current > latest) {
        throw Error(ErrorCode::SchemaTooNew,
                    QCoreApplication::translate(
                        "Storage", "This vault was written by a newer version of Rebound (schema %1; "
                                   "this version knows up to %2). Please update the app.")
                        .arg(current)
                        .arg(latest));
    }
    bool backedUp = false;
    for (const Migration &migration : migrations) {
        if (migration.version <= current)
            continue;
        if (migration.risky && current > 0 && !backedUp) {
            if (!db.checkpoint())
                throw Error(ErrorCode::Storage,
                            QCoreApplication::translate(
                                "Storage", "The vault is busy in another window or process; close it "
                                           "and try again (it needs upgrading)."));
            QDir().mkpath(backupDir);
            const QString target = QDir(backupDir).filePath(
                QStringLiteral("rebound-schema%1-%2.db")
                    .arg(current)
                    .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
            if (!QFile::copy(db.path(), target))
                throw Error(ErrorCode::Io,
                            QCoreApplication::translate("Storage",
                                                        "Could not back up the vault before upgrading it."));
            backedUp = true;
            qCInfo(lcStorage) << "backed up schema" << current << "before migration" << migration.version;
        }
        MigrationContext context(db, WriteAccess());
        context.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (db.userVersion() >= migration.version) { // another process applied it while we waited
            context.exec(QStringLiteral("COMMIT"));
            continue;
        }
        try {
            migration.apply(context);
            context.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
            context.exec(QStringLiteral("COMMIT"));
        } catch (...) {
            try {
                context.exec(QStringLiteral("ROLLBACK"));
            } catch (const Error &) {
            }
            throw;
        }
        qCInfo(lcStorage) << "migrated to schema" << migration.version << migration.name;
    }
}

} // namespace rebound
