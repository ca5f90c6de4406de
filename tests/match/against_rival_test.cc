// A rival named after "against" is what the statement is set beside, not its subject
// (docs/rules.md "Cues", step 3). Sentences written for these tests, found in no corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kRules = R"(
entity Orla: airline = "Orla Air", "Orla"
entity Vesk: airline = "Vesk Airways", "Vesk"

fact market_share(airline: airline) -> share: percent {
  cue of the market
}
)";

}  // namespace

// Before: Vesk Airways, nearer the cue, took Orla's share.
TEST_CASE("a rival after 'against' fills no role", "[match][cue]") {
  RuleReader r(kRules);
  CHECK(r.read("Orla Air holds about 30% of the market against Vesk's 14%.") ==
        Lines{"market_share(Orla) = about 30%"});
  CHECK(r.read("Orla Air holds about 30% of the market, against Vesk Airways and two smaller carriers.") ==
        Lines{"market_share(Orla) = about 30%"});
  // Without "against" the nearer name still takes it.
  CHECK(r.read("Orla Air says Vesk Airways holds 14% of the market.") == Lines{"market_share(Vesk) = 14%"});
}
