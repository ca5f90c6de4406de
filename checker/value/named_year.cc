// The one year a year or date reading names (see named_year.h).
#include "value/named_year.h"

#include <cmath>

#include "value/civil_date.h"

namespace factlint::value {

namespace {

int year_of(double days) { return civil_from_days(static_cast<long>(std::floor(days))).year; }

// "2019/20", "2019-20" or "2019/2020" as the year reader displays a split year: four
// digits, a slash or hyphen, digits (a year value, never a range: see named_year).
bool written_as_split_year(const Value& v) {
  const std::string& d = v.display;
  return d.size() >= 7 && (d[4] == '/' || d[4] == '-') &&
         d.find_first_not_of("0123456789", 5) == std::string::npos &&
         d.find_first_not_of("0123456789") == 4;
}

}  // namespace

Value year_value(int year, std::string text) {
  Value v;
  v.type = Type::Year;
  v.lo = static_cast<double>(days_from_civil(CivilDate{year, 1, 1}));
  v.hi = static_cast<double>(days_from_civil(CivilDate{year, 12, 31}));
  v.grain = Grain::Year;
  v.text = std::move(text);
  v.display = std::to_string(year);
  return v;
}

std::optional<int> named_year(const Value& v, SplitYear split) {
  if (v.type != Type::Date && v.type != Type::Year) return std::nullopt;
  if (!std::isfinite(v.lo) || !std::isfinite(v.hi)) return std::nullopt;
  const int lo = year_of(v.lo);
  const int hi = year_of(v.hi_inclusive ? v.hi : v.hi - 1);
  if (lo == hi) return lo;
  if (hi == lo + 1 && written_as_split_year(v)) return split == SplitYear::Start ? lo : hi;
  return std::nullopt;
}

}  // namespace factlint::value
