// Internal: durations that are no length of time. "17 years ago" counts back to a
// point in time and "the 2000s" is a decade: neither says how long anything lasted
// (docs/rules.md "Durations"). "formed 25 million years ago" is an age: read.
#pragma once

#include <cstddef>
#include <string_view>

namespace factlint::value::detail {

// Whether the duration read from [begin, end) of `text` names a point in time or a
// period of the calendar rather than a length: "ago" after it ("nearly 17 years
// ago", "a decade ago"), or a year written against an "s" ("the early 2000s" is no
// 2,000 seconds).
bool names_a_time_point(std::string_view text, std::size_t begin, std::size_t end);

}  // namespace factlint::value::detail
