// A name after a verb that reaches or passes its mark ("equalled Merckx's record",
// "breaking Merckx's record", "tied with Merckx") is the rival, not the one whose
// figure the clause states (match/compared_mention.h; docs/rules.md "Cues", step 3).
// Sentences written for these tests only.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity Oda: skater = "Mira Oda", "Oda"
entity Vance: skater = "Lena Vance", "Vance"
fact titles(skater: skater) -> titles: count {
  cue world titles
  count ordinals
}
)";

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("the name after a verb of equalling or breaking a mark is the rival", "[match][cue]") {
  testing::RuleReader f(kRules);
  CHECK(f.read("Oda equalled Vance's record of 9 world titles.") == Lines{"titles(Oda) = 9"});
  CHECK(f.read("Oda took a 10th world title, breaking Vance's record.") == Lines{"titles(Oda) = 10"});
  CHECK(f.read("Oda matched Vance with 9 world titles.") == Lines{"titles(Oda) = 9"});
  CHECK(f.read("Oda is tied on 9 world titles with Vance.") == Lines{"titles(Oda) = 9"});
  // Named as the subject, the rival's own figure is still read.
  CHECK(f.read("Vance won 9 world titles.") == Lines{"titles(Vance) = 9"});
}
