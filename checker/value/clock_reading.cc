// A two-part stopwatch figure read as hours and minutes; see clock_reading.h.
#include "value/clock_reading.h"

#include <cmath>
#include <string>

namespace factlint::value {

namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::optional<Clock> clock_from_name(std::string_view name) {
  if (name == "minutes") return Clock::MinutesSeconds;
  if (name == "hours") return Clock::HoursMinutes;
  return std::nullopt;
}

bool two_part_clock(const Value& v) {
  if (v.type != Type::Duration || v.original_unit != "s") return false;
  std::string_view t = v.text;
  while (!t.empty() && !digit(t.back())) t.remove_suffix(1);  // a closing quote or bracket
  std::size_t end = t.size();
  // Tenths after the seconds: the ".4" of "1:58.4".
  std::size_t p = end;
  while (p > 0 && digit(t[p - 1])) --p;
  if (p > 0 && t[p - 1] == '.' && p >= 2 && digit(t[p - 2])) end = p - 1;
  // Two digits, a colon, one to three digits, and nothing of a figure before them.
  if (end < 4 || !digit(t[end - 1]) || !digit(t[end - 2]) || t[end - 3] != ':') return false;
  std::size_t first = end - 3;
  while (first > 0 && digit(t[first - 1])) --first;
  const std::size_t lead = end - 3 - first;
  if (lead == 0 || lead > 3) return false;
  return first == 0 || (t[first - 1] != ':' && t[first - 1] != '.' && t[first - 1] != ',');
}

Value with_clock(Value v, Clock clock) {
  if (clock != Clock::HoursMinutes || !two_part_clock(v)) return v;
  v.lo *= 60;
  v.hi *= 60;
  v.precision *= 60;
  v.original_unit = "min";
  const long minutes = std::lround(v.lo * 24 * 60);
  v.display = std::to_string(minutes / 60) + " h " + std::to_string(minutes % 60) + " min";
  return v;
}

}  // namespace factlint::value
