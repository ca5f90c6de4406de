// The value model: every value is an interval with provenance (docs/contracts.md#parse-output).
#pragma once

#include <string>
#include <utility>

#include "value/value_type.h"

namespace factlint::value {

// How finely a temporal value was stated.
enum class Grain { None, Year, Month, Day };

// A value read from text.
//
// Quantities keep lo/hi in the canonical unit ("2,600-mile" is [4184263.7, 4184263.7] m).
// Temporal values keep lo/hi as day numbers (days_from_civil) spanning the whole grain:
// "1960" is [1960-01-01, 1960-12-31], grain Year. Open ends are +/-infinity
// ("over 40" is (40, inf)).
struct Value {
  Type type = Type::Number;
  double lo = 0;
  double hi = 0;
  bool lo_inclusive = true;
  bool hi_inclusive = true;
  bool approx = false;        // hedged: "about", "nearly", "some", "or so"
  bool vague = false;         // "several", "dozens of": no number to compare
  std::string unit;           // canonical: "m", "kg", "m2", "m3", "J", "W", "m/s", "%", ISO currency, ""
  std::string text;           // the text the value was read from
  std::string original_unit;  // the unit as written, normalized: "mi", "km", "USD", ""
  double precision = 0;       // canonical-unit step the figure was written to ("2,600 mi": 100 mi); 0 = exact
  Grain grain = Grain::None;  // temporal values only
  std::string display;        // human form: "2,600 mi", "10th", "1961-1989", "2022-02"

  friend bool operator==(const Value&, const Value&) = default;
};

// The value with its sign turned ("fell 3.2%" states -3.2%): the interval mirrored
// about zero, "-" written before the figure in `display`.
Value negated(Value value);

// An event's ordinal as the count of events ("their 40th meeting": 40 meetings).
Value ordinal_as_count(Value value);

// The rank `places` after an exact rank, said in `text`: "the largest buyer was
// China, followed by Japan" gives Japan 1st + 1 = 2nd.
Value rank_after(Value rank, int places, std::string text);

// The year an anniversary counts from: "the 20th anniversary", stated of 2021, is
// the year 2001 (`ordinal` the reading of "20th", `year` the year it is stated of).
Value anniversary_year(const Value& ordinal, int year);

// The first and last day (days since the epoch) of the year, month or day holding
// `day`: the span a date of that grain stands for. A Grain::None or Day gives the day.
std::pair<long, long> grain_days(long day, Grain grain);

std::string_view grain_name(Grain grain);  // "year", "month", "day", ""
// A day number (days_from_civil) as ISO text truncated to `grain`: "1961", "2022-02",
// "2022-09-16" (Grain::None gives the full date).
std::string format_day(double day, Grain grain);

}  // namespace factlint::value
