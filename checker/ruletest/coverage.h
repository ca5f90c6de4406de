// Coverage of `factlint test`: a pattern or cue is covered when a passing example or
// expect case was satisfied by a statement it produced.
#pragma once

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "lang/ast.h"
#include "ruletest/rule_tests.h"
#include "source/diagnostic.h"

namespace factlint::ruletest {

// Patterns and cues in the rule set.
std::size_t rule_count(const lang::RuleSet& rules);

// Every pattern and cue whose (fact, index) is not in `fired`, in rule order.
std::vector<UncoveredPattern> uncovered_rules(const lang::RuleSet& rules,
                                              const std::set<std::pair<std::string, int>>& fired);

}  // namespace factlint::ruletest
