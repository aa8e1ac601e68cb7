#pragma once
// The sync scenario of rebound-bench: starts a private Apache mod_dav on
// 127.0.0.1 (tests/webdav/apache.sh), fills a vault with about `records`
// records, sets up sync (the initial upload), joins from a second empty vault
// (the initial download), then makes one edit and syncs it both ways. Prints
// wall time, HTTP requests and bytes up/down for each step.
#include <QJsonObject>
#include <cstdio>

namespace rebound::bench {

// Targets from the issue: requests grow with batches, not records.
constexpr int kSyncInitialRequestsTarget10k = 50;
constexpr int kSyncEditRequestsTarget = 4;
constexpr int kSyncEditBytesUpTarget = 4096;

QJsonObject syncScenario(int records);
void printSyncTable(std::FILE *to, const QJsonObject &r);

} // namespace rebound::bench
