// A name that opens with "the" after "is", "was" or "became" and another entity's name
// says what that entity is, and names nothing of its own ("Corvo became the port"):
// docs/rules.md "Cues", step 3. Sentences written for these tests, found in no corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kTowns = R"(
entity Marlow: town = "Marlow", "the county seat"
entity Fennick: town = "Fennick"
ignore entity Other_towns: town = "Oxley"
fact seat_since(town: town) -> year: year {
  cue county seat
  range start
  compare exact
}
)";

}  // namespace

// Before: "the county seat" is an alias of Marlow and holds the cue, so it stood
// nearest the cue and Marlow took Fennick's year.
TEST_CASE("a 'the' alias after a linking verb is the predicate of the name before it", "[match][roles]") {
  RuleReader r(kTowns);
  CHECK(r.read("In 1902 Fennick became the county seat.") == Lines{"seat_since(Fennick) = 1902"});
  CHECK(r.read("Fennick was the county seat from 1880.") == Lines{"seat_since(Fennick) = 1880"});
  CHECK(r.read("Fennick has been the county seat since 1880.") == Lines{"seat_since(Fennick) = 1880"});
  CHECK(r.read("Fennick served as the county seat from 1880.") == Lines{"seat_since(Fennick) = 1880"});
  // An ignored entity's predicate: the year is the other town's, reported nowhere.
  CHECK(r.read("Oxley was the county seat from 1850.").empty());
}

TEST_CASE("a 'the' alias that is no predicate still names its entity", "[match][roles]") {
  RuleReader r(kTowns);
  CHECK(r.read("The county seat moved there in 1902.") == Lines{"seat_since(Marlow) = 1902"});
  CHECK(r.read("Marlow is the county seat since 1902.") == Lines{"seat_since(Marlow) = 1902"});
}
