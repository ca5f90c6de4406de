// The month a month's name names, for the rule language (`fiscal year ends June`) and
// the matcher alike.
#pragma once

#include <cctype>
#include <optional>
#include <string>
#include <string_view>

#include "value/calendar.h"

namespace factlint::value {

// 1..12 for a month's name or its three-letter abbreviation, in any case ("June",
// "jun", "Sept"), else 0.
inline int month_of_name(std::string_view name) {
  std::string lower;
  for (char c : name) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower.ends_with(".")) lower.pop_back();
  if (lower.size() < 3) return 0;
  // The date readers' own table of names (value/calendar.h), the whole word only.
  const std::optional<detail::CalendarWord> month = detail::read_month(lower, 0);
  return month && month->end == lower.size() ? month->number : 0;
}

}  // namespace factlint::value
