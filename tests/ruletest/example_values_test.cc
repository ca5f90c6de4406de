// Tests for ruletest/example_values: `rules lint` warns at an example value its
// fact's type cannot read, and names the types that can.
#include "ruletest/example_values.h"

#include <catch2/catch.hpp>

#include "lang/parse.h"
#include "source/diagnostic.h"

namespace factlint::ruletest {
namespace {

std::vector<source::Diagnostic> lint(const std::string& text) {
  source::DiagnosticSink parsing;
  std::optional<lang::RuleSet> rules = lang::parse_rules_text("rules/t.facts", text, parsing);
  REQUIRE(rules);
  REQUIRE(parsing.diagnostics().empty());
  source::DiagnosticSink sink;
  check_example_values(*rules, sink);
  return sink.diagnostics();
}

const char* kPark = "entity Yosemite: park = \"Yosemite\"\n";

TEST_CASE("an example value the fact's type cannot read is a warning naming the type that can", "[ruletest]") {
  auto found = lint(std::string(kPark) +
                    "fact park_area(park: park) -> area: length {\n"
                    "  cue covers\n"
                    "  example \"Yosemite covers 3,027 square kilometres.\" => park=Yosemite area=\"3,027 square "
                    "kilometres\"\n"
                    "}\n");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == source::Severity::Warning);
  CHECK(found[0].location.line == 4);
  CHECK(found[0].message ==
        "example value '3,027 square kilometres' cannot be read as 'length', so `factlint test` fails on it; it "
        "reads as area: is the fact's value type right?");
}

TEST_CASE("example values their type reads, plain numbers and counterexamples give no warning", "[ruletest]") {
  auto found = lint(std::string(kPark) +
                    "fact park_area(park: park) -> area: area {\n"
                    "  cue covers\n"
                    "  example \"Yosemite covers 3,027 square kilometres.\" => park=Yosemite area=\"3,027 km2\"\n"
                    "  counterexample \"Yosemite covers banana.\"\n"
                    "}\n"
                    "fact visitors(park: park) -> n: count {\n"
                    "  cue visitors\n"
                    "  example \"Yosemite had 3.9 million visitors.\" => park=Yosemite n=3900000\n"
                    "}\n");
  CHECK(found.empty());
}

TEST_CASE("an example value no type reads is a warning without a hint", "[ruletest]") {
  auto found = lint(std::string(kPark) +
                    "fact founded(park: park) -> y: year {\n"
                    "  cue established\n"
                    "  example \"Yosemite was established in 1890.\" => park=Yosemite y=\"long ago\"\n"
                    "}\n");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == "example value 'long ago' cannot be read as 'year', so `factlint test` fails on it");
}

}  // namespace
}  // namespace factlint::ruletest
