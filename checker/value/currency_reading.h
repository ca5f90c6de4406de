// How a bare "$" or "¥" is read: the US dollar and the yen unless a setting says the
// writer meant another dollar or the yuan (docs/rules.md "Money"; docs/configuration.md
// "Value settings"). Newsrooms in Australia, Canada, New Zealand, Hong Kong and
// Singapore write "$102 million" for their own dollar, Chinese ones "¥203.9 billion"
// for yuan. "US$", "A$", "USD", "AUD", "yen", "yuan" and "RMB" say which they are and
// are never re-read.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "value/value.h"

namespace factlint::value {

// The unit a bare sign is read with until it is resolved: the money reader gives a
// bare "$", "dollar(s)", "cent(s)" or "¢" the currency "$", a bare "¥" the currency
// "¥" (value/units.cc); a rate keeps it in front ("$/bbl").
inline constexpr std::string_view kBareDollar = "$";
inline constexpr std::string_view kBareYen = "¥";
inline constexpr std::string_view kDefaultDollar = "USD";
inline constexpr std::string_view kDefaultYen = "JPY";

// The codes a bare dollar may be read as: the dollar currencies the unit table knows
// ("AUD", "CAD", ..., "USD"), sorted; and a bare yen: "CNY", "JPY".
const std::vector<std::string>& dollar_codes();
const std::vector<std::string>& yen_codes();
bool is_dollar_code(std::string_view code);
bool is_yen_code(std::string_view code);

// The value with a bare dollar read as `dollar` and a bare yen as `yen` (ISO codes):
// its unit, original unit and display say the code ("$/bbl" becomes "AUD/bbl",
// "$ 102 million" "AUD 102 million"). An empty code keeps that sign as written, for
// the matcher to resolve per fact. Any other value is returned as it is.
//   "$102 million", "AUD" -> 1.02e8 AUD, display "AUD 102 million"
Value with_currencies(Value value, std::string_view dollar, std::string_view yen);

}  // namespace factlint::value
