#pragma once
#include <QDate>

namespace rebound {

class Vault;

// Realistic sample content for screenshots and demos (never written to a real
// vault: --demo always uses a throw-away one): journal entries with tags and
// emotions, check-ins on most days, small wins, and memories from earlier months.
void fillDemoData(Vault &vault, const QDate &today);
// The job-search part (also called by fillDemoData): applications in every
// stage, interviews with reflections, feedback with skills, rejection flows.
void fillDemoJobSearch(Vault &vault, const QDate &today);
// Goals (also called by fillDemoData, after the job search): a north star,
// goals with alternatives, weekly effort targets, two finished reviews of the
// default checklist and one in progress, and a second checklist.
void fillDemoGoals(Vault &vault, const QDate &today);
// Contacts of every tag with interactions, some due or overdue for keep in touch,
// and an application's recruiter saved as a contact (also called by fillDemoData).
void fillDemoContacts(Vault &vault, const QDate &today);

} // namespace rebound
