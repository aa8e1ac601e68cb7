#include "SyncSchemas.h"

#include "JobRecords.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace rebound {

namespace {

QList<const EntitySchema *> buildAll() {
    using namespace records;
    QList<const EntitySchema *> all{
        &schemas::journalEntry(),
        &schemas::checkIn(),
        &schemas::win(),
        &schemas::catalogItem(),
        &Codec<JobApplication>::schema(),
        &Codec<StageEvent>::schema(),
        &Codec<JobPerson>::schema(),
        &Codec<Interview>::schema(),
        &Codec<Feedback>::schema(),
        &Codec<Skill>::schema(),
        &Codec<SkillAction>::schema(),
        &Codec<Reminder>::schema(),
        &Codec<RejectionFlow>::schema(),
        &Codec<Goal>::schema(),
        &Codec<Checklist>::schema(),
        &Codec<ChecklistItem>::schema(),
        &Codec<Review>::schema(),
        &Codec<ReviewAnswer>::schema(),
        &Codec<Contact>::schema(),
        &Codec<Interaction>::schema(),
        &Codec<TagCadence>::schema(),
        &Codec<OutreachTemplate>::schema(),
    };
    std::sort(all.begin(), all.end(),
              [](const EntitySchema *a, const EntitySchema *b) { return a->entity < b->entity; });
    return all;
}

QString key(const QString &entity, const QString &field) {
    return entity + QLatin1Char('.') + field;
}

// Chosen from the value types: what people write in sentences and paragraphs, not
// names, one-line notes or machine values.
const QSet<QString> &longTextFields() {
    static const QSet<QString> fields = [] {
        QSet<QString> s;
        const std::initializer_list<std::pair<const char *, const char *>> list{
            {"journal_entry", "body"},
            {"application", "notes"},
            {"interview", "stumped"},
            {"interview", "less_confident"},
            {"interview", "went_well"},
            {"interview", "do_differently"},
            {"interview", "notes"},
            {"feedback", "body"},
            {"skill", "pitch"},
            {"rejection_flow", "feedback_message"},
            {"rejection_flow", "case_note"},
            {"rejection_flow", "thank_you_message"},
            {"goal", "notes"},
            {"review", "summary"},
            {"review_answer", "note"},
            {"contact", "notes"},
            {"interaction", "note"},
            {"outreach_template", "body"},
        };
        for (const auto &[entity, field] : list)
            s.insert(key(QString::fromLatin1(entity), QString::fromLatin1(field)));
        return s;
    }();
    return fields;
}

} // namespace

const QList<const EntitySchema *> &allSyncSchemas() {
    static const QList<const EntitySchema *> all = buildAll();
    return all;
}

const EntitySchema *syncSchemaFor(const QString &entity) {
    static const QHash<QString, const EntitySchema *> byName = [] {
        QHash<QString, const EntitySchema *> h;
        for (const EntitySchema *s : allSyncSchemas())
            h.insert(s->entity, s);
        return h;
    }();
    return byName.value(entity, nullptr);
}

bool isLongText(const QString &entity, const QString &field) {
    return longTextFields().contains(key(entity, field));
}

} // namespace rebound
