// `counterexample "TEXT" => role=Entity` (docs/testing-rules.md): nothing of the fact for
// that entity, where a plain counterexample says nothing at all. A blind writer wanted
// "Lake Tanganyika is 1,470 m deep" to give nothing to Baikal, while it rightly gives
// Tanganyika's depth. Sentences written for this test.
#include <catch2/catch.hpp>

#include "lang/parse.h"
#include "ruletest/rule_tests.h"
#include "source/diagnostic.h"

namespace factlint::ruletest {
namespace {

TestRun run(const std::string& counterexample) {
  const std::string text = R"fl(
entity Ostrava = "Ostrava Quarry", "Ostrava"
entity Vellmar = "Vellmar Quarry", "Vellmar"
fact pit_depth(quarry: entity) -> depth: length {
  pattern {quarry} is {depth} deep
  )fl" + counterexample + "\n}\n";
  source::DiagnosticSink sink;
  std::optional<lang::RuleSet> rules = lang::parse_rules_text("rules/t.facts", text, sink);
  for (const auto& d : sink.diagnostics()) UNSCOPED_INFO(source::render(d));
  REQUIRE(rules);
  REQUIRE_FALSE(sink.has_errors());
  return run_rule_tests(*rules, {});
}

TEST_CASE("a counterexample with roles passes when the fact states nothing for them", "[ruletest]") {
  TestRun pass = run(R"(counterexample "Vellmar is 95 m deep." => quarry=Ostrava)");
  REQUIRE(pass.cases.size() == 1);
  CHECK(pass.cases[0].kind == CaseKind::Counterexample);
  CHECK(pass.cases[0].passed);
  CHECK(pass.cases[0].expected == "no pit_depth(Ostrava)");
}

TEST_CASE("a counterexample with roles fails on a statement for them", "[ruletest]") {
  TestRun fail = run(R"(counterexample "Ostrava is 80 m deep." => quarry=Ostrava)");
  REQUIRE(fail.cases.size() == 1);
  CHECK_FALSE(fail.cases[0].passed);
  CHECK(fail.cases[0].message ==
        "counterexample failed: expected no pit_depth(Ostrava), got pit_depth(Ostrava) = 80 m ('Ostrava is 80 m "
        "deep')");
}

TEST_CASE("a counterexample may pin the value it must not read", "[ruletest]") {
  CHECK(run(R"(counterexample "Ostrava is 80 m deep." => quarry=Ostrava depth="90 m")").cases[0].passed);
  CHECK_FALSE(run(R"(counterexample "Ostrava is 80 m deep." => depth="80 m")").cases[0].passed);
}

TEST_CASE("a counterexample without roles still wants nothing of the fact", "[ruletest]") {
  CHECK_FALSE(run(R"(counterexample "Vellmar is 95 m deep.")").cases[0].passed);
}

}  // namespace
}  // namespace factlint::ruletest
