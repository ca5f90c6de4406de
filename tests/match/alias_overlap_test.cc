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
