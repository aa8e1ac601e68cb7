// Codecs for contacts, interactions, tag cadences and outreach templates (schema 5).
#include "RecordFields.h"
#include "core/TextRules.h"

namespace rebound::records {

using namespace fields;

// --- contacts
const EntitySchema &Codec<Contact>::schema() {
    static const EntitySchema s =
        schemaOf("contact", "contacts",
                 {"name", "company", "role", "emails", "phones", "profile_url", "how_we_met", "tags", "notes",
                  "cadence_days"});
    return s;
}
QList<FieldValue> Codec<Contact>::fields(const Contact &c) {
    return stamped(c, {{QStringLiteral("name"), c.name},
                       {QStringLiteral("company"), c.company},
                       {QStringLiteral("role"), c.role},
                       {QStringLiteral("emails"), text::joinList(c.emails)},
                       {QStringLiteral("phones"), text::joinList(c.phones)},
                       {QStringLiteral("profile_url"), c.profileUrl},
                       {QStringLiteral("how_we_met"), c.howWeMet},
                       {QStringLiteral("tags"), text::joinList(c.tags)},
                       {QStringLiteral("notes"), c.notes},
                       {QStringLiteral("cadence_days"), qint64(c.cadenceDays)}});
}
Contact Codec<Contact>::read(const Statement &st) {
    Contact c;
    c.id = st.text(0);
    c.name = st.text(1);
    c.company = st.text(2);
    c.role = st.text(3);
    c.emails = text::splitList(st.text(4));
    c.phones = text::splitList(st.text(5));
    c.profileUrl = st.text(6);
    c.howWeMet = st.text(7);
    c.tags = text::splitList(st.text(8));
    c.notes = st.text(9);
    c.cadenceDays = int(st.int64(10));
    readStamps(c, st, 11);
    return c;
}

// --- interactions
const EntitySchema &Codec<Interaction>::schema() {
    static const EntitySchema s = schemaOf("interaction", "interactions", {"contact_id", "kind", "occurred_on", "note"});
    return s;
}
QList<FieldValue> Codec<Interaction>::fields(const Interaction &i) {
    return stamped(i, {{QStringLiteral("contact_id"), i.contactId},
                       {QStringLiteral("kind"), i.kind},
                       {QStringLiteral("occurred_on"), day(i.occurredOn)},
                       {QStringLiteral("note"), i.note}});
}
Interaction Codec<Interaction>::read(const Statement &st) {
    Interaction i;
    i.id = st.text(0);
    i.contactId = st.text(1);
    i.kind = st.text(2);
    i.occurredOn = dayOf(st.text(3));
    i.note = st.text(4);
    readStamps(i, st, 5);
    return i;
}

// --- keep-in-touch defaults per tag
const EntitySchema &Codec<TagCadence>::schema() {
    static const EntitySchema s = schemaOf("tag_cadence", "tag_cadences", {"days"});
    return s;
}
QList<FieldValue> Codec<TagCadence>::fields(const TagCadence &t) {
    return stamped(t, {{QStringLiteral("days"), qint64(t.days)}});
}
TagCadence Codec<TagCadence>::read(const Statement &st) {
    TagCadence t;
    t.id = st.text(0);
    t.days = int(st.int64(1));
    readStamps(t, st, 2);
    return t;
}

// --- outreach templates
const EntitySchema &Codec<OutreachTemplate>::schema() {
    static const EntitySchema s = schemaOf("outreach_template", "outreach_templates", {"name", "body", "position"});
    return s;
}
QList<FieldValue> Codec<OutreachTemplate>::fields(const OutreachTemplate &t) {
    return stamped(t, {{QStringLiteral("name"), t.name},
                       {QStringLiteral("body"), t.body},
                       {QStringLiteral("position"), qint64(t.position)}});
}
OutreachTemplate Codec<OutreachTemplate>::read(const Statement &st) {
    OutreachTemplate t;
    t.id = st.text(0);
    t.name = st.text(1);
    t.body = st.text(2);
    t.position = int(st.int64(3));
    readStamps(t, st, 4);
    return t;
}

} // namespace rebound::records
