// A year a pattern writes as one of its words (`pattern 1937 ... {rank} ... suspension`):
// its author says which year the match is about, so it is the statement's scope
// wherever the sentence holds it, also inside a relative clause or an appositive that
// would date only its own figures ("The Golden Gate Bridge, which opened in 1937, was
// the longest suspension bridge in the world"; docs/rules.md "Patterns", "scope per year").
#pragma once

#include <vector>

#include "lang/ast.h"
#include "match/document_index.h"
#include "match/nfa_runner.h"

namespace factlint::match {

// The years (1000 to 2999) written as words of `pattern`, its macros expanded.
std::vector<int> years_written(const lang::PatternNode& pattern, const lang::RuleSet& rules);

// The first of `years` that a token of `match` is, or 0.
int year_matched(const DocumentIndex& index, TokenMatch match, const std::vector<int>& years);

}  // namespace factlint::match
