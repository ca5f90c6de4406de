// The month a month's name names, for the rule language (`fiscal year ends June`) and
// the matcher alike.
#pragma once

#include <cctype>
#include <string>
#include <string_view>

namespace factlint::value {

// 1..12 for a month's name or its three-letter abbreviation, in any case ("June",
// "jun", "Sept"), else 0.
inline int month_of_name(std::string_view name) {
  static constexpr std::string_view kMonths[] = {"january", "february", "march",     "april",   "may",      "june",
                                                 "july",    "august",   "september", "october", "november", "december"};
  std::string lower;
  for (char c : name) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower.ends_with(".")) lower.pop_back();
  if (lower.size() < 3) return 0;
  for (int m = 0; m < 12; ++m) {
    if (lower == kMonths[m] || lower == kMonths[m].substr(0, 3) || (m == 8 && lower == "sept")) return m + 1;
  }
  return 0;
}

}  // namespace factlint::value
