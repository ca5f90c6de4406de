// A second figure that names the whole is not vetoed with the first, a part's
// (match/cue_finder.cc; docs/rules.md "Cues"). Sentences written for these tests, found in no corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kPassRules = R"(
entity Orrin: company = "Orrin Foods", "Orrin"

fact sales(company: company) -> amount: money {
  cue sales
  unless third quarter | winter
}
fact staff(company: company) -> staff: count {
  cue staff
  unless seasonal
}
)";

}  // namespace

// Before: a veto word of the first figure between the cue and a second figure dropped
// the second too, though `values` would have passed over the first to it.
TEST_CASE("a veto word of a figure the cue passes over does not veto the next figure", "[match]") {
  RuleReader f(kPassRules);
  CHECK(f.read("Orrin reported sales of $2.6 billion for the third quarter and $9.9 billion for the full year.") ==
        Lines{"sales(Orrin) = USD 9.9 billion"});
  CHECK(f.read("Orrin booked sales of $310 million over the winter, and about $1.4 billion in all.") ==
        Lines{"sales(Orrin) = about USD 1.4 billion"});
  CHECK(f.read("Orrin's staff numbered 400 during the seasonal peak and 2,150 over the whole year.") ==
        Lines{"staff(Orrin) = 2,150"});
  // The first figure's veto word must stand in a phrase of time or place of its own.
  CHECK(f.read("Orrin's staff numbered 400 seasonal pickers and 2,150 in all.").empty());
  // The second figure must say it is the whole: two parts are not.
  CHECK(f.read("Orrin reported sales of $2.6 billion for the third quarter and $3.1 billion for the fourth.").empty());
  // Another phrase between the two figures keeps the veto: the second may be anything.
  CHECK(f.read("Orrin reported sales of $2.6 billion for the third quarter, with costs of $1.9 billion.").empty());
  // The second figure's own words name another part, or say another thing: still vetoed.
  CHECK(f.read("Orrin's staff numbered 400 seasonal pickers and 1,750 permanent workers.").empty());
  CHECK(f.read("Orrin's staff numbered 400 seasonal pickers, and 150 were new.").empty());
  // A veto word right after the figure the cue takes still vetoes it.
  CHECK(f.read("Orrin reported sales of $2.6 billion for the third quarter.").empty());
  // With no figure before it, a veto word between the cue and its value holds.
  CHECK(f.read("Orrin's winter sales reached $310 million.").empty());
}
