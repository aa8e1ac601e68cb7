// Contacts, interactions and the keep-in-touch clock: input rules, the cadence
// from tags, logging that restarts the clock, undo, links to application people,
// import with duplicates, outreach templates, and schema 5's data fix-up.
#include "TestSupport.h"
#include "core/Error.h"
#include "services/Outreach.h"
#include "storage/Migrations.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace rebound;
using namespace rebound::test;

namespace {

const QDate kToday(2026, 11, 20);

qint64 noonOf(const QDate &day) {
    return QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch();
}

struct Fixture {
    QTemporaryDir tmp;
    FakeClock clock{noonOf(kToday.addDays(-100))}; // contacts are added 100 days ago
    std::unique_ptr<Vault> vault = createVault(tmp.filePath(QStringLiteral("v")), "test passphrase", clock);

    ContactRepository &contacts() { return vault->contacts(); }
    qint64 logRows() { return vault->store().db().queryInt(QStringLiteral("SELECT count(*) FROM change_log")); }
    Contact add(const QString &name, const QStringList &tags = {}, int cadence = Contact::kCadenceFromTags) {
        Contact c;
        c.name = name;
        c.tags = tags;
        c.cadenceDays = cadence;
        return contacts().create(c);
    }
    Interaction log(const QString &contactId, const QDate &on, const QString &kind = interactionkind::kCall) {
        Interaction i;
        i.contactId = contactId;
        i.kind = kind;
        i.occurredOn = on;
        return contacts().logInteraction(i);
    }
    void today() { clock.set(noonOf(kToday)); }
};

} // namespace

TEST_CASE("A new vault has the keep-in-touch defaults per tag and the outreach templates", "[contacts]") {
    Fixture f;
    const QHash<QString, int> d = f.contacts().cadenceDefaults();
    CHECK(d.value(contacttag::kRecruiter) == 60);
    CHECK(d.value(contacttag::kMentor) == 30);
    CHECK(d.value(contacttag::kSupport) == 14);
    CHECK(d.size() == contacttag::all().size());
    const QList<OutreachTemplate> t = f.contacts().templates();
    REQUIRE(t.size() == outreach::defaults().size());
    CHECK(t.constFirst().id == outreach::defaults().constFirst().id);
    CHECK(t.constFirst().body.contains(QStringLiteral("{first_name}")));
    // Base data is not in the change log: two devices that migrate agree on it.
    CHECK(f.logRows() == 0);
}

TEST_CASE("Contact input is cleaned and bad input writes nothing", "[contacts]") {
    Fixture f;
    Contact c;
    c.name = QStringLiteral("  Ana  Pérez ");
    c.emails = {QStringLiteral(" ana@example.com "), QStringLiteral("ANA@example.com"), QString(),
                QStringLiteral("ana.perez@work.example")};
    c.phones = {QStringLiteral("+34 612 34 56 78"), QStringLiteral("0034612345678"), QStringLiteral("612-34-56-78")};
    c.tags = {contacttag::kSupport, contacttag::kRecruiter, contacttag::kSupport};
    c.profileUrl = QStringLiteral("linkedin.com/in/ana");
    const Contact saved = f.contacts().create(c);
    CHECK(saved.name == QStringLiteral("Ana  Pérez"));
    CHECK(saved.emails == QStringList{QStringLiteral("ana@example.com"), QStringLiteral("ana.perez@work.example")});
    // Different digits are different numbers; only exact digit duplicates go.
    CHECK(saved.phones.size() == 3);
    CHECK(saved.tags == QStringList{contacttag::kRecruiter, contacttag::kSupport});
    CHECK(saved.profileUrl == QStringLiteral("https://linkedin.com/in/ana"));
    CHECK(f.contacts().find(saved.id) == saved);

    const qint64 rows = f.logRows();
    auto refused = [&](Contact bad, const QString &message) {
        try {
            f.contacts().create(bad);
            FAIL("accepted");
        } catch (const Error &e) {
            CHECK(e.code() == ErrorCode::InvalidInput);
            CHECK(e.message() == message);
        }
    };
    Contact bad;
    bad.name = QStringLiteral("   ");
    refused(bad, QStringLiteral("Give the contact a name."));
    bad.name = QStringLiteral("X");
    bad.emails = {QStringLiteral("not-an-email")};
    refused(bad, QStringLiteral("“not-an-email” is not an email address."));
    bad.emails = {QStringLiteral("a|b@example.com")};
    refused(bad, QStringLiteral("“a|b@example.com” is not an email address."));
    bad.emails = {};
    bad.phones = {QStringLiteral("call me")};
    refused(bad, QStringLiteral("“call me” is not a phone number."));
    bad.phones = {};
    bad.tags = {QStringLiteral("boss")};
    refused(bad, QStringLiteral("Unknown tag: boss."));
    bad.tags = {};
    bad.profileUrl = QStringLiteral("javascript:alert(1)");
    refused(bad, QStringLiteral("“javascript:alert(1)” is not a web link (http or https)."));
    bad.profileUrl = {};
    bad.cadenceDays = Contact::kMaxCadenceDays + 1;
    refused(bad, QStringLiteral("Keep in touch every 1 to 3650 days, or turn it off."));
    bad.cadenceDays = -2;
    refused(bad, QStringLiteral("Keep in touch every 1 to 3650 days, or turn it off."));
    bad.cadenceDays = Contact::kCadenceFromTags;
    for (int i = 0; i <= Contact::kMaxEmails; ++i)
        bad.emails.append(QStringLiteral("p%1@example.com").arg(i));
    refused(bad, QStringLiteral("A contact can have at most 10 email addresses."));
    bad.emails = {};
    bad.name = QString(Contact::kMaxNameChars + 1, u'a');
    CHECK_THROWS_AS(f.contacts().create(bad), Error);
    bad.name = QStringLiteral("Line\nbreak");
    CHECK_THROWS_AS(f.contacts().create(bad), Error);
    CHECK(f.logRows() == rows);
    CHECK(f.contacts().count() == 1);
}

TEST_CASE("The cadence comes from the contact or the shortest default of its tags", "[contacts]") {
    Fixture f;
    const QHash<QString, int> d = f.contacts().cadenceDefaults();
    Contact c;
    c.tags = {contacttag::kRecruiter, contacttag::kMentor};
    CHECK(ContactRepository::effectiveCadence(c, d) == 30);
    c.tags = {};
    CHECK(ContactRepository::effectiveCadence(c, d) == 0);
    c.cadenceDays = 7;
    CHECK(ContactRepository::effectiveCadence(c, d) == 7);
    c.tags = {contacttag::kSupport};
    c.cadenceDays = Contact::kCadenceOff;
    CHECK(ContactRepository::effectiveCadence(c, d) == 0);

    // Editing a tag's default moves every contact that follows it; 0 turns it off.
    const Contact mentor = f.add(QStringLiteral("Mentor"), {contacttag::kMentor});
    f.contacts().setCadenceDefault(contacttag::kMentor, 45);
    CHECK(f.contacts().status(mentor.id)->cadenceDays == 45);
    f.contacts().setCadenceDefault(contacttag::kMentor, 0);
    CHECK(f.contacts().status(mentor.id)->cadenceDays == 0);
    CHECK_FALSE(f.contacts().status(mentor.id)->dueOn.isValid());
    CHECK_THROWS_AS(f.contacts().setCadenceDefault(QStringLiteral("boss"), 10), Error);
    CHECK_THROWS_AS(f.contacts().setCadenceDefault(contacttag::kMentor, -1), Error);
    // Each edit is change-logged (days and updated_at; it syncs), under the tag as id.
    CHECK(f.vault->store().db().queryInt(QStringLiteral(
              "SELECT count(*) FROM change_log WHERE entity = 'tag_cadence' AND record_id = 'mentor'")) == 4);
}

TEST_CASE("Logging any interaction restarts the keep-in-touch clock", "[contacts]") {
    Fixture f;
    const Contact maya = f.add(QStringLiteral("Maya"), {contacttag::kRecruiter}); // 60 days
    const QDate added = kToday.addDays(-100);
    f.today();
    auto s = f.contacts().status(maya.id);
    CHECK_FALSE(s->lastContacted.isValid());
    CHECK(s->dueOn == added.addDays(60)); // never contacted: from the day she was added
    CHECK(s->isDue(kToday));
    CHECK(f.contacts().statuses(kToday, true).size() == 1);

    // A call 10 days ago: due 50 days from now. Every kind counts.
    for (const QString &kind : interactionkind::all()) {
        const Interaction i = f.log(maya.id, kToday.addDays(-10), kind);
        s = f.contacts().status(maya.id);
        CHECK(s->lastContacted == kToday.addDays(-10));
        CHECK(s->dueOn == kToday.addDays(50));
        f.contacts().removeInteraction(i.id);
    }
    CHECK(f.contacts().statuses(kToday, true).size() == 1);
    const Interaction call = f.log(maya.id, kToday);
    CHECK(f.contacts().statuses(kToday, true).isEmpty());
    // An older interaction logged later does not move the clock back.
    f.log(maya.id, kToday.addDays(-30), interactionkind::kEmail);
    CHECK(f.contacts().status(maya.id)->lastContacted == kToday);
    CHECK(f.contacts().interactions(maya.id).constFirst().id == call.id);
    // Deleting the latest moves it back; undo restores it.
    const Interaction removed = f.contacts().removeInteraction(call.id);
    CHECK(f.contacts().status(maya.id)->lastContacted == kToday.addDays(-30));
    f.contacts().restoreInteraction(removed);
    CHECK(f.contacts().status(maya.id)->lastContacted == kToday);
    // Editing the day moves it too.
    Interaction edited = call;
    edited.occurredOn = kToday.addDays(-2);
    f.contacts().updateInteraction(edited);
    CHECK(f.contacts().status(maya.id)->dueOn == kToday.addDays(58));

    Interaction bad;
    bad.contactId = maya.id;
    bad.kind = QStringLiteral("telepathy");
    bad.occurredOn = kToday;
    CHECK_THROWS_AS(f.contacts().logInteraction(bad), Error);
    bad.kind = interactionkind::kCall;
    bad.occurredOn = kToday.addDays(2);
    CHECK_THROWS_AS(f.contacts().logInteraction(bad), Error);
    bad.occurredOn = kToday;
    bad.contactId = QStringLiteral("gone");
    CHECK_THROWS_AS(f.contacts().logInteraction(bad), Error);
}

TEST_CASE("Deleting a contact takes its interactions and unlinks application people, undo brings all back",
          "[contacts]") {
    Fixture f;
    f.today();
    JobApplication app;
    app.company = QStringLiteral("Lumen");
    app.stage = QStringLiteral("applied");
    app.stageDate = kToday;
    app = f.vault->applications().create(app);
    JobPerson p;
    p.applicationId = app.id;
    p.name = QStringLiteral("Dana Weiss");
    p.role = QStringLiteral("recruiter");
    p.email = QStringLiteral("dana@lumen.example");
    p = f.vault->applications().addPerson(p);

    const Contact dana = f.contacts().createFromPerson(p.id);
    CHECK(dana.name == QStringLiteral("Dana Weiss"));
    CHECK(dana.company == QStringLiteral("Lumen"));
    CHECK(dana.emails == QStringList{QStringLiteral("dana@lumen.example")});
    CHECK(dana.tags == QStringList{contacttag::kRecruiter});
    REQUIRE(f.contacts().applicationsOf(dana.id).size() == 1);
    CHECK(f.contacts().applicationsOf(dana.id).constFirst().id == app.id);
    f.log(dana.id, kToday);

    const RemovedContact removed = f.contacts().remove(dana.id);
    CHECK(removed.interactions.size() == 1);
    CHECK(removed.unlinkedPeople.size() == 1);
    CHECK_FALSE(f.contacts().find(dana.id));
    CHECK(f.vault->applications().people(app.id).constFirst().contactId.isEmpty());
    CHECK(f.contacts().interactions(dana.id).isEmpty());
    f.contacts().restore(removed);
    CHECK(f.contacts().find(dana.id) == dana);
    CHECK(f.contacts().interactions(dana.id).size() == 1);
    CHECK(f.contacts().applicationsOf(dana.id).size() == 1);

    // Linking by hand, and unlinking.
    const Contact other = f.add(QStringLiteral("Other"));
    f.contacts().linkPerson(p.id, other.id);
    CHECK(f.contacts().applicationsOf(dana.id).isEmpty());
    CHECK(f.contacts().applicationsOf(other.id).size() == 1);
    f.contacts().linkPerson(p.id, QString());
    CHECK(f.contacts().applicationsOf(other.id).isEmpty());
    CHECK_THROWS_AS(f.contacts().linkPerson(p.id, QStringLiteral("missing")), Error);
}

TEST_CASE("Search folds case and accents and finds phone digits, tags filter", "[contacts]") {
    Fixture f;
    Contact a;
    a.name = QStringLiteral("Zoë Ångström");
    a.company = QStringLiteral("Fjord AB");
    a.phones = {QStringLiteral("+46 70 123 45 67")};
    a.tags = {contacttag::kPeer};
    f.contacts().create(a);
    f.add(QStringLiteral("ΣΩΚΡΑΤΗΣ"), {contacttag::kMentor});
    f.add(QStringLiteral("adam"));
    CHECK(f.contacts().list().constFirst().name == QStringLiteral("adam"));
    CHECK(f.contacts().list({QStringLiteral("ZOË"), {}}).size() == 1);
    CHECK(f.contacts().list({QStringLiteral("fjord"), {}}).size() == 1);
    CHECK(f.contacts().list({QStringLiteral("σωκρατης"), {}}).size() == 1);
    CHECK(f.contacts().list({QStringLiteral("1234567"), {}}).size() == 1);
    CHECK(f.contacts().list({{}, contacttag::kMentor}).size() == 1);
    CHECK(f.contacts().list({QStringLiteral("nobody"), {}}).isEmpty());
}

TEST_CASE("Import is all or nothing and duplicates are found by email or phone", "[contacts]") {
    Fixture f;
    Contact existing;
    existing.name = QStringLiteral("Maya Chen");
    existing.emails = {QStringLiteral("Maya.Chen@Northwind.example")};
    existing.phones = {QStringLiteral("+44 20 7946 0958")};
    f.contacts().create(existing);

    QList<Contact> drafts(3);
    drafts[0].name = QStringLiteral("Maya C.");
    drafts[0].emails = {QStringLiteral("maya.chen@northwind.example")};
    drafts[1].name = QStringLiteral("Maya (mobile)");
    drafts[1].phones = {QStringLiteral("020 7946 0958")};
    drafts[2].name = QStringLiteral("Someone new");
    drafts[2].phones = {QStringLiteral("+1 555 0100")};
    const QList<ContactMatch> dups = f.contacts().duplicatesOf(drafts);
    REQUIRE(dups.size() == 2);
    CHECK(dups[0].draftIndex == 0);
    CHECK(dups[0].reason == QStringLiteral("Maya.Chen@Northwind.example"));
    CHECK(dups[1].draftIndex == 1);
    CHECK(dups[1].reason == QStringLiteral("+44 20 7946 0958"));

    const qint64 rows = f.logRows();
    QList<Contact> bad = drafts;
    bad[2].emails = {QStringLiteral("broken")};
    try {
        f.contacts().importContacts(bad);
        FAIL("accepted");
    } catch (const Error &e) {
        CHECK(e.message() == QStringLiteral("Contact 3 (Someone new): “broken” is not an email address."));
    }
    CHECK(f.logRows() == rows);
    CHECK(f.contacts().count() == 1);
    CHECK(f.contacts().importContacts(drafts).size() == 3);
    CHECK(f.contacts().count() == 4);
    CHECK_THROWS_AS(f.contacts().importContacts(QList<Contact>(ContactRepository::kMaxImport + 1, drafts[2])), Error);
}

TEST_CASE("Outreach templates fill placeholders and can be edited, removed and restored", "[contacts]") {
    Fixture f;
    Contact c;
    c.name = QStringLiteral("Daniel Okafor");
    c.company = QStringLiteral("Brightlane");
    c.emails = {QStringLiteral("daniel@brightlane.example")};
    CHECK(outreach::fill(QStringLiteral("Hi {first_name} ({name}) at {company}, {unknown}"), c) ==
          QStringLiteral("Hi Daniel (Daniel Okafor) at Brightlane, {unknown}"));
    CHECK(outreach::mailtoLink(c, QStringLiteral("Hello & welcome"), QStringLiteral("a+b\nc #1")) ==
          QStringLiteral("mailto:daniel@brightlane.example?subject=Hello%20%26%20welcome&body=a%2Bb%0D%0Ac%20%231"));
    c.emails.clear();
    CHECK(outreach::mailtoLink(c, {}, QStringLiteral("x")).isEmpty());

    OutreachTemplate t;
    t.name = QStringLiteral("Mine");
    t.body = QStringLiteral("Hello {first_name}");
    t = f.contacts().saveTemplate(t);
    CHECK(t.position == outreach::defaults().size());
    CHECK(f.contacts().templates().constLast() == t);
    t.body = QStringLiteral("Hi {first_name}");
    CHECK(f.contacts().saveTemplate(t).body == QStringLiteral("Hi {first_name}"));
    const OutreachTemplate gone = f.contacts().removeTemplate(t.id);
    CHECK(f.contacts().templates().size() == outreach::defaults().size());
    f.contacts().restoreTemplate(gone);
    CHECK(f.contacts().templates().constLast().id == t.id);
    OutreachTemplate empty;
    empty.name = QStringLiteral("Empty");
    CHECK_THROWS_AS(f.contacts().saveTemplate(empty), Error);
}

TEST_CASE("Schema 5 gives rejection-flow keep-in-touch reminders their own kind, log included", "[contacts]") {
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("v"));
    FakeClock clock(noonOf(kToday));
    const QString dbPath = QDir(dir).filePath(Vault::kDatabaseFile);
    const QString backups = QDir(dir).filePath(Vault::kBackupFolder);
    std::unique_ptr<SecureBytes> key;
    CipherSettings cipher;
    {
        auto vault = createVault(dir, "pp pp pp pp", clock);
        key = std::make_unique<SecureBytes>(vault->databaseKey().data(), vault->databaseKey().size());
        cipher = vault->header().cipher;
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(dbPath + suffix);
    {
        Database db = Database::open(dbPath, *key, cipher);
        std::vector<Migration> upTo4(schemaMigrations().begin(), schemaMigrations().begin() + 4);
        upTo4.back().apply = [](MigrationContext &m) {
            schemaMigrations()[3].apply(m);
            m.exec(QStringLiteral("INSERT INTO reminders(id, kind, due_on, title, created_at, updated_at)"
                                  " VALUES ('r1', 'keep_in_touch', '2026-12-01', 'Keep in touch with Dana', 1, 1)"));
            m.exec(QStringLiteral("INSERT INTO reminders(id, kind, due_on, title, created_at, updated_at)"
                                  " VALUES ('r2', 'reapply', '2027-03-01', 'Look again', 1, 1)"));
            m.exec(QStringLiteral("INSERT INTO change_log(entity, record_id, field, value, hlc, device_id)"
                                  " VALUES ('reminder', 'r1', 'kind', 'keep_in_touch', 'h', 'd')"));
        };
        Migrator::run(db, upTo4, backups);
        REQUIRE(db.userVersion() == 4);
    }
    auto vault = Vault::unlock(dir, secret("pp pp pp pp"), clock);
    CHECK(vault->store().db().userVersion() == schemaMigrations().back().version);
    CHECK(vault->reminders().find(QStringLiteral("r1"))->kind == reminderkind::kPostRejection);
    CHECK(vault->reminders().find(QStringLiteral("r2"))->kind == reminderkind::kReapply);
    CHECK(vault->store().db().queryInt(
              QStringLiteral("SELECT count(*) FROM change_log WHERE value = 'keep_in_touch'")) == 0);
    // Schema 5 rewrites data, so the database was backed up first.
    CHECK(QDir(backups).entryList(QDir::Files).size() == 1);
    CHECK(vault->contacts().cadenceDefaults().value(contacttag::kRecruiter) == 60);
}
