// The year a "when" clause hangs on dates the clause's figures (match/when_clause.h).
#include "match/when_clause.h"

#include <cmath>
#include <string_view>

#include "value/civil_date.h"

namespace factlint::match {

namespace {

// Whether any year or date reading of `index` lies in [begin, end).
bool dates_between(const DocumentIndex& index, std::size_t begin, std::size_t end) {
  for (value::Type type : {value::Type::Year, value::Type::Date}) {
    const TypedReadings* readings = index.readings_of(type);
    if (!readings) continue;
    const auto it = readings->first_at(begin);
    if (it != readings->readings.end() && it->begin < end) return true;
  }
  return false;
}

}  // namespace

int when_clause_year(const doc::Document& document, const DocumentIndex& index, std::size_t sentence_begin,
                     std::size_t value_begin, value::SplitYear split, std::pair<std::size_t, std::size_t>* year_at) {
  constexpr std::string_view kWhen = ", when ";
  const std::string_view text = document.normalized;
  if (value_begin > text.size() || value_begin < sentence_begin + kWhen.size()) return 0;
  const std::size_t at = text.rfind(kWhen, value_begin - kWhen.size());
  if (at == std::string_view::npos || at < sentence_begin) return 0;
  // The value must be in the clause: nothing between "when" and it ends the clause.
  const std::string_view between = text.substr(at + kWhen.size(), value_begin - at - kWhen.size());
  if (between.find(", ") != std::string_view::npos || between.find_first_of(";:()") != std::string_view::npos) return 0;
  if (dates_between(index, at + kWhen.size(), value_begin)) return 0;
  // The year the clause hangs on ends right before the comma.
  for (value::Type type : {value::Type::Year, value::Type::Date}) {
    const TypedReadings* readings = index.readings_of(type);
    if (!readings) continue;
    for (auto it = readings->first_at(sentence_begin); it != readings->readings.end() && it->begin < at; ++it) {
      std::size_t end = it->end;
      while (end < at && text[end] == ' ') ++end;
      if (end != at || !std::isfinite(it->value.lo)) continue;
      if (year_at) *year_at = {it->begin, it->end};
      return value::named_year(it->value, split)
          .value_or(value::civil_from_days(static_cast<long>(std::floor(it->value.lo))).year);
    }
  }
  return 0;
}

}  // namespace factlint::match
