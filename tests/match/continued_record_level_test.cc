// A continued sentence may name its level as an extreme: "It fell to a record low of
// 310 million tonnes in 2021" goes on with the subject of the sentence before as "It
// fell to 310 million tonnes" does (docs/rules.md "Cues", step 6). Before, "record"
// and "low" read as words of another figure. The sentences are written for these tests
// and found in no corpus.
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
)";

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("a continued sentence may give its level as a record, a peak or a new high", "[match][cue]") {
  testing::ScopedRuleReader f(kRules);  // read on 2024-03-01
  CHECK(f.read("Cargo at Alderport reached 469 million tonnes in 2019. It fell to a record low of 310 million "
               "tonnes in 2021 and came in at 355 million tonnes in 2023.") ==
        Lines{"cargo(Alderport) = 469 million t [2019]", "cargo(Alderport) = 310 million t [2021]",
              "cargo(Alderport) = 355 million t [2023]"});
  CHECK(f.read("Cargo at Alderport fell to 310 million tonnes in 2021. It hit a new high of 480 million tonnes "
               "in 2023.") ==
        Lines{"cargo(Alderport) = 310 million t [2021]", "cargo(Alderport) = 480 million t [2023]"});
  // Other words before the value still say it is a figure of something else.
  CHECK(f.read("Cargo at Alderport fell to 310 million tonnes in 2021. It also dredged a record 12 million "
               "tonnes of silt in 2023.") == Lines{"cargo(Alderport) = 310 million t [2021]"});
}
