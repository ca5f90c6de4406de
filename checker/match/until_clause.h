// "Until Halvor Spire was completed, Osten Mast was the tallest": a clause opening its
// sentence with "Until" and a verb of its own says that the main clause's figure held
// before an event, a past one, of no year the main clause gives.
#pragma once

#include "match/document_index.h"

namespace factlint::match {

// The token of the comma that closes a clause opening the sentence [first, last) with
// "Until" or "Till" and a verb of its own, or -1. "Until 2017, ..." (no verb) is a
// bound on a year, which the year readers take (scope_year.h, after_until).
int opening_until_clause_end(const DocumentIndex& index, int first, int last);

// Whether a year or a date is read in bytes [begin, end) of the normalized text.
bool holds_a_year(const DocumentIndex& index, std::size_t begin, std::size_t end);

}  // namespace factlint::match
