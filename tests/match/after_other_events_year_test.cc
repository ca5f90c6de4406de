// A year after "after" or "following", alone or in a list, is the time of earlier
// events the clause is told after: it dates no figure (match/scope_year.h;
// docs/rules.md "Cues", step 5). Sentences written for these tests only.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity Oda: skater = "Mira Oda", "Oda"
fact titles(skater: skater) -> titles: count {
  cue world titles | world title
  count ordinals
  scope per year
}
)";

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("years after 'after' or 'following' date no figure", "[match][scope]") {
  testing::ScopedRuleReader f(kRules);
  CHECK(f.read("It was Oda's third world title after 2019 and 2021.") == Lines{"titles(Oda) = 3 [2024]"});
  CHECK(f.read("Oda took her fourth world title following the 2018, 2019 and 2021 wins.") ==
        Lines{"titles(Oda) = 4 [2024]"});
  // A year of its own still dates it.
  CHECK(f.read("In 2022 Oda took her third world title, after 2019 and 2021.") == Lines{"titles(Oda) = 3 [2022]"});
  CHECK(f.read("Oda took her third world title in 2022.") == Lines{"titles(Oda) = 3 [2022]"});
}
