#pragma once
#include <QDate>
#include <QLocale>
#include <QStringList>
#include <QVariantList>

namespace rebound {

// Vocabulary choices as QML sees them: [{key, label}] in the vocabulary's order.
inline QVariantList keyLabels(const QStringList &keys, QString (*label)(const QString &)) {
    QVariantList out;
    for (const QString &key : keys)
        out.append(QVariantMap{{QStringLiteral("key"), key}, {QStringLiteral("label"), label(key)}});
    return out;
}

// "30 Nov", with the year when it is not this year's; "" for no date.
inline QString shortDate(const QDate &date, const QDate &today) {
    if (!date.isValid())
        return {};
    return QLocale().toString(date, date.year() == today.year() ? QStringLiteral("d MMM")
                                                                : QStringLiteral("d MMM yyyy"));
}

} // namespace rebound
