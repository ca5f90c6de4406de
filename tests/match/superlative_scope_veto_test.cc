// A superlative's phrase says among what the value ranks ("the biggest town on the
// north shore"): a veto word anywhere in it is the value's (docs/rules.md "Cues",
// step 4). Sentences written for these tests, found in no corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kTowns = R"(
entity Dunlow: town = "Dunlow"
fact town_rank(town: town) -> rank: ordinal {
  cue biggest | largest
  unless north shore | lowland districts
  compare exact
}
)";

}  // namespace

// Before: a veto reached three words past the value, so "north shore", four words on,
// let Dunlow rank first in the whole country.
TEST_CASE("a veto word in a superlative's place phrase vetoes the rank", "[match][veto][rank]") {
  RuleReader r(kTowns);
  CHECK(r.read("We stopped in Dunlow, the biggest town on the wild north shore, for supplies.").empty());
  CHECK(r.read("Dunlow is the largest market town in all the lowland districts.").empty());
}

TEST_CASE("a veto word past the superlative's phrase does not veto", "[match][veto][rank]") {
  RuleReader r(kTowns);
  CHECK(r.read("Dunlow is the biggest town in the country, well ahead of any on the north shore.") ==
        Lines{"town_rank(Dunlow) = 1st"});
  CHECK(r.read("Dunlow is the largest town, and its ferry crosses to the north shore daily.") ==
        Lines{"town_rank(Dunlow) = 1st"});
}
