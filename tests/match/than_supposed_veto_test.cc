// A modal or "expect" in a comparison with what one supposes ("longer than you would
// think", "higher than expected") forecasts nothing and does not veto (docs/rules.md
// "Cues", step 4). Sentences written for these tests, found in no corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kLake = R"(
entity Vell: lake = "Lake Vell", "Vell"
fact shore_length(lake: lake) -> length: length {
  cue shoreline | shore
  compare within 2%
}
)";

}  // namespace

// Before: "would", "might" and "expected" vetoed each figure as a forecast.
TEST_CASE("a comparison with what one supposes is no forecast", "[match][veto]") {
  RuleReader r(kLake);
  CHECK(r.read("The shoreline of Lake Vell is longer than you would think: it runs for 212 km.") ==
        Lines{"shore_length(Vell) = 212 km"});
  CHECK(r.read("Lake Vell has a shore longer than most visitors might expect: 212 km.") ==
        Lines{"shore_length(Vell) = 212 km"});
  CHECK(r.read("The shoreline of Lake Vell proved longer than expected at 212 km.") ==
        Lines{"shore_length(Vell) = 212 km"});
}

TEST_CASE("a modal outside such a comparison still vetoes", "[match][veto]") {
  RuleReader r(kLake);
  CHECK(r.read("The shoreline of Lake Vell would reach 212 km if the dam were raised.").empty());
  CHECK(r.read("Surveyors expect the shoreline of Lake Vell to measure 212 km.").empty());
  // "than" with no verb of supposing after it: the modal is the clause's.
  CHECK(r.read("The shoreline of Lake Vell would be longer than 212 km.").empty());
}
