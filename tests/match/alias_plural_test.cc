// An alias of two words or more ending in a lowercase noun matches its plural: "Oro
// crane" names the bird in "Oro cranes", where "Oro" alone would name the lake. A
// declared alias wins over a plural, and names and definite descriptions take no
// plural. Sentences written for these tests, found in no corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kRules = R"(
entity Lake_Oro: lake = "Lake Oro", "Oro"
entity Oro_Crane: bird = "Oro crane"
entity Reed_Ferry: boat = "reed ferry"
fact population(who: bird) -> birds: count {
  cue number | population
}
fact lake_area(lake: lake) -> area: area {
  cue area
}
fact boats(what: boat) -> built: count {
  cue built
}
)";

}  // namespace

// Before: "Oro cranes" named the lake ("Oro"), and the count found no bird.
TEST_CASE("an alias ending in a noun names its entity in the plural", "[match][entity]") {
  RuleReader f(kRules);
  CHECK(f.read("The number of Oro cranes rose to 400 last year.") == Lines{"population(Oro_Crane) = 400"});
  CHECK(f.read("The Oro crane population stands at 400.") == Lines{"population(Oro_Crane) = 400"});
  CHECK(f.read("In all, 35 reed ferries were built on the shore.") == Lines{"boats(Reed_Ferry) = 35"});
  // The lake is still named by its own aliases.
  CHECK(f.read("Lake Oro has an area of 410 km2.") == Lines{"lake_area(Lake_Oro) = 410 km2"});
}
