// vCard import (2.1, 3.0, 4.0 as phones and mail apps export them) and 4.0 export,
// validated with a third-party parser (Debian's python3-vobject).
#include "TestSupport.h"
#include "services/VCard.h"

#include <QFile>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QUuid>

using namespace rebound;
using namespace rebound::test;

namespace {

QByteArray fixture(const char *name) {
    QFile f(QStringLiteral(REBOUND_TEST_DATA "/vcard/") + QString::fromUtf8(name));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

Contact draft(const QString &name) {
    Contact c;
    c.name = name;
    return c;
}

// A draft contact as the parser returns it, for exact comparison.
struct Expect {
    QString name = {}, company = {}, role = {};
    QStringList emails = {}, phones = {};
    QString url = {}, notes = {};
    QStringList tags = {};
    QString howWeMet = {};
    int cadence = Contact::kCadenceFromTags;

    Contact contact() const {
        Contact c;
        c.name = name;
        c.company = company;
        c.role = role;
        c.emails = emails;
        c.phones = phones;
        c.profileUrl = url;
        c.notes = notes;
        c.tags = tags;
        c.howWeMet = howWeMet;
        c.cadenceDays = cadence;
        return c;
    }
};

void requireContacts(const vcard::ParseResult &r, const QList<Expect> &expected) {
    INFO((r.error ? r.error->message.toStdString() : std::string("no error")));
    REQUIRE(r.ok());
    REQUIRE(r.contacts.size() == expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        INFO("contact " << i);
        const Contact want = expected.at(i).contact();
        const Contact &got = r.contacts.at(i);
        CHECK(got.name == want.name);
        CHECK(got.company == want.company);
        CHECK(got.role == want.role);
        CHECK(got.emails == want.emails);
        CHECK(got.phones == want.phones);
        CHECK(got.profileUrl == want.profileUrl);
        CHECK(got.notes == want.notes);
        CHECK(got.tags == want.tags);
        CHECK(got.howWeMet == want.howWeMet);
        CHECK(got.cadenceDays == want.cadenceDays);
        CHECK(got == want); // nothing else set (no id, no dates)
    }
}

void requireError(const QByteArray &input, int line, const QString &message) {
    const vcard::ParseResult r = vcard::parse(input);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error->line == line);
    CHECK(r.error->message == message);
    CHECK(r.contacts.isEmpty());
}

// Every physical line ends in CRLF, holds at most 75 octets and is valid UTF-8 on its own.
void requireWellFolded(const QByteArray &out) {
    REQUIRE(out.endsWith("\r\n"));
    const QList<QByteArray> lines = out.chopped(1).split('\n');
    for (const QByteArray &line : lines) {
        INFO(line.toStdString());
        REQUIRE(line.endsWith('\r'));
        CHECK(line.size() - 1 <= 75);
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        (void)utf8.decode(line);
        CHECK_FALSE(utf8.hasError());
    }
}

QString pythonCheck(const QString &script, const QByteArray &content) {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("export"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    QByteArray out, err;
    const int code = runProcess(QStringLiteral("/usr/bin/python3"),
                                {QStringLiteral(REBOUND_TEST_TOOLS "/") + script, path}, {}, &out, &err,
                                QProcessEnvironment::systemEnvironment());
    INFO(err.toStdString());
    REQUIRE(code == 0);
    return QString::fromUtf8(out);
}

} // namespace

TEST_CASE("vCard Google Contacts 3.0 export with item groups and escaped URLs", "[vcard]") {
    const auto r = vcard::parse(fixture("google-contacts-3.0.vcf"));
    requireContacts(r, {
        {QStringLiteral("Maya Chen"), QStringLiteral("Northwind Talent"), QStringLiteral("Senior Technical Recruiter"),
         {QStringLiteral("maya.chen@northwind.example"), QStringLiteral("maya@fastmail.example")},
         {QStringLiteral("+1 415-555-0101"), QStringLiteral("(415) 555-0199")},
         QStringLiteral("https://www.linkedin.com/in/maya-chen"),
         QStringLiteral("Reached out about the platform role.\nPrefers email before 10am, not calls."),
         {QStringLiteral("recruiter")}},
        {QStringLiteral("Νίκος Παπαδόπουλος"), QStringLiteral("Ελληνική Λογισμικού Α.Ε."),
         QStringLiteral("Διευθυντής Προσλήψεων"), {QStringLiteral("nikos@ergasia.example")},
         {QStringLiteral("+30 691 234 5678")}, QString(),
         QStringLiteral("Συναντηθήκαμε στο συνέδριο στην Αθήνα 🏛️ — θέλει νέα μας τον Μάρτιο."),
         {QStringLiteral("hiring_manager")}},
    });
    CHECK(r.warnings == QStringList{QStringLiteral("Categories that are not Rebound tags were left out: myContacts, starred.")});
}

TEST_CASE("vCard Apple Contacts 3.0 export with a folded photo, RTL, emoji, combining marks and a group", "[vcard]") {
    const QByteArray data = fixture("apple-contacts-3.0.vcf");
    REQUIRE(data.count("\r\n  ") > 40); // the photo really is a long folded block
    const auto r = vcard::parse(data);
    requireContacts(r, {
        {QStringLiteral("Dr. Chidi Okafor"), QStringLiteral("Helix Bio"), QStringLiteral("Hiring Manager"),
         {QStringLiteral("chidi.okafor@helix.example"), QStringLiteral("chidi@okafor.example")},
         {QStringLiteral("+44 7700 900123"), QStringLiteral("+44 20 7946 0958")},
         QStringLiteral("https://helix.example/team/chidi"),
         QStringLiteral("Interviewer for the ML role, round 2. Ask about data ; ethics."),
         {QStringLiteral("interviewer"), QStringLiteral("hiring_manager")}},
        {QStringLiteral("ليلى حداد"), QStringLiteral("شركة الأفق"), QStringLiteral("مهندسة برمجيات"),
         {QStringLiteral("layla@ofoq.example")}, {QStringLiteral("+971 50 123 4567")}, QString(),
         QStringLiteral("Coffee ☕ after the meetup 🎉\nPeer from the bootcamp 👩🏽‍💻"), {QStringLiteral("peer")}},
        // decomposed: e + U+0308, e + U+0302 + U+0303, kept as written
        {QStringLiteral("Zoe\u0308 Delacroix-Nguye\u0302\u0303n"), QString(), QString(),
         {QStringLiteral("zoe@delacroix.example")}, {}, QString(), QString(), {QStringLiteral("mentor")}},
    });
    CHECK(r.warnings == QStringList{
        QStringLiteral("Photos are not imported; they were skipped."),
        QStringLiteral("Logos are not imported; they were skipped."),
        QStringLiteral("Line 96: the contact group \"Job search\" was skipped."),
    });
    CHECK(data.split('\n').at(95).startsWith("BEGIN:VCARD")); // line 96 is where the group starts
}

TEST_CASE("vCard Android 2.1 export with quoted-printable soft breaks and charsets", "[vcard]") {
    const QByteArray data = fixture("android-2.1.vcf");
    REQUIRE(data.contains("Sehr hilf=\r\nreich"));            // a soft line break
    REQUIRE(data.contains("CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:B=FCro"));
    const auto r = vcard::parse(data);
    requireContacts(r, {
        {QStringLiteral("Jörg Müller"), QStringLiteral("Büro Grün GmbH"), QStringLiteral("Mentor"),
         {QStringLiteral("joerg.mueller@example.de"), QStringLiteral("j.mueller@firma.example")},
         {QStringLiteral("+49 151 23456789"), QStringLiteral("+49 30 1234567"), QStringLiteral("+49 30 7654321")},
         QString(),
         QStringLiteral("Kennengelernt auf der Konferenz in München. Sehr hilfreich bei Fragen zu Gehältern.\n"
                        "Zweite Zeile ✓"),
         {}},
        {QStringLiteral("Seán O’Brien"), QString(), QString(), {QStringLiteral("sean.obrien@example.ie")},
         {QStringLiteral("+353 87 123 4567")}, QString(), QString(), {}},
        {QStringLiteral("Giulia Rossi"), QString(), QString(), {}, {QStringLiteral("+39 333 123 4567")}, QString(),
         QString(), {}},
    });
    CHECK(r.warnings == QStringList{QStringLiteral("Photos are not imported; they were skipped.")});
}

TEST_CASE("vCard Nextcloud and Thunderbird 4.0 exports with tel URIs, data photos and LF line ends", "[vcard]") {
    const auto nextcloud = vcard::parse(fixture("nextcloud-4.0.vcf"));
    requireContacts(nextcloud, {
        {QStringLiteral("Aiko Tanaka"), QStringLiteral("Kintsugi Labs"), QStringLiteral("Peer mentor"),
         {QStringLiteral("aiko@kintsugi.example"), QStringLiteral("aiko.tanaka@posteo.example")},
         {QStringLiteral("+81-90-1234-5678"), QStringLiteral("+81-3-1234-5678")},
         QStringLiteral("https://aiko.example/about"),
         QStringLiteral("Met at RubyKaigi in Matsumoto; she reviewed my talk proposal and offered to intro me to "
                        "two teams hiring in Tokyo — follow up in spring 東京で会いましょう."),
         {QStringLiteral("peer"), QStringLiteral("support"), QStringLiteral("mentor")}},
    });
    CHECK(nextcloud.warnings == QStringList{QStringLiteral("Photos are not imported; they were skipped.")});

    const auto thunderbird = vcard::parse(fixture("thunderbird-4.0.vcf"));
    requireContacts(thunderbird, {
        {QStringLiteral("Sam Rivera"), QStringLiteral("Open Doors Coaching"), QStringLiteral("Career counsellor"),
         {QStringLiteral("sam.rivera@opendoors.example")},
         {QStringLiteral("+1 206 555 0140"), QStringLiteral("+1 206 555 0177")},
         QStringLiteral("https://opendoors.example/sam"),
         QStringLiteral("Sessions every other Thursday.\nSends a checklist after each one."),
         {QStringLiteral("support")}},
        {QStringLiteral("Henrik Brandt"), QString(), QString(), {QStringLiteral("henrik.brandt@example.se")}, {},
         QString(), QString(), {}},
    });
    CHECK(thunderbird.warnings.isEmpty());
}

TEST_CASE("vCard reading details: folding, escapes, parameters, charsets", "[vcard]") {
    SECTION("folded with a tab or a space, CRLF and LF mixed, escapes") {
        const auto r = vcard::parse("BEGIN:VCARD\r\nVERSION:3.0\nFN:Ada\r\n\t Love\r\n lace\r\nNOTE:a\\\\b\\;c\\,d\\ne\\Nf\n"
                                    "ORG:Comp\\;any\\, Inc;Dept\nEND:VCARD\n");
        requireContacts(r, {{QStringLiteral("Ada Lovelace"), QStringLiteral("Comp;any, Inc"), QString(), {}, {},
                             QString(), QStringLiteral("a\\b;c,d\ne\nf"), {}}});
    }
    SECTION("2.1 bare parameters and TYPE lists select nothing but are accepted") {
        const auto r = vcard::parse("BEGIN:VCARD\nVERSION:2.1\nN:Doe;Jane;Q.;Ms.;PhD\nTEL;WORK;VOICE;PREF:+1 555 0100\n"
                                    "TEL;TYPE=\"cell,voice\":+1 555 0200\nEMAIL;INTERNET;TYPE=work,pref:mailto:j@d.example\n"
                                    "END:VCARD\n");
        requireContacts(r, {{QStringLiteral("Ms. Jane Q. Doe PhD"), QString(), QString(),
                             {QStringLiteral("j@d.example")}, {QStringLiteral("+1 555 0100"), QStringLiteral("+1 555 0200")}}});
    }
    SECTION("TITLE wins over ROLE, the first web link and ORG count, NOTEs are joined") {
        const auto r = vcard::parse("BEGIN:VCARD\nFN:A\nROLE:Lead\nTITLE:Engineer\nURL:skype:maya.chen\n"
                                    "URL:https://a.example\n"
                                    "URL:https://b.example\nORG:First\nORG:Second\nNOTE:one\nNOTE:two\nEND:VCARD\n");
        requireContacts(r, {{QStringLiteral("A"), QStringLiteral("First"), QStringLiteral("Engineer"), {}, {},
                             QStringLiteral("https://a.example"), QStringLiteral("one\n\ntwo"), {}}});
    }
    SECTION("a QP line whose decoded text is ISO-8859-1, Windows-1252 without QP, a UTF-8 BOM") {
        const auto r = vcard::parse("\xEF\xBB\xBF" "BEGIN:VCARD\nFN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Ren=E9=\n"
                                    "e\nNOTE;CHARSET=windows-1252:\x93quoted\x94 \x80" "5\nEND:VCARD\n");
        requireContacts(r, {{QStringLiteral("Renée"), QString(), QString(), {}, {}, QString(),
                             QStringLiteral("“quoted” €5"), {}}});
    }
    SECTION("an unknown charset warns once and reads as UTF-8") {
        const auto r = vcard::parse("BEGIN:VCARD\nFN;CHARSET=X-MADE-UP:Zoë\nNOTE;CHARSET=X-MADE-UP:é\nEND:VCARD\n");
        requireContacts(r, {{QStringLiteral("Zoë"), QString(), QString(), {}, {}, QString(), QStringLiteral("é"), {}}});
        CHECK(r.warnings == QStringList{QStringLiteral("Line 2: unknown character set \"X-MADE-UP\"; read as UTF-8.")});
    }
    SECTION("several emails and phones, duplicates dropped (emails ignoring case)") {
        QByteArray in = "BEGIN:VCARD\nFN:Many\n";
        for (int i = 1; i <= 10; ++i)
            in += "EMAIL:p" + QByteArray::number(i) + "@x.example\nTEL:+1 555 000" + QByteArray::number(i) + "\n";
        in += "EMAIL:P1@X.example\nTEL:+1 555 0001\nEND:VCARD\n";
        const auto r = vcard::parse(in);
        REQUIRE(r.ok());
        CHECK(r.contacts.first().emails.size() == Contact::kMaxEmails);
        CHECK(r.contacts.first().emails.last() == QStringLiteral("p10@x.example"));
        CHECK(r.contacts.first().phones.size() == Contact::kMaxPhones);
    }
    SECTION("our own fields round trip and a bad cadence is a warning") {
        const auto r = vcard::parse("BEGIN:VCARD\nFN:A\nX-REBOUND-HOW-WE-MET:At PyCon\\, by the coffee\n"
                                    "X-REBOUND-CADENCE:off\nEND:VCARD\nBEGIN:VCARD\nFN:B\nX-REBOUND-CADENCE:45\n"
                                    "END:VCARD\nBEGIN:VCARD\nFN:C\nX-REBOUND-CADENCE:9999\nEND:VCARD\n");
        REQUIRE(r.ok());
        CHECK(r.contacts.at(0).howWeMet == QStringLiteral("At PyCon, by the coffee"));
        CHECK(r.contacts.at(0).cadenceDays == Contact::kCadenceOff);
        CHECK(r.contacts.at(1).cadenceDays == 45);
        CHECK(r.contacts.at(2).cadenceDays == Contact::kCadenceFromTags);
        CHECK(r.warnings == QStringList{QStringLiteral(
                                "Line 12: X-REBOUND-CADENCE \"9999\" is not a number of days from 1 to 3650; it was ignored.")});
    }
    SECTION("a 6 MB folded base64 photo is skipped with one warning") {
        QByteArray in = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big Photo\r\nPHOTO;ENCODING=b;TYPE=JPEG:";
        const QByteArray chunk(74, 'A');
        for (int i = 0; i < 6 * 1024 * 1024 / 74; ++i)
            in += chunk + "\r\n ";
        in += "AAAA\r\nPHOTO;VALUE=uri:https://example.com/p.jpg\r\nEND:VCARD\r\n";
        const auto r = vcard::parse(in);
        requireContacts(r, {{QStringLiteral("Big Photo")}});
        CHECK(r.warnings == QStringList{QStringLiteral("Photos are not imported; they were skipped.")});
    }
}

TEST_CASE("vCard malformed input fails with its line number and no contacts", "[vcard]") {
    const QByteArray good = "BEGIN:VCARD\nFN:Fine\nEND:VCARD\n"; // lines 1-3, imported by nothing below
    requireError(good + "END:VCARD\n", 4, QStringLiteral("Line 4: END:VCARD without a BEGIN:VCARD before it."));
    requireError(good + "BEGIN:VCARD\nFN:Open\n", 4, QStringLiteral("Line 4: the card starting here has no END:VCARD."));
    requireError(good + "BEGIN:VCARD\nFN:A\nBEGIN:VCARD\nFN:B\nEND:VCARD\nEND:VCARD\n", 6,
                 QStringLiteral("Line 6: BEGIN:VCARD inside another card (the card from line 4 has no END:VCARD)."));
    requireError(good + "BEGIN:VCARD\nFN:A\nNOTE:folded\n over\n  two lines\nnot a property\nEND:VCARD\n", 9,
                 QStringLiteral("Line 9: this line has no ':' between its name and value."));
    requireError(good + "\nBEGIN:VCARD\nEMAIL:nameless@example.com\nEND:VCARD\n", 5,
                 QStringLiteral("Line 5: the card starting here has no name (FN or N)."));
    requireError(good + "BEGIN:VCARD\nFN:\nN:;;;;\nEND:VCARD\n", 4,
                 QStringLiteral("Line 4: the card starting here has no name (FN or N)."));
    requireError(good + "BEGIN:VCARD\nFN:A\nNOTE:\xC3\x28 broken\nEND:VCARD\n", 6,
                 QStringLiteral("Line 6: the text is not valid UTF-8."));
    requireError(good + "BEGIN:VCARD\nFN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=FF=FE\nEND:VCARD\n", 5,
                 QStringLiteral("Line 5: the text is not valid UTF-8."));
    requireError(good + "BEGIN:VCARD\nVERSION:5.0\nFN:A\nEND:VCARD\n", 5,
                 QStringLiteral("Line 5: vCard version 5.0 is not supported (2.1, 3.0 and 4.0 are)."));
    requireError(good + "BEGIN:VCARD\nFN:A\nEMAIL;TYPE=work:maya at example.com\nEND:VCARD\n", 6,
                 QStringLiteral("Line 6: “maya at example.com” is not an email address."));
    requireError(good + "BEGIN:VCARD\nFN:A\nTEL;CELL:ask Maya\nEND:VCARD\n", 6,
                 QStringLiteral("Line 6: “ask Maya” is not a phone number."));
    requireError(good + "FN:Stray\n", 4,
                 QStringLiteral("Line 4: this line is outside a card (BEGIN:VCARD ... END:VCARD)."));
    requireError(good + "BEGIN:VCARD\nF N:A\nEND:VCARD\n", 5,
                 QStringLiteral("Line 5: this line does not start with a property name."));
    requireError("BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\n", 1,
                 QStringLiteral("Line 1: BEGIN:VCALENDAR where a vCard (BEGIN:VCARD) was expected."));
    requireError(good + "BEGIN:VCARD\nFN:A\nEND:VCALENDAR\n", 6,
                 QStringLiteral("Line 6: END:VCALENDAR where END:VCARD was expected."));
    requireError(QByteArray("PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\xb6", 15) + "\n\x01\x02", 1,
                 QStringLiteral("Line 1: this line has no ':' between its name and value."));
    requireError({}, 0, QStringLiteral("The file contains no vCard (no BEGIN:VCARD line)."));
    requireError("\r\n\r\n", 0, QStringLiteral("The file contains no vCard (no BEGIN:VCARD line)."));
}

TEST_CASE("vCard limits: values over Contact's limits are errors with the line, counts and sizes are capped", "[vcard]") {
    const QByteArray head = "BEGIN:VCARD\nVERSION:4.0\n"; // lines 1-2
    const auto over = [](int n) { return QByteArray(n, 'x'); };
    SECTION("exactly at each limit is fine") {
        QByteArray in = head + "FN:" + over(Contact::kMaxNameChars) + "\nORG:" + over(Contact::kMaxFieldChars)
                        + "\nTITLE:" + over(Contact::kMaxFieldChars) + "\nEMAIL:" + over(Contact::kMaxFieldChars - 12)
                        + "@example.com\nTEL:" + QByteArray(Contact::kMaxFieldChars, '5') + "\nURL:https://"
                        + over(Contact::kMaxUrlChars - 8)
                        + "\nX-REBOUND-HOW-WE-MET:" + over(Contact::kMaxHowWeMetChars) + "\nNOTE:"
                        + over(Contact::kMaxNotesChars) + "\nEND:VCARD\n";
        const auto r = vcard::parse(in);
        REQUIRE(r.ok());
        CHECK(r.contacts.first().notes.size() == Contact::kMaxNotesChars);
    }
    SECTION("one character over") {
        requireError(head + "FN:" + over(201) + "\nEND:VCARD\n", 3,
                     QStringLiteral("Line 3: the name is longer than 200 characters."));
        requireError(head + "N:" + over(150) + ";" + over(50) + ";;;\nEND:VCARD\n", 3,
                     QStringLiteral("Line 3: the name is longer than 200 characters."));
        requireError(head + "FN:A\nORG:" + over(301) + ";Dept\nEND:VCARD\n", 4,
                     QStringLiteral("Line 4: the organization is longer than 300 characters."));
        requireError(head + "FN:A\nROLE:" + over(301) + "\nEND:VCARD\n", 4,
                     QStringLiteral("Line 4: the title is longer than 300 characters."));
        requireError(head + "FN:A\nEMAIL:" + over(289) + "@example.com\nEND:VCARD\n", 4,
                     QStringLiteral("Line 4: an email address is longer than 300 characters."));
        requireError(head + "FN:A\nTEL:" + QByteArray(301, '5') + "\nEND:VCARD\n", 4,
                     QStringLiteral("Line 4: a phone number is longer than 300 characters."));
        requireError(head + "FN:A\nURL:https://" + over(1993) + "\nEND:VCARD\n", 4,
                     QStringLiteral("Line 4: the URL is longer than 2000 characters."));
        requireError(head + "FN:A\nX-REBOUND-HOW-WE-MET:" + over(2001) + "\nEND:VCARD\n", 4,
                     QStringLiteral("Line 4: 'how we met' is longer than 2000 characters."));
        // two notes are joined with a blank line: the second one pushes it over
        requireError(head + "FN:A\nNOTE:" + over(10000) + "\nNOTE:" + over(9999) + "\nEND:VCARD\n", 5,
                     QStringLiteral("Line 5: the notes are longer than 20000 characters."));
    }
    SECTION("more than ten emails or phones in a card") {
        QByteArray emails = head + "FN:A\n";
        QByteArray phones = head + "FN:A\n";
        for (int i = 0; i < 11; ++i) {
            emails += "EMAIL:e" + QByteArray::number(i) + "@x.example\n";
            phones += "TEL:+1 555 01" + QByteArray::number(i) + "\n";
        }
        requireError(emails + "END:VCARD\n", 14, QStringLiteral("Line 14: more than 10 email addresses in one card."));
        requireError(phones + "END:VCARD\n", 14, QStringLiteral("Line 14: more than 10 phone numbers in one card."));
    }
    SECTION("5000 cards are read, one more is refused at its BEGIN line") {
        QByteArray in;
        for (int i = 0; i < vcard::kMaxCards; ++i)
            in += "BEGIN:VCARD\nFN:Person " + QByteArray::number(i) + "\nEND:VCARD\n";
        const auto r = vcard::parse(in);
        REQUIRE(r.ok());
        CHECK(r.contacts.size() == vcard::kMaxCards);
        CHECK(r.contacts.last().name == QStringLiteral("Person 4999"));
        requireError(in + "BEGIN:VCARD\nFN:One too many\nEND:VCARD\n", 15001,
                     QStringLiteral("Line 15001: more than 5000 cards in one file; split it into smaller files."));
    }
    SECTION("input over 20 MB is refused before reading") {
        QByteArray in = "BEGIN:VCARD\nFN:A\nPHOTO;ENCODING=b:";
        in += QByteArray(vcard::kMaxInputBytes - in.size() - 11, 'A');
        in += "\nEND:VCARD\n";
        REQUIRE(in.size() == vcard::kMaxInputBytes);
        const auto atLimit = vcard::parse(in); // exactly 20 MB is read
        requireContacts(atLimit, {{QStringLiteral("A")}});
        CHECK(atLimit.warnings == QStringList{QStringLiteral("Photos are not imported; they were skipped.")});
        requireError(in + "\n", 0, QStringLiteral("The file is larger than 20 MB; vCard files that big are not read."));
    }
}

TEST_CASE("vCard writing: exact 4.0 output", "[vcard]") {
    Contact c = draft(QStringLiteral("Maya Chen"));
    c.id = QStringLiteral("1f0c9b2e-7a4d-4e8b-9c3f-2d1e0a9b8c7d");
    c.company = QStringLiteral("Northwind, Talent; Inc");
    c.role = QStringLiteral("Recruiter");
    c.emails = {QStringLiteral("maya@northwind.example"), QStringLiteral("maya@home.example")};
    c.phones = {QStringLiteral("+1 415-555-0101")};
    c.profileUrl = QStringLiteral("https://example.com/a,b;c\\d");
    c.notes = QStringLiteral("Line one\nLine two\\ end");
    c.tags = {QStringLiteral("recruiter"), QStringLiteral("hiring_manager")};
    c.howWeMet = QStringLiteral("PyCon 2026");
    c.cadenceDays = 45;
    c.updatedAt = QDateTime(QDate(2026, 11, 23), QTime(9, 30, 5), Qt::UTC);
    Contact solo = draft(QStringLiteral("Prince"));
    solo.id = QStringLiteral("not-a-uuid");
    solo.cadenceDays = Contact::kCadenceOff;
    CHECK(vcard::write({c, solo})
          == "BEGIN:VCARD\r\nVERSION:4.0\r\nPRODID:-//Rebound//Rebound//EN\r\n"
             "UID:urn:uuid:1f0c9b2e-7a4d-4e8b-9c3f-2d1e0a9b8c7d\r\nFN:Maya Chen\r\nN:Chen;Maya;;;\r\n"
             "ORG:Northwind\\, Talent\\; Inc\r\nTITLE:Recruiter\r\nEMAIL;PREF=1:maya@northwind.example\r\n"
             "EMAIL:maya@home.example\r\nTEL;VALUE=text:+1 415-555-0101\r\nURL:https://example.com/a,b;c\\\\d\r\n"
             "NOTE:Line one\\nLine two\\\\ end\r\nCATEGORIES:recruiter,hiring_manager\r\n"
             "X-REBOUND-HOW-WE-MET:PyCon 2026\r\nX-REBOUND-CADENCE:45\r\nREV:20261123T093005Z\r\nEND:VCARD\r\n"
             "BEGIN:VCARD\r\nVERSION:4.0\r\nPRODID:-//Rebound//Rebound//EN\r\nUID:not-a-uuid\r\nFN:Prince\r\n"
             "N:;Prince;;;\r\nX-REBOUND-CADENCE:off\r\nEND:VCARD\r\n");
}

TEST_CASE("vCard writing folds at 75 octets without splitting UTF-8 and reads back equal", "[vcard]") {
    QList<Contact> contacts;
    Contact a = draft(QStringLiteral("Νίκος Παπαδόπουλος-Αλεξανδρόπουλος του Κωνσταντίνου και της Ελένης"));
    a.company = QStringLiteral("شركة الأفق للتقنية والبرمجيات المتقدمة في دبي والشارقة وأبوظبي");
    a.role = QStringLiteral("Zoe\u0308 e\u0302\u0303 a\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301"
                            "\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301");
    a.emails = {QStringLiteral("nikos@ergasia.example"), QStringLiteral("n.p@example.gr"),
                QStringLiteral("νίκος@παράδειγμα.ελ")};
    a.phones = {QStringLiteral("+30 691 234 5678"), QStringLiteral("+30 210 123 4567")};
    a.profileUrl = QStringLiteral("https://example.gr/") + QString(120, u'ü');
    a.notes = QString::fromUtf8("🎉👩🏽‍💻☕ ").repeated(40) + QStringLiteral("\nsecond; line, with \\ and \"quotes\"");
    a.tags = contacttag::all();
    a.howWeMet = QStringLiteral("Συνέδριο 🏛️ in Αθήνα, a long time ago; at the coffee stand\nand again in 2025");
    a.cadenceDays = 3650;
    contacts.append(a);
    Contact b = draft(QStringLiteral("x"));
    b.cadenceDays = Contact::kCadenceOff;
    contacts.append(b);
    contacts.append(draft(QStringLiteral("עדי כהן")));

    const QByteArray out = vcard::write(contacts);
    requireWellFolded(out);
    CHECK(out.count("\r\n ") > 10); // it did fold
    const auto r = vcard::parse(out);
    REQUIRE(r.ok());
    CHECK(r.warnings.isEmpty());
    CHECK(r.contacts == contacts);
}

TEST_CASE("vCard export validated by python3-vobject", "[vcard]") {
    Contact a = draft(QStringLiteral("Maya Chen"));
    a.id = QStringLiteral("1f0c9b2e-7a4d-4e8b-9c3f-2d1e0a9b8c7d");
    a.company = QStringLiteral("Northwind, Talent");
    a.role = QStringLiteral("Senior Recruiter");
    a.emails = {QStringLiteral("maya@northwind.example"), QStringLiteral("maya@home.example")};
    a.phones = {QStringLiteral("+1 415-555-0101"), QStringLiteral("+1 415-555-0199")};
    a.profileUrl = QStringLiteral("https://www.linkedin.com/in/maya-chen");
    a.notes = QStringLiteral("Prefers email; mornings.\nAsk about the platform team, not infra.");
    a.tags = {QStringLiteral("recruiter"), QStringLiteral("mentor")};
    a.howWeMet = QStringLiteral("Career fair, booth 12");
    a.cadenceDays = 60;
    a.updatedAt = QDateTime(QDate(2026, 3, 29), QTime(1, 30), Qt::UTC);
    Contact b = draft(QStringLiteral("Νίκος Παπαδόπουλος 🏛️ ليلى"));
    b.notes = QString(200, u'λ');
    b.cadenceDays = Contact::kCadenceOff;

    const QByteArray out = vcard::write({a, b});
    const QString expected = QStringLiteral(
        "card 1\nVERSION: 4.0\nUID: urn:uuid:1f0c9b2e-7a4d-4e8b-9c3f-2d1e0a9b8c7d\nFN: Maya Chen\n"
        "N: family=Chen given=Maya\nORG: Northwind, Talent\nTITLE: Senior Recruiter\n"
        "EMAIL: maya@northwind.example\nEMAIL: maya@home.example\nTEL: +1 415-555-0101\nTEL: +1 415-555-0199\n"
        "URL: https://www.linkedin.com/in/maya-chen\n"
        "NOTE: Prefers email; mornings.\\nAsk about the platform team, not infra.\n"
        "CATEGORIES: recruiter,mentor\nX-REBOUND-HOW-WE-MET: Career fair, booth 12\nX-REBOUND-CADENCE: 60\n"
        "REV: 20260329T013000Z\n"
        "card 2\nVERSION: 4.0\nFN: Νίκος Παπαδόπουλος 🏛️ ليلى\nN: family=ليلى given=Νίκος Παπαδόπουλος 🏛️\n"
        "NOTE: ")
        + QString(200, u'λ') + QStringLiteral("\nX-REBOUND-CADENCE: off\ncards: 2\n");
    CHECK(pythonCheck(QStringLiteral("vcard_check.py"), out) == expected);
}
