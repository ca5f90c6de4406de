// A sum of money after a verb of change is the size of the change, not a level: the
// level reached is the fact's (docs/rules.md "Derived values"; blind writers' feedback,
// session 20: "Tolls rose 50 cents last July, to $9.75" gave the toll 50 cents).
// Sentences written for these tests only.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kRules = R"(
entity Orle_Ferry: ferry = "Orle Ferry"
fact fare(ferry: ferry) -> fare: money {
  cue fare | fares
}
)";

// The same, with a fact of the rise itself.
const std::string kWithRise = std::string(kRules) + R"(
fact fare_rise(ferry: ferry) -> rise: money {
  cue rose
}
)";

}  // namespace

TEST_CASE("money after a verb of change is the change, and the level reached is the fact's", "[match][cue]") {
  RuleReader rise(kWithRise.c_str());
  CHECK(rise.read("Orle Ferry fares rose 40 cents last May, to $6.20.") ==
        Lines{"fare_rise(Orle_Ferry) = 40 cents", "fare(Orle_Ferry) = USD 6.20"});
  RuleReader r(kRules);
  CHECK(r.read("Orle Ferry fares rose 40 cents last May, to $6.20.") == Lines{"fare(Orle_Ferry) = USD 6.20"});
  CHECK(r.read("The Orle Ferry fare went up by about $1.10 in 2022, to $5.80.") == Lines{"fare(Orle_Ferry) = USD 5.80"});
  CHECK(r.read("Orle Ferry fares fell $2 after the subsidy.").empty());
  const auto misses = r.matcher().near_misses_text("Orle Ferry fares fell $2 after the subsidy.");
  REQUIRE(misses.size() == 1);
  CHECK(misses.front().reason ==
        "the money value '$2' is the size of a change, not a level (docs/rules.md \"Derived values\")");
  // The level reached, and a plain level, as before.
  CHECK(r.read("The Orle Ferry fare rose to $6.20.") == Lines{"fare(Orle_Ferry) = USD 6.20"});
  CHECK(r.read("The Orle Ferry fare is $6.20.") == Lines{"fare(Orle_Ferry) = USD 6.20"});
  // A level crossed is a bound, no change.
  CHECK(r.read("The Orle Ferry fare fell below $6.") == Lines{"fare(Orle_Ferry) = below USD 6"});
}

namespace {

// A level's fact whose writer cued the verb of reaching it.
const char* const kLevelCues = R"(
entity Orle_Ferry: ferry = "Orle Ferry"
fact fare(ferry: ferry) -> fare: money {
  cue fare | rose to | climbed to
}
)";

}  // namespace

// Before: `cue rose to` made "rose" the cue's own word, and the 40 cents of "rose by" were
// read as the fare, against the fare itself.
TEST_CASE("'by' after a verb the cues name still sizes a change", "[match][cue]") {
  RuleReader r(kLevelCues);
  CHECK(r.read("The Orle Ferry fare rose by 40 cents last May.").empty());
  CHECK(r.read("The Orle Ferry fare climbed by 40 cents last May.").empty());
  CHECK(r.read("The Orle Ferry fare rose to $6.20 last May.") == Lines{"fare(Orle_Ferry) = USD 6.20"});
  // A fact of the rise itself, cued with "by", keeps it.
  RuleReader rise(R"(
entity Orle_Ferry: ferry = "Orle Ferry"
fact fare_rise(ferry: ferry) -> rise: money {
  cue rose by
}
)");
  CHECK(rise.read("The Orle Ferry fare rose by 40 cents last May.") == Lines{"fare_rise(Orle_Ferry) = 40 cents"});
}
