// Compiles a RuleSet into token automata and runs them over documents. Linear in
// the document length for any rule set: patterns are simulated as NFAs over
// tokens (no backtracking), values come from value::scan_values.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "doc/document.h"
#include "lang/ast.h"
#include "match/statement.h"
#include "value/scan.h"

namespace factlint::match {

class Matcher {
 public:
  // The rule set must outlive the matcher.
  explicit Matcher(const lang::RuleSet& rules);
  ~Matcher();
  Matcher(Matcher&&) noexcept;
  Matcher& operator=(Matcher&&) noexcept;

  // Every statement in the document, overlaps resolved (priority, then longest,
  // then rule order, then offset), sorted by position.
  std::vector<Statement> run(const doc::Document& document) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace factlint::match
