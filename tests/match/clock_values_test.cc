// A duration fact whose plausible values are hours reads a two-part "2:09" as hours and
// minutes; one without them, or whose values fit minutes and seconds, keeps minutes and
// seconds. Its own written values read the same way. Sentences written for these
// tests, found in no corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "lang/parse.h"
#include "lang/written_value.h"
#include "source/diagnostic.h"
#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kRules = R"(
entity Oriel_Run: race = "Oriel Run"
fact record_time(race: race) -> time: duration {
  cue course record
  values 1 h to 4 h
}
fact winning_margin(race: race) -> margin: duration {
  cue margin
  values 1 s to 30 min
}
fact split_time(race: race) -> split: duration {
  cue split
}
)";

}  // namespace

// Before: "2:07" was 127 s, outside the record's values, so the sentence stated nothing.
TEST_CASE("a two-part figure is hours and minutes when only that fits the values", "[match][value]") {
  RuleReader f(kRules);
  CHECK(f.read("The Oriel Run course record is 2:07.") == Lines{"record_time(Oriel_Run) = 2 h 7 min"});
  // Three parts are hours, minutes and seconds whatever the values.
  const Lines three = f.read("The Oriel Run course record now reads 2:07:41.");
  REQUIRE(three.size() == 1);
  CHECK(three[0].starts_with("record_time(Oriel_Run) = "));
  CHECK(three[0].find(" h ") == std::string::npos);
  // Values that fit minutes and seconds, or none, keep them.
  CHECK(f.read("The Oriel Run's winning margin was 2:07.") == Lines{"winning_margin(Oriel_Run) = 127 s"});
  CHECK(f.read("The Oriel Run's fastest split was 2:07.") == Lines{"split_time(Oriel_Run) = 127 s"});
}

TEST_CASE("a fact's own written '2:07' reads as its sentences' does", "[match][value]") {
  factlint::source::DiagnosticSink sink;
  auto rules = factlint::lang::parse_rules_text("t.facts", kRules, sink);
  REQUIRE(rules);
  const auto& facts = rules->facts;
  auto record = factlint::lang::read_written_value(facts.at(0), "2:07");
  REQUIRE(record);
  CHECK(record->display == "2 h 7 min");
  auto margin = factlint::lang::read_written_value(facts.at(1), "2:07");
  REQUIRE(margin);
  CHECK(margin->display == "127 s");
}
