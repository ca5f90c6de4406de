// A two-part stopwatch figure read as the fact's plausible values say: "2:09" is
// minutes and seconds (value/clock_reading.h), unless that reading lies outside the
// fact's `values` and hours and minutes lie inside ("values 2 h to 3 h" for a
// marathon: "won in 2:09" is 2 h 9 min; docs/rules.md "Quantities", race times).
#pragma once

#include "lang/ast.h"
#include "value/value.h"

namespace factlint::lang {

// `v` as hours and minutes when it is a two-part colon figure whose minutes-and-seconds
// reading `bounds` refuse and whose hours-and-minutes reading they admit; else `v`.
value::Value clock_within(const ValueBounds& bounds, value::Value v);

}  // namespace factlint::lang
