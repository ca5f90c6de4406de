// A thing called by its kind with "the": "the tunnel" in a story about the one tunnel
// the rules declare. A writer who has named the tunnel once, or never (a travel blog
// about the crossing, an interview where the host's question says what the talk is
// about), goes on with "the tunnel": the definite article says the reader knows which.
// Such mentions count toward the document's topic (docs/rules.md "Cues", step 3) for
// the one entity the noun can mean: the only one of its kind the document names, or,
// when it names none, the only one the rules declare (ignored entities aside: they
// stand for other things, which "the tunnel" does not single out).
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "match/document_index.h"

namespace factlint::match {

// The entity "the <noun>" means, or -1: of the noun's entities (`of_kind`) that are not
// ignored, the only one the document names, else (none named) the only one there is.
int meant_by_kind(const DocumentIndex& index, const std::vector<int>& of_kind, const std::function<bool(int)>& ignored);

// Per entity index (`entities` of them), how many times the document writes "the" and
// a noun of its kind that can mean only it (`kind_entities`: a kind's noun -> the
// entities of that kind; `ignored(e)`: whether entity e is an `ignore entity`). Not a
// noun inside a name ("the Channel Tunnel" is a name's mention already), nor one
// before "of" ("the city of Lyon" says which city by a name of its own).
std::vector<int> definite_kind_mentions(const DocumentIndex& index,
                                        const std::map<std::string, std::vector<int>, std::less<>>& kind_entities,
                                        const std::function<bool(int)>& ignored, std::size_t entities);

}  // namespace factlint::match
