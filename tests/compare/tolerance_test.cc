// Tests for compare/tolerance: when two values of a fact agree.
#include "compare/tolerance.h"

#include <cmath>

#include <catch2/catch.hpp>

#include "value/civil_date.h"
#include "value/units.h"

using factlint::compare::Agreement;
using factlint::compare::agreement;
using factlint::lang::CompareSpec;
using factlint::value::Grain;
using factlint::value::Type;
using factlint::value::Value;

namespace {

constexpr double kMile = 1609.344;

Value miles(double n, double precision_miles) {
  Value v;
  v.type = Type::Length;
  v.lo = v.hi = n * kMile;
  v.unit = "m";
  v.original_unit = "mi";
  v.precision = precision_miles * kMile;
  return v;
}

Value km(double n, double precision_km) {
  Value v = miles(0, 0);
  v.lo = v.hi = n * 1000;
  v.original_unit = "km";
  v.precision = precision_km * 1000;
  return v;
}

Value count(double lo, double hi, bool lo_inclusive = true) {
  Value v;
  v.type = Type::Count;
  v.lo = lo;
  v.hi = hi;
  v.lo_inclusive = lo_inclusive;
  return v;
}

Value years(int first, int last) {
  Value v;
  v.type = Type::YearRange;
  v.lo = static_cast<double>(factlint::value::days_from_civil({first, 1, 1}));
  v.hi = static_cast<double>(factlint::value::days_from_civil({last, 12, 31}));
  v.grain = Grain::Year;
  return v;
}

Value month(int year, int m) {
  Value v;
  v.type = Type::Date;
  v.lo = static_cast<double>(factlint::value::days_from_civil({year, m, 1}));
  v.hi = static_cast<double>(factlint::value::days_from_civil({year, m, factlint::value::days_in_month(year, m)}));
  v.grain = Grain::Month;
  return v;
}

CompareSpec policy(CompareSpec::Kind kind, double amount = 0, std::string unit = "") {
  CompareSpec spec;
  spec.kind = kind;
  spec.amount = amount;
  spec.unit = std::move(unit);
  // As parse_rules resolves it; these tests compare lengths.
  if (kind == CompareSpec::Kind::WithinUnit) {
    spec.tolerance = amount * factlint::value::find_unit(Type::Length, spec.unit)->factor;
  }
  return spec;
}

}  // namespace

TEST_CASE("a rounded figure in miles agrees with a precise figure in kilometres", "[compare]") {
  CHECK(agreement(miles(2600, 100), km(4184, 1), policy(CompareSpec::Kind::Exact)) == Agreement::WithinRounding);
}

TEST_CASE("figures that stay apart after rounding differ", "[compare]") {
  CHECK(agreement(miles(2300, 100), miles(2600, 100), policy(CompareSpec::Kind::Exact)) == Agreement::Differ);
  SECTION("even within a 3% tolerance") {
    CHECK(agreement(miles(2300, 100), miles(2600, 100), policy(CompareSpec::Kind::WithinPercent, 3)) ==
          Agreement::Differ);
  }
}

TEST_CASE("a percentage tolerance joins close precise figures", "[compare]") {
  CHECK(agreement(km(4209, 1), km(4250, 1), policy(CompareSpec::Kind::Exact)) == Agreement::Differ);
  CHECK(agreement(km(4209, 1), km(4250, 1), policy(CompareSpec::Kind::WithinPercent, 3)) ==
        Agreement::WithinTolerance);
}

TEST_CASE("a tolerance in units is converted to the canonical unit", "[compare]") {
  CHECK(agreement(km(4209, 1), km(4250, 1), policy(CompareSpec::Kind::WithinUnit, 50, "km")) ==
        Agreement::WithinTolerance);
  CHECK(agreement(km(4209, 1), km(4300, 1), policy(CompareSpec::Kind::WithinUnit, 50, "km")) == Agreement::Differ);
}

TEST_CASE("an open interval agrees with a number inside it but not with its excluded end", "[compare]") {
  Value over_40 = count(40, INFINITY, false);
  CHECK(agreement(over_40, count(42, 42), policy(CompareSpec::Kind::Exact)) == Agreement::Compatible);
  CHECK(agreement(over_40, count(40, 40), policy(CompareSpec::Kind::Exact)) == Agreement::Differ);
}

TEST_CASE("identical readings are the same value", "[compare]") {
  CHECK(agreement(count(42, 42), count(42, 42), policy(CompareSpec::Kind::Exact)) == Agreement::Same);
}

TEST_CASE("values in different currencies never agree", "[compare]") {
  Value usd = count(10, 10), eur = count(10, 10);
  usd.type = eur.type = Type::Money;
  usd.unit = "USD";
  eur.unit = "EUR";
  CHECK(agreement(usd, eur, policy(CompareSpec::Kind::Exact)) == Agreement::Differ);
}

TEST_CASE("dates agree at the coarser grain", "[compare]") {
  CHECK(agreement(years(1960, 1960), month(1960, 2), policy(CompareSpec::Kind::Exact)) == Agreement::Compatible);
  CHECK(agreement(years(1961, 1961), month(1960, 2), policy(CompareSpec::Kind::Exact)) == Agreement::Differ);
}

TEST_CASE("compare start looks only at where ranges begin", "[compare]") {
  CHECK(agreement(years(1960, 1960), years(1961, 1989), policy(CompareSpec::Kind::Start)) == Agreement::Differ);
  CHECK(agreement(years(1960, 1960), years(1960, 1989), policy(CompareSpec::Kind::Start)) == Agreement::Same);
  CHECK(agreement(years(1960, 1960), years(1961, 1989), policy(CompareSpec::Kind::Overlap)) == Agreement::Differ);
  CHECK(agreement(years(1961, 1961), years(1961, 1989), policy(CompareSpec::Kind::Overlap)) == Agreement::Compatible);
  SECTION("and compare end at where they finish") {
    CHECK(agreement(years(1980, 1989), years(1961, 1989), policy(CompareSpec::Kind::End)) == Agreement::Same);
  }
}

TEST_CASE("a start given as a month agrees with the same start given as a year", "[compare]") {
  CHECK(agreement(years(1960, 1989), month(1960, 2), policy(CompareSpec::Kind::Start)) == Agreement::Same);
}

TEST_CASE("neighbouring whole numbers do not agree by rounding", "[compare]") {
  Value forty = count(40, 40), forty_one = count(41, 41);
  forty.precision = forty_one.precision = 1;
  CHECK(agreement(forty, forty_one, policy(CompareSpec::Kind::Exact)) == Agreement::Differ);
  SECTION("and a rounded figure does not reach the next rounding step") {
    CHECK(agreement(miles(2600, 100), miles(2651, 1), policy(CompareSpec::Kind::Exact)) == Agreement::Differ);
    CHECK(agreement(miles(2600, 100), miles(2649, 1), policy(CompareSpec::Kind::Exact)) == Agreement::WithinRounding);
  }
}

TEST_CASE("rounding never moves a strict bound: 'over 40' excludes 40", "[compare]") {
  Value over_40 = count(40, INFINITY, false), forty = count(40, 40);
  over_40.precision = forty.precision = 1;
  CHECK(agreement(over_40, forty, policy(CompareSpec::Kind::Exact)) == Agreement::Differ);
}

namespace {

Value usd_billions(double n) {
  Value v;
  v.type = Type::Money;
  v.lo = v.hi = n * 1e9;
  v.unit = v.original_unit = "USD";
  v.precision = 100e9;  // "$100 billion", "$200 billion": written to the hundred billion
  return v;
}

}  // namespace

TEST_CASE("round figures of different size never agree, even within a few percent", "[compare]") {
  const CompareSpec within3 = policy(CompareSpec::Kind::WithinPercent, 3);
  CHECK(agreement(usd_billions(100), usd_billions(200), within3) == Agreement::Differ);
  CHECK(agreement(usd_billions(200), usd_billions(300), within3) == Agreement::Differ);
  CHECK(agreement(usd_billions(100), usd_billions(300), within3) == Agreement::Differ);
  Value eight = usd_billions(800), nine = usd_billions(900);
  CHECK(agreement(eight, nine, policy(CompareSpec::Kind::Exact)) == Agreement::Differ);
}

TEST_CASE("a round figure still agrees with a figure inside its second digit", "[compare]") {
  Value hundred = usd_billions(100);
  Value precise = usd_billions(102.4);
  precise.precision = 0.1e9;
  CHECK(agreement(hundred, precise, policy(CompareSpec::Kind::Exact)) == Agreement::WithinRounding);
}

TEST_CASE("tolerance and rounding combine by the larger, never the sum", "[compare]") {
  // 2,600 mi written to 100 mi stands for +/- 50 mi; 3% gives each side +/- 39 mi.
  // Summed they would reach 2,600 + 89 = 2,689 mi; by the larger only 2,650 mi.
  const CompareSpec within3 = policy(CompareSpec::Kind::WithinPercent, 3);
  Value far = miles(2689 + 39, 1);  // its own half of 3% reaches back to about 2,689
  CHECK(agreement(miles(2600, 100), far, within3) == Agreement::Differ);
  Value near = miles(2650 + 39, 1);
  CHECK(agreement(miles(2600, 100), near, within3) == Agreement::WithinTolerance);
  // A tolerance in units: "within 50 km" gives each side 25 km, rounding 50 km for 4,200 km.
  const CompareSpec within50 = policy(CompareSpec::Kind::WithinUnit, 50, "km");
  CHECK(agreement(km(4200, 100), km(4300, 1), within50) == Agreement::Differ);
  CHECK(agreement(km(4200, 100), km(4270, 1), within50) == Agreement::WithinTolerance);
}

TEST_CASE("a year counted back from the publication date holds the year before and after", "[compare]") {
  // "sixty years ago", read in March 2024, is 1964; the event it recalls, 10 October
  // 1963, lies sixty years and five months back.
  Value counted_back = years(1964, 1964);
  counted_back.type = Type::Date;
  counted_back.approx = true;
  Value day;
  day.type = Type::Date;
  day.lo = day.hi = static_cast<double>(factlint::value::days_from_civil({1963, 10, 10}));
  day.grain = Grain::Day;
  CHECK(agreement(counted_back, day, policy(CompareSpec::Kind::Exact)) == Agreement::WithinRounding);
  CHECK(agreement(day, counted_back, policy(CompareSpec::Kind::Exact)) == Agreement::WithinRounding);
  // Two years off is another year, and a year written out is exact.
  day.lo = day.hi = static_cast<double>(factlint::value::days_from_civil({1961, 12, 31}));
  CHECK(agreement(counted_back, day, policy(CompareSpec::Kind::Exact)) == Agreement::Differ);
  Value written = years(1964, 1964);
  written.type = Type::Date;
  day.lo = day.hi = static_cast<double>(factlint::value::days_from_civil({1963, 10, 10}));
  CHECK(agreement(written, day, policy(CompareSpec::Kind::Exact)) == Agreement::Differ);
}

namespace {

Value percent(double n, double precision) {
  Value v;
  v.type = Type::Percent;
  v.lo = v.hi = n;
  v.unit = v.original_unit = "%";
  v.precision = precision;
  return v;
}

CompareSpec points(double amount) {
  CompareSpec spec;
  spec.kind = CompareSpec::Kind::WithinUnit;
  spec.amount = amount;
  spec.unit = "pp";
  spec.tolerance = amount;
  return spec;
}

}  // namespace

// Before: a difference of exactly the tolerance conflicted when the figures were written
// to the tolerance's own step (75% and 76% within 1 pp; 5.6% and 5.7% within 0.1 pp,
// docs/rules.md's own example), because the tolerance's end was taken as exclusive like
// a rounding's half-step, and 5.6 + 0.05 fell a bit short of 5.7 - 0.05.
TEST_CASE("a difference of exactly the tolerance agrees, whatever the figures' steps", "[compare]") {
  CHECK(agreement(percent(75, 1), percent(76, 1), points(1)) == Agreement::WithinTolerance);
  CHECK(agreement(percent(20, 1), percent(21, 1), points(1)) == Agreement::WithinTolerance);
  CHECK(agreement(percent(5.6, 0.1), percent(5.7, 0.1), points(0.1)) == Agreement::WithinTolerance);
  CHECK(agreement(percent(7.0, 0.1), percent(8.0, 0.1), points(1)) == Agreement::WithinTolerance);
  CHECK(agreement(percent(70, 1), percent(72, 1), points(2)) == Agreement::WithinTolerance);
  // One step more is a conflict.
  CHECK(agreement(percent(75, 1), percent(77, 1), points(1)) == Agreement::Differ);
  CHECK(agreement(percent(5.6, 0.1), percent(5.8, 0.1), points(0.1)) == Agreement::Differ);
  // A percentage tolerance too: 100 and 102 differ by 2% of 100.
  Value a = count(100, 100), b = count(102, 102);
  CHECK(agreement(a, b, policy(CompareSpec::Kind::WithinPercent, 2)) == Agreement::WithinTolerance);
}
