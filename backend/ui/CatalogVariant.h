#pragma once
#include "core/CatalogItem.h"

#include <QList>
#include <QVariantList>

namespace rebound {

// Emotions and effort tags as QML sees them: [{id, name, valence, hidden, builtIn}].
inline QVariantList catalogToVariant(const QList<CatalogItem> &items) {
    QVariantList out;
    for (const CatalogItem &i : items)
        out.append(QVariantMap{{QStringLiteral("id"), i.id},
                               {QStringLiteral("name"), i.name},
                               {QStringLiteral("valence"), i.valence},
                               {QStringLiteral("hidden"), i.hidden},
                               {QStringLiteral("builtIn"), i.builtIn}});
    return out;
}

} // namespace rebound
