// The year of a date that does not write it, for a fact whose value is a `year`:
// "The net was completed last year", "... was completed in January" in a story of
// March 2024 state 2023 and 2024, as a `date` fact would read them (docs/rules.md
// "The publication date"): the year the sentence or its paragraph opens with comes
// first for a month or day without its year, then the publication date.
#pragma once

#include <vector>

#include "doc/document.h"
#include "match/document_index.h"
#include "value/scan.h"

namespace factlint::match {

// A `year` reading over each date reading of `index` that writes no year of its own
// ("last year", "two years ago", "in January", "on 3 May", not "July 2016", "'16" or
// "7/16") and lies within one calendar year, where no year reading stands already.
// A weekday alone inside another year's frame names no day (as for a `date` fact),
// and gives none.
std::vector<value::ValueMatch> years_of_relative_dates(const doc::Document& document, const DocumentIndex& index);

}  // namespace factlint::match
