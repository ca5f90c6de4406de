// A label line whose label is a name and a year in parentheses ("Endowment (2023):
// $119.1 million"): the parenthesis is part of the label, not a phrase hung on the
// name, so its year dates the line's figure (match/attached_phrases.cc). Documents
// dated 2024-03-01. Lines written for these tests, found in no corpus.
#include <catch2/catch.hpp>

#include <string>

#include "support/rule_reader.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity Kestrel_Fund: fund = "Kestrel Endowment", "Endowment"

fact endowment_size(fund: fund) -> size: money {
  scope per year
  cue endowment
}
)";

struct Fixture : testing::ScopedRuleReader {
  Fixture() : ScopedRuleReader(kRules) {}
};

using Lines = std::vector<std::string>;

}  // namespace

// Before: [2024], the parenthesis taken for an appositive whose year dates only its own figures.
TEST_CASE("a year in parentheses after a name that labels its line dates the line's figure", "[match][scope]") {
  Fixture f;
  CHECK(f.read("# Kestrel Endowment fact sheet\n\nFounded: 2016\nStaff: 40\nEndowment (2023): $119.1 million\n") ==
        Lines{"endowment_size(Kestrel_Fund) = USD 119.1 million [2023]"});
}

TEST_CASE("a parenthesis after a name inside a sentence is still a phrase of its own", "[match][scope]") {
  Fixture f;
  CHECK(f.read("The Kestrel Endowment (set up in 2016) now holds $119.1 million.") ==
        Lines{"endowment_size(Kestrel_Fund) = USD 119.1 million [2024]"});
}
