// Digits listed right after a capitalized plural noun name which of those things a
// sentence speaks of ("Gates 2 and 5 are closed"): they count nothing (docs/rules.md
// "Value types", counts; session 24, changi-airport: "Terminals 2 and 4 are shut" was
// read as two terminals). Sentences written for these tests only.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kRules = R"(
entity Marrow_Airport: airport = "Marrow Airport"
fact gate_count(airport: airport) -> gates: count {
  cue gates
}
)";

}  // namespace

TEST_CASE("numbers listed after a capitalized plural noun are labels, no count", "[match][value]") {
  RuleReader r(kRules);
  CHECK(r.read("Marrow Airport has twelve gates. Gates 2 and 5 are closed for repairs.") ==
        Lines{"gate_count(Marrow_Airport) = 12"});
  CHECK(r.read("At Marrow Airport, work on Gates 1, 4 and 9 ends in May.").empty());
  CHECK(r.read("At Marrow Airport, Gates 3 to 6 serve the ferries.").empty());
  // A count before its noun, a label line and a figure with a separator stay counts.
  CHECK(r.read("Marrow Airport has 12 gates.") == Lines{"gate_count(Marrow_Airport) = 12"});
  CHECK(r.read("Marrow Airport gates: 12") == Lines{"gate_count(Marrow_Airport) = 12"});
  // Lowercase, the noun is no name: "gates 2 and 5" is left to the cue as before.
  CHECK(r.read("Marrow Airport opened new gates in 2019, and 14 gates in all.") ==
        Lines{"gate_count(Marrow_Airport) = 14"});
}
