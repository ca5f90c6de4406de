// Which name a figure's clause leaves to the context: a name after the figure that
// another figure of the fact's type stands before is that figure's, and a clause that
// opens a sentence with "When", "After", "As" ... names no antecedent ahead of its main
// clause (docs/rules.md "Cues", step 3). Sentences written for these tests only.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kRules = R"(
entity Orion: company = "Orion Lines", "Orion"
entity Vela: company = "Vela Shipping", "Vela"
fact market_share(company: company) -> share: percent {
  cue share
}
)";

}  // namespace

TEST_CASE("a name after the figure that another figure stands before is that figure's", "[match][cue]") {
  RuleReader r(kRules);
  // Without the rule Vela, the only name of the clause, took Orion's 17 percent.
  CHECK(r.read("Orion Lines is a carrier. Today it has a share of 17 percent, against 18 percent for Vela.") ==
        Lines{"market_share(Orion) = 17%"});
  // With no figure between, the name after the figure is still the figure's subject.
  CHECK(r.read("A share of 17 percent belongs to Vela.") == Lines{"market_share(Vela) = 17%"});
}

TEST_CASE("an opening 'When' clause names no antecedent ahead of its main clause", "[match][cue]") {
  RuleReader r(kRules);
  // Without the rule "it" meant Vela, the first name of the sentence before.
  CHECK(r.read("When Vela went past it last year, Orion Lines slipped to second place. "
               "Today it has a market share of 17 percent.") == Lines{"market_share(Orion) = 17%"});
  // Without such a clause the first name still goes first.
  CHECK(r.read("Vela went past Orion Lines last year. Today it has a market share of 18 percent.") ==
        Lines{"market_share(Vela) = 18%"});
}
