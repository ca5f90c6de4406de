// A count after a preposition counts its own plural noun ("stations in three
// boroughs"), not the cue's things. Sentences written for these tests, found in no
// corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kLine = R"(
entity Harbour: railway = "Harbour Line"
fact stations(railway: railway) -> stations: count {
  cue station | stops
  compare exact
}
fact staff(railway: railway) -> people: count {
  cue employs | staff
  compare within 5%
}
)";

}  // namespace

// Before: "stations in three boroughs" gave the line three stations, and a count of
// control systems nine words after "stations" became a false conflict.
TEST_CASE("a count after a preposition counts its own plural noun, not the cue's things", "[match][count]") {
  RuleReader r(kLine);
  CHECK(r.read("The Harbour Line has stations in three boroughs.").empty());
  CHECK(r.read("The Harbour Line opened late after work on its stations and on the signals that let trains "
               "move between four different safety systems.")
            .empty());
  // The cue's own count is read, and a figure with no noun of its own too.
  CHECK(r.read("The Harbour Line serves 41 stations in three boroughs.") == Lines{"stations(Harbour) = 41"});
  CHECK(r.read("The Harbour Line has stations: 41 in all.") == Lines{"stations(Harbour) = 41"});
  // A figure right after a cue verb counts what the verb acts on.
  CHECK(r.read("The Harbour Line employs 2,300 people.") == Lines{"staff(Harbour) = 2,300"});
}
