// A fact that says `plans` (docs/rules.md "Plans and targets"): a figure dated after
// the document is its value, and a year value is scoped by when the plan was told.
// Sentences written for these tests, found in no corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kPlans = R"(
entity Harbour_Line: line = "Harbour Line"
fact opening_due(line: line) -> when: year {
  cue open | opening | due
  allow will | plan
  plans
  scope per year
}
)";

// The same fact without `plans`.
const char* const kFacts = R"(
entity Harbour_Line: line = "Harbour Line"
fact opening_due(line: line) -> when: year {
  cue open | opening | due
  allow will | plan
  scope per year
}
)";

// "key [scope] = value" per statement, published on 2025-05-01.
Lines scoped(const RuleReader& r, const std::string& text) {
  Lines out;
  for (const auto& s : r.statements(text, {2025, 5, 1})) out.push_back(s.key + " [" + s.scope + "] = " + s.value.display);
  return out;
}

}  // namespace

TEST_CASE("a fact of plans keeps a year after the document's, scoped by when it was told", "[match][plans]") {
  RuleReader plans(kPlans);
  CHECK(scoped(plans, "The Harbour Line is due to open in 2029.") == Lines{"opening_due(Harbour_Line) [2025] = 2029"});
  CHECK(scoped(plans, "In 2019 the Harbour Line's opening was put back to 2027.") ==
        Lines{"opening_due(Harbour_Line) [2019] = 2027"});
  // Without `plans` both are forecasts, dropped; a plan already past is its own year's.
  RuleReader facts(kFacts);
  CHECK(scoped(facts, "The Harbour Line is due to open in 2029.").empty());
  CHECK(scoped(facts, "In 2019 the Harbour Line's opening was put back to 2027.").empty());
  CHECK(scoped(facts, "In 2019 the Harbour Line's opening was put back to 2023.") ==
        Lines{"opening_due(Harbour_Line) [2023] = 2023"});
  CHECK(scoped(plans, "In 2019 the Harbour Line's opening was put back to 2023.") ==
        Lines{"opening_due(Harbour_Line) [2019] = 2023"});
}

TEST_CASE("'plans' is an option of its own, given once", "[lang][plans]") {
  const std::string twice = std::string(kPlans).replace(std::string(kPlans).find("  plans\n"), 8, "  plans\n  plans\n");
  factlint::source::DiagnosticSink sink;
  factlint::lang::parse_rules_text("plans.facts", twice, sink);
  REQUIRE(sink.error_count() == 1);
  CHECK(sink.diagnostics().front().message.find("option 'plans' is given twice") != std::string::npos);
}

TEST_CASE("a plan given up states nothing, and another plan's year does not date one", "[match][plans]") {
  RuleReader plans(kPlans);
  // Before: 2027 was filed under 2029 and 2029 under 2027 (a newcomer's report).
  CHECK(scoped(plans, "The Harbour Line, originally due to open in 2027, will now open in 2029.") ==
        Lines{"opening_due(Harbour_Line) [2025] = 2029"});
}
