// A pattern's own `unless` (docs/rules.md "Vetoing a pattern"): its words veto the
// pattern's matches anywhere in the sentences a match spans. Blind rule writers had to
// drop precise patterns that read "60,000 people in homeless shelters" as a population
// (sessions 13, 15 and 16). Sentences written for these tests, found in no corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kTown = R"(
entity Marlow_Bay: town = "Marlow Bay"
entity Quay_Trust = "Marlow Bay Shelter Trust"
fact residents(town: town) -> people: count {
  pattern {town} has {people} (residents | people) unless homeless | shelter | "each day"
}
fact wards(town: town) -> wards: count {
  pattern {town} is split into {wards} wards
  pattern {wards} wards of {town} unless won | carried
}
)";

// The reasons of the near misses of `text`, one a line.
Lines reasons(const RuleReader& r, const std::string& text) {
  Lines out;
  for (const auto& m : r.matcher().near_misses_text(text)) out.push_back(m.fact + ": " + m.reason);
  return out;
}

}  // namespace

// Before: patterns were never vetoed, so each of these read a figure that is none.
TEST_CASE("a pattern's unless word vetoes its match after it, before it, and in its forms", "[match]") {
  RuleReader r(kTown);
  CHECK(r.read("Marlow Bay has 31,400 residents.") == Lines{"residents(Marlow_Bay) = 31,400"});
  // After the match.
  CHECK(r.read("Marlow Bay has 850 people in homeless hostels.").empty());
  // A plain word vetoes its forms: "shelter" vetoes "shelters".
  CHECK(r.read("Marlow Bay has 120 people sleeping in church shelters.").empty());
  // Before the match.
  CHECK(r.read("The mayor's party won four wards of Marlow Bay in May.").empty());
  CHECK(r.read("Five wards of Marlow Bay voted on the new harbour wall.") == Lines{"wards(Marlow_Bay) = 5"});
}

TEST_CASE("a quoted unless word vetoes that form only, and several words stand side by side", "[match]") {
  RuleReader r(kTown);
  CHECK(r.read("In August Marlow Bay has 4,000 people arriving each day.").empty());
  // "each" and "day" apart are no "each day".
  CHECK(r.read("Each summer Marlow Bay has 31,400 residents, the council said on the day.") ==
        Lines{"residents(Marlow_Bay) = 31,400"});
}

TEST_CASE("a pattern's unless word counts only in the sentence its match is in", "[match]") {
  RuleReader r(kTown);
  CHECK(r.read("Marlow Bay has 31,400 residents. Its only shelter closed in March.") ==
        Lines{"residents(Marlow_Bay) = 31,400"});
  CHECK(r.read("The shelter opened in March. Marlow Bay has 31,400 residents.") ==
        Lines{"residents(Marlow_Bay) = 31,400"});
}

TEST_CASE("a pattern's unless word inside a longer entity name is the name's", "[match]") {
  RuleReader r(kTown);
  CHECK(r.read("Marlow Bay has 31,400 residents, according to the Marlow Bay Shelter Trust.") ==
        Lines{"residents(Marlow_Bay) = 31,400"});
}

TEST_CASE("a vetoed pattern leaves the sentence to the fact's other patterns and to its cues", "[match]") {
  RuleReader r(R"(
entity Marlow_Bay: town = "Marlow Bay"
fact residents(town: town) -> people: count {
  pattern {town} has {people} residents unless winter
  pattern in winter {town} has {people} residents
}
fact berths(town: town) -> berths: count {
  pattern {town} 's marina has {berths} berths unless planned
  cue berths
}
)");
  CHECK(r.read("In winter Marlow Bay has 9,000 residents.") == Lines{"residents(Marlow_Bay) = 9,000"});
  // The cue reads what the vetoed pattern did not ("planned" is no default veto word).
  CHECK(r.read("Marlow Bay's marina has 240 berths, and more are planned.") == Lines{"berths(Marlow_Bay) = 240"});
}

TEST_CASE("neither the fact's unless line nor the default vetoes veto a pattern", "[match]") {
  RuleReader r(R"(
entity Marlow_Bay: town = "Marlow Bay"
fact residents(town: town) -> people: count {
  pattern {town} has {people} residents
  cue population
  unless homeless
}
)");
  CHECK(r.read("Marlow Bay has 850 residents who are homeless.") == Lines{"residents(Marlow_Bay) = 850"});
  CHECK(r.read("The council expects that Marlow Bay has 33,000 residents.") == Lines{"residents(Marlow_Bay) = 33,000"});
}

TEST_CASE("with a window, a pattern's unless word counts in every sentence its match reaches", "[match]") {
  RuleReader r(R"(
entity Marlow_Bay: town = "Marlow Bay"
fact founded(town: town) -> when: year {
  pattern {town} ... founded ... {when} unless legend
  window 1
}
)");
  CHECK(r.read("Marlow Bay was founded by fishermen. That was in 1412.") == Lines{"founded(Marlow_Bay) = 1412"});
  CHECK(r.read("Marlow Bay was founded by fishermen. Legend puts it in 1412.").empty());
  // A sentence the match does not reach vetoes nothing.
  CHECK(r.read("Marlow Bay was founded in 1412. The legend came later.") == Lines{"founded(Marlow_Bay) = 1412"});
}

TEST_CASE("a pattern may match the word unless when it is quoted", "[match]") {
  RuleReader r(R"(
entity Marlow_Bay: town = "Marlow Bay"
fact pumps(town: town) -> pumps: count {
  pattern {town} floods "unless" {pumps} pumps run
}
)");
  CHECK(r.read("Marlow Bay floods unless 12 pumps run.") == Lines{"pumps(Marlow_Bay) = 12"});
}

TEST_CASE("vetoes shared through a macro veto each pattern that names it", "[match]") {
  RuleReader r(R"(
entity Marlow_Bay: town = "Marlow Bay"
macro not_residents = (homeless | visitors)
fact residents(town: town) -> people: count {
  pattern {town} has {people} residents unless @not_residents
  pattern {town} is home to {people} people unless @not_residents
}
)");
  CHECK(r.read("Marlow Bay is home to 31,400 people.") == Lines{"residents(Marlow_Bay) = 31,400"});
  CHECK(r.read("In July Marlow Bay is home to 60,000 people, most of them visitors.").empty());
  CHECK(r.read("Marlow Bay has 900 residents who are homeless.").empty());
}

TEST_CASE("explain --text says which word vetoed a pattern's match", "[match]") {
  RuleReader r(kTown);
  CHECK(reasons(r, "Marlow Bay has 850 people in homeless hostels.") ==
        Lines{"residents: pattern #1 matched 'Marlow Bay has 850 people', but is vetoed by its 'unless' word "
              "'homeless'"});
  CHECK(reasons(r, "The mayor's party carried four wards of Marlow Bay.") ==
        Lines{"wards: pattern #2 matched 'four wards of Marlow Bay', but is vetoed by its 'unless' word 'carried'"});
}
