// A table row is about the thing its first cell names: when that thing is no entity a
// role takes, its cells state nothing of the document's topic (docs/rules.md "Facts in
// tables", the roles; session 24, changi-airport: a runway's "opened in 1984" was read as
// the airport's opening). Tables written for these tests only.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "doc/loader.h"
#include "support/rule_reader.h"

using namespace factlint;
using Lines = std::vector<std::string>;

namespace {

const char* const kRules = R"(
entity Marrow_Airport: airport = "Marrow Airport"
entity North_Runway: runway = "North Runway"
entity Pier_B: pier = "Pier B"
fact airport_opened(airport: airport) -> date: date {
  cue opened
}
fact pier_count(airport: airport) -> piers: count {
  cue piers
}
)";

struct Fixture : testing::RuleReader {
  Fixture() : RuleReader(kRules) {}
  Lines read(const std::string& text) const {
    source::DiagnosticSink sink;
    doc::Document d = doc::make_document("t.md", text, "md", sink);
    d.meta.date = "2024-03-01";
    Lines out;
    for (const match::Statement& s : matcher().run(d)) out.push_back(s.key + " = " + s.value.display);
    return out;
  }
};

}  // namespace

TEST_CASE("a table row about another thing states nothing of the document's topic", "[match][table]") {
  Fixture f;
  const std::string title = "---\ntitle: Marrow Airport at a glance\n---\n# Marrow Airport at a glance\n\n";
  // The runway's row: its opening is the runway's.
  CHECK(f.read(title + "| part | length | notes |\n|---|---|---|\n| North Runway | 3,200 m | opened in 1995 |\n")
            .empty());
  // A row about nothing the rules know, or about the topic, is the topic's as before.
  CHECK(f.read(title + "| item | notes |\n|---|---|\n| main hall | opened in 1962 |\n") ==
        Lines{"airport_opened(Marrow_Airport) = 1962"});
  CHECK(f.read(title + "| item | notes |\n|---|---|\n| Marrow Airport | opened in 1962 |\n") ==
        Lines{"airport_opened(Marrow_Airport) = 1962"});
  // A label that names a thing in passing is a field of the topic.
  CHECK(f.read(title + "| item | notes |\n|---|---|\n| main hall by the North Runway | opened in 1962 |\n") ==
        Lines{"airport_opened(Marrow_Airport) = 1962"});
  // The row's pier is one of the piers counted: the count is the topic's.
  CHECK(f.read(title + "| pier | notes |\n|---|---|\n| Pier B | largest of the 6 piers |\n") ==
        Lines{"pier_count(Marrow_Airport) = 6"});
}
