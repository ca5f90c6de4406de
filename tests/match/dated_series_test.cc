// "from X in Y1 to Z in Y2": each figure with its own year, or the later alone for a
// fact without a year scope (docs/rules.md). Sentences written for these tests, found in no corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::ScopedRuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kSeriesRules = R"(
entity Tarn: region = "Tarnvale", "Tarn"

fact herd(region: region) -> herd: count {
  cue cattle
  scope per year
}
fact hives(region: region) -> hives: count {
  cue beehives
}
fact forest_share(region: region) -> share: percent {
  cue forest cover
}
)";

}  // namespace

// Before: "from X in Y1 to Z in Y2" gave the first figure alone (and, for a fact of no
// year, gave the earlier figure as the fact's).
TEST_CASE("a change from one dated figure to another gives each its year, or the later alone", "[match]") {
  ScopedRuleReader f(kSeriesRules);
  CHECK(f.read("Tarnvale's cattle herd shrank from 412,000 head in 1991 to 188,500 in 2022.") ==
        Lines{"herd(Tarn) = 412,000 [1991]", "herd(Tarn) = 188,500 [2022]"});
  CHECK(f.read("Tarn's cattle numbers climbed from about 90,000 in 1975 to roughly 240,000 in 2015.") ==
        Lines{"herd(Tarn) = about 90,000 [1975]", "herd(Tarn) = roughly 240,000 [2015]"});
  // A fact of no year: the later end is its figure.
  CHECK(f.read("Tarnvale's beehives fell from 31,000 in 1990 to 12,400 in 2023.") == Lines{"hives(Tarn) = 12,400"});
  // Undated ends are one change, read as its later end (the value reader's "from ... to").
  CHECK(f.read("Tarnvale's forest cover rose from 22% to 29%.") == Lines{"forest_share(Tarn) = 29%"});
  // Without a year of its own the later figure is left alone, as before.
  CHECK(f.read("Tarnvale's cattle herd shrank from 412,000 head in 1991 to 188,500.") ==
        Lines{"herd(Tarn) = 412,000 [1991]"});
}
