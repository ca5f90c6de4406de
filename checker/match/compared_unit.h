// A compared figure that leaves out its unit: "cargo dropped to 210.1 million long
// tons, from 275.3 million the year before". The writer gives the unit once, with
// the first figure; the second is in the same unit. docs/rules.md "Cues", step 5.
#pragma once

#include <string_view>
#include <vector>

#include "value/scan.h"
#include "value/value_type.h"

namespace factlint::match {

struct Token;
struct EdgeTable;

// A reading of `type` for each bare figure that a reading of `readings` (all of
// `type`, sorted by begin) is compared with right after it: opened by "from",
// "against", "versus", "vs" or "compared with/to" (", up from", "down from",
// hedges such as "about" allowed; the first figure's "in 2020" may come between), and followed by no word of its own but a date's
// or a clause's end ("the year before", "in 2022", ",", "."), so "from 10 countries"
// is not one. It is read with the first figure's unit words, written after its
// number ("long tons", "km"; a unit written before, "$5 billion", gives none). Only
// quantities with units: never a count, a plain number, a percentage or a date.
// Offsets are into `text`, the normalized text `readings` were read from.
std::vector<value::ValueMatch> compared_without_unit(value::Type type, std::string_view text,
                                                     const std::vector<value::ValueMatch>& readings,
                                                     const value::ParseContext& context);

// The same for a list that does not repeat its verb (docs/rules.md "Cues", step 2,
// "A list without its verb"): "the north tower rises 412 metres and the south tower
// 398" reads 398 in metres. After a figure with its unit written after the number, a
// "," or "and" (or both), an entity's name (`names`, edges over `tokens`; "the"
// before it allowed), and right after the name a bare number that ends the clause or
// the pair (",", ".", ";", ")", "and" or the text's end) is in that unit; so is each
// later pair of such a list. Quantities with units only, as above.
std::vector<value::ValueMatch> listed_without_unit(value::Type type, std::string_view text,
                                                   const std::vector<Token>& tokens, const EdgeTable& names,
                                                   const std::vector<value::ValueMatch>& readings,
                                                   const value::ParseContext& context);

}  // namespace factlint::match
