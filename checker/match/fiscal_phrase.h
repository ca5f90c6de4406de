// A fiscal year named without its number ("this fiscal year", "last fiscal year", "the
// fiscal year that ended in June", "the fiscal year beginning July 1", "at the end of
// the fiscal year"), read for a fact that says when its fiscal year ends
// (`fiscal year ends June`, docs/rules.md "Fiscal years"); one that names its own month,
// for any fact with `scope per year`.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "value/civil_date.h"

namespace factlint::match {

// A fiscal year phrase found in a sentence: where it stands and the year it names (the
// calendar year it ends in, as "FY2025" names the year ending June 2025).
struct FiscalPhrase {
  std::size_t begin = 0;
  std::size_t end = 0;
  int year = 0;
};

// The fiscal year that holds `date`, for fiscal years ending in month `end_month`
// (1..12): with June, March 2024 is in fiscal 2024 and October 2024 in fiscal 2025.
int fiscal_year_holding(const value::CivilDate& date, int end_month);

// The phrase nearest [value_begin, value_end) among the unnumbered fiscal years of
// `text` (normalized, lowercase) within [begin, end), resolved against `reference` (the
// publication date, or a date the sentence gives); nullopt when none stands there.
// `end_month` 0 (no `fiscal year ends`) reads only the phrases that name their own
// month ("the fiscal year that starts on July 1", "the fiscal year ended June 30, 2023").
std::optional<FiscalPhrase> unnumbered_fiscal_year(std::string_view text, std::size_t begin, std::size_t end,
                                                   std::size_t value_begin, std::size_t value_end,
                                                   const value::CivilDate& reference, int end_month);

}  // namespace factlint::match
