// An age counted back (value/time_point_phrase.h): what was formed, born or founded N
// years ago is N years old, while any other event N years ago only dates itself. The
// phrases are written for these tests, with generated figures and verbs.
#include "value_test_support.h"

#include <random>
#include <string>

using namespace factlint::value;
using namespace factlint::value::testing;

namespace {

constexpr double kYear = 365.2425;

}  // namespace

TEST_CASE("a verb of coming into being makes a span counted back an age", "[value]") {
  std::mt19937 rng(1223);
  std::uniform_int_distribution<int> figure(2, 900);
  const char* verbs[] = {"formed", "was created", "was born", "was founded", "were built", "began",
                         "emerged", "originated", "arose", "evolved"};
  const char* hedges[] = {"", "some ", "about ", "roughly "};
  for (const char* verb : verbs) {
    for (const char* hedge : hedges) {
      const int n = figure(rng);
      const std::string text = std::string("the basin ") + verb + " " + hedge + std::to_string(n) +
                               " million years ago";
      CAPTURE(text);
      auto age = read(Type::Duration, text);
      REQUIRE(age);
      CHECK(age->lo == Approx(n * 1e6 * kYear));
      CHECK(age->approx == (hedge[0] != 0));
    }
  }
}

TEST_CASE("an age counted back may be a range", "[value]") {
  auto age = read(Type::Duration, "the rift formed 12-15 million years ago");
  REQUIRE(age);
  CHECK(age->lo == Approx(12e6 * kYear));
  CHECK(age->hi == Approx(15e6 * kYear));
}

TEST_CASE("any other event counted back stays a point in time", "[value]") {
  for (const char* text : {"the crew arrived 20 years ago", "the probe launched 7 years ago",
                           "she moved in some 12 years ago", "the ferry sank a century ago",
                           "formed in a valley, it flooded 30 years ago"}) {
    CAPTURE(text);
    CHECK_FALSE(read(Type::Duration, text));
  }
}

TEST_CASE("'N years old' is an age whatever comes before", "[value]") {
  auto age = read(Type::Duration, "the granite is some 25 million years old");
  REQUIRE(age);
  CHECK(age->lo == Approx(25e6 * kYear));
  auto range = read(Type::Duration, "the granite is 25-30 million years old");
  REQUIRE(range);
  CHECK(range->hi == Approx(30e6 * kYear));
}
