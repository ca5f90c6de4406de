// A year with a "when" clause hung on it: "the worst result since 2006, when 14,286
// km² were cleared", "the peak, in 2021, when 13,038 km² were lost". The clause tells
// what happened in that year, so its figures are that year's, whatever year the rest
// of the sentence is about (docs/rules.md "Cues", step 5).
#pragma once

#include <cstddef>
#include <utility>

#include "doc/document.h"
#include "match/document_index.h"
#include "value/named_year.h"

namespace factlint::match {

// The year a ", when" clause holding the value at `value_begin` hangs on: the year or
// date that ends right before ", when", in the sentence from `sentence_begin`, with
// the value in the clause (no comma, ';', ':' or parenthesis and no other year or date
// between "when" and it). 0 when there is none. `year_at`, when given, takes the
// year's byte range.
int when_clause_year(const doc::Document& document, const DocumentIndex& index, std::size_t sentence_begin,
                     std::size_t value_begin, value::SplitYear split, std::pair<std::size_t, std::size_t>* year_at);

}  // namespace factlint::match
