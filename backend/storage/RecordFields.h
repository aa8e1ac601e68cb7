#pragma once
// Column helpers shared by the record codecs (JobRecords.cpp, GoalRecords.cpp).
#include "JobRecords.h"

namespace rebound::records::fields {

inline QString day(const QDate &date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}
inline QDate dayOf(const QString &text) {
    return QDate::fromString(text, Qt::ISODate);
}
inline QVariant optional(const std::optional<qint64> &value) {
    return value ? QVariant(*value) : QVariant();
}
inline std::optional<qint64> optionalOf(const Statement &st, int column) {
    if (st.isNull(column))
        return std::nullopt;
    return st.int64(column);
}
inline const QString kLocalMinute = QStringLiteral("yyyy-MM-ddTHH:mm");

inline EntitySchema schemaOf(const char *entity, const char *table, std::initializer_list<const char *> fields) {
    EntitySchema s{QString::fromLatin1(entity), QString::fromLatin1(table), {}};
    for (const char *f : fields)
        s.fields.append(QString::fromLatin1(f));
    s.fields << QStringLiteral("created_at") << QStringLiteral("updated_at");
    return s;
}

// Appends created_at and updated_at, which every job table ends with.
template <typename T> QList<FieldValue> stamped(const T &value, QList<FieldValue> fields) {
    fields.append({QStringLiteral("created_at"), value.createdAt.toMSecsSinceEpoch()});
    fields.append({QStringLiteral("updated_at"), value.updatedAt.toMSecsSinceEpoch()});
    return fields;
}

template <typename T> void readStamps(T &value, const Statement &st, int column) {
    value.createdAt = fromMs(st.int64(column));
    value.updatedAt = fromMs(st.int64(column + 1));
}


} // namespace rebound::records::fields
