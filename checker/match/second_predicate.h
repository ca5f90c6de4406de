// "It reaffirmed its target of 2 million trucks a year by 2030 and said the
// concession runs until 2086": a figure that closes one predicate, then "and" and
// another predicate with a verb of its own before the cue. The figure is the first
// predicate's object or time; the cue's noun phrase, where a figure before a cue
// stands (docs/rules.md "Cues", step 2), begins after the second verb.
#pragma once

#include "match/document_index.h"

namespace factlint::match {

// Whether the tokens [from, to) between a figure and the cue after it hold "and", no
// verb before it and a verb after it ("by 2030 and said the", "on 1 December 1990,
// and the tunnel was formally"). With a verb before the "and", the figure is the
// subject the second predicate shares ("Ten men died and were buried").
bool second_predicate_between(const DocumentIndex& index, int from, int to);

}  // namespace factlint::match
