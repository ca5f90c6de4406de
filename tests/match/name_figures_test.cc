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
entity Class_700: train = "700", "Class 700"

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

// Before: an alias that is only a number was read as the figure ("The 700 and the S
// Stock both run in fleets" gave a fleet of 700: a blind rule writer's "747").
TEST_CASE("a figure that is a whole alias names its entity and counts nothing", "[match][cue]") {
  Fixture f;
  CHECK(f.read("The 700 and the S Stock both have trains.").empty());  // was fleet_size(S_Stock) = 700
  CHECK(f.read("Like the 700, the S Stock runs trains.").empty());
  CHECK(f.read("The operator runs 60 trains of the 700.") == Lines{"fleet_size(Class_700) = 60"});
  // A figure that is no alias is still read.
  CHECK(f.read("The operator runs 701 S Stock trains.") == Lines{"fleet_size(S_Stock) = 701"});
}
