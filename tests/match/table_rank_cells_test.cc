// A bare number in a table cell under a header that holds an ordinal fact's cue is a
// place: "| 2 | Oslund |" under "| Rank | Club |" is 2nd (docs/rules.md "Facts in
// tables"; a blind writer's report: a medal table's rank column gave nothing). In
// prose a bare number stays no rank. Sentences written for this test, found in no corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using Lines = std::vector<std::string>;

namespace {

const char* const kLeague = R"(
entity Oslund: club = "Oslund"
entity Varby: club = "Varby"
entity Tellsta: club = "Tellsta"
fact league_place(club: club) -> place: ordinal {
  cue rank | place | position
}
)";

}  // namespace

TEST_CASE("bare numbers under a rank header are places", "[match][table]") {
  factlint::testing::RuleReader r(kLeague);
  CHECK(r.read_markdown("# Final table\n\n| Rank | Club | Points |\n|---|---|---|\n| 1 | Varby | 61 |\n"
               "| 2 | Oslund | 58 |\n| 13 | Tellsta | 20 |\n") ==
        Lines{"league_place(Varby) = 1st", "league_place(Oslund) = 2nd", "league_place(Tellsta) = 13th"});
}

TEST_CASE("a rank cell with a leading zero or more than three digits is no place", "[match][table]") {
  factlint::testing::RuleReader r(kLeague);
  CHECK(r.read_markdown("# Codes\n\n| Position | Club |\n|---|---|\n| 07 | Varby |\n| 1204 | Oslund |\n").empty());
}

TEST_CASE("a bare number in prose stays no rank", "[match][table]") {
  factlint::testing::RuleReader r(kLeague);
  CHECK(r.read_markdown("Oslund finished the season in place 2 of the table.\n").empty());
}

namespace {

// The cue only in the table's heading, as blind writers cue a ranking's name.
const char* const kStandings = R"(
entity Oslund: club = "Oslund"
entity Varby: club = "Varby"
fact league_place(club: club) -> place: ordinal {
  cue league table | standings
}
fact points(club: club) -> points: count {
  cue points
}
)";

}  // namespace

// Session 25 (a blind writer's report, session 24): a medal table's "Rank" column gave
// nothing when the fact's cue ("medal table") was only the table's title, and a "Pos."
// or "#" column nothing even under a header cue.
TEST_CASE("a column of places under a title naming the ranking holds its places", "[match][table]") {
  factlint::testing::RuleReader r(kStandings);
  for (const char* header : {"Rank", "Pos.", "#", "Position"}) {
    INFO(header);
    CHECK(r.read_markdown(std::string("# Season review\n\n## Final league table\n\n| ") + header +
                          " | Club | Points |\n|---|---|---|\n| 1 | Varby | 61 |\n| 2 | Oslund | 58 |\n") ==
          Lines{"league_place(Varby) = 1st", "points(Varby) = 61", "league_place(Oslund) = 2nd", "points(Oslund) = 58"});
  }
}

TEST_CASE("a column of places gives nothing without a title naming the ranking", "[match][table]") {
  factlint::testing::RuleReader r(kStandings);
  // A list's row numbers under "No." rank nothing, nor a "#" column under a title
  // that names no ranking.
  CHECK(r.read_markdown("# Season review\n\n## Final league table\n\n| No. | Club |\n|---|---|\n| 1 | Varby |\n").empty());
  CHECK(r.read_markdown("# Season review\n\n## Clubs visited\n\n| # | Club |\n|---|---|\n| 1 | Varby |\n").empty());
}
