// Rank lists: each rank in "X ranks second, and Y is third" belongs to the name
// right before it (match/rank_order.cc). Sentences written for these tests, found in no corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kRules = R"(
entity Brisk: airline = "Brisk Air", "Brisk"
entity Corvo: airline = "Corvo"
entity Velo: airline = "Velo"

fact carrier_rank(airline: airline) -> rank: ordinal {
  cue carrier
}
)";

}  // namespace

// Before: in a sentence continuing a rank fact's sentence, "Brisk ranks second ...,
// and Corvo is third" also gave Brisk the third place: only a name right before the
// value was taken as the value's owner.
TEST_CASE("a rank after 'and', a name and a linking word is that name's alone", "[match]") {
  RuleReader f(kRules);
  CHECK(f.read("Velo is the biggest carrier. Brisk ranks second on the route, and Corvo is third.") ==
        Lines{"carrier_rank(Velo) = 1st", "carrier_rank(Brisk) = 2nd", "carrier_rank(Corvo) = 3rd"});
  CHECK(f.read("Velo is the biggest carrier. Brisk was second in May, and Corvo came fourth.") ==
        Lines{"carrier_rank(Velo) = 1st", "carrier_rank(Brisk) = 2nd", "carrier_rank(Corvo) = 4th"});
}
