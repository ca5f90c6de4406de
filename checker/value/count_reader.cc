// Counts and plain numbers: figures without a unit, with qualifiers, ranges and
// vague words. Counts are whole and non-negative; numbers may be fractions.
//
//   "forty-two"            -> [42, 42]          "over 40"     -> (40, inf)
//   "a dozen"              -> [12, 12]          "about half"  -> approx [0.5, 0.5] (number)
//   "1.5 million"          -> [1.5e6, 1.5e6]    "20-odd"      -> approx [20, 30)
//   "between 3 and 5"      -> [3, 5]            "several"     -> vague [3, 9]
#include <cmath>

#include "value/reading.h"
#include "value/unit_table.h"

namespace factlint::value::detail {

namespace {

// "26%", "26 percent", "26-per-cent": the figure is a share, read as a percent.
bool is_percentage(std::string_view text, std::size_t end) {
  if (end < text.size() && (text[end] == ' ' || text[end] == '-')) ++end;
  return match_unit(Type::Percent, text, end).has_value();
}

}  // namespace

void read_counts(Type type, std::string_view text, std::size_t pos, Readings& out) {
  const bool count = type == Type::Count;
  const MagnitudeReader read = [count](std::string_view t,
                                       std::size_t p) -> std::optional<Magnitude> {
    NumberOptions options;
    options.fractions = !count;
    options.money_scales = true;  // "1.5m people": a count is never in metres
    auto number = read_number(t, p, options);
    if (!number) return std::nullopt;
    if (count && (number->value < 0 || number->value != std::floor(number->value))) {
      return std::nullopt;
    }
    return Magnitude{*number, std::nullopt, number->end};
  };
  // "$240bn" is money and "26%" a share: neither figure is a count or a plain number.
  if (pos > 0 && text[pos - 1] == '$') return;
  AmountOptions options;
  options.vague_words = true;
  options.non_negative = count;
  // "two hundred and forty" is one number: no reading "forty" inside it.
  // Only a phrase of the type hides: "point 40" is no count, so the 40 of "at some
  // point 40 people" is read.
  if (auto words = read_number(text, pos); words && words->words &&
      (!count || (words->value >= 0 && words->value == std::floor(words->value)))) {
    out.hidden.emplace_back(pos + 1, words->end);
  }
  for (const Amount& amount : read_amounts(text, pos, read, options)) {
    if (is_percentage(text, amount.end)) continue;
    out.matches.push_back({pos, amount.end, amount_value(type, text, pos, amount)});
  }
}

}  // namespace factlint::value::detail
