// "handed over 4,812 bicycles": "over" is the verb's particle, so the figure after it is
// the value, exact, and no count of a preposition's own noun. Sentences written for
// these tests, found in no corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kMaker = R"(
entity Velo: company = "Velora"
fact deliveries(maker: company) -> bikes: count {
  cue deliveries | delivered
  compare exact
}
)";

}  // namespace

// Before: the figure after "handed over" read "over 4,812" (more than), or, after a cue
// before it, was taken for a count of the plural noun of a phrase opened by "over".
TEST_CASE("a figure after hand over or turn over is the cue's value, exact", "[match][count]") {
  RuleReader r(kMaker);
  CHECK(r.read("Velora counted its deliveries: it handed over 4,812 bicycles in May.") ==
        Lines{"deliveries(Velo) = 4,812"});
  CHECK(r.read("Velora counted its deliveries: it turned over 390 tandems to dealers.") ==
        Lines{"deliveries(Velo) = 390"});
  // A plain "over" still hedges the figure.
  CHECK(r.read("Velora delivered over 4,812 bicycles in May.") == Lines{"deliveries(Velo) = over 4,812"});
}
