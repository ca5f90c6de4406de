// Internal: which word after "per" or "/" names what a price is per
// (docs/rules.md "Money", Rates). Any noun may: "$35 per vehicle", "€12/night".
#pragma once

#include <optional>
#include <string_view>

namespace factlint::value::detail {

enum class DenominatorWord {
  Noun,          // a denominator: "vehicle", "adult", "night"
  FunctionWord,  // "per" means "according to": "$5 per the agreement" is a plain $5
  NoDenominator  // a word that is no denominator: "per cent", "per two", "per half"
};

// How `word` (ASCII letters, as the reader sees it: lowercase) reads after "per".
DenominatorWord classify_denominator(std::string_view word);

// The denominator word that begins at `pos` of `text`: a run of at least two letters
// ending the word, not joined by a hyphen to another word ("per e-book", "per
// half-day" name no single noun). nullopt when there is none.
std::optional<std::string_view> denominator_word_at(std::string_view text, std::size_t pos);

}  // namespace factlint::value::detail
