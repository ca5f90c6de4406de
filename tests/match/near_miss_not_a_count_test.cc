// A near miss whose count a cue passes over by design says which rule passed it over.
// Before: every such case read "the value is one the cue itself captured", a reason
// blind writers chased in sessions 7, 12, 16, 20, 24 and 25 (FEEDBACK files) and a
// newcomer chased again. Sentences written for these tests only.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;

namespace {

const char* const kRules = R"(
entity Harbourview: airport = "Harbourview"
fact gate_count(airport: airport) -> gates: count {
  cue gates
}
)";

std::string reason(const RuleReader& r, const std::string& text) {
  const auto misses = r.matcher().near_misses_text(text);
  REQUIRE(misses.size() == 1);
  return misses.front().reason;
}

}  // namespace

TEST_CASE("a count the cue passes over by design says which rule passed it", "[match][audit]") {
  RuleReader r(kRules);
  CHECK(reason(r, "Harbourview is the busiest of the six gates.") ==
        "cue 'gates' and the count value 'six' were found, but a number word after 'the' names a group the text "
        "has met (\"the four terminals\"), not how many there are (docs/rules.md \"Cues\", step 2)");
  CHECK(reason(r, "One gate at Harbourview shut in 2021.") ==
        "cue 'gate' and the count value 'one' were found, but 'one' before the cue's noun picks one of a group "
        "(\"one terminal closed\"), not how many there are (docs/rules.md \"Cues\", step 2)");
  CHECK(reason(r, "Harbourview rebuilt major parts of three gates.") ==
        "cue 'gates' and the count value 'three' were found, but it counts things only parts of which the clause "
        "is about (\"parts of two terminals\"), not how many there are (docs/rules.md \"Cues\", step 2)");
  // Nothing of this kind: the count is read.
  CHECK(r.read("Harbourview has six gates.") == std::vector<std::string>{"gate_count(Harbourview) = 6"});
}
