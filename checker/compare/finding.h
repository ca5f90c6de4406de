// A finding: the verdict on one fact key, with every distinct value and the
// statements behind it. The unit of every report.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compare/decision.h"
#include "match/statement.h"
#include "value/value.h"

namespace factlint::compare {

enum class Verdict { Consistent, Conflicting, SingleSource };

// "consistent", "conflicting", "single-source" (the JSON contract's spelling).
std::string_view verdict_name(Verdict verdict);

// Statements whose values are compatible with each other, shown as one value.
struct ValueGroup {
  value::Value value;                         // the representative (most precise) reading
  std::vector<match::Statement> statements;   // sorted by document, line, column
  bool suggested = false;                     // the best-supported group of a conflict
  bool deviates = false;  // deviates-from-decision: its statements disagree with the canonical value
};

struct Finding {
  std::string id;        // stable: hash of fact, key and scope, independent of line numbers
  std::string fact;
  std::string key;
  std::string scope;     // "" or e.g. "2023"
  Verdict verdict = Verdict::SingleSource;
  std::string reason;    // values-differ, within-document, changed-over-time, ...
  std::string severity;  // error | warning | info, from the fact
  std::string explanation;  // one sentence saying why, for people
  std::vector<ValueGroup> values;
  Decisions decisions;   // the editors' decisions about this finding, in file order
  // Set when the statements of `values` wait in a run's temporary file until the
  // report (compare/finding_spill.h): every group's list is then empty, and
  // FindingSpill::whole gives the finding with them (issue 10).
  struct Spilled {
    std::uint64_t at = 0;
    std::uint64_t bytes = 0;
    // Each group's distinct documents, sorted, when the spill keeps them (a checked
    // change picks findings by their documents, compare/change_scope.h); else null.
    // Shared: a copy of the finding (a report's read-back) does not copy 80,000 paths.
    std::shared_ptr<const std::vector<std::vector<std::string>>> documents;
  };
  std::optional<Spilled> spilled;
  std::size_t document_count() const;
};

}  // namespace factlint::compare
