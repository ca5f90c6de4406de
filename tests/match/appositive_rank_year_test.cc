// A rank in an appositive noun phrase ("X, the world's tallest mast, opened in 1987")
// holds at the time of writing: the main clause's year dates the main clause's event
// (docs/rules.md "Cues", step 5). Before, the rank took 1987 (session 22, a blind
// writer's report). Sentences written for these tests, found in no corpus.
#include <catch2/catch.hpp>

#include <string>

#include "support/rule_reader.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity Halvor_Spire: tower = "Halvor Spire"

fact rank(tower: tower) -> rank: ordinal {
  cue tallest
  scope per year
}
)";

struct Fixture : testing::RuleReader {
  Fixture() : RuleReader(kRules) {}
};

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("an appositive's rank is of the time of writing", "[match][year][session22]") {
  Fixture f;
  CHECK(f.read_scoped("Halvor Spire, the coast's tallest mast, opened in 1987.") ==
        Lines{"rank(Halvor_Spire) = 1st [2024]"});
}

TEST_CASE("an appositive that tells of time past keeps the main clause's year", "[match][year][session22]") {
  Fixture f;
  CHECK(f.read_scoped("Halvor Spire, then the coast's tallest mast, opened in 1987.") ==
        Lines{"rank(Halvor_Spire) = 1st [1987]"});
  CHECK(f.read_scoped("Halvor Spire was the coast's tallest mast in 1987.") == Lines{"rank(Halvor_Spire) = 1st [1987]"});
}
