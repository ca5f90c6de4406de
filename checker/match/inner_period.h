// The end of a quarter inside a year named beside a figure: "at the end of the first
// quarter", "at the end of Q3", "at the end of the first half". A count or sum stated
// then is that quarter's, not the year's (docs/rules.md "Cues", step 4: a figure of a
// shorter span). The year's own end ("at the end of the year", "the fourth quarter")
// is none, nor is a month's end: it may close a fiscal year.
#pragma once

#include "match/document_index.h"
#include "match/nfa_runner.h"

namespace factlint::match {

// Whether such a phrase stands in `clause` at its opening (before the figure
// [value_begin, value_end), nothing but its words, a year and a comma between) or after
// the figure anywhere in the clause, with no other figure of `type` between. For a
// `sum` (money), a quarter or half year the figure is counted over is one too, the
// fourth quarter included ("for the fourth quarter", "in Q4", "during the first half").
bool inner_period_of(const DocumentIndex& index, TokenMatch clause, int value_begin, int value_end,
                     const TypedReadings* figures, bool sum);

}  // namespace factlint::match
