// "The figure for 2018" tells the figure before again for another year, as "the figure
// a year earlier" does: "Cargo at Alderport peaked at 469 million tonnes in 2019; the
// figure for 2022 was 420 million tonnes" states 2022's cargo too (docs/rules.md
// "Cues", step 6). The sentences are written for these tests and found in no corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity Alderport: port = "Alderport", "the port"

fact cargo(port: port) -> cargo: mass {
  cue cargo | throughput
  scope per year
}
fact depth(port: port) -> depth: length {
  cue depth | dredged to
}
)";

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("'the figure for' a year after a statement tells that year's figure", "[match][cue]") {
  testing::ScopedRuleReader f(kRules);  // read on 2024-03-01
  // A clause after ';'.
  CHECK(f.read("Cargo at Alderport peaked at 469 million tonnes in 2019; the figure for 2022 was 420 million tonnes.") ==
        Lines{"cargo(Alderport) = 469 million t [2019]", "cargo(Alderport) = 420 million t [2022]"});
  // A sentence of its own.
  CHECK(f.read("Cargo at Alderport peaked at 469 million tonnes in 2019. The total for 2022 stood at 420 million "
               "tonnes.") ==
        Lines{"cargo(Alderport) = 469 million t [2019]", "cargo(Alderport) = 420 million t [2022]"});
  // Other words before the figure still say it is of something else.
  CHECK(f.read("Cargo at Alderport peaked at 469 million tonnes in 2019; the figure for 2022 dredging was 12 million "
               "tonnes of silt.") == Lines{"cargo(Alderport) = 469 million t [2019]"});
  // Without a year scope the earlier figure would conflict with the later one: not read.
  CHECK(f.read("The channel depth at Alderport is 14 m; the figure for 2010 was 12 m.") ==
        Lines{"depth(Alderport) = 14 m"});
}
