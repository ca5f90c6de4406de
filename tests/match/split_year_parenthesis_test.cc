// "1.34 billion (2018/19: 1.38 billion)": a parenthesis opened by a split or fiscal
// year and a colon gives that year's figure, as one opened by a plain year does
// (docs/rules.md "Split years"). Sentences written for this test.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "doc/loader.h"
#include "lang/parse.h"
#include "match/matcher.h"

using namespace factlint;

TEST_CASE("a parenthesis opened by a split year and a colon states that year's figure", "[match][year]") {
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules_text("ferry.facts", R"(
entity Harbour_Ferry: service = "the harbour ferry"
fact ferry_trips(service: service) -> trips: count {
  cue passenger trips
  scope per year
}
)", sink);
  REQUIRE(rules);
  match::Matcher matcher(*rules);
  doc::Document d = doc::make_document(
      "t.md", "The harbour ferry made 2.41 million passenger trips in 2020/21 (2019/20: 3.05 million).\n", "md", sink);
  d.meta.date = "2021-09-01";
  std::vector<std::string> lines;
  for (const match::Statement& s : matcher.run(d)) lines.push_back(s.value.display + " [" + s.scope + "]");
  CHECK(lines == std::vector<std::string>{"2.41 million [2021]", "3.05 million [2020]"});
}
