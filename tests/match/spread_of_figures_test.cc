// Either end of a spread after "vary" or "differ" is no figure of its own (docs/rules.md
// "Cues", step 2). Sentences written for these tests only.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kRules = R"(
entity Moss: bog = "Oran Moss"
fact peat_carbon(bog: bog) -> carbon: mass {
  cue carbon | stores
}
fact bog_area(bog: bog) -> area: area {
  cue covers | area
}
)";

}  // namespace

TEST_CASE("the ends of a spread of figures are no statement", "[match][cue][spread]") {
  RuleReader r(kRules);
  // Without the rule: more than 40 and over 30 million tonnes as the bog's carbon.
  CHECK(r.read("Estimates of the carbon Oran Moss stores vary widely, from below 10 to more than 40 million tonnes.")
            .empty());
  CHECK(r.read("Figures for the carbon in Oran Moss differ, from under 12 to over 30 million tonnes.").empty());
}

TEST_CASE("a figure of the writer's own beside a spread is still read", "[match][cue][spread]") {
  RuleReader r(kRules);
  CHECK(r.read("Oran Moss stores about 25 million tonnes of carbon, though estimates vary.") ==
        Lines{"peat_carbon(Moss) = about 25 million t"});
  // A change with no "vary" or "differ" is read as before: its later end.
  CHECK(r.read("The area of Oran Moss grew from 30 km² to 41 km².") == Lines{"bog_area(Moss) = 41 km2"});
}
