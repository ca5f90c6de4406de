// The compare stage: statements from every document in, one finding per fact key
// (and scope) out, each with a verdict and a reason.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "compare/decision.h"
#include "compare/document_dates.h"
#include "compare/finding.h"
#include "lang/ast.h"
#include "match/statement.h"

namespace factlint::compare {


// Applies the editors' decisions that name `f` (by id or key) once its verdict is
// known: an acknowledged conflict becomes reason acknowledged, severity info; every
// such decision is attached to `f.decisions`. compare_statements does it for fact
// findings; the check run does it for quote findings, which come from quote/.
// An acknowledgement that lists its values covers only values agreeing with one of them
// under `fact`'s comparison (by their words for a quotation: `fact` nullptr).
void apply_decisions(Finding& f, const Decisions& decisions, const lang::FactDecl* fact = nullptr);

// Groups statements by (fact, key, scope) and classifies each group:
// - conflicting: values that disagree under the fact's `compare` policy
//   (values-differ; within-document when one document holds them all;
//   deviates-from-decision when a `known` value exists and a statement disagrees;
//   for `compare increasing`, only a later document stating less than an earlier one)
//   An editor's Canonical decision acts like a `known` value (and wins over it);
//   Acknowledged keeps the verdict but reports reason acknowledged with severity info,
//   so it never fails CI; WrongExtraction drops the statement it names.
// - consistent: two or more documents, all values agree (same-value,
//   compatible-intervals, unit-converted, rounding, within-tolerance, increasing)
// - single-source: one document, no disagreement.
// Findings are sorted by fact, key and scope. The statements are moved into them;
// those that wrong-extraction decisions take out go to `dropped` when it is given.
// compare_statements one key at a time, for statements merged key by key from disk
// (issue 10): hand each (fact, key, scope)'s statements to add(), in arrival order, keys
// in (fact, key, scope) order; each finding goes to `emit` once its key's other scopes
// are known (a year's finding is explained against the key's other years), the last
// ones at finish(). The findings are those compare_statements returns, in its order.
class KeyComparator {
 public:
  KeyComparator(const lang::RuleSet& rules, const DocumentDates& dates, const Decisions& decisions,
                std::vector<match::Statement>* dropped, std::function<void(Finding)> emit);
  void add(std::vector<match::Statement> members);
  void finish();

 private:
  void emit_key();

  const lang::RuleSet& rules_;
  const DocumentDates& dates_;
  const Decisions& decisions_;
  std::vector<match::Statement>* dropped_;
  std::function<void(Finding)> emit_;
  std::vector<Finding> key_;  // the findings of the (fact, key) being compared, one per scope
};

std::vector<Finding> compare_statements(std::vector<match::Statement> statements,
                                        const lang::RuleSet& rules, const DocumentDates& dates,
                                        const Decisions& decisions = {},
                                        std::vector<match::Statement>* dropped = nullptr);

}  // namespace factlint::compare
