// A veto phrase that holds a cue word (docs/rules.md "Cues", step 4): only a veto made
// of the cue's own words is exempt. Before, `unless tallest masts` with `cue tallest`
// never fired, as the veto's first word was the cue's (session 22, a blind writer's
// report). Sentences written for these tests, found in no corpus.
#include <catch2/catch.hpp>

#include <string>

#include "support/rule_reader.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity Halvor_Spire: tower = "Halvor Spire"

fact rank(tower: tower) -> rank: ordinal {
  cue tallest
  unless tallest masts
}
fact trade(tower: tower) -> amount: money {
  cue trade target
  unless target
}
)";

struct Fixture : testing::RuleReader {
  Fixture() : RuleReader(kRules) {}
};

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("a veto phrase that starts with the cue word vetoes", "[match][veto][session22]") {
  Fixture f;
  CHECK(f.read("Halvor Spire is the second tallest masts of the coast.") == Lines{});
  CHECK(f.read("Halvor Spire is the second tallest tower of the coast.") == Lines{"rank(Halvor_Spire) = 2nd"});
}

TEST_CASE("a veto that is the cue's own word still vetoes nothing", "[match][veto][session22]") {
  Fixture f;
  CHECK(f.read("Halvor Spire set a trade target of $4 million.") == Lines{"trade(Halvor_Spire) = USD 4 million"});
}
