// Small helpers of the value model that need no parsing.
#include "value/value.h"

#include <cmath>
#include <utility>

#include "value/civil_date.h"
#include "value/reading.h"

namespace factlint::value {

std::string_view grain_name(Grain grain) {
  switch (grain) {
    case Grain::Year: return "year";
    case Grain::Month: return "month";
    case Grain::Day: return "day";
    case Grain::None: break;
  }
  return "";
}

std::string format_day(double day, Grain grain) {
  const std::string iso = to_iso(civil_from_days(std::lround(day)));
  switch (grain) {
    case Grain::Year: return iso.substr(0, iso.size() - 6);
    case Grain::Month: return iso.substr(0, iso.size() - 3);
    default: return iso;
  }
}

Value negated(Value value) {
  const double lo = value.lo;
  value.lo = -value.hi;
  value.hi = -lo;
  std::swap(value.lo_inclusive, value.hi_inclusive);
  std::size_t digit = value.display.find_first_of("0123456789");
  if (digit != std::string::npos) {
    // Rebuilt rather than insert()ed: GCC 12 warns about insert here (-Wrestrict, a false positive).
    const bool minus = digit > 0 && value.display[digit - 1] == '-';
    value.display = value.display.substr(0, minus ? digit - 1 : digit) + (minus ? "" : "-") + value.display.substr(digit);
  }
  return value;
}

Value ordinal_as_count(Value value) {
  value.type = Type::Count;
  value.unit.clear();
  value.original_unit.clear();
  value.precision = 0;
  value.display = std::to_string(static_cast<long long>(std::llround(value.lo)));
  return value;
}

Value rank_after(Value rank, int places, std::string text) {
  rank.lo += places;
  rank.hi += places;
  const long n = std::lround(rank.lo);
  rank.display = std::to_string(n) + detail::ordinal_suffix(n);
  rank.text = std::move(text);
  return rank;
}

Value anniversary_year(const Value& ordinal, int year) {
  const int from = year - static_cast<int>(std::llround(ordinal.lo));
  Value v;
  v.type = Type::Year;
  v.lo = static_cast<double>(days_from_civil(CivilDate{from, 1, 1}));
  v.hi = static_cast<double>(days_from_civil(CivilDate{from, 12, 31}));
  v.grain = Grain::Year;
  v.text = ordinal.text;
  v.display = std::to_string(from);
  return v;
}

std::pair<long, long> grain_days(long day, Grain grain) {
  const CivilDate d = civil_from_days(day);
  CivilDate first = d, last = d;
  if (grain == Grain::Year) {
    first = {d.year, 1, 1};
    last = {d.year, 12, 31};
  } else if (grain == Grain::Month) {
    first = {d.year, d.month, 1};
    last = {d.year, d.month, days_in_month(d.year, d.month)};
  }
  return {days_from_civil(first), days_from_civil(last)};
}

}  // namespace factlint::value
