// A sum of money told as the size of a change, not a level: "Tolls rose 50 cents last
// July, to $9.75" states a toll of $9.75; the 50 cents is how much it rose
// (docs/rules.md "Derived values"). As a fall's percentage is a change ("fell 3.2%"),
// the amount right after a verb of change is one.
#pragma once

#include <vector>

#include "match/document_index.h"
#include "match/nfa_runner.h"

namespace factlint::match {

// Whether the money figure starting at token `begin` follows a verb of change ("rose",
// "fell", "increased", "climbed", "dropped", ...; "went up", "was down"), with "by" or a
// hedge ("about", "nearly", ...) between at most, not before `first`. A verb that is one
// of the fact's `cues` words names what the fact measures: the change itself ("cue
// rose"). "rose to $9.75" is a level ("to" between), "fell below $9 billion" a level
// crossed; "raised $5 million" is money raised, no change, so "raise" is no such verb.
bool sizes_a_change(const std::vector<CompiledPattern>& cues, const DocumentIndex& index, int first, int begin);

}  // namespace factlint::match
