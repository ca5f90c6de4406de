// "A, or B": a figure restated in another measure after ", or" ("18% of the
// population, or about 70,000 people"; "$5 billion, or 2% of GDP").
#pragma once

#include "match/document_index.h"
#include "match/nfa_runner.h"

namespace factlint::match {

// Whether the cue `cue` and the figure [begin, end) stand on the two sides of such an
// ", or" with the cue in one figure's own phrase: "18% of Norland's population, or
// about 70,000 people" (the cue "population" in the 18%'s phrase), "$5 billion, or 2%
// of GDP" (the cue "GDP" in the 2%'s phrase). The cue there names what its own
// figure is a part or a share of, and the figure on the other side restates that one
// (the 70,000 are the 18%, the $5 billion are the 2%), so it is no value of the cue.
// So is the second figure when the first is a part "of" a whole: "18% of Norland's
// population, or about 70,000 people" under `cue people` too (the 70,000 are a part).
// A cue before both figures ("Spending reached 2% of GDP, or $5 billion") reads either.
bool across_a_restatement(const DocumentIndex& index, TokenMatch cue, int begin, int end, TokenMatch clause);

}  // namespace factlint::match
