// A fact sheet's label line whose role has a fallback entity: the figure is the
// fallback's unless the document is about another thing. Documents written for these
// tests, found in no corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "doc/loader.h"
#include "source/diagnostic.h"
#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kRules = R"(
entity Marland: country = "Marland"
entity Council: assembly = "the Grand Council"
ignore entity Others: country = "Vesta", "Ostria"
fact council_seats(council: assembly = Council) -> seats: count {
  cue members
}
)";

factlint::doc::Document markdown(const std::string& text) {
  factlint::source::DiagnosticSink sink;
  factlint::doc::Document d = factlint::doc::make_document("t.md", text, "md", sink);
  d.meta.date = "2024-03-01";
  return d;
}

Lines read_markdown(const RuleReader& r, const std::string& text) {
  Lines out;
  for (const auto& s : r.matcher().run(markdown(text))) out.push_back(s.key + " = " + s.value.display);
  return out;
}

// Two table rows far above that name an ignored country (here in their headers' unit
// words) and nothing of the council.
const char* const kTable =
    "| Item | 2022 | 2023 |\n|---|---|---|\n| Wages in Vesta terms | 10 | 11 |\n| Prices in Vesta terms | 12 | 13 |\n\n";

}  // namespace

// Before (session 22's binary): two mentions of the ignored country made it the
// document's most-named entity, the label line's council went to it and was dropped,
// and nothing said so; one mention left the topic to no one and the fallback gave
// the council. An ignored entity the title does not name is no one's topic now.
TEST_CASE("a label line's fallback role is not taken by an ignored entity named twice above", "[match][label][fallback]") {
  RuleReader r(kRules);
  const std::string head = "---\ntitle: Marland figures\n---\n# Marland figures\n\n";
  CHECK(read_markdown(r, head + kTable + "## Fact sheet\n\nMembers of the council: 41\n") ==
        Lines{"council_seats(Council) = 41"});
}

// A title that names the ignored country makes the document about it: the figure is
// its council's, dropped, and the audit's reason says the topic gave it. The sentence
// does not name the ignored entity, so the audit lists it (not on purpose).
TEST_CASE("a label line dropped for an ignored topic says where its role came from", "[match][label][fallback]") {
  RuleReader r(kRules);
  const std::string text =
      "---\ntitle: Ostria figures\n---\n# Ostria figures\n\n## Fact sheet\n\nMembers of the council: 41\n";
  CHECK(read_markdown(r, text).empty());
  std::vector<std::string> reasons;
  for (const auto& m : r.matcher().near_misses(markdown(text))) {
    if (!m.reason.starts_with("dropped:")) continue;
    CHECK_FALSE(m.on_purpose);
    reasons.push_back(m.reason);
  }
  REQUIRE(reasons.size() == 1);
  INFO(reasons[0]);
  CHECK(reasons[0].find("dropped: its council is Others, an ignored entity") == 0);
  CHECK(reasons[0].ends_with(", from the document's topic: its title"));
}
