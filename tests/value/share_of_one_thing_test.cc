// Value shapes writers use that the readers used to get wrong (session 25): a share of one
// scale word or one unit ("three-quarters of a million", "a quarter of a century"), a
// hyphened mixed number ("a three-and-a-half-hour crossing"), "a half-hour", "1h 23m 45s",
// a bound written after its figure ("40 at most.") and money's "-plus". Before, each was
// read as a part of the phrase ("a million", "a century", "one", "1h", "40") or not at all.
#include <string>

#include "value_test_support.h"

using namespace factlint::value;
using namespace factlint::value::testing;

TEST_CASE("a share of a scale word is that share of the scale, never the scale", "[value]") {
  check_row(Type::Count, {"nearly three-quarters of a million pilgrims", "nearly three-quarters of a million", 727500,
                          750000, true, true, true},
            "");
  check_row(Type::Count, {"a third of a million households", "a third of a million", 333333, 333333}, "");
  check_row(Type::Number, {"two-thirds of a billion", nullptr, 666666667, 666666667}, "");
  check_row(Type::Money, {"a bill of three-quarters of a billion dollars", "three-quarters of a billion dollars",
                          750e6, 750e6},
            "USD");
  // Unchanged: the share written before "a" alone.
  check_row(Type::Count, {"a quarter of a million voters", "a quarter of a million", 250000, 250000}, "");
}

TEST_CASE("a share of one unit is that share of the unit", "[value]") {
  const double hour = 1.0 / 24;
  check_row(Type::Duration, {"the vote was held open for three-quarters of an hour", "three-quarters of an hour",
                             0.75 * hour, 0.75 * hour},
            "d");
  check_row(Type::Duration, {"a quarter of an hour", nullptr, 0.25 * hour, 0.25 * hour}, "d");
  check_row(Type::Duration, {"the mill ran for a quarter of a century", "a quarter of a century", 9131.0625,
                             9131.0625},
            "d");
  check_row(Type::Length, {"the pier runs out a quarter of a mile", "a quarter of a mile", 402.336, 402.336}, "m");
  check_row(Type::Area, {"three-quarters of an acre", nullptr, 0.75 * 4046.8564224, 0.75 * 4046.8564224}, "m2");
  check_row(Type::Mass, {"two-thirds of a tonne", nullptr, 2000.0 / 3, 2000.0 / 3}, "kg");
  check_row(Type::Percent, {"three-quarters of a percent", nullptr, 0.75, 0.75}, "%");
}

TEST_CASE("the thing a share is of is never read whole", "[value]") {
  // "in the first half of a decade" is a time within it: no span of ten years, nor five.
  CHECK_FALSE(read(Type::Duration, "in the first half of a decade"));
  CHECK_FALSE(read(Type::Duration, "during the last quarter of a century"));
  // Points are a change of a level: no percentage, and never 25%.
  CHECK_FALSE(read(Type::Percent, "the bank cut rates by a quarter of a percentage point"));
  // A share of things counted keeps their count: "300" is how many staff there are.
  auto staff = read(Type::Count, "two-thirds of the 300 staff");
  REQUIRE(staff);
  CHECK(same(staff->lo, 300));
}

TEST_CASE("a mixed number hyphened before what it measures is read whole", "[value]") {
  const double hour = 1.0 / 24;
  check_row(Type::Duration, {"a three-and-a-half-hour crossing", "three-and-a-half-hour", 3.5 * hour, 3.5 * hour},
            "d");
  check_row(Type::Count, {"one-and-a-half million tickets", "one-and-a-half million", 1.5e6, 1.5e6}, "");
}

TEST_CASE("a count takes a mixed number with a scale, and none without", "[value]") {
  check_row(Type::Count, {"two and a half million tourists", "two and a half million", 2.5e6, 2.5e6}, "");
  check_row(Type::Count, {"1 1/2 million tourists", "1 1/2 million", 1.5e6, 1.5e6}, "");
  CHECK_FALSE(read(Type::Count, "four and a half"));
  CHECK_FALSE(read(Type::Count, "2 1/2"));
}

TEST_CASE("'a half' before a unit is half of it", "[value]") {
  const double hour = 1.0 / 24;
  check_row(Type::Duration, {"after a half-hour wait", "a half-hour", 0.5 * hour, 0.5 * hour}, "d");
  check_row(Type::Duration, {"a half hour", nullptr, 0.5 * hour, 0.5 * hour}, "d");
  check_row(Type::Length, {"a half-mile walk", "a half-mile", 804.672, 804.672}, "m");
  // A half marathon is a race, no length the words give.
  CHECK_FALSE(read(Type::Length, "she ran a half marathon"));
}

TEST_CASE("minutes as 'm' after hours add up with seconds", "[value]") {
  const double second = 1.0 / 86400;
  check_row(Type::Duration, {"a finish in 1h 23m 45s", "1h 23m 45s", 5025 * second, 5025 * second}, "d");
  check_row(Type::Duration, {"2 h 30 m", nullptr, 9000 * second, 9000 * second}, "d");
  // Alone, "m" is metres, no duration.
  CHECK_FALSE(read(Type::Duration, "30 m"));
}

TEST_CASE("a bound written after its figure bounds it where the clause ends", "[value]") {
  check_row(Type::Count, {"the hall seats 40 at most.", "40 at most", 0, 40}, "");
  check_row(Type::Count, {"40 at the most, and", "40 at the most", 0, 40}, "");
  check_row(Type::Money, {"the works will cost $2 billion at least;", "$2 billion at least", 2e9, kInf}, "USD");
  check_row(Type::Length, {"106 feet at most", nullptr, 0, 32.3088}, "m");
  // Followed by a noun, "at most" is "most of": "$5 at most stations" costs $5.
  check_row(Type::Money, {"$5 at most stations", "$5", 5, 5}, "USD");
  check_row(Type::Count, {"40 at least partly", "40", 40, 40}, "");
}

TEST_CASE("money takes '-plus', '+' and '-odd' after its unit", "[value]") {
  check_row(Type::Money, {"a $40bn-plus budget", "$40bn-plus", 40e9, kInf}, "USD");
  check_row(Type::Money, {"$40bn+", nullptr, 40e9, kInf}, "USD");
  check_row(Type::Money, {"a £100,000-plus salary", "£100,000-plus", 100000, kInf}, "GBP");
  check_row(Type::Money, {"$40 billion-odd", nullptr, 40e9, 41e9, true, false, true}, "USD");
}
