// A percent fact reads a share of things written in words ("one in six").
// Sentences written for these tests, found in no corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kShareRules = R"(
entity Tarn: region = "Tarnvale", "Tarn"

fact renters(region: region) -> share: percent {
  cue rent their homes
}
)";

}  // namespace

// Before: a percent fact's cue read nothing in "one in six".
TEST_CASE("a percent fact reads a share of things given in words", "[match]") {
  RuleReader f(kShareRules);
  CHECK(f.read("In Tarnvale, one in six households rent their homes.") == Lines{"renters(Tarn) = 16.7%"});
  CHECK(f.read("In Tarnvale, about a third of households rent their homes.") == Lines{"renters(Tarn) = about 33.3%"});
}
