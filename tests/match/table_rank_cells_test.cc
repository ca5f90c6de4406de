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
