// Which words after "per" or "/" are denominators; see denominator_word.h.
#include "value/denominator_word.h"

#include <algorithm>
#include <array>

#include "value/number_reader.h"
#include "value/text_cursor.h"

namespace factlint::value::detail {

namespace {

// "per" read as "according to" or "by way of": "$5 per the agreement", "per its
// filing", "$2 per our records". The amount is a plain one.
constexpr std::array<std::string_view, 22> kFunctionWords{{
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "your", "my",
    "which", "what", "whose", "and", "or", "se", "said", "such",
}};

// Words after "per" that are no denominator of a price: "per cent" and "per mille"
// make a percentage (never money), "per each" and scale words count, not name.
constexpr std::array<std::string_view, 18> kNotDenominators{{
    "cent", "centum", "mille", "mil", "each", "every", "one", "half", "third", "quarter", "dozen",
    "hundred", "thousand", "million", "billion", "trillion", "thousands", "millions",
}};

bool in(std::string_view word, const auto& list) { return std::find(list.begin(), list.end(), word) != list.end(); }

}  // namespace

DenominatorWord classify_denominator(std::string_view word) {
  if (in(word, kFunctionWords)) return DenominatorWord::FunctionWord;
  if (in(word, kNotDenominators) || small_number_word(word)) return DenominatorWord::NoDenominator;
  return DenominatorWord::Noun;
}

std::optional<std::string_view> denominator_word_at(std::string_view text, std::size_t pos) {
  const std::string_view word = letters_at(text, pos);
  const std::size_t end = pos + word.size();
  if (word.size() < 2 || !ends_word(text, end)) return std::nullopt;
  if (end + 1 < text.size() && text[end] == '-' && is_word_char(text[end + 1])) return std::nullopt;
  return word;
}

}  // namespace factlint::value::detail
