// A table cell satisfies its fact's `require` when the required word stands in its row
// or its column's header, as a cue in a header serves the cells below it (docs/rules.md
// "Required words"; a blind writer's report: `require heron` dropped every row under
// "| Year | Heron pairs |"). Sentences written for this test, found in no corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using Lines = std::vector<std::string>;

namespace {

const char* const kHerons = R"(
entity Marsh_Reserve: reserve = "Marsh Reserve", "Harlow Marsh"
fact heron_pairs(reserve: reserve = Marsh_Reserve) -> pairs: count {
  cue pairs | breeding pairs
  require heron
}
)";

}  // namespace

TEST_CASE("a required word in a table's header serves the cells below it", "[match][require]") {
  factlint::testing::RuleReader r(kHerons);
  CHECK(r.read_markdown("At Harlow Marsh:\n\n| Year | Heron pairs |\n|---|---|\n| 2021 | 48 |\n") ==
        Lines{"heron_pairs(Marsh_Reserve) = 48"});
}

TEST_CASE("a required word in a table's row serves its cells", "[match][require]") {
  factlint::testing::RuleReader r(kHerons);
  CHECK(r.read_markdown("At Harlow Marsh:\n\n| Bird | Pairs |\n|---|---|\n| Grey heron | 48 |\n") ==
        Lines{"heron_pairs(Marsh_Reserve) = 48"});
}

TEST_CASE("a table without the required word still states nothing", "[match][require]") {
  factlint::testing::RuleReader r(kHerons);
  CHECK(r.read_markdown("At Harlow Marsh:\n\n| Bird | Pairs |\n|---|---|\n| Avocet | 31 |\n").empty());
  CHECK(r.read_markdown("Avocets at Harlow Marsh number 31 breeding pairs.").empty());
  CHECK(r.read_markdown("Herons at Harlow Marsh number 48 breeding pairs.") == Lines{"heron_pairs(Marsh_Reserve) = 48"});
}
