// Internal: race times and margins written as a stopwatch shows them, "6:17",
// "3:09:12", 6'17" (docs/rules.md "Durations as a clock shows them").
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "value/amount_reader.h"
#include "value/number_reader.h"
#include "value/unit_table.h"

namespace factlint::value::detail {

// A duration in stopwatch notation starting with the figure `number` read at `pos`:
// "6:17" (minutes and seconds), "3:09:12" (hours, minutes, seconds), "9:58.4" (tenths
// too), 6'17" or 6' 17'' (minute and second marks). Read in seconds. nullopt when the
// figure is not one, and for a time of day: a colon figure with "am", "pm", "o'clock",
// "h", "hrs" or a time zone after it, or "at", "from", "until", "till", "since",
// "before", "after" or "between" before it while it can be a clock time (hours below 24).
std::optional<Magnitude> read_race_time(std::string_view text, std::size_t pos, const NumberReading& number);

// Minute and second marks after a figure already read with an hour or minute unit:
// "23'" after "1h", "45\"" or "45''" after minutes. The unit and where it ends.
std::optional<UnitMatch> time_mark(std::string_view text, std::size_t pos);

}  // namespace factlint::value::detail
