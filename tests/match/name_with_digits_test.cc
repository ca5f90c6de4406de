// A declared name that holds a figure ("Kestrel 900") is a name wherever it stands,
// no figure of any type (match/name_digits.h; docs/rules.md "Cues", step 4). Before,
// its digits ended a list of names, so "Only A and Kestrel 900 are taller than B"
// ranked nothing (session 22, a blind writer's report). Sentences written for these
// tests, found in no corpus.
#include <catch2/catch.hpp>

#include <string>

#include "support/rule_reader.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity Halvor_Spire: tower = "Halvor Spire"
entity Osten_Mast: tower = "Osten Mast"
entity Kestrel: tower = "Kestrel 900"
entity Varde: tower = "Varde Tower"

fact rank(tower: tower) -> rank: ordinal {
  cue taller
}
)";

struct Fixture : testing::RuleReader {
  Fixture() : RuleReader(kRules) {}
};

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("a name with digits in a list of names ranks by exclusion", "[match][name][session22]") {
  Fixture f;
  CHECK(f.read("Only Halvor Spire and Kestrel 900 are taller than Osten Mast.") == Lines{"rank(Osten_Mast) = 3rd"});
  CHECK(f.read("Only Kestrel 900 and Halvor Spire are taller than Osten Mast.") == Lines{"rank(Osten_Mast) = 3rd"});
  CHECK(f.read("Only Halvor Spire is taller than Kestrel 900.") == Lines{"rank(Kestrel) = 2nd"});
}

TEST_CASE("a name with digits in a longer list ranks by exclusion", "[match][name][session22]") {
  Fixture f;
  CHECK(f.read("Only Osten Mast, Kestrel 900 and Halvor Spire are taller than Varde Tower.") ==
        Lines{"rank(Varde) = 4th"});
}
