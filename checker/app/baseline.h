// The baseline (.factlint-baseline.json, docs/contracts.md#baseline-file): the findings a team has
// already seen, committed beside the corpus so CI fails only on new ones.
// Made from a run's findings, written as stable JSON, read back, compared to a run.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "compare/finding.h"
#include "source/diagnostic.h"

namespace factlint::app {

inline constexpr const char* kDefaultBaselineFile = ".factlint-baseline.json";
inline constexpr const char* kBaselineSchema = "factlint-baseline/v1";

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

// Records every conflicting and single-source finding; consistent ones are left out.
// The result does not depend on the order of `findings`.
Baseline make_baseline(const std::vector<compare::Finding>& findings);

// The file's text: {"schema": "factlint-baseline/v1", "findings": [...]}, two-space
// indented, one value a line, entries sorted by id, ending with a newline. The same
// findings always give the same bytes, so a change shows up in review as a small diff.
std::string to_json_text(const Baseline& baseline);

// Reads a baseline from `path`. A file that does not exist gives an empty baseline
// when `required` is false and an error otherwise. Broken JSON is an error located at
// the line and column where parsing stopped; a missing or unknown "schema" and
// malformed entries are errors too. The result is nullopt when any error was found.
std::optional<Baseline> read_baseline(const std::string& path, bool required, source::DiagnosticSink& sink);

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

BaselineComparison compare_to_baseline(const Baseline& baseline, const std::vector<compare::Finding>& findings);

// `baseline` without its fixed entries: what `factlint baseline prune` writes. Never adds.
Baseline prune_baseline(const Baseline& baseline, const BaselineComparison& comparison);

}  // namespace factlint::app
