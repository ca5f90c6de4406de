// A thing's measure written before its noun states it with no cue word (docs/rules.md
// "Cues", "A measure before its noun"). Sentences written for these tests only.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kRules = R"(
entity Tarn: viaduct = "Tarn Viaduct"
entity Osprey: barge = "Osprey"
fact viaduct_length(viaduct: viaduct) -> length: length {
  cue long | length
}
fact viaduct_height(viaduct: viaduct) -> height: length {
  cue high | tall
}
fact barge_length(barge: barge) -> length: length {
  cue long | length
  unless hold
}
fact barge_mass(barge: barge) -> weight: mass {
  cue weighs | weight
}
)";

}  // namespace

TEST_CASE("a length before its thing's noun or name is the thing's length", "[match][cue][modifier]") {
  RuleReader r(kRules);
  CHECK(r.read("Trains have crossed the 2.4-kilometre viaduct since the spring.") ==
        Lines{"viaduct_length(Tarn) = 2.4 km"});
  CHECK(r.read("Crowds lined the quay as the 88-metre Osprey came in.") == Lines{"barge_length(Osprey) = 88 m"});
  CHECK(r.read("Painters finished the 2,400 m viaduct, which opened in May.") ==
        Lines{"viaduct_length(Tarn) = 2,400 m"});
}

TEST_CASE("a mass before its thing's noun is the thing's mass", "[match][cue][modifier]") {
  RuleReader r(kRules);
  CHECK(r.read("Tugs eased the 310-tonne barge past the weir.") == Lines{"barge_mass(Osprey) = 310 t"});
}

TEST_CASE("a measure before another noun, an indefinite one or another dimension is no statement",
          "[match][cue][modifier]") {
  RuleReader r(kRules);
  // Another noun heads the phrase: the figure measures the deck, the machine.
  CHECK(r.read("Crews laid the 40-metre viaduct deck in a week.").empty());
  CHECK(r.read("The firm shipped the 12-tonne barge crane to the yard.").empty());
  // "a": a thing the text introduces, maybe another one.
  CHECK(r.read("The plan adds a 300-metre viaduct over the river.").empty());
  // A dimension written after the unit: a height is no length.
  CHECK(r.read("Walkers crossed the 90-metre-high Tarn Viaduct at dawn.") == Lines{"viaduct_height(Tarn) = 90 m"});
  // A veto word of the fact stands by.
  CHECK(r.read("Its hold is cramped for the 20-metre barge.").empty());
}

namespace {

// Two length facts of one kind, each with a cue of the dimension's word alone: the
// modifier does not say which. One whose cues all qualify the length is a part's.
const char* const kTwoLengths = R"(
entity Tarn: viaduct = "Tarn Viaduct"
fact viaduct_length(viaduct: viaduct) -> length: length {
  cue long | length
}
fact span_length(viaduct: viaduct) -> length: length {
  cue long | main span
}
)";

const char* const kPartLength = R"(
entity Tarn: viaduct = "Tarn Viaduct"
fact viaduct_length(viaduct: viaduct) -> length: length {
  cue long | length
}
fact deck_length(viaduct: viaduct) -> length: length {
  cue deck length | long deck
}
)";

}  // namespace

TEST_CASE("a modifier reads no fact when two facts of its measure take its thing", "[match][cue][modifier]") {
  RuleReader r(kTwoLengths);
  CHECK(r.read("Trains have crossed the 2.4-kilometre viaduct since the spring.").empty());
}

TEST_CASE("a fact whose cues all qualify its measure reads no modifier", "[match][cue][modifier]") {
  RuleReader r(kPartLength);
  CHECK(r.read("Trains have crossed the 2.4-kilometre viaduct since the spring.") ==
        Lines{"viaduct_length(Tarn) = 2.4 km"});
}
