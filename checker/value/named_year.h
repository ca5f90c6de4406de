// The one year a year or date reading names, for the scope of a `scope per year` fact,
// a year list's items and a table's year cells (docs/rules.md, `scope per year`).
#pragma once

#include <optional>
#include <string>

#include "value/value.h"

namespace factlint::value {

// The calendar year `v` lies in; for one twelve-month year written across two
// ("2019/20": a financial, academic or sports year, read as the two years it spans)
// the year it ends, as a fiscal year is named. nullopt for any other span of years
// ("the 2000s", "1961-1989"), an open interval, or a value that is no year or date.
// With SplitYear::Start, a split year is named by the year it starts (a school year or
// a season: "the 2023-24 school year" is 2023; a fact's `split start`).
enum class SplitYear { End, Start };
std::optional<int> named_year(const Value& v, SplitYear split = SplitYear::End);

// The `year` value naming the calendar year `year`, read from `text` (a date that
// leaves its year to the paragraph, a table cell's whole date): its inverse.
Value year_value(int year, std::string text);

}  // namespace factlint::value
