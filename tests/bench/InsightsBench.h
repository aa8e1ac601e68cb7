#pragma once
// The Insights scenario of rebound-bench: builds a realistic vault of about
// `records` records (five years of check-ins, journal entries, applications
// with their stage events, contact interactions, wins and a few weekly effort
// goals) and times InsightsService::compute: cold (a fresh service), warm
// (cached) and after one write, plus each query and computation on its own.
#include <QJsonObject>
#include <cstdio>

namespace rebound::bench {

// Target from the issue: the whole Insights page's figures for a 100k-record vault.
constexpr double kInsightsTargetMs = 50.0;

// `runs` timed calls per measurement (after one warm-up). The returned object's
// "check" is false when the figures are inconsistent with the generated data.
QJsonObject insightsScenario(int records, int runs);
void printInsightsTable(std::FILE *to, const QJsonObject &r);

} // namespace rebound::bench
