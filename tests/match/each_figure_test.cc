// A figure after "each" that follows a list of names is every one's: "Runway A and
// Runway B, each 3,200 m long" (docs/rules.md "Cues", step 5, "Respectively"; session
// 24, changi-airport: "02L/20R and 02C/20C, each 4,000 m long" gave only the second
// runway its length). Sentences written for these tests only.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kRules = R"(
entity Dock_A: dock = "Dock A"
entity Dock_B: dock = "Dock B"
entity Dock_C: dock = "Dock C"
fact dock_length(dock: dock) -> length: length {
  cue long
}
)";

}  // namespace

TEST_CASE("a figure after 'each' is every listed name's", "[match][cue]") {
  RuleReader r(kRules);
  CHECK(r.read("The port has two docks, Dock A and Dock B, each 310 m long.") ==
        Lines{"dock_length(Dock_A) = 310 m", "dock_length(Dock_B) = 310 m"});
  CHECK(r.read("Dock A, Dock B and Dock C are each 310 m long.") ==
        Lines{"dock_length(Dock_A) = 310 m", "dock_length(Dock_B) = 310 m", "dock_length(Dock_C) = 310 m"});
  // No list before "each", or no "each": as before.
  CHECK(r.read("Dock A and Dock B are old; each is 310 m long.").size() <= 1);
  CHECK(r.read("Dock A is 310 m long.") == Lines{"dock_length(Dock_A) = 310 m"});
}
