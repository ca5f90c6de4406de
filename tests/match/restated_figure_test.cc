// "A, or B": a figure after ", or" restates the one before it in another measure
// (match/restated_figure.h; docs/rules.md "Cues", step 2). A cue in one figure's phrase
// reads no value on the other side: before, "18% of Norland's population, or about
// 70,000 people" gave the population 70,000 (session 22, a blind writer's report).
// Sentences written for these tests, found in no corpus.
#include <catch2/catch.hpp>

#include <string>

#include "support/rule_reader.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity Norland: country = "Norland"

fact population(country: country) -> people: count {
  cue population
}
fact residents(country: country) -> residents: count {
  cue residents
}
fact gdp(country: country) -> amount: money {
  cue gdp
}
fact spending(country: country) -> amount: money {
  cue spending
}
)";

struct Fixture : testing::RuleReader {
  Fixture() : RuleReader(kRules) {}
};

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("a cue in the first figure's phrase reads no restated figure", "[match][apposition][session22]") {
  Fixture f;
  CHECK(f.read("Pensioners are 12% of Norland's population, or about 45,000 people.") == Lines{});
  // A part "of" a whole restated: its own noun names no whole either.
  CHECK(f.read("Pensioners are 12% of all in Norland, or about 45,000 residents.") == Lines{});
}

TEST_CASE("a cue in the restating figure's phrase reads no figure before it", "[match][apposition][session22]") {
  Fixture f;
  CHECK(f.read("Norland's roads took $5 billion, or 2% of GDP.") == Lines{});
}

TEST_CASE("a cue before both figures reads them as ever", "[match][apposition][session22]") {
  Fixture f;
  CHECK(f.read("Norland's population is 380,000, or about 90,000 households.") ==
        Lines{"population(Norland) = 380,000"});
  CHECK(f.read("Norland's spending reached 2% of output, or $5 billion.") ==
        Lines{"spending(Norland) = USD 5 billion"});
}
