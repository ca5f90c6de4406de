// A rank given to the next name of a list ("Varby finished 1st and Oslund 2nd") is one
// statement, not two: the list rule (match/rank_order.h) and the fact's cue both read
// "2nd", and each made a statement of it. Sentences written for this test, found in no corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using Lines = std::vector<std::string>;

namespace {

const char* const kLeague = R"(
entity Oslund: club = "Oslund"
entity Varby: club = "Varby"
fact league_place(club: club) -> place: ordinal {
  cue finished | ranked
}
)";

Lines read(const std::string& text) { return factlint::testing::RuleReader(kLeague).read(text); }

}  // namespace

TEST_CASE("a listed name's own rank is read once", "[match][rank]") {
  CHECK(read("Varby finished 1st and Oslund 2nd.") == Lines{"league_place(Varby) = 1st", "league_place(Oslund) = 2nd"});
  CHECK(read("Varby finished first and Oslund ranked 2nd.") ==
        Lines{"league_place(Varby) = 1st", "league_place(Oslund) = 2nd"});
}
