// The counts of one run: documents, statements and findings by verdict. What the
// JSON report prints as "summary" and what the store records for each run.
#pragma once

#include <cstddef>
#include <vector>

#include "compare/finding.h"

namespace factlint::compare {

struct Summary {
  std::size_t documents = 0;
  std::size_t statements = 0;
  std::size_t findings = 0;
  std::size_t consistent = 0;
  std::size_t conflicting = 0;
  std::size_t single_source = 0;
  // Of the conflicting, those an editor acknowledged (reason "acknowledged"): shown,
  // never failing (docs/decisions.md). Counted by summarize(); runs the store records
  // leave it at 0.
  std::size_t acknowledged = 0;
  friend bool operator==(const Summary&, const Summary&) = default;

  // One more finding of that verdict.
  void count(Verdict verdict);
  // One more finding, counting an acknowledged conflict as such too.
  void count(const Finding& finding);
};

// Counts the verdicts of `findings`.
Summary summarize(std::size_t documents, std::size_t statements, const std::vector<Finding>& findings);

}  // namespace factlint::compare
