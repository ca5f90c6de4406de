// Every name of a list that follows a compared name is compared: "fourth, behind Orle,
// Varnby and Kessel" ranks none of the three (docs/rules.md "Cues", step 3; session 24,
// changi-airport: "the fourth-busiest airport ..., behind Dubai, London Heathrow and
// Seoul Incheon" gave the rank to Heathrow). Sentences written for these tests only.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kRules = R"(
entity Marrow: port = "Marrow"
ignore entity Rivals: port = "Orle", "Varnby", "Kessel"
fact port_rank(port: port) -> rank: ordinal {
  cue container traffic
}
)";

}  // namespace

TEST_CASE("a name listed after a compared name is compared too", "[match][cue]") {
  RuleReader r(kRules);
  CHECK(r.read("Marrow was the fourth-busiest port for container traffic last year, behind Orle, Varnby and Kessel.") ==
        Lines{"port_rank(Marrow) = 4th"});
  CHECK(r.read("Marrow was the fourth-busiest port for container traffic last year, behind Orle, Varnby and "
               "northern Kessel.") == Lines{"port_rank(Marrow) = 4th"});
  CHECK(r.read("Marrow was the fourth-busiest port for container traffic last year, behind Orle and Varnby.") ==
        Lines{"port_rank(Marrow) = 4th"});
  // The first rival a name the rules do not know.
  CHECK(r.read("Marrow was the fourth-busiest port for container traffic last year, behind Dunport, Varnby and "
               "Kessel.") == Lines{"port_rank(Marrow) = 4th"});
  // A list with no comparison before it: its names are subjects, as before.
  CHECK(r.read("Orle, Varnby and Kessel ranked first to third for container traffic.").empty());
}
