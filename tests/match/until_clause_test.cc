// A sentence opened by "Until" and a clause with a verb of its own ("Until Halvor
// Spire was completed, Osten Mast was the tallest") tells a past figure of no year
// (match/until_clause.h; docs/rules.md "Cues", step 5). Before, the figure took the
// publication year, a current rank it no longer is (session 22, a blind writer's
// report). Sentences written for these tests, found in no corpus.
#include <catch2/catch.hpp>

#include <string>

#include "support/rule_reader.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity Halvor_Spire: tower = "Halvor Spire"
entity Osten_Mast: tower = "Osten Mast"

fact rank(tower: tower) -> rank: ordinal {
  cue tallest
  scope per year
}
fact staff(tower: tower) -> staff: count {
  cue guides
  current only
}
)";

struct Fixture : testing::RuleReader {
  Fixture() : RuleReader(kRules) {}
};

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("a figure before an undated 'until' event is of no year", "[match][year][session22]") {
  Fixture f;
  CHECK(f.read_scoped("Until Halvor Spire was completed, Osten Mast was the coast's tallest mast.") == Lines{});
  CHECK(f.read_scoped("Until the new lift opened, Osten Mast had 14 guides.") == Lines{});
}

TEST_CASE("a figure with a year of its own after the 'until' clause keeps it", "[match][year][session22]") {
  Fixture f;
  CHECK(f.read_scoped("Until Halvor Spire was completed, Osten Mast was the coast's tallest mast in 2015.") ==
        Lines{"rank(Osten_Mast) = 1st [2015]"});
  CHECK(f.read_scoped("Osten Mast is the coast's tallest mast.") == Lines{"rank(Osten_Mast) = 1st [2024]"});
}
