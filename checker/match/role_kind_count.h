// A count right before the noun of a kind a fact's roles take counts things of that
// kind, not what the fact counts: "one city of five boroughs" is one city, "what are
// still two separate cities" two cities (docs/rules.md "Cues", step 2). The fact's
// things are named by its cue; its roles' things are the entities themselves.
#pragma once

#include <string>
#include <vector>

#include "match/cue_finder.h"

namespace factlint::match {

// Whether the count ending before token `end` (of the sentence ending at `last`) is
// followed, with at most one lowercase word between, by a noun that is one of `kinds`
// (singular or plural) and ends its noun phrase (punctuation, a preposition, a
// conjunction or a relative after it), none of these words being a cue word of the fact.
bool counts_role_things(const DocumentIndex& index, const std::vector<CompiledPattern>& cues,
                        const std::vector<std::string>& kinds, int end, int last);

}  // namespace factlint::match
