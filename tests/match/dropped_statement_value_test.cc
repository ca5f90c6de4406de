// A statement dropped after it took its value (an ignored entity's, a tied role's)
// keeps the value from its own fact only: the other facts may still read it
// (docs/rules.md "Ignored entities"). Sentences written for these tests, found in no
// corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

// The pier and town facts come first, so on a tie their candidates are tried first.
const char* const kRules = R"(
entity Harbourside: airport = "Harbourside Airport", "Harbourside", "the city's airport"
entity Pier_2: terminal = "Pier 2"
entity Marlow: town = "Marlow"
entity Denby: town = "Denby"
ignore entity Old_fields: airport = "Kallang Field", "Tarrow Strip"

fact pier_opened(pier: terminal) -> date: date {
  cue opened | began operations
}
fact airport_opened(airport: airport) -> date: date {
  cue opened | began operations
}
fact town_first_flights(town: Marlow) -> date: date {
  cue "first flights"
}
fact airport_first_flights(airport: airport) -> date: date {
  cue "first flights"
}
)";

}  // namespace

// Before: pier_opened filled its pier with the ignored airfield as a last resort, took
// the date and was dropped, so airport_opened found no value left and the sentence
// stated nothing (a blind writer's report, session 18).
TEST_CASE("a statement dropped for an ignored entity gives its value back to the other facts",
          "[match][context]") {
  RuleReader f(kRules);
  CHECK(f.read("The city's airport began operations in May 1975, replacing Kallang Field.") ==
        Lines{"airport_opened(Harbourside) = 1975-05"});
  // The ignored airfield's own sentence: every fact that reads it gives it the figure
  // (a rival of the airport's kind), and every such statement is dropped; the airport
  // named in the sentence before gets nothing.
  CHECK(f.read("Harbourside Airport is the larger. Tarrow Strip opened in June 1952.").empty());
  // A statement that is kept is not touched.
  CHECK(f.read("Pier 2 opened in April 2011, replacing Kallang Field.") == Lines{"pier_opened(Pier_2) = 2011-04"});
}

// Before: town_first_flights took the date for Denby and was dropped (its role is tied
// to Marlow), so the airport's fact found no value.
TEST_CASE("a statement dropped for a tied role gives its value back to the other facts", "[match][context]") {
  RuleReader f(kRules);
  CHECK(f.read("Denby saw its first flights in August 1976 from Harbourside.") ==
        Lines{"airport_first_flights(Harbourside) = 1976-08"});
  CHECK(f.read("Marlow saw its first flights in July 1971.") == Lines{"town_first_flights(Marlow) = 1971-07"});
}
