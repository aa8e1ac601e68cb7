#pragma once
// A closed list of keys with translated labels (stages, goal kinds, ...).
#include <QCoreApplication>
#include <QStringList>
#include <initializer_list>
#include <utility>

namespace rebound {

struct Vocabulary {
    const char *context = ""; // translation context of the labels
    QStringList keys;
    QList<const char *> labels; // QT_TRANSLATE_NOOP(context, ...)

    QString label(const QString &key) const {
        const qsizetype i = keys.indexOf(key);
        return i < 0 ? key : QCoreApplication::translate(context, labels[i]);
    }
    bool contains(const QString &key) const { return keys.contains(key); }
};

inline Vocabulary makeVocabulary(const char *context,
                                 std::initializer_list<std::pair<const char *, const char *>> items) {
    Vocabulary v;
    v.context = context;
    for (const auto &[key, label] : items) {
        v.keys.append(QString::fromLatin1(key));
        v.labels.append(label);
    }
    return v;
}

} // namespace rebound
