// Misreadings blind writers reported in session 19 (tests/generalization/
// FEEDBACK-session-19.md), each fixed in general. Sentences written for these
// tests, found in no corpus.
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
entity Halder: company = "Halder Group", "Halder"

fact carrier_rank(airline: airline) -> rank: ordinal {
  cue carrier
}
fact operating_result(company: company) -> amount: money {
  cue operating loss | operating profit | net loss
  negative loss | deficit
}
fact loss_only(company: company) -> amount: money {
  cue write-down loss
  negative loss
  values 1 EUR to 10 billion EUR
}
fact staff(company: company) -> staff: count {
  cue employees
  unless June | March
}
)";

}  // namespace

// Before: in a sentence continuing a rank fact's sentence, "Brisk ranks second ...,
// and Corvo is third" also gave Brisk the third place: only a name right before the
// value was taken as the value's owner.
TEST_CASE("a rank after 'and', a name and a linking word is that name's alone", "[match][feedback19]") {
  RuleReader f(kRules);
  CHECK(f.read("Velo is the biggest carrier. Brisk ranks second on the route, and Corvo is third.") ==
        Lines{"carrier_rank(Velo) = 1st", "carrier_rank(Brisk) = 2nd", "carrier_rank(Corvo) = 3rd"});
  CHECK(f.read("Velo is the biggest carrier. Brisk was second in May, and Corvo came fourth.") ==
        Lines{"carrier_rank(Velo) = 1st", "carrier_rank(Brisk) = 2nd", "carrier_rank(Corvo) = 4th"});
}

// Before: a fact's `negative` word made a figure negative only within three words
// before it, so "the operating loss in 2022 was €310 million" read +€310 million.
TEST_CASE("a money figure taken by a cue that holds a negative word is negative", "[match][feedback19]") {
  RuleReader f(kRules);
  CHECK(f.read("Halder's operating loss in 2022 was €310 million.") ==
        Lines{"operating_result(Halder) = EUR -310 million"});
  CHECK(f.read("For Halder, the net loss for the full year came to €0.4 billion.") ==
        Lines{"operating_result(Halder) = EUR -0.4 billion"});
  // A profit cue stays positive, and so does a figure after a word of a gain.
  CHECK(f.read("Halder's operating profit in 2022 was €310 million.") ==
        Lines{"operating_result(Halder) = EUR 310 million"});
  // Values that leave out negative figures keep the figure as written.
  CHECK(f.read("Halder booked a write-down loss in 2022 that came to €80 million.") ==
        Lines{"loss_only(Halder) = EUR 80 million"});
}

// Before: "June 30," and "2023," took up the veto's six words before the figure, and
// "June" was taken as the word of the figure "30", so `unless June` let it through.
TEST_CASE("a date with a comma before its year is one word for vetoes", "[match][feedback19]") {
  RuleReader f(kRules);
  CHECK(f.read("As of June 30, 2023, Halder had 4,100 employees.").empty());
  CHECK(f.read("As of March 31, 2023, Halder had 4,100 employees.").empty());
  CHECK(f.read("As of December 31, 2023, Halder had 4,300 employees.") == Lines{"staff(Halder) = 4,300"});
}

namespace {

const char* const kYearRules = R"(
entity Halder: company = "Halder Group", "Halder"

fact yearly_staff(company: company) -> staff: count {
  cue employees
  scope per year
}
fact headcount(company: company) -> staff: count {
  cue workers
}
)";

}  // namespace

// Before: a year-scoped count stated at the end of an inner quarter was read as the
// year's, so it conflicted with the year-end figure.
TEST_CASE("a year-scoped count at the end of an inner quarter is the quarter's", "[match][feedback19]") {
  RuleReader f(kYearRules);
  CHECK(f.read("Halder had 4,100 employees at the end of the first quarter of 2023.").empty());
  CHECK(f.read("At the end of the third quarter, Halder had 4,100 employees.").empty());
  // The year's own end, a month's end (maybe a fiscal year's), and a fact without a
  // year scope are read.
  CHECK(f.read("Halder had 4,500 employees at the end of 2023.") == Lines{"yearly_staff(Halder) = 4,500"});
  CHECK(f.read("Halder had 4,500 employees at the end of March 2023.") == Lines{"yearly_staff(Halder) = 4,500"});
  CHECK(f.read("Halder had 4,100 workers at the end of the first quarter of 2023.") ==
        Lines{"headcount(Halder) = 4,100"});
}
