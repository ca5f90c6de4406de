// Figures given "respectively" (match/respective_pairs.h): the nth name of a list goes
// with the nth figure of the list "respectively" closes (docs/rules.md "Cues", step 5).
// Sentences written for these tests, found in no corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kRules = R"(
entity Alder: party = "Alder Party", "Alder"
entity Birch: party = "Birch Party", "Birch"
entity Cedar: party = "Cedar Party", "Cedar"
entity East: ward = "east ward", "the east"
entity West: ward = "west ward", "the west"
fact vote_share(party: party) -> share: percent {
  cue won | took
}
fact turnout(ward: ward) -> share: percent {
  cue turnout
}
)";

}  // namespace

TEST_CASE("names and figures given respectively are paired in order", "[match][respectively]") {
  RuleReader r(kRules);
  // Before: both figures went to Birch, the name nearest them (a blind writer's report).
  CHECK(r.read("Alder and Birch won 41.2% and 38.9% respectively.") ==
        Lines{"vote_share(Alder) = 41.2%", "vote_share(Birch) = 38.9%"});
  CHECK(r.read("Alder, Birch and Cedar took 41.2%, 38.9% and 12% of the vote, respectively.") ==
        Lines{"vote_share(Alder) = 41.2%", "vote_share(Birch) = 38.9%", "vote_share(Cedar) = 12%"});
  CHECK(r.read("Turnout in the east and the west reached 61 per cent and 57 per cent respectively.") ==
        Lines{"turnout(East) = 61%", "turnout(West) = 57%"});
}

TEST_CASE("lists of different lengths are no respective pairs", "[match][respectively]") {
  RuleReader r(kRules);
  // Two names, three figures: nothing says which goes with which, so the usual reading stands.
  const Lines got = r.read("Alder and Birch won 41.2%, 38.9% and 12% respectively.");
  CHECK(got != Lines{"vote_share(Alder) = 41.2%", "vote_share(Birch) = 38.9%"});
  // Without "respectively" the lists are not paired either.
  CHECK(r.read("Alder won 41.2% of the vote.") == Lines{"vote_share(Alder) = 41.2%"});
}
