// Interval comparison with precision and tolerance.
//
// Examples (policy exact unless said):
//   "2,600 miles" vs "4,184 km": 2,600 is written to the hundred, so it stands for
//   [2,550, 2,650] mi, which holds 4,184 km (2,599.8 mi): WithinRounding.
//   "2,300 miles" vs "2,600 miles": [2,250, 2,350] and [2,550, 2,650] are apart: Differ.
//   "over 40" vs "42": (40, inf) holds 42: Compatible.
//   "1960" vs "February 1960" (dates): the year holds the month: Compatible.
//   policy start: "1960" vs "from 1961 to 1989": starts 1960 and 1961 differ: Differ.
//   policy identical: port "8080" vs "8083": written to the unit, not rounded to the ten: Differ.
//   policy end (counts): "fewer than 50" ends at 49, so it meets "up to 49", not "up to 50".
#include "compare/tolerance.h"

#include <algorithm>
#include <cmath>

#include "value/civil_date.h"
#include "value/units.h"

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

bool is_whole_number_type(value::Type type) {
  return type == value::Type::Count || type == value::Type::Ordinal;
}

bool intersects(const Interval& a, const Interval& b) {
  // Touching ends overlap only when both are inclusive there.
  if (a.hi < b.lo || b.hi < a.lo) return false;
  if (a.hi == b.lo && !(a.hi_in && b.lo_in)) return false;
  if (b.hi == a.lo && !(b.hi_in && a.lo_in)) return false;
  return true;
}

// The rounding a figure implies: its step, as if written to at least two significant
// digits. "$100 billion" is written to the hundred billion, but standing for
// [50, 150] billion it would agree with "$200 billion"; taken to two digits it stands
// for [95, 105] billion, and round figures of different size never agree.
double implied_step(const value::Value& v, const Interval& i, double precision) {
  if (precision <= 0) return 0;
  double magnitude = 0;
  if (std::isfinite(i.lo)) magnitude = std::fabs(i.lo);
  if (std::isfinite(i.hi)) magnitude = std::max(magnitude, std::fabs(i.hi));
  // Significant digits are those of the figure as written, in its own unit: "2,600
  // miles" has two, whatever it is in metres.
  double factor = 1;
  if (auto unit = value::find_unit(v.type, v.original_unit); unit && unit->factor > 0) {
    factor = unit->factor;
    magnitude = std::fabs(magnitude - unit->offset) / factor;
  }
  if (magnitude <= 0) return precision;
  const double two_digits = std::pow(10.0, std::floor(std::log10(magnitude)) - 1) * factor;
  return std::min(precision, two_digits);
}

// A figure written to a step stands for the half-step around it, ends excluded:
// "40" and "41" (step 1) do not meet at 40.5, "2,600" (step 100) does not reach 2,650.
// An excluded end is a strict bound the writer chose ("over 40"), so it is not widened.
Interval widen_by_rounding(const value::Value& v, Interval i) {
  const double step = implied_step(v, i, v.precision);
  if (step <= 0) return i;
  if (i.lo_in) i.lo -= step / 2;
  if (i.hi_in) i.hi += step / 2;
  i.lo_in = i.hi_in = false;
  return i;
}

// Rounding and tolerance both say how far a figure may be from the truth, so an end
// moves by the larger of the two, never their sum: "2,600 miles" within 3% is
// 2,600 +/- 39 mi, not +/- (50 + 39) mi. `tolerance` gives the amount for an end.
template <typename Tolerance>
Interval widen_by_larger(const value::Value& v, Interval i, Tolerance tolerance) {
  const double half_step = implied_step(v, i, v.precision) / 2;
  const bool lo_in = i.lo_in, hi_in = i.hi_in;
  const double lo_tolerance = tolerance(i.lo), hi_tolerance = tolerance(i.hi);
  const double lo_by = std::max(lo_in ? half_step : 0, lo_tolerance);
  const double hi_by = std::max(hi_in ? half_step : 0, hi_tolerance);
  // "within 1 pp" lets 75% and 76% agree: a tolerance's end is inclusive, where a
  // rounding's half-step is not ("75" does not stand for 75.5).
  if (lo_by > 0) {
    i.lo -= lo_by;
    i.lo_in = lo_in && lo_tolerance > 0 && lo_tolerance >= half_step;
  }
  if (hi_by > 0) {
    i.hi += hi_by;
    i.hi_in = hi_in && hi_tolerance > 0 && hi_tolerance >= half_step;
  }
  return i;
}

// The day range of the grain unit (year, month, day) holding `day`.
Interval grain_unit(double day, value::Grain grain) {
  if (!std::isfinite(day)) return {day, day, true, true};
  const auto [first, last] = value::grain_days(static_cast<long>(day), grain);
  return {static_cast<double>(first), static_cast<double>(last), true, true};
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

// "sixty years ago" is a year counted back from the publication date: the writer
// counts whole years, and rounds, so in March 2024 it names 1964 but means an event
// of October 1963 as well (docs/rules.md "Precision"). An approximate year (the only
// ones the readers make are counted back) stands for the year before and after too.
Interval widen_counted_year(const value::Value& v, Interval i) {
  if (!v.approx || v.grain != value::Grain::Year || !std::isfinite(i.lo) || !std::isfinite(i.hi)) return i;
  const value::CivilDate first = value::civil_from_days(static_cast<long>(i.lo));
  const value::CivilDate last = value::civil_from_days(static_cast<long>(i.hi));
  if (first.year != last.year) return i;
  return {static_cast<double>(value::days_from_civil({first.year - 1, 1, 1})),
          static_cast<double>(value::days_from_civil({last.year + 1, 12, 31})), true, true};
}

// For `compare start` / `end`: the one end that matters, as the grain unit holding it
// at the coarser of the two grains, so "1960" and "February 1960" share a start.
// Whole-number values end where their last whole number is: "fewer than 50" is 0 to 49.
std::pair<Interval, Interval> endpoints(const value::Value& a, const value::Value& b, bool start) {
  if (value::is_temporal(a.type)) {
    value::Grain g = coarser(a.grain, b.grain);
    return {grain_unit(start ? a.lo : a.hi, g), grain_unit(start ? b.lo : b.hi, g)};
  }
  Interval ia = interval_of(a), ib = interval_of(b);
  if (is_whole_number_type(a.type)) {
    ia = whole_numbers_in(ia);
    ib = whole_numbers_in(ib);
  }
  const double ea = start ? ia.lo : ia.hi;
  const double eb = start ? ib.lo : ib.hi;
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
  // Ports, build numbers and error codes name one figure: "8080" is never 8,075 to 8,085.
  if (policy.kind == Kind::Identical) return Agreement::Differ;
  if (intersects(ia, ib)) return Agreement::Compatible;
  // A version is a name for a release: 3.0 is not "about" 3.0.1, whatever the tolerance.
  if (a.type == value::Type::Version) return Agreement::Differ;

  // Temporal values already carry their precision as the grain's span.
  if (value::is_temporal(a.type) && intersects(widen_counted_year(a, ia), widen_counted_year(b, ib))) {
    return Agreement::WithinRounding;
  }
  if (!value::is_temporal(a.type)) {
    Interval ra = widen_by_rounding(a, ia), rb = widen_by_rounding(b, ib);
    if (is_whole_number_type(a.type)) {
      ra = whole_numbers_in(ra);
      rb = whole_numbers_in(rb);
    }
    if (intersects(ra, rb)) return Agreement::WithinRounding;
    // Each side takes half the tolerance, so two values meet when they differ by it;
    // the slack keeps a difference of exactly the tolerance from failing on the last
    // bit of a double (5.6 + 0.05 is 5.6499999...).
    constexpr double kSlack = 1 + 1e-9;
    if (policy.kind == Kind::WithinPercent) {
      auto by = [&](double end) { return std::isfinite(end) ? std::fabs(end) * policy.amount / 200 * kSlack : 0; };
      if (intersects(widen_by_larger(a, ia, by), widen_by_larger(b, ib, by))) {
        return Agreement::WithinTolerance;
      }
    }
    if (policy.kind == Kind::WithinUnit) {
      const double half = policy.tolerance / 2 * kSlack;
      auto by = [&](double) { return half; };
      if (intersects(widen_by_larger(a, ia, by), widen_by_larger(b, ib, by))) {
        return Agreement::WithinTolerance;
      }
    }
  }
  return Agreement::Differ;
}

}  // namespace factlint::compare
