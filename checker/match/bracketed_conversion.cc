// Dollar conversions in brackets (match/bracketed_conversion.h).
#include "match/bracketed_conversion.h"

#include <algorithm>

#include "value/currency_reading.h"
#include "value/hedge_words.h"

namespace factlint::match {

namespace {

bool dollars(const value::Value& v) { return v.unit == "USD" || v.unit == value::kBareDollar; }

}  // namespace

bool converts_into_dollars(std::string_view text, const value::ValueMatch& before, const value::ValueMatch& here) {
  if (before.value.type != value::Type::Money || here.value.type != value::Type::Money) return false;
  if (!dollars(here.value) || dollars(before.value) || before.value.unit.empty()) return false;
  if (before.end > here.begin || here.end >= text.size() || text[here.end] != ')') return false;
  std::string_view gap = text.substr(before.end, here.begin - before.end);
  if (gap.substr(0, 2) != " (") return false;
  gap.remove_prefix(2);
  // One hedge may open the bracket: an approximate one (value/hedge_words.h), an
  // abbreviation of one, or a word of conversion.
  auto opens_with = [&](std::string_view word) {
    if (gap.size() <= word.size() || gap.substr(0, word.size()) != word || gap[word.size()] != ' ') return false;
    gap.remove_prefix(word.size() + 1);
    return true;
  };
  if (std::none_of(value::kApproximateHedges.begin(), value::kApproximateHedges.end(), opens_with)) {
    for (std::string_view word : {"approx.", "c.", "circa", "or", "equivalent to", "worth"}) {
      if (opens_with(word)) break;
    }
  }
  return gap.empty();
}

}  // namespace factlint::match
