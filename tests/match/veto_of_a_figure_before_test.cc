// A veto word right after another figure, in that figure's own phrase, is that
// figure's: it does not veto the cue's figure past a separator ("2,000 km of shoreline
// and is 636 km long"; docs/rules.md "Cues", step 4). Sentences written for these
// tests only.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using namespace factlint;

namespace {

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("a veto word closing the phrase of a figure before it is that figure's", "[match][cue]") {
  testing::RuleReader f(R"(
entity Vell: reservoir = "Vell Reservoir", "Vell"
fact reservoir_length(reservoir: reservoir) -> length: length {
  cue long
  unless shoreline | above sea level
}
fact size_rank(reservoir: reservoir) -> rank: ordinal {
  cue largest
  unless by depth
}
)");
  CHECK(f.read("Vell has some 90 km of shoreline and is 31 km long.") == Lines{"reservoir_length(Vell) = 31 km"});
  CHECK(f.read("Vell sits 412 m above sea level and is 31 km long.") == Lines{"reservoir_length(Vell) = 31 km"});
  CHECK(f.read("Vell is the largest reservoir by depth and only the fifth largest by surface.") ==
        Lines{"size_rank(Vell) = 5th"});
  // With no figure of its own before it, or no separator after it, the word still vetoes.
  CHECK(f.read("Vell's shoreline is 31 km long.").empty());
  CHECK(f.read("Vell is the largest by depth.").empty());
  CHECK(f.read("Vell has 90 km of shoreline 31 km long.").empty());
  // A word right after the figure, with no preposition, may say what the whole clause
  // measures: "wide" keeps vetoing.
  testing::RuleReader g(R"(
entity Vell: reservoir = "Vell Reservoir", "Vell"
fact reservoir_length(reservoir: reservoir) -> length: length {
  cue long
  unless wide
}
)");
  CHECK(g.read("Vell's spillways are 12 m wide and 40 m long.").empty());
}
