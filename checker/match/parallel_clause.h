// A clause after ", but", ", while" or ", whereas" that tells the same of another
// figure: "Around 1.9 million visitors came in 2019, but only 480,000 came in 2020".
#pragma once

#include "match/document_index.h"
#include "match/nfa_runner.h"

namespace factlint::match {

// Whether `second`, the clause right after `first` past "but", "while" or "whereas",
// opens with the figure at [begin, end) (a hedge between: "only", "just", "about")
// whose verb repeats a word of `first` ("came" ... "came"): the figure is then the
// subject of the same predicate, a value of the fact `first`'s cue reads, though no
// cue word stands in `second` (a blind writer's report, session 22).
bool repeats_the_clause(const DocumentIndex& index, TokenMatch first, TokenMatch second, int begin, int end);

}  // namespace factlint::match
