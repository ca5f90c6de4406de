// The baseline: the findings a team has already seen, so CI fails only on new ones
// (docs/contracts.md#baseline-file). Made from a run's findings and compared with a
// later run's; project/baseline_file reads and writes it.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "compare/finding.h"

namespace factlint::compare {

// One recorded finding: enough to recognise it in a later run and to read in review.
struct BaselineEntry {
  std::string id;       // the finding's stable id (fact, key, scope; no line numbers)
  std::string fact;
  std::string key;
  std::string scope;    // "" when the fact has no scope
  std::string verdict;  // "conflicting" or "single-source"
  std::vector<std::string> values;  // the distinct values as reports display them, sorted

  friend bool operator==(const BaselineEntry&, const BaselineEntry&) = default;
};

// Every finding that is not consistent, sorted by id. Single-source findings are
// recorded too, so `--fail-on single-source` works with a baseline as well.
struct Baseline {
  std::vector<BaselineEntry> findings;

  // The entry with this id, or null.
  const BaselineEntry* find(const std::string& id) const;
  friend bool operator==(const Baseline&, const Baseline&) = default;
};

// Sorts entries by id, the order a baseline always keeps.
void sort_by_id(std::vector<BaselineEntry>& entries);

// Records every conflicting and single-source finding; consistent ones are left out.
// The result does not depend on the order of `findings`.
Baseline make_baseline(const std::vector<Finding>& findings);

enum class BaselineState { New, Known };

// "new" or "known": the spelling of the JSON report's optional "baseline" field.
const char* baseline_state_name(BaselineState state);

// How one run's findings relate to a baseline. The rule:
// - a consistent finding is never compared (it can neither fail nor be recorded);
// - a finding is Known when the baseline has an entry with the same id, the same
//   verdict and the same set of values: the team has seen exactly this disagreement;
// - any other finding is New, including one whose id is in the baseline but whose
//   verdict or values differ (a changed conflict is a new conflict: a new document
//   may have brought a third value), listed in `changed` as well;
// - a baseline entry is Fixed when the run has no finding with its id that is not
//   consistent (the documents were corrected, or the statements are gone).
struct BaselineComparison {
  std::map<std::string, BaselineState> states;  // finding id -> state, for every compared finding
  std::vector<std::string> changed;  // ids of New findings whose baseline entry differs, sorted
  std::vector<BaselineEntry> fixed;  // baseline entries no longer found, sorted by id

  std::size_t count(BaselineState state) const;
  // The state of the finding with this id; nullopt for findings that were not compared.
  std::optional<BaselineState> state_of(const std::string& id) const;
};

BaselineComparison compare_to_baseline(const Baseline& baseline, const std::vector<Finding>& findings);

// `baseline` without its fixed entries: what `factlint baseline prune` writes. Never adds.
Baseline prune_baseline(const Baseline& baseline, const BaselineComparison& comparison);

}  // namespace factlint::compare
