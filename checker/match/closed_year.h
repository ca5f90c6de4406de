// The year "the year" names in a story told after it closed: "At year-end the fund
// stood at NOK 10.9 trillion", told in February 2021, is the end of 2020.
#pragma once

#include <cstddef>

#include "doc/document.h"
#include "match/document_index.h"

namespace factlint::match {

// The year before publication when the sentence [sentence_begin, sentence_end) names
// the end of the year without its number ("at year-end", "at the end of the year",
// "by the end of the year", "at the close of the year", "at the turn of the year"; in
// a story published January to March also the whole year: "for the year", "over the
// year", "during the year"), tells of the past ("stood", "was", "returned") with no
// future or plan, and its paragraph names no year before it; else 0. Before December
// a year's end already told of in the past can only be the last one (docs/rules.md
// "Cues", step 5).
int closed_year(const doc::Document& document, const DocumentIndex& index, std::size_t sentence_begin,
                std::size_t sentence_end);

}  // namespace factlint::match
