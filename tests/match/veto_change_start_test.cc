// A veto word that names the figure a change starts from ("from a peak of 9,000 to
// 2,400") is that figure's, not the other end's (docs/rules.md "Cues", step 4).
// Sentences written for these tests, found in no corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kGoats = R"(
entity Tarr: island = "Tarr Island", "Tarr"
fact goat_count(island: island) -> goats: count {
  cue goats | herd
  unless peak | record high
  scope per year
  values 100 to 1 million
}
)";

}  // namespace

// Before: "peak" stood between the cue and 2,400 and vetoed it too.
TEST_CASE("a veto word of a change's first end does not veto its other end", "[match][veto]") {
  RuleReader r(kGoats);
  CHECK(r.read_scoped("On Tarr Island the herd shrank from a peak of about 9,000 in 1990 to 2,400 in 2015.") ==
        Lines{"goat_count(Tarr) = 2,400 [2015]"});
  CHECK(r.read_scoped("The goats of Tarr Island fell from their record high of 9,000 to about 2,400 in 2015.") ==
        Lines{"goat_count(Tarr) = about 2,400 [2015]"});
}

TEST_CASE("a veto word between the cue and a value that is no change's other end still vetoes", "[match][veto]") {
  RuleReader r(kGoats);
  CHECK(r.read_scoped("On Tarr Island the herd reached a peak of 9,000 in 1990.").empty());
}
