// `range start` / `range end` on a measure, count or money fact: a range of figures
// states the end the fact names (docs/rules.md "One end of a range"). Sentences
// written for these tests.
#include <cmath>
#include <string>

#include <catch2/catch.hpp>

#include "doc/loader.h"
#include "lang/parse.h"
#include "match/matcher.h"
#include "source/diagnostic.h"
#include "support/rule_reader.h"

namespace factlint::match {
namespace {

std::string width_rules(const char* option) {
  return std::string(R"(entity Marrow = "Lake Marrow"
fact lake_width(lake: entity) -> width: length {
  cue wide
)") + option + "}\n";
}

TEST_CASE("range end takes the upper figure of a range of lengths", "[match]") {
  const auto ending = testing::parsed_rules(width_rules("  range end\n"));
  const auto starting = testing::parsed_rules(width_rules("  range start\n"));
  for (const char* text : {"Lake Marrow is 24 to 79 km wide.", "Lake Marrow is 24-79 km wide.",
                           "Lake Marrow is between 24 and 79 km wide."}) {
    CAPTURE(text);
    auto upper = testing::undated_statements(ending, text);
    REQUIRE(upper.size() == 1);
    CHECK(upper[0].value.lo == Approx(79000));
    CHECK(upper[0].value.hi == Approx(79000));
    CHECK(upper[0].value.display == "79 km");
    auto lower = testing::undated_statements(starting, text);
    REQUIRE(lower.size() == 1);
    CHECK(lower[0].value.lo == Approx(24000));
    CHECK(lower[0].value.hi == Approx(24000));
    CHECK(lower[0].value.display == "24 km");
  }
  // A single figure or an open bound is read as it is.
  auto single = testing::undated_statements(ending, "Lake Marrow is 79 km wide.");
  REQUIRE(single.size() == 1);
  CHECK(single[0].value.display == "79 km");
  auto bound = testing::undated_statements(ending, "Lake Marrow is over 70 km wide.");
  REQUIRE(bound.size() == 1);
  CHECK(bound[0].value.lo == Approx(70000));
  CHECK(std::isinf(bound[0].value.hi));
}

TEST_CASE("range end on a count and on money", "[match]") {
  const auto counts = testing::parsed_rules(R"(entity Marrow = "Lake Marrow"
fact islands(lake: entity) -> n: count {
  cue islands
  range end
}
)");
  auto found = testing::undated_statements(counts, "Lake Marrow has 20 to 27 islands.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].value.lo == 27);
  CHECK(found[0].value.display == "27");
  const auto money = testing::parsed_rules(R"(entity Marrow = "Lake Marrow"
fact dredging_cost(lake: entity) -> cost: money {
  cue dredging
  range start
}
)");
  auto cost = testing::undated_statements(money, "Dredging Lake Marrow cost $5-8 million a year.");
  REQUIRE(cost.size() == 1);
  CHECK(cost[0].value.lo == Approx(5e6));
  CHECK(cost[0].value.hi == Approx(5e6));
}

}  // namespace
}  // namespace factlint::match
