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
// Before: nothing said that "up to 25" and "up to 50" agree under the default compare
// (a newcomer's limits were grouped so); docs/rules.md "Minimums and maximums".
TEST_CASE("a maximum in an example of a fact compared exactly is a warning to compare its end", "[ruletest]") {
  auto found = lint(std::string(kPark) +
                    "fact campers(park: park) -> n: count {\n"
                    "  cue campers\n"
                    "  example \"Yosemite takes up to 50 campers a site.\" => park=Yosemite n=\"up to 50\"\n"
                    "  example \"Yosemite takes at most 40 campers.\" => park=Yosemite n=\"at most 40\"\n"
                    "}\n"
                    "fact deaths(park: park) -> n: count {\n"
                    "  cue died\n"
                    "  example \"Fewer than 50 died in Yosemite.\" => park=Yosemite n=\"fewer than 50\"\n"
                    "}\n"
                    "fact sites(park: park) -> n: count {\n"
                    "  cue sites\n"
                    "  compare end\n"
                    "  example \"Yosemite has up to 13 sites.\" => park=Yosemite n=\"up to 13\"\n"
                    "}\n");
  REQUIRE(found.size() == 1);  // one a fact; an estimate ("fewer than") and `compare end` give none
  CHECK(found[0].location.line == 4);
  CHECK(found[0].message.rfind("example value 'up to 50' is a maximum, and fact 'campers' compares with the default "
                               "`compare exact`",
                               0) == 0);
}

}  // namespace factlint::ruletest
