// Codecs for goals, checklists and reviews (schema 4).
#include "RecordFields.h"

namespace rebound::records {

using namespace fields;

// --- goals
const EntitySchema &Codec<Goal>::schema() {
    static const EntitySchema s =
        schemaOf("goal", "goals",
                 {"kind", "title", "notes", "status", "status_on", "parent_id", "metric", "weekly_target",
                  "target_date", "position"});
    return s;
}
QList<FieldValue> Codec<Goal>::fields(const Goal &g) {
    return stamped(g, {{QStringLiteral("kind"), g.kind},
                       {QStringLiteral("title"), g.title},
                       {QStringLiteral("notes"), g.notes},
                       {QStringLiteral("status"), g.status},
                       {QStringLiteral("status_on"), day(g.statusOn)},
                       {QStringLiteral("parent_id"), g.parentId},
                       {QStringLiteral("metric"), g.metric},
                       {QStringLiteral("weekly_target"), qint64(g.weeklyTarget)},
                       {QStringLiteral("target_date"), day(g.targetDate)},
                       {QStringLiteral("position"), qint64(g.position)}});
}
Goal Codec<Goal>::read(const Statement &st) {
    Goal g;
    g.id = st.text(0);
    g.kind = st.text(1);
    g.title = st.text(2);
    g.notes = st.text(3);
    g.status = st.text(4);
    g.statusOn = dayOf(st.text(5));
    g.parentId = st.text(6);
    g.metric = st.text(7);
    g.weeklyTarget = int(st.int64(8));
    g.targetDate = dayOf(st.text(9));
    g.position = int(st.int64(10));
    readStamps(g, st, 11);
    return g;
}

// --- checklists
const EntitySchema &Codec<Checklist>::schema() {
    static const EntitySchema s = schemaOf("checklist", "checklists", {"name", "every_weeks", "position"});
    return s;
}
QList<FieldValue> Codec<Checklist>::fields(const Checklist &c) {
    return stamped(c, {{QStringLiteral("name"), c.name},
                       {QStringLiteral("every_weeks"), qint64(c.everyWeeks)},
                       {QStringLiteral("position"), qint64(c.position)}});
}
Checklist Codec<Checklist>::read(const Statement &st) {
    Checklist c;
    c.id = st.text(0);
    c.name = st.text(1);
    c.everyWeeks = int(st.int64(2));
    c.position = int(st.int64(3));
    readStamps(c, st, 4);
    return c;
}

const EntitySchema &Codec<ChecklistItem>::schema() {
    static const EntitySchema s =
        schemaOf("checklist_item", "checklist_items", {"checklist_id", "text", "hint", "position"});
    return s;
}
QList<FieldValue> Codec<ChecklistItem>::fields(const ChecklistItem &i) {
    return stamped(i, {{QStringLiteral("checklist_id"), i.checklistId},
                       {QStringLiteral("text"), i.text},
                       {QStringLiteral("hint"), i.hint},
                       {QStringLiteral("position"), qint64(i.position)}});
}
ChecklistItem Codec<ChecklistItem>::read(const Statement &st) {
    ChecklistItem i;
    i.id = st.text(0);
    i.checklistId = st.text(1);
    i.text = st.text(2);
    i.hint = st.text(3);
    i.position = int(st.int64(4));
    readStamps(i, st, 5);
    return i;
}

// --- reviews
const EntitySchema &Codec<Review>::schema() {
    static const EntitySchema s = schemaOf("review", "reviews",
                                           {"checklist_id", "checklist_name", "started_on", "finished_on", "summary"});
    return s;
}
QList<FieldValue> Codec<Review>::fields(const Review &r) {
    return stamped(r, {{QStringLiteral("checklist_id"), r.checklistId},
                       {QStringLiteral("checklist_name"), r.checklistName},
                       {QStringLiteral("started_on"), day(r.startedOn)},
                       {QStringLiteral("finished_on"), day(r.finishedOn)},
                       {QStringLiteral("summary"), r.summary}});
}
Review Codec<Review>::read(const Statement &st) {
    Review r;
    r.id = st.text(0);
    r.checklistId = st.text(1);
    r.checklistName = st.text(2);
    r.startedOn = dayOf(st.text(3));
    r.finishedOn = dayOf(st.text(4));
    r.summary = st.text(5);
    readStamps(r, st, 6);
    return r;
}

const EntitySchema &Codec<ReviewAnswer>::schema() {
    static const EntitySchema s =
        schemaOf("review_answer", "review_answers",
                 {"review_id", "item_id", "item_text", "item_hint", "position", "answer", "note", "follow_up_kind",
                  "follow_up_title", "follow_up_target", "follow_up_detail", "follow_up_id"});
    return s;
}
QList<FieldValue> Codec<ReviewAnswer>::fields(const ReviewAnswer &a) {
    return stamped(a, {{QStringLiteral("review_id"), a.reviewId},
                       {QStringLiteral("item_id"), a.itemId},
                       {QStringLiteral("item_text"), a.itemText},
                       {QStringLiteral("item_hint"), a.itemHint},
                       {QStringLiteral("position"), qint64(a.position)},
                       {QStringLiteral("answer"), a.answer},
                       {QStringLiteral("note"), a.note},
                       {QStringLiteral("follow_up_kind"), a.followUp.kind},
                       {QStringLiteral("follow_up_title"), a.followUp.title},
                       {QStringLiteral("follow_up_target"), a.followUp.target},
                       {QStringLiteral("follow_up_detail"), a.followUp.detail},
                       {QStringLiteral("follow_up_id"), a.followUpId}});
}
ReviewAnswer Codec<ReviewAnswer>::read(const Statement &st) {
    ReviewAnswer a;
    a.id = st.text(0);
    a.reviewId = st.text(1);
    a.itemId = st.text(2);
    a.itemText = st.text(3);
    a.itemHint = st.text(4);
    a.position = int(st.int64(5));
    a.answer = st.text(6);
    a.note = st.text(7);
    a.followUp.kind = st.text(8);
    a.followUp.title = st.text(9);
    a.followUp.target = st.text(10);
    a.followUp.detail = st.text(11);
    a.followUpId = st.text(12);
    readStamps(a, st, 13);
    return a;
}

} // namespace rebound::records
