// Tests for compare/known_values: a known value lint accepts is the value the comparison uses.
#include "compare/known_values.h"

#include <catch2/catch.hpp>

#include "lang/parse.h"
#include "source/diagnostic.h"

namespace factlint::compare {
namespace {

// The bug this reading fixed: lint accepted `known ... rank=6` for an ordinal while the
// comparison could not read it, so the known value was silently never used.
TEST_CASE("a known value lint accepts is the value the comparison uses", "[lang]") {
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules_text("rules/t.facts",
                                "entity China = \"China\"\nentity Russia = \"Russia\"\n"
                                "fact rank(p: entity, of: entity) -> rank: ordinal {\n"
                                "  pattern {p} is {of}'s {rank} partner\n"
                                "  known p=Russia of=China rank=6\n"
                                "}\n"
                                "fact area(p: entity) -> a: area {\n"
                                "  pattern {p} covers {a}\n"
                                "  known p=China a=\"9,600,000 km²\"\n"
                                "}\n",
                                sink);
  for (const auto& d : sink.diagnostics()) UNSCOPED_INFO(source::render(d));
  REQUIRE(rules);
  CHECK(sink.error_count() == 0);
  auto rank = known_reading(*rules->find_fact("rank"), "rank(Russia, China)", "");
  REQUIRE(rank);
  CHECK(rank->value.lo == 6);
  auto area = known_reading(*rules->find_fact("area"), "area(China)", "");
  REQUIRE(area);
  CHECK(area->value.lo == Approx(9.6e12));
}

// Before: one `known` applied to every year of a `scope per year` fact, so a city's
// 2023 population was the canonical value of 2010 too (a newcomer's report).
TEST_CASE("a known value for a year holds for that year; one without a year for the others", "[lang]") {
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules_text("rules/t.facts",
                                      "entity Lindau = \"Lindau\"\n"
                                      "fact people(c: entity) -> n: count {\n"
                                      "  cue population\n"
                                      "  scope per year\n"
                                      "  known c=Lindau n=25,000 in 2023 source \"census\"\n"
                                      "  known c=Lindau n=24,000 in 2019\n"
                                      "  known c=Lindau n=20,000\n"
                                      "}\n",
                                      sink);
  for (const auto& d : sink.diagnostics()) UNSCOPED_INFO(source::render(d));
  REQUIRE(rules);
  CHECK(sink.error_count() == 0);
  const lang::FactDecl& fact = *rules->find_fact("people");
  CHECK(known_reading(fact, "people(Lindau)", "2023")->value.lo == 25000);
  CHECK(known_reading(fact, "people(Lindau)", "2019")->value.lo == 24000);
  CHECK(known_reading(fact, "people(Lindau)", "2010")->value.lo == 20000);
  CHECK_FALSE(known_reading(fact, "people(Other)", "2023"));
  // Reports cite where it is declared and its source, as they cite a decision.
  CHECK(known_origin(*known_reading(fact, "people(Lindau)", "2023")->declared) == "rules/t.facts:5: census");
  CHECK(known_origin(*known_reading(fact, "people(Lindau)", "2010")->declared) == "rules/t.facts:7");
}

}  // namespace
}  // namespace factlint::compare
