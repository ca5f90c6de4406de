// Issue 8 as the matcher sees it: two counts a verb takes whole are added, a threshold verb gives a bound that agrees with a
// figure above it, a restated figure after ", or" takes the sign of the one before it,
// and a rank without an ordinal credits the thing the sentence is about, not the names
// it lists ahead of it (docs/rules.md "Thresholds", "Ranks without an ordinal",
// "Derived values"). Every sentence here is made up for the test.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "support/rule_reader.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity Vardo_Fund: fund = "Vardo Fund", "the Vardo fund"
entity Kessel_Fund: fund = "Kessel Fund"
entity Brenna_Tunnel: tunnel = "Brenna Tunnel"
entity Lotberg_Tunnel: tunnel = "Lotberg Tunnel"

fact fund_value(fund: fund) -> value: money {
  cue worth | value | valued | assets
  scope per year
}
fact return_nok(fund: fund) -> amount: money {
  cue return | returned | loss | lost | lose
  negative loss | lost | lose
  scope per year
}
fact return_pct(fund: fund) -> share: percent {
  cue return | returned | loss | lost | lose
  negative loss | lost | lose
  scope per year
}
fact fund_rank(fund: fund) -> rank: ordinal {
  cue largest | biggest | bigger | list
}
fact tunnel_rank(tunnel: tunnel) -> rank: ordinal {
  cue longest | longer
}
fact fire_evacuated(tunnel: tunnel) -> people: count {
  cue evacuated | escaped | led to safety
  cue (people | passengers) gap 0..14 (evacuated | escaped)
}
fact shuttle_passengers(tunnel: tunnel) -> people: count {
  cue passengers
}
fact build_deaths(tunnel: tunnel) -> people: count {
  cue died | killed
}
fact vehicles_carried(tunnel: tunnel) -> vehicles: count {
  cue carried
}
)";

struct Fixture : testing::RuleReader {
  Fixture() : RuleReader(kRules) {}
  // "fact(key) = value [scope]" for each statement, in order, published on 2024-03-01.
  std::vector<std::string> read(const std::string& text) const { return read_scoped(text); }
};

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("a level crossed is a bound, a level reached is the figure", "[match][issue8]") {
  Fixture f;
  CHECK(f.read("The Vardo Fund's value passed 9,000 billion kroner in June 2021.") ==
        Lines{"fund_value(Vardo_Fund) = more than NOK 9,000 billion [2021]"});
  CHECK(f.read("In 2021 the Vardo Fund topped the 9,000 billion kroner mark in value.") ==
        Lines{"fund_value(Vardo_Fund) = more than NOK 9,000 billion [2021]"});
  CHECK(f.read("The Vardo Fund's value reached 9,000 billion kroner in June 2021.") ==
        Lines{"fund_value(Vardo_Fund) = NOK 9,000 billion [2021]"});
  // "fell below" was a bound already.
  CHECK(f.read("The Vardo Fund's value fell below 9,000 billion kroner in 2022.") ==
        Lines{"fund_value(Vardo_Fund) = below NOK 9,000 billion [2022]"});
}

TEST_CASE("a figure restated after ', or' takes the sign of the figure before it", "[match][issue8]") {
  Fixture f;
  CHECK(f.read("The Vardo Fund posted a loss of 12.3 percent, or 1.12 trillion kroner, in 2018.") ==
        Lines{"return_pct(Vardo_Fund) = -12.3% [2018]", "return_nok(Vardo_Fund) = NOK -1.12 trillion [2018]"});
  // An interview's answer: the sign is written; the year is the question's (Cues, step 7).
  CHECK(f.read("How much did the Vardo Fund lose in 2018? It was minus 12.3 percent, or NOK 1,118 billion.") ==
        Lines{"return_pct(Vardo_Fund) = -12.3% [2018]", "return_nok(Vardo_Fund) = NOK -1,118 billion [2018]"});
  // The amount first: the share after it restates it.
  CHECK(f.read("The Vardo Fund posted a loss of 1.12 trillion kroner, or 12.3 percent, in 2018.") ==
        Lines{"return_nok(Vardo_Fund) = NOK -1.12 trillion [2018]", "return_pct(Vardo_Fund) = -12.3% [2018]"});
  // A gain stays a gain, and "or" without a comma is no restatement.
  CHECK(f.read("The Vardo Fund returned 8.2 percent, or NOK 610 billion, in 2019.") ==
        Lines{"return_pct(Vardo_Fund) = 8.2% [2019]", "return_nok(Vardo_Fund) = NOK 610 billion [2019]"});
}

TEST_CASE("a rank without an ordinal credits the sentence's subject, not the names it lists", "[match][issue8]") {
  Fixture f;
  CHECK(f.read("The Vardo Fund tops the list of sovereign funds.") == Lines{"fund_rank(Vardo_Fund) = 1st"});
  CHECK(f.read("The Vardo Fund opened in 1998. No sovereign fund is bigger.") == Lines{"fund_rank(Vardo_Fund) = 1st"});
  // Lotberg is a declared tunnel inside the phrase: it is ahead of the Brenna, and
  // takes no rank of its own.
  CHECK(f.read("The Brenna Tunnel opened in 1994. Only the Lotberg Tunnel and the Kaster tunnel are longer.") ==
        Lines{"tunnel_rank(Brenna_Tunnel) = 3rd"});
}

TEST_CASE("two counts of people a verb takes whole are added up", "[match][issue8]") {
  Fixture f;
  // The verb (or a cue reaching past the pair to it) takes both figures; a cue that is
  // one of the two nouns counts that one (docs/rules.md "Counts added up").
  CHECK(f.read("When fire broke out in the Brenna Tunnel, all 27 passengers and four crew escaped.") ==
        Lines{"shuttle_passengers(Brenna_Tunnel) = 27", "fire_evacuated(Brenna_Tunnel) = 31 (27 + 4)"});
  CHECK(f.read("Eight Danish and three Swedish workers died building the Brenna Tunnel.") ==
        Lines{"build_deaths(Brenna_Tunnel) = 11 (8 + 3)"});
  CHECK(f.read("In the Brenna Tunnel one pilot and 12 cabin crew were evacuated.") ==
        Lines{"fire_evacuated(Brenna_Tunnel) = 13 (1 + 12)"});
  // Not two kinds of one whole: things of two kinds, states, lowercase qualifiers.
  CHECK(f.read("The Brenna Tunnel carried 2.3 million cars and 1.2 million trucks.") ==
        Lines{"vehicles_carried(Brenna_Tunnel) = 2.3 million"});
  CHECK(f.read("Three dead and two injured people were led to safety from the Brenna Tunnel.") ==
        Lines{"fire_evacuated(Brenna_Tunnel) = 2"});
  CHECK(f.read("Eight skilled and two new workers died building the Brenna Tunnel.") ==
        Lines{"build_deaths(Brenna_Tunnel) = 2"});
  // A hedged figure is no exact part of a whole.
  CHECK(f.read("When fire broke out in the Brenna Tunnel, about 27 passengers and four crew escaped.") ==
        Lines{"shuttle_passengers(Brenna_Tunnel) = about 27", "fire_evacuated(Brenna_Tunnel) = 4"});
  // The statement's value text is the whole phrase, so explain shows what was added.
  const auto statements = f.statements("In the Brenna Tunnel one pilot and 12 cabin crew were evacuated.",
                                      value::CivilDate{2024, 3, 1});
  REQUIRE(statements.size() == 1);
  CHECK(statements[0].value.text == "one pilot and 12 cabin crew");
  CHECK(statements[0].value.lo == 13);
}
