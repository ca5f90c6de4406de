// A thing named by its kind: "The canal, 171 km long, ..." after a sentence naming the
// Main-Danube Canal, "The whole network is 78.5 km long" in a section on the U-Bahn,
// "The Danish company emitted ..." a paragraph after one on Maersk. Writers name a
// thing once and go on with "the" and what it is; a sentence opening so is about the
// nearest thing of that kind named before (docs/rules.md "Cues", step 3), even past a
// sentence about something else that a pronoun could not reach past. Only as the
// sentence's subject: "The typical client is on the mountain for 60 days" after a
// sentence on Ama Dablam is no more about Ama Dablam than about Everest.
#pragma once

#include <vector>

#include "match/document_index.h"

namespace factlint::match {

// How far back a kind reaches for its thing: sentences of its section (a heading
// stops it), at most this many.
inline constexpr int kKindReach = 6;

// Where the sentence [first, end) names a thing by its kind: it opens with "the", "this"
// or "that" (`determiners`), at most two other words ("The whole network", "The Danish
// company"), then one of `kind_words` (the kind's own word and the nouns a `kind`
// declaration gives it: "The automaker"). The noun's token, or -1 when there is none
// (always for a kind no word spells, "entity"); a word inside an entity's name ("The
// Panama Canal") is no kind's.
int refers_by_kind(const DocumentIndex& index, const std::vector<int>& determiners, const std::vector<int>& kind_words,
                   int first, int end);

}  // namespace factlint::match
