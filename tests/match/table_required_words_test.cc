// A table cell satisfies its fact's `require` when the required word stands in its row
// or its column's header, as a cue in a header serves the cells below it (docs/rules.md
// "Required words"; a blind writer's report: `require heron` dropped every row under
// "| Year | Heron pairs |"). Sentences written for this test, found in no corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "doc/loader.h"
#include "source/diagnostic.h"
#include "support/rule_reader.h"

using Lines = std::vector<std::string>;

namespace {

// Statements of a Markdown document (tables are read in Markdown only).
struct RuleReader : factlint::testing::RuleReader {
  using factlint::testing::RuleReader::RuleReader;
  Lines read(const std::string& text) const {
    factlint::source::DiagnosticSink sink;
    factlint::doc::Document d = factlint::doc::make_document("t.md", text, "md", sink);
    Lines out;
    for (const auto& s : matcher().run(d)) out.push_back(s.key + " = " + s.value.display);
    return out;
  }
};

const char* const kHerons = R"(
entity Marsh_Reserve: reserve = "Marsh Reserve", "Harlow Marsh"
fact heron_pairs(reserve: reserve = Marsh_Reserve) -> pairs: count {
  cue pairs | breeding pairs
  require heron
}
)";

}  // namespace

TEST_CASE("a required word in a table's header serves the cells below it", "[match][require]") {
  RuleReader r(kHerons);
  CHECK(r.read("At Harlow Marsh:\n\n| Year | Heron pairs |\n|---|---|\n| 2021 | 48 |\n") ==
        Lines{"heron_pairs(Marsh_Reserve) = 48"});
}

TEST_CASE("a required word in a table's row serves its cells", "[match][require]") {
  RuleReader r(kHerons);
  CHECK(r.read("At Harlow Marsh:\n\n| Bird | Pairs |\n|---|---|\n| Grey heron | 48 |\n") ==
        Lines{"heron_pairs(Marsh_Reserve) = 48"});
}

TEST_CASE("a table without the required word still states nothing", "[match][require]") {
  RuleReader r(kHerons);
  CHECK(r.read("At Harlow Marsh:\n\n| Bird | Pairs |\n|---|---|\n| Avocet | 31 |\n").empty());
  CHECK(r.read("Avocets at Harlow Marsh number 31 breeding pairs.").empty());
  CHECK(r.read("Herons at Harlow Marsh number 48 breeding pairs.") == Lines{"heron_pairs(Marsh_Reserve) = 48"});
}
