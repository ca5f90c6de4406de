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
  auto rank = known_value(*rules->find_fact("rank"), "rank(Russia, China)");
  REQUIRE(rank);
  CHECK(rank->lo == 6);
  auto area = known_value(*rules->find_fact("area"), "area(China)");
  REQUIRE(area);
  CHECK(area->lo == Approx(9.6e12));
}

}  // namespace
}  // namespace factlint::compare
