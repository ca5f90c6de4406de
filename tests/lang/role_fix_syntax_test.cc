// `cue lorries => route=Gull_freight` and `region: region = Calder` in the rule language
// (docs/rules.md "A cue that names a role's entity", "A role's fallback entity"): read,
// kept in the checked rule set and dumped back as written.
#include <catch2/catch.hpp>

#include "lang/dump.h"
#include "lang/parse.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity Gull_cars: route = "Gull Car Ferry"
entity Gull_freight: route = "Gull Freight"
entity Calder: region = "Calder"

fact moved(route: route, region: region = Calder) -> n: count {
  cue lorries | articulated trucks => route=Gull_freight
  cue saloons => route=Gull_cars region=Calder   # two roles
  pattern {n} lorries crossed {region} unless ferries => route=Gull_freight
  example "Gull Freight moved 640,000 lorries in Calder" => route=Gull_freight region=Calder n="640,000"
}
)";

std::optional<lang::RuleSet> parse(const std::string& text, std::string* errors = nullptr) {
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules_text("fix.facts", text, sink);
  if (errors) {
    for (const auto& d : sink.sorted()) *errors += source::render(d);
  }
  return rules;
}

}  // namespace

// Before: `=>` on a cue line was read as the words "=", ">", "route", ... which no
// sentence holds, and `= Calder` after a role's type did not parse.
TEST_CASE("a cue's '=>' and a role's fallback entity are read into the rule set", "[lang]") {
  std::string errors;
  auto rules = parse(kRules, &errors);
  INFO(errors);
  REQUIRE(rules);
  const lang::FactDecl& f = rules->facts.at(0);
  REQUIRE(f.cues.size() == 2);
  REQUIRE(f.cues[0].fixes.size() == 1);
  CHECK(f.cues[0].fixes[0].role == "route");
  CHECK(f.cues[0].fixes[0].entity == "Gull_freight");
  REQUIRE(f.cues[1].fixes.size() == 2);
  CHECK(f.cues[1].fixes[1].entity == "Calder");
  REQUIRE(f.patterns.size() == 1);
  REQUIRE(f.patterns[0].fixes.size() == 1);
  CHECK_FALSE(f.patterns[0].unless.children.empty());
  CHECK(f.roles[0].fallback.empty());
  CHECK(f.roles[1].fallback == "Calder");
  CHECK(f.roles[1].type == "region");
  const std::string dump = lang::dump(*rules);
  CHECK(dump.find("fact moved(route: route, region: region = Calder) -> n: count\n") != std::string::npos);
  CHECK(dump.find("  cue (lorries | articulated trucks) => route=Gull_freight\n") != std::string::npos);
  CHECK(dump.find("  cue saloons => route=Gull_cars region=Calder\n") != std::string::npos);
  CHECK(dump.find("  pattern {n} lorries crossed {region} unless ferries => route=Gull_freight\n") != std::string::npos);
}

TEST_CASE("'=>' ends a cue's words only on a pattern or cue line", "[lang]") {
  // A fact's `unless` list keeps reading it as words, as it always did.
  auto rules = parse("entity A\nfact f(a: entity) -> n: count {\n  cue lorries\n  unless => x\n}\n");
  REQUIRE(rules);
  CHECK(rules->facts.at(0).vetoes.at(0).fixes.empty());
}
