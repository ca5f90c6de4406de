// Attribution: who said each quote, read from the words around it ("X said",
// "said X", "according to X", "X called Y his ...", "in X's words"), with pronouns
// and titles ("he said", "the Russian president said") resolved to the person the
// document named last. A speaker the text does not tell stays unknown.
#pragma once

#include <string>
#include <vector>

#include "doc/document.h"
#include "quote/quote.h"
#include "quote/speaker_directory.h"

namespace factlint::quote {

// Fills Quote::speaker, about and about_text of every quote of `document` (the
// output of extract_quotes for it). Names that `entities` declare resolve to the
// entity's name. Nested quotes are left unknown: their speaker is the one the outer
// speaker quotes, which the text rarely names.
void attribute(const doc::Document& document, std::vector<Quote>& quotes, const EntityNames& entities);

// How the speaker was found, for people (explain, the JSON `attribution`):
//   said-before, pronoun "she" -> "pronoun 'she' resolved to Brecht, the person named last before it"
//   said-after, name "said Maas" -> "attribution cue after the quote naming 'Maas'"
//   unknown -> "unknown: the text names no speaker"
std::string describe_attribution(const Speaker& speaker);

}  // namespace factlint::quote
