#include <catch2/catch.hpp>

#include "lang/parse.h"

using namespace factlint;

TEST_CASE("an entity declaration parses", "[lang]") {
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules_text("x.facts", "entity China = \"China\", \"PRC\"\n", sink);
  REQUIRE(rules);
  CHECK(rules->entities.size() == 1);
}
