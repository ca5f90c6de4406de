// A length figure that names another dimension than its fact's cues is another measure
// of the same thing (docs/rules.md "Cues", step 2). Sentences written for these tests only.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kRules = R"(
entity Tern: ship = "Tern class", "Terns"
entity Quay: quay = "Old Quay"
macro across_words = (across | wide)
fact max_beam(ship: ship) -> beam: length {
  cue beam | @across_words
}
fact quay_length(quay: quay) -> length: length {
  cue long | length
}
fact quay_size(quay: quay) -> size: length {
  cue measures
}
)";

}  // namespace

TEST_CASE("a figure of another dimension is no value of a fact whose cues name one", "[match][cue][dimension]") {
  RuleReader r(kRules);
  // "beam" is as near to 312 m as to 41 m, and a tie goes to the figure after the cue:
  // without the dimension, the beam read 312 m.
  CHECK(r.read("Terns up to 41 m in beam and 312 m long may call.") == Lines{"max_beam(Tern) = up to 41 m"});
  CHECK(r.read("The Old Quay is 25 m wide and 640 m in length.") == Lines{"quay_length(Quay) = 640 m"});
}

TEST_CASE("a figure naming its own fact's dimension, or none, is read", "[match][cue][dimension]") {
  RuleReader r(kRules);
  CHECK(r.read("The Old Quay is 640 m long.") == Lines{"quay_length(Quay) = 640 m"});
  CHECK(r.read("The Terns have a beam of 41 m.") == Lines{"max_beam(Tern) = 41 m"});
  // A fact whose cues name no dimension takes any.
  CHECK(r.read("The Old Quay measures 25 m wide.") == Lines{"quay_size(Quay) = 25 m"});
}

TEST_CASE("'across' a place says what a length spans, no width", "[match][cue][dimension]") {
  RuleReader r(R"(
entity Quay: quay = "Old Quay"
fact quay_reach(quay: quay) -> reach: length {
  cue long | stretches
}
)");
  CHECK(r.read("The Old Quay stretches 640 m across the harbour mouth.") == Lines{"quay_reach(Quay) = 640 m"});
  // "across" with no place after it is a width still.
  CHECK(r.read("The Old Quay stretches 25 m across, and 640 m along the shore.") == Lines{"quay_reach(Quay) = 640 m"});
}

TEST_CASE("explain says a figure names another dimension", "[match][cue][dimension]") {
  RuleReader r(kRules);
  // "wide" is a cue through the macro, and names a width.
  const auto misses = r.matcher().near_misses_text("The Terns are wide, and 300 m long.");
  REQUIRE(misses.size() == 2);
  CHECK(misses[0].fact == "max_beam");
  CHECK(misses[0].reason == "cue 'wide' names another dimension than the length value '300 m' measures");
}
