// A second predicate that shares its sentence's subject: "Brennan passed the old
// record of Ostrowski in May and became the first keeper to serve 40 years". After
// "and" with no subject of its own, the verb is the opening name's, so the figure of
// that predicate is Brennan's, not that of the name in the first predicate's object
// (docs/rules.md "Cues", step 3).
#pragma once

#include "match/document_index.h"
#include "match/nfa_runner.h"

namespace factlint::match {

// The token of the "and" that opens a subjectless second predicate before
// `match_begin` in `range`, when `range` opens with a declared name (its subject); -1
// otherwise. The word after "and" must be a verb: a past form ("passed", "became",
// "set"), or "is", "has", "holds" and the like.
int shared_subject_and(const DocumentIndex& index, TokenMatch range, int match_begin);

}  // namespace factlint::match
