// The year of an event told, to the day or month, in the sentence before: "A fire broke out on
// 11 September 2008. All 32 people were evacuated." tells what happened then
// (docs/rules.md "Cues", step 5).
#pragma once

#include <cstddef>
#include <string_view>

#include "doc/document.h"
#include "match/document_index.h"

namespace factlint::match {

// Whether a word tells of the past: "was", "were", "had", "did" or a past form in
// "-ed" ("evacuated", "stayed"), not one of the few words so spelt that are none.
bool past_word(std::string_view w);

// The year of reading `m` (a year or date) when it lies in one calendar year, else 0.
int one_year(const value::ValueMatch& m);

// The year of the one date written to the day or month ("11 September 2008",
// "September 11, 2008", "September 2008") in the sentence right before the one at `sentence_begin`, in its paragraph,
// when that sentence names no other year and the clause [clause_begin, clause_end)
// tells of the past ("were evacuated", "had", "stayed"); else 0.
int narrated_year(const doc::Document& document, const DocumentIndex& index, std::size_t sentence_begin,
                  std::size_t clause_begin, std::size_t clause_end);

}  // namespace factlint::match
