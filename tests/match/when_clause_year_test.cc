// A year with a "when" clause hung on it dates the clause's figures: "the busiest
// summer since 2011, when 48,000 boats were counted" counts 2011's boats, not the
// summer the sentence is about (docs/rules.md "Cues", step 5). The sentences are
// written for these tests and found in no corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity Wendle: lock = "Wendle Lock", "the lock"

fact boats(lock: lock) -> boats: count {
  cue boats | passages
  scope per year
}
)";

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("a 'when' clause hung on a year gives its figures that year", "[match][time]") {
  testing::ScopedRuleReader f(kRules);  // read on 2024-03-01
  // Before: 48,000 took 2023, the year of the sentence's first figure.
  CHECK(f.read("Wendle Lock counted 51,200 boats in 2023, the most since 2011, when 48,000 boats went through.") ==
        Lines{"boats(Wendle) = 51,200 [2023]", "boats(Wendle) = 48,000 [2011]"});
  // Before: the publication year.
  CHECK(f.read("Traffic at Wendle Lock was the busiest since 2011, when 48,000 boats went through.") ==
        Lines{"boats(Wendle) = 48,000 [2011]"});
  CHECK(f.read("Wendle Lock is quieter than at its peak, in 2011, when 48,000 boats went through.") ==
        Lines{"boats(Wendle) = 48,000 [2011]"});
  // A figure after the clause has closed is the sentence's: the clause says when, not what.
  CHECK(f.read("In 2019, when the lock reopened, Wendle Lock counted 39,000 boats.") ==
        Lines{"boats(Wendle) = 39,000 [2019]"});
  // A year inside the clause dates its figure itself.
  CHECK(f.read("Wendle Lock was busiest in 2011, when in 2012 it counted 48,000 boats.") ==
        Lines{"boats(Wendle) = 48,000 [2012]"});
}
