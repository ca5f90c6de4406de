// Figures that are no level of what a cue counts: the part of a group a fronted "of the
// N ..." names ("So of the six gates, two were shut"), and what is added ("room for 3
// million more passengers") (docs/rules.md "Cues", step 2; session 24, changi-airport:
// "So of the four terminals, two were running" gave two terminals, "adding room for 5
// million more passengers a year" a year's traffic). Sentences written for these tests only.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kRules = R"(
entity Marrow_Airport: airport = "Marrow Airport"
fact gate_count(airport: airport) -> gates: count {
  cue gates
}
fact yearly_passengers(airport: airport) -> passengers: count {
  cue passengers
}
)";

}  // namespace

TEST_CASE("a figure after a fronted 'of the N ...' counts a part of that group", "[match][cue]") {
  RuleReader r(kRules);
  // "the six gates" names a group met before, and counts nothing itself (docs/rules.md
  // "Cues", step 2); in digits the group's figure is read.
  CHECK(r.read("Marrow Airport has six gates. So of the six gates, two were shut in May.") ==
        Lines{"gate_count(Marrow_Airport) = 6"});
  CHECK(r.read("At Marrow Airport, of the 6 gates, 2 were shut in May.") == Lines{"gate_count(Marrow_Airport) = 6"});
  // No partitive before it: the figure is read as before.
  CHECK(r.read("At Marrow Airport, after the fire, two gates were left.") == Lines{"gate_count(Marrow_Airport) = 2"});
}

TEST_CASE("a count or money before 'more', 'fewer', 'extra' or 'additional' is what is added", "[match][cue]") {
  RuleReader r(kRules);
  CHECK(r.read("The new pier gives Marrow Airport room for 3 million more passengers.").empty());
  CHECK(r.read("Marrow Airport opened two extra gates in 2023.").empty());
  // The level stays the fact's; "more or less" is a hedge.
  CHECK(r.read("Marrow Airport handled 9 million passengers, 3 million more than in 2022.") ==
        Lines{"yearly_passengers(Marrow_Airport) = 9 million"});
  CHECK(r.read("Marrow Airport handled 9 million more or less passengers.") ==
        Lines{"yearly_passengers(Marrow_Airport) = 9 million"});
}
