// "Ten workers, eight of them British, were killed during construction": an aside set
// off by commas that counts some of the group just named ("eight of them", "most of
// whom", "two of which") tells of a part of that group. Its figure is no value of the
// group's fact, its words are no veto of the group's figure (they describe the part),
// and it puts the group's figure no further from the cue (docs/rules.md "Cues", step 2).
#pragma once

#include <vector>

#include "match/document_index.h"
#include "match/nfa_runner.h"

namespace factlint::match {

// The asides of tokens [first, last): from the comma that opens one ("," then one or
// two words, "of" and "them", "whom", "which", "those" or "us") up to the comma that
// closes it, at most eight tokens on, with no ".", ";" or ":" between. The closing
// comma is left out.
std::vector<TokenMatch> partitive_asides(const DocumentIndex& index, int first, int last);

// Whether the figure at token `begin` opens the clause after a partitive phrase that
// opens the sentence [first, ...) or a clause of it: "Of the four gates, two were shut",
// "So of its six lifts, three work", "At Orle, of the six gates, two were shut". The figure counts a part of the group the phrase names, not the
// group (docs/rules.md "Cues", step 2): the group's own figure is the fact's.
bool counts_part_of_fronted_group(const DocumentIndex& index, int first, int begin);

// Whether [begin, end) lies inside one of `asides`.
bool inside_an_aside(const std::vector<TokenMatch>& asides, int begin, int end);

// How many tokens of `asides` lie in [from, to).
int aside_tokens(const std::vector<TokenMatch>& asides, int from, int to);

}  // namespace factlint::match
