// "many", "numerous" and "countless" say there are some of a thing, not how many: no
// figure a count fact could state (docs/rules.md "Numbers"). Sentences written for
// these tests only.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kRules = R"(
entity Orle_Rail: operator = "Orle Rail"
fact riders(operator: operator) -> people: count {
  cue passengers | travellers
}
)";

}  // namespace

// Before: "many" was a vague count of 2 or more, a statement that agreed with any
// figure and made a single source "consistent".
TEST_CASE("an unbounded quantifier states no count", "[match][cue]") {
  RuleReader r(kRules);
  CHECK(r.read("Orle Rail is the reason many travellers leave the car at home.").empty());
  CHECK(r.read("Numerous passengers complained about Orle Rail last winter.").empty());
  CHECK(r.read("Orle Rail has carried countless passengers.").empty());
  // A figure still reads, and so does a bounded vague word.
  CHECK(r.read("Orle Rail carried 2.4 million passengers.") == Lines{"riders(Orle_Rail) = 2.4 million"});
  CHECK(r.read("Orle Rail carried dozens of passengers.").size() == 1);
}
