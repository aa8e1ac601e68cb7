#pragma once
#include <QMetaType>
#include <QString>

namespace rebound {

// A named emotion or effort tag the user picks in a check-in. Built-in items have
// stable ids ("emotion:anxious") so every device agrees on them; the database only
// stores what the user changed (a new name, hidden) and the items they added.
struct CatalogItem {
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(int valence MEMBER valence)
    Q_PROPERTY(bool hidden MEMBER hidden)
    Q_PROPERTY(bool builtIn MEMBER builtIn)
public:
    enum class Kind { Emotion, Effort };
    static constexpr int kMaxNameChars = 40;
    static constexpr int kMaxItems = 200; // per kind, user-added included

    QString id;
    Kind kind = Kind::Emotion;
    QString name;     // what to show: the user's name, else the translated built-in name
    int valence = 0;  // emotions: -1 hard, 0 neutral, +1 good; efforts: 0
    bool hidden = false;
    bool builtIn = false;
    int position = 0;

    bool operator==(const CatalogItem &) const = default;
};

} // namespace rebound

Q_DECLARE_METATYPE(rebound::CatalogItem)
