// Which sentence subjects stop the search for a role from context, and which do not
// (docs/rules.md "Roles resolved from context"), and a name compared after "than that
// of" (docs/rules.md "Cues", step 3). Sentences written for these tests, found in no
// corpus.
#include <catch2/catch.hpp>

#include <string>

#include "support/rule_reader.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity Kestrelia: country = "Kestrelia"
entity Porthaven: city = "Porthaven"
ignore entity Other_cities: city = "Varnby"

fact population(country: country) -> people: count {
  cue population | people
}
fact chamber_seats(country: country) -> seats: count {
  cue seats | members
}
fact tallis_share(country: country) -> share: percent {
  cue make up
}
)";

struct Fixture : testing::RuleReader {
  Fixture() : RuleReader(kRules) {}
};

using Lines = std::vector<std::string>;

}  // namespace

// Before: "The House of Representatives" was a name the rules do not know, so the
// sentence was about another thing and the seats went to no country (a blind writer's
// report, session 19).
TEST_CASE("a name headed by a state's institution does not stop the search", "[match][context]") {
  Fixture f;
  CHECK(f.read("Kestrelia lies far to the south. The House of Representatives has 95 members.") ==
        Lines{"chamber_seats(Kestrelia) = 95"});
  // Another name still stops it.
  CHECK(f.read("Kestrelia lies south of Dorrow. Dorrow has 3 million people.").empty());
}

// Before: "MARA VOSS:" opening an answer in a transcript was a name the rules do not
// know, so the answer was about another thing (a retired topic's podcast transcript).
TEST_CASE("a transcript's speaker label does not stop the search", "[match][context]") {
  Fixture f;
  const std::string guest = "Our guest this week is Mara Voss, who grew up in Kestrelia.\n\n";
  CHECK(f.read(guest + "MARA VOSS: The island had 3 million people last time we counted.") ==
        Lines{"population(Kestrelia) = 3 million"});
  CHECK(f.read(guest + "MARA VOSS: Its chamber has 95 members.") == Lines{"chamber_seats(Kestrelia) = 95"});
  // A name in ordinary letters before a colon may be what the sentence is about.
  CHECK(f.read(guest + "Mara Voss: The island had 3 million people last time we counted.").empty());
}

// Before: "Tallis make up 12.4% of the population" stopped the search at the group's name.
TEST_CASE("a share of the whole is the context's, whatever the part's name", "[match][context]") {
  Fixture f;
  CHECK(f.read("Kestrelia is home to the Tallis. Tallis make up 12.4% of the population.") ==
        Lines{"tallis_share(Kestrelia) = 12.4%"});
  // A whole with a name of its own is that name's.
  CHECK(f.read("Kestrelia is home to the Tallis. Tallis make up 12.4% of the Dorrow population.").empty());
}

// Before: the city's population went to the country named in the sentence before (a
// blind writer's report, session 19).
TEST_CASE("a declared entity no role takes, as the subject that has the figure, stops the search",
          "[match][context]") {
  Fixture f;
  CHECK(f.read("Kestrelia lies far to the south. Porthaven has a population of 2.3 million.").empty());
  // A verb between the name and the figure: the name says, the figure is still the context's.
  CHECK(f.read("Kestrelia lies far to the south. Porthaven said the population was 4.9 million.") ==
        Lines{"population(Kestrelia) = 4.9 million"});
}

// Before: "than that of Varnby" was no comparison, so the ignored city took the role
// and the country's figure was dropped (a blind writer's report, session 19).
TEST_CASE("a name after 'than that of' is compared, and fills no role", "[match][context]") {
  Fixture f;
  CHECK(f.read("Kestrelia lies far to the south. Its population is 4.9 million, smaller than that of Varnby.") ==
        Lines{"population(Kestrelia) = 4.9 million"});
}
