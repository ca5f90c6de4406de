// An `expect:` annotation is met only by a statement of its own block (docs/testing-rules.md,
// "Fixture documents"): a sentence the rules miss must not pass on a later sentence's
// reading, and stacked annotations of one fact check a block's statements in order.
#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>

#include "lang/parse.h"
#include "ruletest/rule_tests.h"
#include "source/diagnostic.h"
#include "support/temp_dir.h"

namespace factlint::ruletest {
namespace {

namespace fs = std::filesystem;

lang::RuleSet parse(const std::string& text) {
  source::DiagnosticSink sink;
  std::optional<lang::RuleSet> rules = lang::parse_rules_text("rules/t.facts", text, sink);
  for (const auto& d : sink.diagnostics()) UNSCOPED_INFO(source::render(d));
  REQUIRE(rules);
  return std::move(*rules);
}

std::string fixture(const std::string& text) {
  fs::path dir = factlint::testing::fresh_temp_path("annotated-block");
  std::ofstream(dir / "f.md", std::ios::binary) << text;
  return dir.string();
}

const char* const kRules = R"fl(
entity Ostrava = "Ostrava Quarry", "Ostrava"
entity Vellmar = "Vellmar Quarry", "Vellmar"
fact pit_depth(quarry: entity) -> depth: length {
  pattern {quarry} ... {depth} deep
  example "Ostrava is 80 m deep" => quarry=Ostrava depth="80 m"
}
)fl";

// The cases after the rule's own example.
std::vector<CaseResult> fixture_cases(const std::string& text) {
  TestRun run = run_rule_tests(parse(kRules), {fixture(text)});
  CHECK_FALSE(run.diagnostics.has_errors());
  REQUIRE_FALSE(run.cases.empty());
  return {run.cases.begin() + 1, run.cases.end()};
}

TEST_CASE("an expect is not met by a statement in a later paragraph", "[ruletest]") {
  std::vector<CaseResult> cases = fixture_cases(
      "<!-- expect: pit_depth(Ostrava) = \"80 m\" -->\n"
      "The pit at Ostrava reaches eighty metres below the rim.\n\n"
      "Vellmar, though, is 80 m deep.\n");
  REQUIRE(cases.size() == 1);
  CHECK_FALSE(cases[0].passed);
  CHECK(cases[0].message ==
        "expect failed: expected pit_depth(Ostrava) = 80 m as the next pit_depth, got nothing in the block after "
        "this comment (the next one is past it: pit_depth(Vellmar) = 80 m at line 4 ('Vellmar, though, is 80 m "
        "deep'))");
}

TEST_CASE("an expect is met by a later sentence of its own paragraph", "[ruletest]") {
  std::vector<CaseResult> cases = fixture_cases(
      "<!-- expect: pit_depth(Vellmar) = \"95 m\" -->\n"
      "Quarrying began in 1911.\nToday Vellmar is 95 m deep.\n");
  REQUIRE(cases.size() == 1);
  CHECK(cases[0].passed);
}

TEST_CASE("an expect above a heading is about the block the heading titles", "[ruletest]") {
  std::vector<CaseResult> cases = fixture_cases(
      "<!-- expect: pit_depth(Vellmar) = \"95 m\" -->\n"
      "## Depths\n\n"
      "Vellmar is 95 m deep.\n");
  REQUIRE(cases.size() == 1);
  CHECK(cases[0].passed);
}

TEST_CASE("stacked expects of one fact check the block's statements in order", "[ruletest]") {
  std::vector<CaseResult> cases = fixture_cases(
      "<!-- expect: pit_depth(Ostrava) = \"80 m\" -->\n"
      "<!-- expect: pit_depth(Vellmar) = \"95 m\" -->\n"
      "<!-- expect: pit_depth -->\n"
      "- Ostrava is 80 m deep.\n"
      "- Vellmar is 95 m deep.\n");
  REQUIRE(cases.size() == 3);
  CHECK(cases[0].passed);
  CHECK(cases[1].passed);
  CHECK_FALSE(cases[2].passed);
  CHECK(cases[2].message ==
        "expect failed: expected pit_depth as statement 3 of pit_depth, got nothing in the block after this comment");
}

}  // namespace
}  // namespace factlint::ruletest
