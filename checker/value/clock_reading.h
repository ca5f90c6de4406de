// How a two-part stopwatch figure is read: "6:17" is minutes and seconds unless the
// fact's plausible values say its times are hours and minutes ("won the marathon in
// 2:09" under `values 1 h to 4 h`, lang/clock_bounds.h). Three parts, "2:09:35", are
// always hours, minutes and seconds, and a figure with marks or units ("6'17\"", "2 h
// 9 min") says what it is (docs/rules.md "Quantities", race times).
#pragma once

#include <optional>
#include <string_view>

#include "value/value.h"

namespace factlint::value {

enum class Clock {
  MinutesSeconds,  // "6:17" is 6 min 17 s (the default: margins and splits are the commoner use)
  HoursMinutes,    // "2:09" is 2 h 9 min (marathons, long races, flights)
};

// "minutes", "hours"; nullopt for any other name.
std::optional<Clock> clock_from_name(std::string_view name);

// Whether `v` was read from a two-part colon figure, "6:17" or "about 1:58.4": a duration
// whose text ends in digits, a colon and two digits (tenths after them allowed), with no
// other colon in that figure.
bool two_part_clock(const Value& v);

// The value with a two-part colon figure read as `clock` says: HoursMinutes scales it by
// 60 ("2:09", read as 129 s, becomes 129 min, display "2 h 9 min"). Any other value,
// or Clock::MinutesSeconds, is returned as it is.
Value with_clock(Value v, Clock clock);

}  // namespace factlint::value
