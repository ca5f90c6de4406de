// A year before 1000 written as a bare figure ("founded in 930"), read only for a fact
// that asks for such years: its `values` bound reaches below the year 1000
// (docs/rules.md "Value types", year). Everywhere else "930" is a figure: a count, a
// length, a price. A year with its era ("AD 930", "930 CE") needs none of this: the
// year reader reads it everywhere.
#pragma once

#include <string_view>
#include <vector>

#include "value/scan.h"

namespace factlint::value {

// The first day of the year 1000: a `values` bound of a year fact below it lets
// early_years() read bare figures.
double first_day_of_year_1000();

// Every bare year of two or three figures (10 to 999) in normalized `text` that a word
// of time leads ("in 930", "founded in 930", "since 874", "around 870", "circa 930",
// "c. 930", "by 1000"-style "by 930") and that no unit or noun follows ("in 930
// stores" is a count): as `type` (year, year-range or date) readings, grain year.
std::vector<ValueMatch> early_years(Type type, std::string_view text);

}  // namespace factlint::value
