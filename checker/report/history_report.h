// `factlint history`: the runs the store keeps (docs/contracts.md#commands), newest
// first, as text or JSON (factlint-history/v1).
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "store/store.h"

namespace factlint::report {

// One line a run, newest first:
// "run 12  2026-11-29T06:02:11Z  factlint 0.1.0  5 documents, 17 statements, 9 findings:
// 4 conflicting, 2 consistent, 3 single-source". Runs still open are left out.
std::string history_text(const std::vector<store::RunSummary>& runs);

// {"schema": "factlint-history/v1", "runs": [{"id", "started_at", "finished_at",
// "tool_version", "rule_set_hash", "summary": {...}}]}, newest first; "summary" has the
// keys of the JSON report's.
nlohmann::ordered_json history_json(const std::vector<store::RunSummary>& runs);

}  // namespace factlint::report
