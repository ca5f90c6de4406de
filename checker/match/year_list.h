// A value stated for several years at once: "was ranked first in 2022, 2023 and
// 2024" says the rank of each of the three years, and "first in 2018 and again in
// 2019" of both. The matcher makes one statement per year of the list, with the
// same value from the same sentence (docs/rules.md "Cues", step 5).
#pragma once

#include <vector>

#include "match/document_index.h"
#include "match/nfa_runner.h"
#include "match/vocabulary.h"

namespace factlint::match {

// The closed word lists of a list of years, interned so tokens compare by id.
struct YearListWords {
  // What may stand between two years of a list: ",", "and", "again", "in", "also",
  // "then", "once", "more" ("in 2018 and once more in 2019").
  std::vector<int> joiners;
  // Of those, what joins two items: "," or "and" must stand between each two.
  std::vector<int> links;
  // "between 2018 and 2022" is a span of years, never a list.
  int between = 0;
  // A year after "since", "until", "till", "before" or "after" is a boundary of a
  // time, no year a value is stated for: "bleached four times since 2016, and in 2022
  // 91% of reefs" states 91% for 2022 only.
  std::vector<int> bounds;
  // After the list, words that make the value one for the years together or for
  // each in turn: "respectively", "combined", "together", "total", "overall",
  // "cumulative", "cumulatively" ("$5 billion in 2022 and 2023 combined").
  std::vector<int> not_each;
};
YearListWords year_list_words(Vocabulary& vocabulary);

// The other years (calendar years, in order) of the list that the year reading [year)
// stands in, within the clause [first, last): readings of `years` of one calendar
// year each, joined only by YearListWords::joiners with a link between each two.
// Empty when the year stands alone, after "between", or before a word of
// YearListWords::not_each.
std::vector<int> listed_years(const DocumentIndex& index, const YearListWords& words, const TypedReadings& years,
                              TokenMatch year, int first, int last);

}  // namespace factlint::match
