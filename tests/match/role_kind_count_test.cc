// A count right before the noun of a role's kind counts those things, not what the
// fact counts (docs/rules.md "Cues", step 2). Sentences written for these tests only.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kRules = R"(
entity Brell: town = "Brell"
fact ward_count(town: town) -> wards: count {
  cue wards
}
fact ferry_count(town: town) -> ferries: count {
  cue ferries | ferry
}
)";

}  // namespace

TEST_CASE("a count before a role's kind counts the towns, not the wards", "[match][cue][role kind]") {
  RuleReader r(kRules);
  // Without the rule: 1 ward and 2 ferries besides the 9 wards and 3 ferries.
  CHECK(r.read("In 1920 the villages around Brell became one town of nine wards.") == Lines{"ward_count(Brell) = 9"});
  CHECK(r.read("The Brell ferries run daily, linking what were once two separate towns.").empty());
  CHECK(r.read("Brell has three ferries, which link two towns.") == Lines{"ferry_count(Brell) = 3"});
}

TEST_CASE("a count of the cue's things next to a role's kind is still read", "[match][cue][role kind]") {
  RuleReader r(kRules);
  // The kind's noun does not end the phrase: "town ferries" are ferries.
  CHECK(r.read("Brell runs four town ferries.") == Lines{"ferry_count(Brell) = 4"});
  CHECK(r.read("Brell is split into nine wards.") == Lines{"ward_count(Brell) = 9"});
}
