// A count from a start ("since the 1960s") runs up to the time of writing: a decade
// after "since" dates nothing, whatever words count ("four outbreaks since the early
// 1960s" was filed under 1960), and a year of another clause of the sentence tells of
// another event ("five outbreaks since the 1960s; the latest began in 2021" was
// 2021's). docs/rules.md "Cues", step 5. The sentences are written for these tests and
// found in no corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity Dunmore: town = "Dunmore"

fact floods(town: town) -> floods: count {
  cue floods | flooded
  scope per year
}
)";

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("a decade after 'since' is no year of the figure", "[match][time]") {
  testing::ScopedRuleReader f(kRules);  // read on 2024-03-01
  CHECK(f.read("Dunmore has had six floods since the 1970s.") == Lines{"floods(Dunmore) = 6 [2024]"});
  CHECK(f.read("Dunmore has had six floods since the early 1970s.") == Lines{"floods(Dunmore) = 6 [2024]"});
  CHECK(f.read("Dunmore has had six floods since the mid-1970s.") == Lines{"floods(Dunmore) = 6 [2024]"});
  // A year after "since" still says from when a figure holds, as before.
  CHECK(f.read("Dunmore has had six floods since 1975.") == Lines{"floods(Dunmore) = 6 [1975]"});
  // A decade elsewhere still dates: "in the 1970s".
  CHECK(f.read("Dunmore had six floods in the 1970s.") == Lines{"floods(Dunmore) = 6 [1970]"});
}

TEST_CASE("a count from a start is not dated by another clause's year", "[match][time]") {
  testing::ScopedRuleReader f(kRules);  // read on 2024-03-01
  CHECK(f.read("Dunmore has had six floods since the 1970s; the worst came in 2007.") ==
        Lines{"floods(Dunmore) = 6 [2024]"});
  CHECK(f.read("Dunmore has flooded six times since 1990; the worst came in 2007.") ==
        Lines{"floods(Dunmore) = 6 [2024]"});
  // Without the start, the other clause's year dates the figure as before.
  CHECK(f.read("Dunmore has had six floods; the worst came in 2007.") == Lines{"floods(Dunmore) = 6 [2007]"});
}
