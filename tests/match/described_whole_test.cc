// A share of what the cue describes tells of something else: "about half of the
// flooded homes were insured" states no share flooded (cue_finder.cc,
// attributive_figure.cc shares_a_described_whole). Before, the cue 'flooded' read the
// share as its own (great-barrier-reef, session 21: "about half of the bleached coral
// there was already dead" made a false conflict). The sentences are written for these
// tests and found in no corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity Dunmore: town = "Dunmore"

fact flooded_share(town: town) -> share: percent {
  cue flooded
}
)";

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("a share of the things the cue describes is no statement", "[match][percent]") {
  testing::RuleReader f(kRules);
  CHECK(f.read("In Dunmore about half of the flooded homes were insured.").empty());
  CHECK(f.read("In Dunmore 30% of these flooded streets have since been raised.").empty());
  // The share the cue tells of is read as before.
  CHECK(f.read("In Dunmore about half of the homes were flooded.") == Lines{"flooded_share(Dunmore) = about 50%"});
  CHECK(f.read("In Dunmore 30% of the streets flooded.") == Lines{"flooded_share(Dunmore) = 30%"});
}

TEST_CASE("explain says why the share of a described whole gave nothing", "[match][percent]") {
  testing::RuleReader f(kRules);
  CHECK(f.near_misses("In Dunmore about half of the flooded homes were insured.") == Lines{"flooded_share"});
}
