// Words that name what a figure leaves out: "3.56 million hybrids (excluding plug-in
// hybrids)", "sales, not counting exports, of 2 million". A veto word there says what
// the figure is not, so it does not veto (docs/rules.md "Cues", step 4).
#pragma once

#include "match/document_index.h"
#include "match/nfa_runner.h"

namespace factlint::match {

// Whether the veto word at `v` stands in a phrase opened by "excluding", "excludes",
// "excluded", "except", "without", "other than", "apart from", "not counting" or "not
// including", at most four tokens before it and no ",", ";", "(" or ")" between, and
// not before `clause_begin`.
bool left_out(const DocumentIndex& index, TokenMatch v, int clause_begin);

}  // namespace factlint::match
