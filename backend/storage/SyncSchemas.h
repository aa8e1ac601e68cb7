#pragma once
// The registry of synced tables: what a received op may write, and where.
#include "Store.h"

#include <QList>

namespace rebound {

// nullptr for an entity this version does not know (a newer app's): its ops are
// kept in the change log but not shown.
const EntitySchema *syncSchemaFor(const QString &entity);
// Every synced table, in a fixed order (by entity name).
const QList<const EntitySchema *> &allSyncSchemas();
// Free text a person writes at length (journal bodies, notes, reflections ...):
// a concurrent edit that loses is kept as a conflict revision.
bool isLongText(const QString &entity, const QString &field);

// Schemas that live in their repositories' files (anonymous there), exposed for
// the registry only.
namespace schemas {
const EntitySchema &journalEntry(); // JournalRepository.cpp
const EntitySchema &checkIn();      // CheckInRepository.cpp
const EntitySchema &win();          // CheckInRepository.cpp
const EntitySchema &catalogItem();  // CatalogRepository.cpp
} // namespace schemas

} // namespace rebound
