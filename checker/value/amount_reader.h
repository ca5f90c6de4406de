// Internal: qualifiers, ranges and vague words around a figure ("over 40", "3 to 5 km",
// "about half", "20-odd", "dozens of"), turned into intervals. Shared by every
// quantity-like type; each type supplies how one figure and its unit are read.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "value/number_reader.h"
#include "value/units.h"

namespace factlint::value::detail {

// One figure with its unit as a type reads it: "2,600-mile", "$240bn", "26%", "42".
struct Magnitude {
  NumberReading number;
  std::optional<UnitInfo> unit;
  std::size_t end = 0;
};

using MagnitudeReader =
    std::function<std::optional<Magnitude>(std::string_view text, std::size_t pos)>;

// Which verbs of crossing a level make the figure after them a bound ("the fund topped
// $1 trillion" is more than $1 trillion; docs/rules.md "Thresholds"). "exceeded",
// "surpassed", "topped" and "broke through" name a level crossed whatever is measured;
// "passed" and "crossed" also name a way travelled ("crossed 500 km of desert"), so
// they bound only money and shares. A count is read as written ("passed 340 bills",
// "topped 3 charts"; the held-out topics lost a right verdict when every round count
// was a bound, issue 8), but for a round level of millions written with its scale word
// ("the population passed five million").
enum class ThresholdVerbs {
  Measure,  // lengths, masses, durations, ...: the unambiguous verbs only
  Amount,   // money and percentages: every verb
  Count,    // counts and numbers: round levels of millions only
};

struct AmountOptions {
  bool unit_required = false;  // quantities, money and percentages need a unit
  bool non_negative = true;    // "under 40" is [0, 40) rather than (-inf, 40)
  bool vague_words = false;    // read "several", "dozens of" (counts and numbers)
  bool suffixes_after_unit = false;  // "-plus", "+" and "-odd" after the unit: money's "$40bn-plus"
  ThresholdVerbs threshold = ThresholdVerbs::Measure;
};

// An interval in canonical units, before it becomes a Value.
struct Amount {
  std::size_t end = 0;
  double lo = 0;
  double hi = 0;
  bool lo_inclusive = true;
  bool hi_inclusive = true;
  bool approx = false;
  bool vague = false;
  double precision = 0;  // canonical units
  std::optional<UnitInfo> unit;
  std::string display;
};

// Every amount that starts at `pos`, longest first: a qualified or ranged phrase
// and the plain figure inside it when that starts at `pos` too.
// Examples: "over 40" -> (40, inf); "nearly 40" -> approx [40, 40];
// "between 3 and 5" -> [3, 5]; "3-5 km" -> [3000, 5000] m; "$3-5 billion" ->
// [3e9, 5e9] USD; "40 or so" -> approx 40 (and plain 40); "20-odd" -> approx [20, 30);
// "40-plus" -> [40, inf); "several" -> vague [3, 9].
std::vector<Amount> read_amounts(std::string_view text, std::size_t pos,
                                 const MagnitudeReader& read, const AmountOptions& options);

}  // namespace factlint::value::detail
