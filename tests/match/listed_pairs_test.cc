// A list that does not repeat its verb: "Hall A seats 1,200, Hall B 640 and the
// studio 180" states the fact for each pair (docs/rules.md "Cues", step 2, "A list
// without its verb"). Sentences written for these tests only.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kRules = R"(
entity East_Mast: mast = "east mast"
entity West_Mast: mast = "west mast"
entity Ferrow: mast = "Ferrow"
entity Room_One: venue = "Room One"
entity Room_Two: venue = "Room Two"
entity Annex: venue = "the annex"
entity Brill: town = "Brill"
fact mast_height(mast: mast) -> height: length {
  cue rises | tall | high
}
fact venue_seats(venue: venue) -> seats: count {
  cue seats | capacity
}
)";

}  // namespace

TEST_CASE("each pair of a list without its verb states the fact for its own name", "[match][cue]") {
  RuleReader r(kRules);
  // Before, only the first pair was read.
  CHECK(r.read("Room One seats 950, Room Two 410 and the annex 75.") ==
        Lines{"venue_seats(Room_One) = 950", "venue_seats(Room_Two) = 410", "venue_seats(Annex) = 75"});
  CHECK(r.read("Room One seats 950 guests, Room Two 410 guests.") ==
        Lines{"venue_seats(Room_One) = 950", "venue_seats(Room_Two) = 410"});
  // A bare figure takes the unit of the list's first figure.
  CHECK(r.read("The east mast rises 233 metres and the west mast 187.") ==
        Lines{"mast_height(East_Mast) = 233 m", "mast_height(West_Mast) = 187 m"});
  CHECK(r.read("The east mast rises 233 metres, the west mast 187 metres and Ferrow 95.") ==
        Lines{"mast_height(East_Mast) = 233 m", "mast_height(West_Mast) = 187 m", "mast_height(Ferrow) = 95 m"});
}

TEST_CASE("a pair that says more than a name and a figure is no pair of the list", "[match][cue]") {
  RuleReader r(kRules);
  // Another noun after the figure, more words after it, or a name of another kind.
  CHECK(r.read("Room One seats 950 guests, Room Two 410 chairs.") == Lines{"venue_seats(Room_One) = 950"});
  CHECK(r.read("Room One seats 950, and Room Two 410 were sold.") == Lines{"venue_seats(Room_One) = 950"});
  CHECK(r.read("Room One seats 950, Brill 410.") == Lines{"venue_seats(Room_One) = 950"});
  // Something between the first figure and the list: "in all" is no pair's separator.
  CHECK(r.read("Room One seats 950 in all, Room Two 410.") == Lines{"venue_seats(Room_One) = 950"});
  // A pair whose own verb is written is read as before.
  CHECK(r.read("Room One seats 950 and Room Two seats 410.") ==
        Lines{"venue_seats(Room_One) = 950", "venue_seats(Room_Two) = 410"});
}
