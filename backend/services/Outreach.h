#pragma once
#include "core/Contact.h"

#include <QList>

namespace rebound::outreach {

// The templates a new vault starts with (translated; the migration stores them).
QList<OutreachTemplate> defaults();
// Fills {first_name}, {name} and {company}; unknown placeholders stay as typed.
QString fill(const QString &body, const Contact &contact);
// "mailto:" link with the first email and the message as body (empty without email).
QString mailtoLink(const Contact &contact, const QString &subject, const QString &message);

} // namespace rebound::outreach
