// A phrase hung on the subject's name (a participle phrase or a relative clause set off
// by commas) is no distance from the subject's cue to its verb's figure: "Cargo at
// Alderport, measured since 1990 by the harbour board ..., peaked at 469 million
// tonnes" reads as "Cargo at Alderport peaked at 469 million tonnes" (docs/rules.md
// "Cues", step 2). Before, a long phrase put the figure out of the cue's reach, and a
// participle phrase of more than ten words was no phrase at all. The sentences are
// written for these tests and found in no corpus.
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

TEST_CASE("a phrase hung on the subject's name is no distance from its cue to the figure", "[match][cue]") {
  testing::ScopedRuleReader f(kRules);  // read on 2024-03-01
  CHECK(f.read("Cargo at Alderport, measured since 1990 by the harbour board of the northern county council and "
               "its two partners, peaked at 469 million tonnes in 2019.") ==
        Lines{"cargo(Alderport) = 469 million t [2019]"});
  CHECK(f.read("Cargo at Alderport, which the harbour board of the northern county council and its two partners "
               "have measured since 1990, peaked at 469 million tonnes in 2019.") ==
        Lines{"cargo(Alderport) = 469 million t [2019]"});
  // The nearest figure as written still comes first: the phrase's own, then the verb's.
  CHECK(f.read("Cargo at Alderport, measured since 1990 by the harbour board of the northern county council and "
               "its two partners, peaked at 469 million tonnes in 2019 and was still 420 million tonnes in 2022.") ==
        Lines{"cargo(Alderport) = 469 million t [2019]", "cargo(Alderport) = 420 million t [2022]"});
  CHECK(f.read("Cargo at Alderport, which stood at 300 million tonnes in 2019, rose to 469 million tonnes in 2023.") ==
        Lines{"cargo(Alderport) = 300 million t [2019]", "cargo(Alderport) = 469 million t [2023]"});
  // Words of the clause itself still count: a figure far down the clause is out of reach.
  CHECK(f.read("Cargo at Alderport was the subject of a long report by the harbour board of the northern county "
               "council and its partners that was finally published with 469 million tonnes in it.")
            .empty());
}
