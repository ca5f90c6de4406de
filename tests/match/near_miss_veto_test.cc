// A near miss stopped by a veto word names the word, also when a year stands nearer the
// word than the value: a year is no figure a veto word of a count describes, as the
// matcher itself weighs it (docs/rules.md "Finding what your rules miss"; blind writers'
// feedback, session 20: "the value is one the cue itself captured" hid `unless year`).
// Sentences written for these tests only.
#include <catch2/catch.hpp>

#include <string>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;

namespace {

const char* const kRules = R"(
entity Skerry_Bridge: bridge = "Skerry Bridge"
fact daily_crossings(bridge: bridge) -> vehicles: count {
  cue crossings | vehicles
  unless year | on may
  scope per year
}
)";

std::string reason_of(const RuleReader& r, const std::string& text) {
  for (const auto& m : r.matcher().near_misses_text(text, factlint::value::CivilDate{2024, 3, 1})) {
    if (m.fact == "daily_crossings") return m.reason;
  }
  return "";
}

}  // namespace

TEST_CASE("a near miss names the veto word beside a year", "[match][cue]") {
  RuleReader r(kRules);
  REQUIRE(r.read("In fiscal year 2019, the Skerry Bridge averaged 81,000 daily crossings.").empty());
  CHECK_THAT(reason_of(r, "In fiscal year 2019, the Skerry Bridge averaged 81,000 daily crossings."),
             Catch::Contains("are vetoed by 'year'"));
  REQUIRE(r.read("On May 28, 1931, 12,400 vehicles crossed the Skerry Bridge.").empty());
  CHECK_THAT(reason_of(r, "On May 28, 1931, 12,400 vehicles crossed the Skerry Bridge."),
             Catch::Contains("are vetoed by 'on may'", Catch::CaseSensitive::No));
}

// Before: "vetoed by 'aimed'", and `allow aimed` is an error (the default word is "aim"):
// a newcomer could not tell which word to allow. The rule author's own `unless` words
// need no note.
TEST_CASE("a near miss names the default veto word to allow", "[match][audit]") {
  RuleReader r(R"(
entity Quayside: port = "Quayside"
fact port_traffic(port: port) -> boxes: count {
  cue handled
  unless hoped
}
)");
  const auto reasons = [&](const std::string& text) {
    std::vector<std::string> out;
    for (const auto& m : r.matcher().near_misses_text(text)) out.push_back(m.reason);
    return out;
  };
  CHECK(reasons("Quayside aimed to have handled 40,000 boxes.") ==
        std::vector<std::string>{"cue 'handled' and the count value '40,000' are vetoed by 'aimed' (a default veto "
                                 "word: 'allow aim' in the fact lifts it)"});
  CHECK(reasons("Quayside hoped it handled 40,000 boxes.") ==
        std::vector<std::string>{"cue 'handled' and the count value '40,000' are vetoed by 'hoped'"});
}
