// A figure inside an entity's name is part of the name, not a value of a fact
// (match/cue_finder.cc). Sentences written for these tests, found in no corpus.
#include <catch2/catch.hpp>

#include <string>

#include "support/rule_reader.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity Kestrel_900: train = "Kestrel 900", "Kestrel 900s"
entity Route_66: road = "Route 66"
entity S_Stock: train = "S Stock"

fact fleet_size(train: train) -> n: count {
  cue trains | fleet | units
}
fact road_length(road: road) -> len: length {
  cue long | length | runs
}
)";

struct Fixture : testing::RuleReader {
  Fixture() : RuleReader(kRules) {}
};

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("a figure inside an entity's name is no value of a fact", "[match][cue]") {
  Fixture f;
  // "900" is the name's: the count is 42, and a sentence with no other figure states none.
  CHECK(f.read("The operator runs 42 Kestrel 900 trains.") == Lines{"fleet_size(Kestrel_900) = 42"});
  CHECK(f.read("Kestrel 900 trains are being refurbished.").empty());
  CHECK(f.read("Route 66 runs 3,940 km from Chicago.") == Lines{"road_length(Route_66) = 3,940 km"});
}

TEST_CASE("a figure before a name that opens with a unit's word is read alone", "[match][cue]") {
  Fixture f;
  // "S" is also seconds: "192 S" was refused as a count with a unit, so nothing was stated.
  CHECK(f.read("The operator runs 192 S Stock trains.") == Lines{"fleet_size(S_Stock) = 192"});
  // A figure with its own unit before a name stays what it was.
  CHECK(f.read("The S Stock fleet of 192 trains is 30 s late.") == Lines{"fleet_size(S_Stock) = 192"});
}
