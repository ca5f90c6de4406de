// A figure of four digits without a separator reads as a year, which a count fact's cue
// never takes (docs/rules.md "Cues", step 2); explain says so. Sentences written for
// this test only.
#include <catch2/catch.hpp>

#include <string>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;

// Before: the near miss said "the value is one the cue itself captured", which sent a
// blind rule writer looking in the wrong place.
TEST_CASE("explain says a count's nearest figure reads as a year", "[match][cue]") {
  RuleReader r(R"(
entity Ledger: database = "Ledger DB"
fact max_columns(db: database) -> n: count {
  cue columns
}
)");
  CHECK(r.read("Ledger DB allows up to 1,600 columns in a table.") ==
        std::vector<std::string>{"max_columns(Ledger) = up to 1,600"});
  const auto misses = r.matcher().near_misses_text("Ledger DB allows up to 1600 columns in a table.");
  REQUIRE(misses.size() == 1);
  CHECK(misses[0].reason.find("'up to 1600' reads as a year, and a count fact never takes a year") !=
        std::string::npos);
}
