// Interval comparison with precision and tolerance.
//
// Examples (policy exact unless said):
//   "2,600 miles" vs "4,184 km": 2,600 is written to the hundred, so it stands for
//   [2,550, 2,650] mi, which holds 4,184 km (2,599.8 mi): WithinRounding.
//   "2,300 miles" vs "2,600 miles": [2,250, 2,350] and [2,550, 2,650] are apart: Differ.
//   "over 40" vs "42": (40, inf) holds 42: Compatible.
//   "1960" vs "February 1960" (dates): the year holds the month: Compatible.
//   policy start: "1960" vs "from 1961 to 1989": starts 1960 and 1961 differ: Differ.
#include "compare/tolerance.h"

#include <algorithm>
#include <cmath>

#include "value/civil_date.h"

namespace factlint::compare {

namespace {

struct Interval {
  double lo, hi;
  bool lo_in, hi_in;
};

Interval interval_of(const value::Value& v) { return {v.lo, v.hi, v.lo_inclusive, v.hi_inclusive}; }

// Counts and ranks are whole numbers: (40, inf) means 41 and up, so it cannot meet
// [39.5, 40.5). Snapping both intervals to the integers they hold says so.
Interval whole_numbers_in(Interval i) {
  if (std::isfinite(i.lo)) i.lo = i.lo_in ? std::ceil(i.lo) : std::floor(i.lo) + 1;
  if (std::isfinite(i.hi)) i.hi = i.hi_in ? std::floor(i.hi) : std::ceil(i.hi) - 1;
  i.lo_in = i.hi_in = true;
  return i;
}

bool intersects(const Interval& a, const Interval& b) {
  // Touching ends overlap only when both are inclusive there.
  if (a.hi < b.lo || b.hi < a.lo) return false;
  if (a.hi == b.lo && !(a.hi_in && b.lo_in)) return false;
  if (b.hi == a.lo && !(b.hi_in && a.lo_in)) return false;
  return true;
}

Interval widen(Interval i, double by) {
  if (by <= 0) return i;
  i.lo -= by;
  i.hi += by;
  i.lo_in = i.hi_in = true;
  return i;
}

// A figure written to a step stands for the half-step around it, ends excluded:
// "40" and "41" (step 1) do not meet at 40.5, "2,600" (step 100) does not reach 2,650.
// An excluded end is a strict bound the writer chose ("over 40"), so it is not widened.
Interval widen_by_rounding(Interval i, double precision) {
  if (precision <= 0) return i;
  if (i.lo_in) i.lo -= precision / 2;
  if (i.hi_in) i.hi += precision / 2;
  i.lo_in = i.hi_in = false;
  return i;
}

Interval widen_percent(Interval i, double percent) {
  double lo_by = std::isfinite(i.lo) ? std::fabs(i.lo) * percent / 100 : 0;
  double hi_by = std::isfinite(i.hi) ? std::fabs(i.hi) * percent / 100 : 0;
  i.lo -= lo_by;
  i.hi += hi_by;
  return i;
}

// The day range of the grain unit (year, month, day) holding `day`.
Interval grain_unit(double day, value::Grain grain) {
  if (!std::isfinite(day)) return {day, day, true, true};
  value::CivilDate d = value::civil_from_days(static_cast<long>(day));
  value::CivilDate first = d, last = d;
  if (grain == value::Grain::Year) {
    first = {d.year, 1, 1};
    last = {d.year, 12, 31};
  } else if (grain == value::Grain::Month) {
    first = {d.year, d.month, 1};
    last = {d.year, d.month, value::days_in_month(d.year, d.month)};
  }
  return {static_cast<double>(value::days_from_civil(first)),
          static_cast<double>(value::days_from_civil(last)), true, true};
}

value::Grain coarser(value::Grain a, value::Grain b) {
  auto rank = [](value::Grain g) {
    switch (g) {
      case value::Grain::Year: return 3;
      case value::Grain::Month: return 2;
      case value::Grain::Day: return 1;
      case value::Grain::None: return 0;
    }
    return 0;
  };
  return rank(a) >= rank(b) ? a : b;
}

// For `compare start` / `end`: the one end that matters, as the grain unit holding it
// at the coarser of the two grains, so "1960" and "February 1960" share a start.
std::pair<Interval, Interval> endpoints(const value::Value& a, const value::Value& b, bool start) {
  double ea = start ? a.lo : a.hi;
  double eb = start ? b.lo : b.hi;
  if (value::is_temporal(a.type)) {
    value::Grain g = coarser(a.grain, b.grain);
    return {grain_unit(ea, g), grain_unit(eb, g)};
  }
  return {{ea, ea, true, true}, {eb, eb, true, true}};
}

}  // namespace

Agreement agreement(const value::Value& a, const value::Value& b, const lang::CompareSpec& policy) {
  if (a.unit != b.unit) return Agreement::Differ;
  if (a.vague || b.vague) return Agreement::Compatible;
  using Kind = lang::CompareSpec::Kind;

  Interval ia = interval_of(a), ib = interval_of(b);
  if (policy.kind == Kind::Start || policy.kind == Kind::End) {
    std::tie(ia, ib) = endpoints(a, b, policy.kind == Kind::Start);
  }
  bool same_reading = ia.lo == ib.lo && ia.hi == ib.hi && ia.lo_in == ib.lo_in && ia.hi_in == ib.hi_in;
  if (same_reading) return Agreement::Same;
  if (intersects(ia, ib)) return Agreement::Compatible;

  // Temporal values already carry their precision as the grain's span.
  if (!value::is_temporal(a.type)) {
    Interval ra = widen_by_rounding(ia, a.precision), rb = widen_by_rounding(ib, b.precision);
    if (a.type == value::Type::Count || a.type == value::Type::Ordinal) {
      ra = whole_numbers_in(ra);
      rb = whole_numbers_in(rb);
    }
    if (intersects(ra, rb)) return Agreement::WithinRounding;
    if (policy.kind == Kind::WithinPercent &&
        intersects(widen_percent(ra, policy.amount / 2), widen_percent(rb, policy.amount / 2))) {
      return Agreement::WithinTolerance;
    }
    if (policy.kind == Kind::WithinUnit) {
      double by = policy.tolerance / 2;
      if (intersects(widen(ra, by), widen(rb, by))) return Agreement::WithinTolerance;
    }
  }
  return Agreement::Differ;
}

}  // namespace factlint::compare
