// One end of a range of figures, for a fact's `range start` / `range end` option on a
// quantity, count or money fact: "24 to 79 km" under `range end` states 79 km
// (docs/rules.md "One end of a range").
#pragma once

#include <optional>

#include "value/value.h"

namespace factlint::value {

// The lower (`start`) or upper end of `value` as a value of its own, shown in the unit
// it was written in ("79 km"); nullopt when `value` has no two finite, different ends
// ("over 40 km", "79 km") or is vague, or is a year or date (ranges of those have
// their own reading, by grain).
std::optional<Value> figure_range_end(const Value& value, bool start);

}  // namespace factlint::value
