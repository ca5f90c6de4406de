// Matcher tests written in the rule language: parse_rules_text, then match text.
#include <string>

#include <catch2/catch.hpp>

#include "lang/parse.h"
#include "match/matcher.h"
#include "source/diagnostic.h"

namespace factlint::match {
namespace {

// Parses `rules` (failing the test on errors) and matches `text` dated `date`.
std::vector<Statement> match_rules(const std::string& rules, const std::string& text,
                                   std::optional<value::CivilDate> date = std::nullopt) {
  source::DiagnosticSink sink;
  std::optional<lang::RuleSet> parsed = lang::parse_rules_text("rules/t.facts", rules, sink);
  for (const auto& d : sink.diagnostics()) UNSCOPED_INFO(d.message);
  REQUIRE(parsed);
  Matcher matcher(*parsed);
  return matcher.run_text(text, date);
}

const char* const kRules = R"fl(
entity China  = "China", "Beijing", "People's Republic of China", "PRC"
entity Russia = "Russia", "Moscow", "Russian Federation", "the Kremlin"
entity Xi     = "Xi Jinping", "Mr. Xi", "Xi"
entity Putin  = "Vladimir Putin", "Mr. Putin", "Putin"

macro partner_noun = (trade | trading) partner

fact trade_partner_rank(partner: entity, of: entity) -> rank: ordinal {
  pattern {partner} (is|was) only? {of} 's {rank} @partner_noun
  pattern {partner} has become {of} 's {rank} @partner_noun
  scope per year
  example "Russia is only China's 10th-largest trade partner" => partner=Russia of=China rank=10th
}

fact border_length(a: entity, b: entity) -> length: length symmetric {
  pattern {length} border between {a} and {b}
  pattern {a} and {b} ... share ... {length} border
  compare within 3%
  example "a 2,600-mile border between Russia and China" => a=Russia b=China length="2,600 miles"
}

fact leader_meetings(a: entity, b: entity) -> count: count symmetric {
  pattern {a} and {b} have met gap 0..3 {count} (times|occasions)
  compare increasing
  example "Xi and Putin have met 40 times" => a=Xi b=Putin count=40
}

fact sino_soviet_split -> when: year-range {
  pattern "Sino-Soviet split" in {when}
  pattern from {when} ... known as the "Sino-Soviet split"
  compare start
  example "the Sino-Soviet split in 1960" => when=1960
}
)fl";

TEST_CASE("rules written in the rule language match the phrasings they describe", "[match]") {
  SECTION("ranks with an optional word, a possessive and a macro") {
    auto found = match_rules(kRules, "Russia is only China's 10th-largest trade partner.", value::CivilDate{2023, 11, 17});
    REQUIRE(found.size() == 1);
    CHECK(found[0].key == "trade_partner_rank(Russia, China)");
    CHECK(found[0].value.lo == 10);
    CHECK(found[0].scope == "2023");
  }
  SECTION("number-one is read across the hyphen") {
    auto found = match_rules(kRules, "As of 2023, China has become Russia's number-one trade partner.",
                             value::CivilDate{2024, 3, 29});
    REQUIRE(found.size() == 1);
    CHECK(found[0].key == "trade_partner_rank(China, Russia)");
    CHECK(found[0].value.lo == 1);
    CHECK(found[0].scope == "2023");
  }
  SECTION("a symmetric fact with gaps") {
    auto found = match_rules(kRules,
                             "China and Russia, old rivals, today share a 2,600-mile border. "
                             "There is a 4,300-kilometer border between the Kremlin and Beijing.");
    REQUIRE(found.size() == 2);
    CHECK(found[0].key == "border_length(China, Russia)");
    CHECK(found[1].key == "border_length(China, Russia)");
    CHECK(found[0].value.text == "2,600-mile");
    CHECK(found[1].value.text == "4,300-kilometer");
  }
  SECTION("an explicit gap and an alternation") {
    auto found = match_rules(kRules, "Mr. Xi and Mr. Putin have met on forty-two occasions.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].key == "leader_meetings(Putin, Xi)");
    CHECK(found[0].value.lo == 42);
    CHECK(match_rules(kRules, "Xi and Putin have met with all of their aides on forty-two occasions.").empty());
  }
  SECTION("quoted literals with a hyphen") {
    auto found = match_rules(kRules,
                             "Relations froze from 1961 to 1989, a period known as the \"Sino-Soviet split\". "
                             "Others date the Sino-Soviet split in 1960.");
    REQUIRE(found.size() == 2);
    CHECK(found[0].value.display == "1961-1989");
    CHECK(found[1].value.text == "1960");
  }
  SECTION("counterexamples stay silent") {
    CHECK(match_rules(kRules, "Shanghai is China's largest city.").empty());
    CHECK(match_rules(kRules, "China's China is China's 2nd trade partner.").empty());
  }
}

TEST_CASE("the rules reference's example of roles resolved from context works", "[match]") {
  const char* rules = R"fl(
entity China  = "China", "Beijing"
entity Russia = "Russia", "Moscow"

fact border_length(a: entity, b: entity) -> length: length symmetric {
  pattern {a} and {b} share a {length} border
  pattern (the | both | the two) (countries | nations) 's? ... {length} border
  resolve a, b from context
}
)fl";
  auto found = match_rules(rules, "China and Russia go back a long way. The two nations' 4,209 km border is quiet.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].key == "border_length(China, Russia)");
  CHECK(found[0].value.text == "4,209 km");
  CHECK(match_rules(rules, "The two nations' 4,209 km border is quiet.").empty());
}

TEST_CASE("priority and window options written in rules change what matches", "[match]") {
  const char* rules = R"fl(
entity Xi    = "Xi"
entity Putin = "Putin"
fact met(a: entity, b: entity) -> count: count symmetric {
  pattern {a} and {b} ... met {count} times
  window 1
}
fact low(a: entity) -> count: count {
  pattern {a} ... met {count} times
}
fact high(a: entity) -> count: count {
  pattern {a} ... met {count}
  priority 5
}
)fl";
  auto found = match_rules(rules, "Xi and Putin are old friends. They have met 40 times.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].fact == "met");
  CHECK(found[0].key == "met(Putin, Xi)");
  auto second = match_rules(rules, "Putin said they met 40 times.");
  REQUIRE(second.size() == 1);
  CHECK(second[0].fact == "high");
}

// `macro name = a | b` is one group where `@name` stands, never "a" alone or "b @name's
// neighbours": the words after the macro follow either alternative.
TEST_CASE("a macro written without parentheses matches as one group", "[match]") {
  const char* rules = R"fl(
entity Lakeside = "Lakeside"
macro levied = charges | has charged
fact toll(town: entity) -> amount: money {
  pattern {town} @levied a toll of {amount}
}
)fl";
  auto first = match_rules(rules, "Lakeside charges a toll of $4.");
  REQUIRE(first.size() == 1);
  CHECK(first[0].value.display == "USD 4");
  auto second = match_rules(rules, "Lakeside has charged a toll of $5.");
  REQUIRE(second.size() == 1);
  CHECK(second[0].value.display == "USD 5");
  CHECK(match_rules(rules, "Lakeside charges $6.").empty());
}

}  // namespace
}  // namespace factlint::match
