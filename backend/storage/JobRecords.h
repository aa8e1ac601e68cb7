#pragma once
// Row <-> value-type mapping for the job-search and goal tables, and the generic record
// helpers the job repositories share. Every write goes through WriteTransaction.
#include "Store.h"
#include "core/Contact.h"
#include "core/Feedback.h"
#include "core/Goal.h"
#include "core/Review.h"
#include "core/Interview.h"
#include "core/JobApplication.h"
#include "core/RejectionFlow.h"
#include "core/Reminder.h"

#include <optional>

namespace rebound::records {

// For each record type: its EntitySchema (column 0 is always id, then the
// schema's fields in order), how to write it and how to read a row back.
template <typename T> struct Codec;

#define REBOUND_CODEC(Type)                                                                             \
    template <> struct Codec<Type> {                                                                    \
        static const EntitySchema &schema();                                                            \
        static QList<FieldValue> fields(const Type &value);                                             \
        static Type read(const Statement &st);                                                          \
    };
REBOUND_CODEC(JobApplication)
REBOUND_CODEC(StageEvent)
REBOUND_CODEC(JobPerson)
REBOUND_CODEC(Interview)
REBOUND_CODEC(Feedback)
REBOUND_CODEC(Skill)
REBOUND_CODEC(SkillAction)
REBOUND_CODEC(Reminder)
REBOUND_CODEC(RejectionFlow)
REBOUND_CODEC(Goal) // GoalRecords.cpp from here
REBOUND_CODEC(Checklist)
REBOUND_CODEC(ChecklistItem)
REBOUND_CODEC(Review)
REBOUND_CODEC(ReviewAnswer)
REBOUND_CODEC(Contact) // ContactRecords.cpp from here
REBOUND_CODEC(Interaction)
REBOUND_CODEC(TagCadence)
REBOUND_CODEC(OutreachTemplate)
#undef REBOUND_CODEC

QString newId();
QDateTime fromMs(qint64 ms);

template <typename T> QString columns() {
    return QStringLiteral("id, ") + Codec<T>::schema().fields.join(QStringLiteral(", "));
}

// SELECT <columns> FROM <table> <tail>; binds are positional (?1, ?2, ...).
template <typename T> QList<T> select(Store &store, const QString &tail, const QVariantList &binds = {}) {
    Statement st = store.db().query(
        QStringLiteral("SELECT %1 FROM %2 %3").arg(columns<T>(), Codec<T>::schema().table, tail));
    for (int i = 0; i < binds.size(); ++i)
        st.bind(i + 1, binds[i]);
    QList<T> out;
    while (st.step())
        out.append(Codec<T>::read(st));
    return out;
}

template <typename T> std::optional<T> find(Store &store, const QString &id) {
    const QList<T> rows = select<T>(store, QStringLiteral("WHERE id = ?1"), {id});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.constFirst();
}

// Gives the record a new id and timestamps, inserts it and returns it.
template <typename T> T insert(Store &store, WriteTransaction &tx, T value) {
    value.id = newId();
    value.createdAt = fromMs(store.clock().nowMs());
    value.updatedAt = value.createdAt;
    tx.insert(Codec<T>::schema(), value.id, Codec<T>::fields(value));
    return value;
}

// Writes the fields that differ (and updated_at when any does); returns the stored value.
template <typename T> T update(Store &store, WriteTransaction &tx, const T &before, T after) {
    after.id = before.id;
    after.createdAt = before.createdAt;
    after.updatedAt = before.updatedAt;
    QList<FieldValue> diff = changedFields(Codec<T>::fields(before), Codec<T>::fields(after));
    if (diff.isEmpty())
        return before;
    const qint64 now = store.clock().nowMs();
    diff.append({QStringLiteral("updated_at"), now});
    tx.update(Codec<T>::schema(), after.id, diff);
    after.updatedAt = fromMs(now);
    return after;
}

template <typename T> void remove(WriteTransaction &tx, const T &value) {
    tx.remove(Codec<T>::schema(), value.id);
}

// Undo of remove: the record comes back exactly as it was, under its old id.
template <typename T> void restore(WriteTransaction &tx, const T &value) {
    tx.restore(Codec<T>::schema(), value.id, Codec<T>::fields(value));
}

template <typename T> void removeAll(WriteTransaction &tx, const QList<T> &values) {
    for (const T &v : values)
        remove(tx, v);
}

template <typename T> void restoreAll(WriteTransaction &tx, const QList<T> &values) {
    for (const T &v : values)
        restore(tx, v);
}

// Points feedback at another application/interview ("" unlinks): feedback feeds
// the skills plan, so deleting what it was about keeps it. Undo relinks it by
// passing each item as it was (feedback deleted meanwhile is skipped).
void relinkFeedback(Store &store, WriteTransaction &tx, const QList<Feedback> &asWas,
                    const std::optional<QString> &applicationId, const std::optional<QString> &interviewId);

} // namespace rebound::records
