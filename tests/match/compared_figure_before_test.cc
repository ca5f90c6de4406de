// "That was up from 1.2 million in 2019" after a sentence stating a count: the
// demonstrative is the figure before, and the figure after "from" is the same measure
// in the year the sentence names (docs/rules.md "Cues", step 6). Sentences written for
// these tests only.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity Tarn: park = "Tarnwood Park", "Tarnwood"
fact park_visitors(park: park) -> visitors: count {
  cue visitors
  scope per year
}
)";

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("'That was up from' a figure of a named year continues the count before", "[match][cue]") {
  testing::ScopedRuleReader f(kRules);
  CHECK(f.read("Tarnwood Park drew 2.4 million visitors in 2023. That was up from 1.9 million in 2019.") ==
        Lines{"park_visitors(Tarn) = 2.4 million [2023]", "park_visitors(Tarn) = 1.9 million [2019]"});
  CHECK(f.read("Tarnwood Park drew 2.4 million visitors in 2023. This is down from 2.6 million in 2022.") ==
        Lines{"park_visitors(Tarn) = 2.4 million [2023]", "park_visitors(Tarn) = 2.6 million [2022]"});
  // With no year of its own the earlier figure's time is unknown: nothing.
  CHECK(f.read("Tarnwood Park drew 2.4 million visitors in 2023. That was up from 1.9 million.") ==
        Lines{"park_visitors(Tarn) = 2.4 million [2023]"});
  // "That" with another verb says something else.
  CHECK(f.read("Tarnwood Park drew 2.4 million visitors in 2023. That meant 40 new rangers in 2024.") ==
        Lines{"park_visitors(Tarn) = 2.4 million [2023]"});
}
