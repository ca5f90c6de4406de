// A figure "in a good year" is a typical year's, no year's own. Sentences written for
// these tests, found in no corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kOutput = R"(
entity Wren: dam = "Wren Dam"
fact annual_generation(dam: dam) -> energy: energy {
  cue generated | output
  scope per year
}
)";

}  // namespace

// Before: "close to 9 TWh in a good year" was read as the publication year's output.
TEST_CASE("a figure 'in a good year' is a typical year's, no year's own", "[match][span]") {
  factlint::testing::ScopedRuleReader r(kOutput);
  CHECK(r.read("The Wren Dam's output runs close to 9 TWh in a good year.").empty());
  CHECK(r.read("The Wren Dam's output is about 8 TWh in an average year.").empty());
  // "in a year", and a year of its own called good, are still statements of their year.
  CHECK(r.read("In 2023 the Wren Dam generated more than 9 TWh in a year for the first time.") ==
        Lines{"annual_generation(Wren) = more than 9 TWh [2023]"});
  CHECK(r.read("The Wren Dam generated 9.2 TWh in 2023, a good year.") ==
        Lines{"annual_generation(Wren) = 9.2 TWh [2023]"});
}
