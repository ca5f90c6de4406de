// An aside that counts some of the group just named ("eight of them British") tells of
// a part: no value, no veto and no distance for the group's figure (match/partitive_aside.h;
// docs/rules.md "Cues", step 2). Sentences written for these tests only.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kRules = R"(
ignore entity Other_firms: company = "Dunmore Works"
entity Orle_Bridge: bridge = "Orle Bridge"
fact bridge_deaths(bridge: bridge) -> deaths: count {
  cue died | killed
  unless Welsh | English
}
)";

}  // namespace

// Before: the aside's figure was the nearest to the cue, and its veto word dropped it;
// the group's figure, past the aside, was out of reach.
TEST_CASE("an aside counting some of a group leaves the group's figure to the cue", "[match][cue]") {
  RuleReader r(kRules);
  CHECK(r.read("Building the Orle Bridge was costly: twelve labourers, seven of them Welsh, were killed on the job.") ==
        Lines{"bridge_deaths(Orle_Bridge) = 12"});
  CHECK(r.read("On the Orle Bridge site 14 workers, most of whom had come from the valleys, died in the winter.") ==
        Lines{"bridge_deaths(Orle_Bridge) = 14"});
  // The aside's "them" is the labourers: no pronoun that reaches back to the firm of
  // the sentence before (an ignored entity, which would take the figure and drop it).
  CHECK(r.read("The Orle Bridge crosses the bay. It was built by Dunmore Works. Twelve labourers, seven of them "
               "Welsh, were killed on the job.") == Lines{"bridge_deaths(Orle_Bridge) = 12"});
  // A veto outside the aside still vetoes.
  CHECK(r.read("Building the Orle Bridge, seven Welsh labourers were killed on the job.").empty());
  // No aside: the nearest figure as ever.
  CHECK(r.read("On the Orle Bridge site, seven of the labourers died.") == Lines{"bridge_deaths(Orle_Bridge) = 7"});
}
