// The People controllers (contact list model, open contact, reach-out list)
// against real vaults with a fake clock: keep-in-touch due days move when an
// interaction is logged, snoozes hide a contact from the due list until they end.
#include "TestSupport.h"
#include "services/AppSettings.h"
#include "services/VaultSession.h"
#include "storage/ContactRepository.h"
#include "ui/ApplicationController.h"
#include "ui/ContactController.h"
#include "ui/ContactListModel.h"
#include "ui/PeopleController.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace rebound;
using namespace rebound::test;

namespace {

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

// Wednesday 17 June 2026, noon local time.
qint64 june17() {
    return QDateTime(QDate(2026, 6, 17), QTime(12, 0)).toMSecsSinceEpoch();
}

struct Fixture {
    QTemporaryDir tmp;
    FakeClock clock{june17()};
    AppSettings settings{
        std::make_unique<QSettings>(tmp.filePath(QStringLiteral("s.ini")), QSettings::IniFormat)};
    VaultSession session{tmp.filePath(QStringLiteral("vault")), settings, nullptr, clock};
    ContactListModel list{session};
    ContactController contact{session};
    PeopleController people{session, settings};
    Fixture() {
        session.open(createVault(session.dir(), "test passphrase", clock));
        // As in Application.cpp: what one writes, the others show.
        QObject::connect(&contact, &ContactController::dataWritten, &list, &ContactListModel::refresh);
        QObject::connect(&contact, &ContactController::dataWritten, &people, &PeopleController::reload);
        QObject::connect(&people, &PeopleController::dataWritten, &list, &ContactListModel::refresh);
    }
    Vault &vault() { return *session.vault(); }
    QDate today() const { return localToday(clock); }
    void advanceDays(int days) {
        clock.advance(days * kDayMs);
        list.refresh();
        people.reload();
        contact.reload();
    }
    QString add(const QString &name, int cadenceDays, const QString &email = {}) {
        QVariantMap fields{{QStringLiteral("name"), name}, {QStringLiteral("cadenceDays"), cadenceDays}};
        if (!email.isEmpty())
            fields.insert(QStringLiteral("emails"), QStringList{email});
        return contact.create(fields);
    }
    QStringList dueIds() const {
        QStringList out;
        for (const QVariant &v : people.due())
            out << v.toMap().value(QStringLiteral("contactId")).toString();
        return out;
    }
};

QString day(const QDate &d) {
    return d.toString(QStringLiteral("yyyy-MM-dd"));
}

} // namespace

TEST_CASE("The contact list model lists, filters and passes the model tester", "[peopleui]") {
    Fixture f;
    QAbstractItemModelTester tester(&f.list, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(f.list.totalCount() == 0);
    REQUIRE_FALSE(f.contact
                      .create({{QStringLiteral("name"), QStringLiteral("Maya Chen")},
                               {QStringLiteral("company"), QStringLiteral("Northwind")},
                               {QStringLiteral("tags"), QStringList{QStringLiteral("mentor")}}})
                      .isEmpty());
    REQUIRE_FALSE(f.contact
                      .create({{QStringLiteral("name"), QStringLiteral("Alex Brown")},
                               {QStringLiteral("emails"), QStringList{QStringLiteral("alex@contoso.com")}},
                               {QStringLiteral("tags"), QStringList{QStringLiteral("recruiter")}}})
                      .isEmpty());
    REQUIRE(f.list.rowCount() == 2);
    CHECK(f.list.totalCount() == 2);
    CHECK(f.list.get(0).value(QStringLiteral("name")).toString() == QStringLiteral("Alex Brown"));
    CHECK(f.list.get(1).value(QStringLiteral("initials")).toString() == QStringLiteral("MC"));
    CHECK(f.list.get(1).value(QStringLiteral("lastContactedText")).toString() == QStringLiteral("never"));
    // Mentors default to 30 days: due a month after the contact was added.
    CHECK(f.list.get(1).value(QStringLiteral("cadenceDays")).toInt() == 30);
    CHECK(f.list.get(1).value(QStringLiteral("dueOn")).toString() == day(f.today().addDays(30)));

    f.list.setText(QStringLiteral("contoso"));
    REQUIRE(f.list.rowCount() == 1);
    CHECK(f.list.get(0).value(QStringLiteral("name")).toString() == QStringLiteral("Alex Brown"));
    CHECK(f.list.filtering());
    f.list.setText({});
    f.list.setTag(QStringLiteral("mentor"));
    REQUIRE(f.list.rowCount() == 1);
    CHECK(f.list.get(0).value(QStringLiteral("name")).toString() == QStringLiteral("Maya Chen"));
    CHECK(f.list.totalCount() == 2);
    f.list.clearFilters();
    CHECK(f.list.rowCount() == 2);
    CHECK(f.list.rowOf(f.list.get(1).value(QStringLiteral("contactId")).toString()) == 1);
    CHECK(f.list.get(5).isEmpty());
}

TEST_CASE("Contacts are created, edited, deleted and restored with their interactions", "[peopleui]") {
    Fixture f;
    const QString id = f.add(QStringLiteral("Maya Chen"), 10, QStringLiteral("maya@example.com"));
    REQUIRE_FALSE(id.isEmpty());
    REQUIRE(f.contact.load(id));
    CHECK(f.contact.contact().value(QStringLiteral("emails")).toStringList() ==
          QStringList{QStringLiteral("maya@example.com")});
    CHECK(f.contact.status().value(QStringLiteral("cadenceText")).toString() == QStringLiteral("every 10 days"));

    SECTION("edits keep the fields not given") {
        REQUIRE(f.contact.save({{QStringLiteral("id"), id},
                                {QStringLiteral("role"), QStringLiteral("Data lead")},
                                {QStringLiteral("phones"), QStringList{QStringLiteral("+44 20 7946 0000"), QString()}}}) == id);
        CHECK(f.contact.contact().value(QStringLiteral("role")).toString() == QStringLiteral("Data lead"));
        CHECK(f.contact.contact().value(QStringLiteral("phones")).toStringList().size() == 1);
        CHECK(f.contact.contact().value(QStringLiteral("emails")).toStringList().size() == 1);
    }
    SECTION("bad input gives the vault's message and changes nothing") {
        CHECK(f.contact.save({{QStringLiteral("id"), id}, {QStringLiteral("name"), QStringLiteral("  ")}}).isEmpty());
        CHECK_FALSE(f.contact.errorMessage().isEmpty());
        CHECK(f.contact.contact().value(QStringLiteral("name")).toString() == QStringLiteral("Maya Chen"));
        CHECK(f.contact.create({{QStringLiteral("name"), QStringLiteral("X")},
                                {QStringLiteral("emails"), QStringList{QStringLiteral("not an address")}}})
                  .isEmpty());
        CHECK(f.list.totalCount() == 1);
    }
    SECTION("delete and undo bring back the interactions") {
        REQUIRE_FALSE(f.contact.logInteraction(id, QStringLiteral("call"), {}, QStringLiteral("Caught up")).isEmpty());
        REQUIRE(f.contact.interactions().size() == 1);
        REQUIRE(f.contact.remove(id));
        CHECK_FALSE(f.contact.loaded());
        CHECK(f.list.totalCount() == 0);
        CHECK(f.contact.undoKind() == QStringLiteral("contact"));
        REQUIRE(f.contact.undoRemove());
        CHECK_FALSE(f.contact.canUndo());
        CHECK(f.list.totalCount() == 1);
        REQUIRE(f.contact.load(id));
        CHECK(f.contact.interactions().size() == 1);
    }
    SECTION("an interaction is edited, deleted and restored") {
        const QString iid = f.contact.logInteraction(id, QStringLiteral("call"), day(f.today().addDays(-2)), {});
        REQUIRE_FALSE(iid.isEmpty());
        REQUIRE(f.contact.updateInteraction(iid, QStringLiteral("coffee"), day(f.today().addDays(-3)),
                                            QStringLiteral("Flat white")));
        const QVariantMap item = f.contact.interactions().constFirst().toMap();
        CHECK(item.value(QStringLiteral("kind")).toString() == QStringLiteral("coffee"));
        CHECK(item.value(QStringLiteral("note")).toString() == QStringLiteral("Flat white"));
        CHECK(item.value(QStringLiteral("agoText")).toString() == QStringLiteral("3 days ago"));
        REQUIRE(f.contact.removeInteraction(iid));
        CHECK(f.contact.interactions().isEmpty());
        CHECK(f.contact.undoKind() == QStringLiteral("interaction"));
        REQUIRE(f.contact.undoRemove());
        CHECK(f.contact.interactions().size() == 1);
        CHECK_FALSE(f.contact.updateInteraction(iid, QStringLiteral("call"), QStringLiteral("not a day"), {}));
        CHECK_FALSE(f.contact.errorMessage().isEmpty());
    }
}

TEST_CASE("Logging an interaction moves the due day and the reach-out list", "[peopleui]") {
    Fixture f;
    const QString maya = f.add(QStringLiteral("Maya Chen"), 10);
    const QString off = f.add(QStringLiteral("Sam Off"), 0);
    REQUIRE_FALSE(maya.isEmpty());
    REQUIRE_FALSE(off.isEmpty());
    CHECK(f.people.dueCount() == 0);

    f.advanceDays(12);
    REQUIRE(f.dueIds() == QStringList{maya});
    const QVariantMap due = f.people.due().constFirst().toMap();
    CHECK(due.value(QStringLiteral("overdueDays")).toInt() == 2);
    CHECK(due.value(QStringLiteral("dueText")).toString() == QStringLiteral("2 days overdue"));
    CHECK(due.value(QStringLiteral("lastContactedText")).toString() == QStringLiteral("never"));

    // A call logged four days ago restarts the clock from that day: due in six days.
    REQUIRE_FALSE(f.contact.logInteraction(maya, QStringLiteral("call"), day(f.today().addDays(-4)), {}).isEmpty());
    CHECK(f.people.dueCount() == 0);
    REQUIRE(f.contact.load(maya));
    CHECK(f.contact.status().value(QStringLiteral("dueOn")).toString() == day(f.today().addDays(6)));
    CHECK(f.contact.status().value(QStringLiteral("lastContactedText")).toString() == QStringLiteral("4 days ago"));
    f.advanceDays(6);
    CHECK(f.dueIds() == QStringList{maya});
}

TEST_CASE("Snoozing hides a contact from the due list until the snooze ends", "[peopleui]") {
    Fixture f;
    const QString maya = f.add(QStringLiteral("Maya Chen"), 10);
    const QString alex = f.add(QStringLiteral("Alex Brown"), 10);
    f.advanceDays(10);
    REQUIRE(f.people.dueCount() == 2);

    REQUIRE(f.people.snooze(maya, 7));
    CHECK(f.dueIds() == QStringList{alex});
    CHECK_FALSE(f.people.snooze(maya, 7)); // nothing due for her now
    CHECK_FALSE(f.people.errorMessage().isEmpty());
    CHECK_FALSE(f.people.snoozeUntil(alex, day(f.today())));  // must be after today
    CHECK_FALSE(f.people.snoozeUntil(alex, QStringLiteral("soon")));
    REQUIRE(f.people.snoozeUntil(alex, day(f.today().addDays(3))));
    CHECK(f.people.dueCount() == 0);

    f.advanceDays(3);
    CHECK(f.dueIds() == QStringList{alex});
    f.advanceDays(4);
    CHECK(f.people.dueCount() == 2);
}

TEST_CASE("Reach out fills a template and gives a mailto link", "[peopleui]") {
    Fixture f;
    const QString maya = f.add(QStringLiteral("Maya Chen"), -1, QStringLiteral("maya@example.com"));
    const QString noMail = f.add(QStringLiteral("Sam Lee"), -1);
    REQUIRE_FALSE(f.people.templates().isEmpty());
    const QString templateId = f.people.templates().constFirst().toMap().value(QStringLiteral("id")).toString();
    const QString text = f.people.fillTemplate(templateId, maya);
    CHECK(text.contains(QStringLiteral("Maya")));
    CHECK_FALSE(text.contains(QStringLiteral("{first_name}")));
    CHECK_FALSE(text.contains(QStringLiteral("{name}")));
    CHECK(f.people.fillTemplate(QStringLiteral("nope"), maya).isEmpty());
    CHECK_FALSE(f.people.errorMessage().isEmpty());

    const QString link = f.people.mailtoLink(maya, QStringLiteral("Hello"), QStringLiteral("Coffee soon?"));
    CHECK(link.startsWith(QStringLiteral("mailto:maya@example.com")));
    CHECK(f.people.mailtoLink(noMail, QStringLiteral("Hello"), QStringLiteral("Hi")).isEmpty());

    const QVariantList suggestions = f.people.suggestContacts(QStringLiteral("may"));
    REQUIRE(suggestions.size() == 1);
    CHECK(suggestions.constFirst().toMap().value(QStringLiteral("email")).toString() ==
          QStringLiteral("maya@example.com"));
    CHECK(f.people.suggestContacts(QStringLiteral("   ")).isEmpty());
}

TEST_CASE("Application people link to contacts and show on them", "[peopleui]") {
    Fixture f;
    ApplicationController application(f.session);
    QObject::connect(&application, &ApplicationController::dataWritten, &f.contact, &ContactController::reload);
    QObject::connect(&application, &ApplicationController::dataWritten, &f.list, &ContactListModel::refresh);
    const QString appId = application.create({{QStringLiteral("company"), QStringLiteral("Northwind")},
                                              {QStringLiteral("role"), QStringLiteral("Data analyst")}});
    REQUIRE(application.load(appId));
    const QString maya = f.add(QStringLiteral("Maya Chen"), -1, QStringLiteral("maya@example.com"));
    REQUIRE(f.contact.load(maya));
    CHECK(f.contact.applications().isEmpty());

    const QString person = application.addPerson(QStringLiteral("Maya Chen"), QStringLiteral("maya@example.com"),
                                                 QStringLiteral("recruiter"));
    REQUIRE_FALSE(person.isEmpty());
    REQUIRE(application.linkPerson(person, maya));
    CHECK(application.people().constFirst().toMap().value(QStringLiteral("contactId")).toString() == maya);
    REQUIRE(f.contact.applications().size() == 1);
    CHECK(f.contact.applications().constFirst().toMap().value(QStringLiteral("company")).toString() ==
          QStringLiteral("Northwind"));

    // Saving someone else as a contact creates it, linked.
    const QString dana = application.addPerson(QStringLiteral("Dana Weiss"), {}, QStringLiteral("interviewer"));
    const QString danaContact = application.saveAsContact(dana);
    REQUIRE_FALSE(danaContact.isEmpty());
    CHECK(f.list.totalCount() == 2);
    REQUIRE(f.contact.load(danaContact));
    CHECK(f.contact.contact().value(QStringLiteral("name")).toString() == QStringLiteral("Dana Weiss"));
    CHECK(f.contact.applications().size() == 1);

    // Unlinking takes it off the contact.
    REQUIRE(application.linkPerson(dana, {}));
    CHECK(f.contact.applications().isEmpty());
}

TEST_CASE("Locking clears the People controllers and writes say the vault is locked", "[peopleui]") {
    Fixture f;
    const QString maya = f.add(QStringLiteral("Maya Chen"), 10);
    f.advanceDays(11);
    REQUIRE(f.contact.load(maya));
    REQUIRE(f.list.rowCount() == 1);
    REQUIRE(f.people.dueCount() == 1);
    f.session.lock();
    CHECK_FALSE(f.contact.loaded());
    CHECK(f.contact.contactId().isEmpty());
    CHECK(f.list.rowCount() == 0);
    CHECK(f.list.totalCount() == 0);
    CHECK(f.people.dueCount() == 0);
    CHECK(f.people.templates().isEmpty());
    CHECK(f.contact.create({{QStringLiteral("name"), QStringLiteral("X")}}).isEmpty());
    CHECK(f.contact.errorMessage().contains(QStringLiteral("locked")));
    CHECK_FALSE(f.people.snooze(maya, 7));
    CHECK(f.people.errorMessage().contains(QStringLiteral("locked")));
}

TEST_CASE("People wording: how long ago and how overdue", "[peopleui]") {
    const QDate today(2026, 6, 17);
    CHECK(ContactListModel::agoText(today, today) == QStringLiteral("today"));
    CHECK(ContactListModel::agoText(today.addDays(-1), today) == QStringLiteral("yesterday"));
    CHECK(ContactListModel::agoText(today.addDays(-21), today) == QStringLiteral("3 weeks ago"));
    CHECK(ContactListModel::agoText(today.addDays(-45), today) == QStringLiteral("6 weeks ago"));
    CHECK(ContactListModel::agoText(today.addDays(-100), today) == QStringLiteral("3 months ago"));
    CHECK(ContactListModel::agoText(today.addDays(-400), today) == QStringLiteral("a year ago"));
    CHECK(ContactListModel::agoText({}, today) == QStringLiteral("never"));
    CHECK(ContactListModel::dueText(today.addDays(-1), today) == QStringLiteral("1 day overdue"));
    CHECK(ContactListModel::dueText(today, today) == QStringLiteral("due today"));
    CHECK(ContactListModel::dueText(today.addDays(5), today) == QStringLiteral("due in 5 days"));
    CHECK(ContactListModel::cadenceText(0) == QStringLiteral("off"));
    CHECK(ContactListModel::initials(QStringLiteral("  maya  van chen ")) == QStringLiteral("MC"));
}
