// A fact's `require` words count where the match's cue stands, when that is not the
// value's own sentence: a table cell's row and column headers, an answer's question
// (docs/rules.md "Required words"; blind writers' feedback, session 20: "Share of edits
// by bots (%)" under `require bots` gave its cells nothing). Documents written for
// these tests only.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kRules = R"(
entity Brackwater: wiki = "Brackwater"
entity Harl_Viaduct: bridge = "Harl Viaduct"
fact scripted_share(wiki: wiki) -> share: percent {
  cue edits
  require scripts | scripted
}
fact builders_lost(bridge: bridge) -> deaths: count {
  cue died
  require building | construction
}
)";

// The statements of a Markdown document with `text` (tables are read in documents).
Lines read_document(const RuleReader& r, const std::string& text) {
  factlint::source::DiagnosticSink sink;
  Lines out;
  for (const auto& s : r.matcher().run(factlint::doc::make_document("figures.md", text, "md", sink))) {
    out.push_back(s.key + " = " + s.value.display);
  }
  return out;
}

}  // namespace

TEST_CASE("a required word in a cell's column or row header counts for the cell", "[match][table]") {
  RuleReader r(kRules);
  CHECK(read_document(r, "# Brackwater in figures\n\n| Year | Share of edits made by scripts (%) |\n|---|---|\n| 2021 | 18 "
               "|\n") == Lines{"scripted_share(Brackwater) = 18%"});
  // A transposed table: the row header holds it.
  CHECK(read_document(r, "# Brackwater in figures\n\n| Measure | 2021 |\n|---|---|\n| Share of edits made by scripts (%) | "
               "18 |\n") == Lines{"scripted_share(Brackwater) = 18%"});
  // Headers without one: nothing, as before.
  CHECK(read_document(r, "# Brackwater in figures\n\n| Year | Share of edits (%) |\n|---|---|\n| 2021 | 18 |\n").empty());
}

TEST_CASE("a required word in the question counts for its answer", "[match][cue][answer]") {
  RuleReader r(kRules);
  CHECK(r.read("The Harl Viaduct opened in 1931.\n\n**How many people died building it?**\n\nEleven.") ==
        Lines{"builders_lost(Harl_Viaduct) = 11"});
  // Neither sentence holds one: nothing.
  CHECK(r.read("The Harl Viaduct opened in 1931.\n\n**How many people died on it?**\n\nEleven.").empty());
}
