// Aliases that overlap: an alias opening with "the" yields to a longer name that
// begins at its next word (docs/rules.md "Entities"). Sentences written for these
// tests only.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kRules = R"(
entity Marlow: town = "Marlow", "the town"
entity Town_Board: board = "Town Board", "the board"
fact board_members(board: board) -> members: count {
  cue members
}
fact residents(town: town) -> people: count {
  cue residents
}
)";

}  // namespace

TEST_CASE("an alias opening with 'the' yields to a longer name that starts at its next word", "[match][entity]") {
  RuleReader r(kRules);
  // Before: "the town" took "The Town Board", and the board's role was not named.
  CHECK(r.read("The Town Board has 9 members.") == Lines{"board_members(Town_Board) = 9"});
  CHECK(r.read("Marlow grew again. The Town Board now has 11 members.") == Lines{"board_members(Town_Board) = 11"});
  // The shorter alias alone still names its entity.
  CHECK(r.read("The town has 8,400 residents.") == Lines{"residents(Marlow) = 8,400"});
  CHECK(r.read("The town board of Marlow has 9 members, and the town 8,400 residents.") ==
        Lines{"board_members(Town_Board) = 9", "residents(Marlow) = 8,400"});
}

namespace {

const char* const kPeopleRules = R"(
entity Marlow: town = "Marlow"
entity Reeve: person = "the reeve"
fact residents(town: town) -> people: count {
  cue residents
}
)";

std::string near_miss_reason(const RuleReader& r, const std::string& text) {
  for (const auto& m : r.matcher().near_misses_text(text, factlint::value::CivilDate{2024, 3, 1})) {
    if (m.fact == "residents") return m.reason;
  }
  return "";
}

}  // namespace

TEST_CASE("a near miss for roles names what the role search met", "[match][cue]") {
  RuleReader r(kPeopleRules);
  // Before, both said only "its roles (town (town)) were not all named in the sentence, ...".
  CHECK(near_miss_reason(r, "The reeve says 8,400 residents live there.") ==
        "a cue matched with a value, but its roles (town (town)) were not all named in the sentence, the three "
        "before it or the document's title; the sentence names 'The reeve' (Reeve, person), which no role takes");
  CHECK(near_miss_reason(r, "Ashby Mills closed. It had 8,400 residents.") ==
        "a cue matched with a value, but its roles (town (town)) were not all named in the sentence, the three "
        "before it or the document's title; the search stopped at the sentence at line 1, about a name the rules "
        "do not know");
  CHECK(near_miss_reason(r, "It had 8,400 residents.") ==
        "a cue matched with a value, but its roles (town (town)) were not all named in the sentence, the three "
        "before it or the document's title");
}

namespace {

const char* const kLongerNameRules = R"(
entity Harlow: city = "Harlow"
fact city_staff(city: city) -> staff: count {
  cue employees | staff
}
)";

}  // namespace

TEST_CASE("an alias that two more capitalized words continue is the start of a longer name", "[match][entity]") {
  RuleReader r(kLongerNameRules);
  // Before: the board's staff were read as the city's.
  CHECK(r.read("The Harlow Water Board has 420 employees.").empty());
  // One capitalized word after it, or a lowercase one, leaves the alias its entity.
  CHECK(r.read("Harlow Council has 3,100 employees.") == Lines{"city_staff(Harlow) = 3,100"});
  CHECK(r.read("Harlow has 3,100 council employees.") == Lines{"city_staff(Harlow) = 3,100"});
  // A title capitalizes every long word: its names are read as written.
  CHECK(r.read("# Harlow Council Staff Grow\n\nThe city now has 3,100 employees.") ==
        Lines{"city_staff(Harlow) = 3,100"});
}
