// "N things out of M": the first figure counts a part of the things, the second all
// of them (attributive_figure.cc part_out_of_whole). Before, `cue lakes` read "In
// Tarn Park, 12 lakes out of 340 were sampled" as 12 lakes, the figure nearest the cue
// (great-barrier-reef, session 21: "87 reefs out of 2,900 is a sample" made a false
// conflict). The sentences are written for these tests and found in no corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity Tarn_Park: park = "Tarn Park"

fact lake_count(park: park) -> lakes: count {
  cue lakes
}
)";

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("a part counted out of a whole gives the whole", "[match][count]") {
  testing::RuleReader f(kRules);
  CHECK(f.read("In Tarn Park, 12 lakes out of 340 were sampled.") == Lines{"lake_count(Tarn_Park) = 340"});
  CHECK(f.read("Rangers say 12 lakes out of 340 is a sample of Tarn Park.") == Lines{"lake_count(Tarn_Park) = 340"});
  // The whole before the cue is read as before.
  CHECK(f.read("Rangers sampled 12 out of 340 lakes in Tarn Park.") == Lines{"lake_count(Tarn_Park) = 340"});
  CHECK(f.read("Tarn Park has 340 lakes.") == Lines{"lake_count(Tarn_Park) = 340"});
}
