#pragma once
#include <QDate>

namespace rebound {

class JournalRepository;

// Realistic sample content for screenshots and demos (never written to a real
// vault: --demo always uses a throw-away one).
void fillDemoJournal(JournalRepository &journal, const QDate &today);

} // namespace rebound
