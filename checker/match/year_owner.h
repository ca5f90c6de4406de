// Which figure of a sentence a year belongs to, when one sentence gives several
// years' figures ("438.8 million tonnes (2022: 467.4 million tonnes)", "2.1 million
// in 2021 and 2.4 million in 2022"): the scope step of the matcher asks it before
// taking a year for a value (docs/rules.md "Cues", step 5).
#pragma once

#include <string_view>
#include <vector>

#include "match/document_index.h"
#include "match/nfa_runner.h"
#include "match/vocabulary.h"
#include "value/value_type.h"

namespace factlint::match {

// The closed word lists of year ownership, interned so tokens compare by id.
struct YearOwnerWords {
  // Words that separate one figure's phrase from the next: ",", ";", "and", "or",
  // "to", "from", "against", "versus", "vs", "compared", "than", "while", "but".
  std::vector<int> separators;
  // Separators that set a figure against another of another time: "against",
  // "versus", "vs", "compared", "from", "than" ("$51 billion against $81 billion in 2022").
  std::vector<int> contrasts;
};
YearOwnerWords year_owner_words(Vocabulary& vocabulary);

// How a year of the sentence stands to a value.
enum class YearTie {
  Own,        // the year is nearest the value: its own ("$5 billion in 2023")
  Shared,     // nearer another figure, but nothing sets the two apart ("In 2023 revenue was $5 billion and profit $1 billion")
  Elsewhere,  // another figure's, set apart from the value by a parenthesis or a contrast ("$5 billion (2022: $4 billion)")
};

// How the year [year) stands to the value [value) among the sentence's other
// `figures` (other_figures below, the value left out), all token ranges
// inside the sentence [first, last). A year belongs to the figure in its own
// parenthesis first, then to the one with the fewest separators between them, then
// to the nearest, the one before it on a tie. With no other figure every year is the
// value's own.
// The figures in the tokens [first, last) other than `value`: those of `type` and of
// every other measure the index reads (money, percentages, lengths, masses, ...; not
// counts or plain numbers of another type), the longest reading at each start, none
// inside another, in text order, and for counts and plain numbers none that is a year
// ("in 2019" is no figure of people). Empty for years and dates.
std::vector<TokenMatch> other_figures(const DocumentIndex& index, value::Type type, int first, int last,
                                      TokenMatch value);

YearTie year_tie(const DocumentIndex& index, const YearOwnerWords& words, int first, int last, TokenMatch value,
                 TokenMatch year, const std::vector<TokenMatch>& figures);

}  // namespace factlint::match
