// A table header's unit after words that say how it is counted, not what it is:
// "(current US$)", "(in US dollars)", "(nominal, US$)" read like "(US$)" and "(USD)"
// (match/table_cues.cc, header_unit). Statistics offices and the World Bank head
// their columns so; a blind writer's "GDP per capita" rows gave nothing under them.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "doc/loader.h"
#include "lang/parse.h"
#include "match/matcher.h"
#include "match/table_cues.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity Norland: country = "Norland"

fact income_per_head(country: country) -> amount: money per person {
  cue income per head | income per capita
  resolve country from context
  scope per year
}
)";

std::vector<std::string> read(const std::string& table) {
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules_text("t.facts", kRules, sink);
  REQUIRE(rules);
  match::Matcher matcher(*rules);
  doc::Document d = doc::make_document("t.md", "# Norland's economy\n\nNorland grew fast.\n\n" + table, "md", sink);
  d.meta.date = "2024-03-01";
  std::vector<std::string> out;
  for (const match::Statement& s : matcher.run(d)) out.push_back(s.key + " = " + s.value.display + " [" + s.scope + "]");
  return out;
}

std::string unit(std::string_view header) {
  doc::TextRange r = match::header_unit(header);
  return std::string(header.substr(r.begin, r.end - r.begin));
}

}  // namespace

TEST_CASE("a header's unit is read past 'in', 'current' and 'nominal' before it", "[match][table]") {
  CHECK(unit("income per head (current us$)") == "us$");
  CHECK(unit("income per head (in us dollars)") == "us dollars");
  CHECK(unit("income per head (nominal, us$)") == "us$");
  CHECK(unit("output (current prices, €bn)") == "€bn");
  CHECK(unit("output (in €bn)") == "€bn");
  // A word alone is kept; a price basis is no qualifier.
  CHECK(unit("income per head (current)") == "current");
  CHECK(unit("income per head (constant 2015 us$)") == "constant 2015 us$");
  CHECK(unit("income per head (us$)") == "us$");
}

TEST_CASE("money per person in a table headed in US dollars however the header says so", "[match][table]") {
  for (const char* header : {"Income per head (US$)", "Income per head (USD)", "Income per head (US dollars)",
                             "Income per head (current US$)", "Income per head (in US$)",
                             "Income per head (in US dollars)", "Income per head (nominal, US$)"}) {
    CAPTURE(header);
    const std::string table = std::string("| Year | ") + header + " |\n|---|---|\n| 2021 | 41,200 |\n";
    CHECK(read(table) == std::vector<std::string>{"income_per_head(Norland) = 41,200 USD/person [2021]"});
  }
  // The scale after the currency still scales: "(current US$ thousand)".
  CHECK(read("| Year | Income per head (current US$ thousand) |\n|---|---|\n| 2021 | 41.2 |\n") ==
        std::vector<std::string>{"income_per_head(Norland) = 41.2 thousand USD/person [2021]"});
}
