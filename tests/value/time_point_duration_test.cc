// Durations that are no length of time (value/time_point_phrase.h): a count back to a
// point in time and a decade. The phrases are written for these tests.
#include "value_test_support.h"

using namespace factlint::value;
using namespace factlint::value::testing;

TEST_CASE("a span counted back with 'ago' is a point in time, not a duration", "[value]") {
  CHECK_FALSE(read(Type::Duration, "the lighthouse keeper moved out nearly 40 years ago"));
  CHECK_FALSE(read(Type::Duration, "a decade ago"));
  CHECK_FALSE(read(Type::Duration, "three weeks ago, on a Tuesday"));
  // Without "ago" the span is a duration, as before.
  auto stay = read(Type::Duration, "the keeper stayed nearly 40 years");
  REQUIRE(stay);
  CHECK(stay->text == "nearly 40 years");
  auto later = read(Type::Duration, "three weeks later");
  REQUIRE(later);
  CHECK(later->text == "three weeks");
}

TEST_CASE("a year written against its 's' is a decade, not seconds", "[value]") {
  CHECK_FALSE(read(Type::Duration, "a ferryman since the early 1980s"));
  CHECK_FALSE(read(Type::Duration, "in the 1990s"));
  CHECK_FALSE(read(Type::Duration, "back in the '70s"));
  CHECK_FALSE(read(Type::Duration, "the 2010's"));
  // Seconds written with a space, a separator or a figure no decade has stay seconds.
  auto spaced = read(Type::Duration, "a burn of 1980 s");
  REQUIRE(spaced);
  CHECK(spaced->text == "1980 s");
  auto grouped = read(Type::Duration, "a 2,000s exposure");
  REQUIRE(grouped);
  CHECK(grouped->text == "2,000s");
  auto odd = read(Type::Duration, "a 1985s window");
  REQUIRE(odd);
  CHECK(odd->text == "1985s");
}
