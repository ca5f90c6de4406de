// A sentence that names no year, continuing the one before it, takes that sentence's
// year (docs/rules.md "Cues", step 5).
#pragma once

#include <vector>

#include "doc/document.h"
#include "lang/ast.h"
#include "match/statement.h"

namespace factlint::match {

// "Corvane sold 2.1 million looms in 2023, the world's largest maker. Halder was
// second with 1.7 million.": a statement whose sentence names no year, right after a
// sentence of its paragraph with a statement of the same fact that its own words
// date, continues it and takes that year (docs/rules.md "Cues", step 5; a blind
// writer's report). `out` in text order.
void date_by_sentence_before(const doc::Document& document, const lang::RuleSet& rules, std::vector<Statement>& out);

}  // namespace factlint::match
