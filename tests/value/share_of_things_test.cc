// "one in six", "3 in 10": a share of a whole number of things read as a percentage
// (quantity_reader.cc). Before, a percent fact read nothing there (a blind writer's
// report, FEEDBACK-session-19, new-zealand §3).
#include <string>

#include "value_test_support.h"

using namespace factlint::value;
using namespace factlint::value::testing;

namespace {

const char* const kWords[] = {"zero", "one",  "two",   "three", "four",   "five",    "six",
                              "seven", "eight", "nine", "ten",  "eleven", "twelve"};

}  // namespace

TEST_CASE("'N in M' is N/M as a percentage, in digits or words", "[value][feedback20]") {
  for (int a = 1; a <= 12; ++a) {
    for (int b = a + 1; b <= 12; ++b) {
      for (const std::string& text : {std::to_string(a) + " in " + std::to_string(b),
                                      std::string(kWords[a]) + " in " + kWords[b],
                                      std::string(kWords[a]) + " in every " + kWords[b] + " households"}) {
        CAPTURE(text);
        auto v = read(Type::Percent, text);
        REQUIRE(v);
        CHECK(same(v->lo, 100.0 * a / b));
        CHECK(same(v->hi, 100.0 * a / b));
        CHECK(v->unit == "%");
      }
    }
  }
  auto hedged = read(Type::Percent, "about one in five adults");
  REQUIRE(hedged);
  CHECK(hedged->approx);
  CHECK(same(hedged->lo, 20));
}

TEST_CASE("'N in M' is no share when M is no count of things", "[value][feedback20]") {
  // Not above the first, a year, a span of time, a hyphened word, a percentage.
  for (const char* text : {"5 in 3", "4 in 4", "7 in 2023", "3 in 10 years", "two in six months",
                           "a 1 in 100-year flood", "1 in 5% of cases", "one in 1,500"}) {
    CAPTURE(text);
    auto v = read(Type::Percent, text);
    CHECK_FALSE((v && v->lo < 100 && v->hi > 0 && v->lo == v->hi && !v->approx && v->unit == "%" &&
                 std::string(text).find('%') == std::string::npos));
  }
  // Counts are untouched: "one in six" is still the count 1 where a count is read.
  auto count = read(Type::Count, "one in six");
  REQUIRE(count);
  CHECK(same(count->lo, 1));
}
