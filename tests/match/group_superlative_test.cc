// A superlative that names the group an explicit rank is counted in is no rank of its
// own (docs/rules.md "Ranks without an ordinal"): "14th among the world's longest"
// is 14th, never 1st. The sentences are written for these tests and found in no
// corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity Tarn_Crossing: bridge = "Tarn Crossing"

fact span_rank(bridge: bridge) -> rank: ordinal {
  cue longest
}
)";

struct Fixture : testing::ScopedRuleReader {
  Fixture() : ScopedRuleReader(kRules) {}
};

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("an explicit rank beats the superlative of the group it ranks in", "[match][rank]") {
  Fixture f;
  CHECK(f.read("The Tarn Crossing ranks 14th among the world's longest suspension bridges.") ==
        Lines{"span_rank(Tarn_Crossing) = 14th"});
  // Too far back for the cue: nothing, rather than a false 1st.
  CHECK(f.read("The Tarn Crossing is 14th, by the length of its main span, of the world's longest suspension "
               "bridges.")
            .empty());
  CHECK(f.read("The Tarn Crossing is among the world's longest suspension bridges.").empty());
  // A superlative alone is still first.
  CHECK(f.read("The Tarn Crossing is the world's longest suspension bridge.") == Lines{"span_rank(Tarn_Crossing) = 1st"});
}
