// `values A to B`, `values below B`, `values above A`: a fact's plausible values. A
// reading outside them is passed over and the next value of the sentence is tried;
// explain says so; the checks report bounds that do not read and examples outside
// them (docs/rules.md "Plausible values"). Sentences written for these tests.
#include <string>

#include <catch2/catch.hpp>

#include "doc/loader.h"
#include "lang/parse.h"
#include "match/matcher.h"
#include "source/diagnostic.h"
#include "support/rule_reader.h"

namespace factlint::match {
namespace {

const char* kPopulation = R"(entity Harbourton = "Harbourton"
fact population(city: entity) -> people: count {
  cue residents
  values 100,000 to 50 million
}
)";

TEST_CASE("a cue passes over a figure outside the fact's values and reads the next", "[match][values]") {
  const std::string text = "Residents of Harbourton tend 230 allotments and number 2.1 million.";
  auto found = testing::undated_statements(testing::parsed_rules(kPopulation), text);
  REQUIRE(found.size() == 1);
  CHECK(found[0].value.text == "2.1 million");
  // Without the bounds the nearest figure is read.
  std::string unbounded = kPopulation;
  unbounded.erase(unbounded.find("  values"), std::string("  values 100,000 to 50 million\n").size());
  auto plain = testing::undated_statements(testing::parsed_rules(unbounded), text);
  REQUIRE(plain.size() == 1);
  CHECK(plain[0].value.text == "230");
}

TEST_CASE("a pattern passes over a figure outside the fact's values", "[match][values]") {
  const auto rules = testing::parsed_rules(R"(entity Harbourton = "Harbourton"
fact boroughs(city: entity) -> count: count {
  pattern {city} ... {count} boroughs
  values below 10
}
)");
  auto found = testing::undated_statements(rules, "Harbourton lists 120 parks across 5 boroughs.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].value.text == "5");
  CHECK(testing::undated_statements(rules, "Harbourton counts 12 boroughs.").empty());
}

// Session 25 (a blind writer's report, session 24): "since 2012" read as a date open
// after 2012 passed `values 2024 to 2024`, its open end reaching into 2024.
TEST_CASE("a date open on one side is weighed by the year it names", "[match][values]") {
  const auto rules = testing::parsed_rules(R"(entity Harbourton = "Harbourton"
fact fair_opened(city: entity) -> date: date {
  cue fair
  values 2024 to 2024
}
)");
  CHECK(testing::undated_statements(rules, "Harbourton's fair drew its biggest crowd since 2012.").empty());
  CHECK(testing::undated_statements(rules, "Harbourton's fair was held before 2030.").empty());
  auto found = testing::undated_statements(rules, "Harbourton's fair has run since March 2024.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].value.text == "since March 2024");
}

TEST_CASE("a money bound is read in the fact's currency and denominator", "[match][values]") {
  const auto rules = testing::parsed_rules(R"(entity Harbourton = "Harbourton"
fact minimum_wage(city: entity) -> wage: money per hour {
  cue minimum wage
  values below $50
}
)");
  auto found = testing::undated_statements(rules, "Harbourton's minimum wage is $17 an hour.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].value.text == "$17 an hour");
  CHECK(testing::undated_statements(rules, "Harbourton's minimum wage is $70 an hour.").empty());
  // Another currency has nothing to compare with: kept.
  CHECK(testing::undated_statements(rules, "Harbourton's minimum wage is EUR 70 an hour.").size() == 1);
}

TEST_CASE("a length bound is converted to the canonical unit", "[match][values]") {
  const auto rules = testing::parsed_rules(R"(entity Glenmore = "Glenmore Canal"
fact canal_length(canal: entity) -> length: length {
  cue long
  values below 500 km
}
)");
  CHECK(testing::undated_statements(rules, "The Glenmore Canal is 80 miles long.").size() == 1);
  CHECK(testing::undated_statements(rules, "The Glenmore Canal is 400 miles long.").empty());  // 644 km
}

// "a length of 1,200 m and a width of 40 m" under `unless width` gave nothing once the
// values passed 40 m over: the veto word had no other figure to belong to and vetoed
// the length (a blind writer's runway). A figure the values pass over still owns its words.
TEST_CASE("a figure the values pass over still owns the veto word beside it", "[match][values]") {
  const auto rules = testing::parsed_rules(R"(entity Glenmore = "Glenmore Quay"
fact quay_length(quay: entity) -> length: length {
  cue length | long
  unless width | wide
  values 500 m to 5 km
}
)");
  for (const char* text : {"Glenmore Quay has a length of 1,200 m and a width of 40 m.",
                           "Glenmore Quay has a width of 40 m and a length of 1,200 m.",
                           "Glenmore Quay is 1,200 m long and 40 m wide."}) {
    INFO(text);
    auto found = testing::undated_statements(rules, text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].value.text == "1,200 m");
  }
  // The veto still holds for the figure that is the width's.
  CHECK(testing::undated_statements(rules, "Glenmore Quay has a width of 1,200 m.").empty());
  // Explain weighs the veto word as the matcher does: the quay unnamed is the cause.
  const Matcher matcher(rules);
  auto unnamed = matcher.near_misses_text("It has a length of 1,200 m and a width of 40 m.");
  REQUIRE(unnamed.size() == 1);
  CHECK(unnamed[0].reason.find("were not all named") != std::string::npos);
}

TEST_CASE("explain says which value was passed over", "[match][values]") {
  const lang::RuleSet rules = testing::parsed_rules(kPopulation);
  const Matcher matcher(rules);
  auto passed = matcher.near_misses_text("Residents of Harbourton tend 230 allotments and number 2.1 million.");
  REQUIRE(passed.size() == 1);
  CHECK(passed[0].reason.find("passed over '230'") != std::string::npos);
  CHECK(passed[0].reason.find("100,000 to 50 million") != std::string::npos);
  CHECK(passed[0].on_purpose);
  auto alone = matcher.near_misses_text("Residents of Harbourton tend 230 allotments.");
  REQUIRE(alone.size() == 1);
  CHECK(alone[0].reason == "passed over '230': outside the fact's values (100,000 to 50 million)");
}

TEST_CASE("bounds that do not read, and examples outside them, are errors", "[lang][values]") {
  const std::string head = "entity Harbourton = \"Harbourton\"\nfact population(city: entity) -> people: count {\n  cue residents\n";
  CHECK(testing::rule_errors(head + "  values 100,000 to 50 million\n}\n") == 0);
  CHECK(testing::rule_errors(head + "  values above 1000\n}\n") == 0);
  std::string message;
  CHECK(testing::rule_errors(head + "  values lots\n}\n", &message) == 1);
  CHECK(message.find("'A to B', 'below B' or 'above A'") != std::string::npos);
  CHECK(testing::rule_errors(head + "  values below many\n}\n") == 1);
  CHECK(testing::rule_errors(head + "  values 50 million to 100,000\n}\n") == 1);
  message.clear();
  CHECK(testing::rule_errors(head + "  values below 10\n  example \"Harbourton has 2.1 million residents\" => city=Harbourton "
                         "people=\"2.1 million\"\n}\n",
                  &message) == 1);
  CHECK(message.find("outside the fact's values") != std::string::npos);
  message.clear();
  CHECK(testing::rule_errors("entity A = \"A\"\nfact f(x: entity) -> w: entity {\n  pattern {x} and {w}\n  values below 10\n}\n",
                  &message) >= 1);
  CHECK(message.find("'values' bounds a figure") != std::string::npos);
  CHECK(testing::rule_errors("fact f -> l: length {\n  cue long\n  values 5 km to 3 kg\n}\n") == 1);
  // A year bound past the years figures are read as says where they end (a blind
  // writer's 'values 2030 to 2300' was only "cannot be read").
  CHECK(testing::rule_errors("fact f -> y: year {\n  cue lease\n  values 2030 to 2300\n}\n", &message) == 1);
  CHECK(message.find("'2300' cannot be read as 'year' (a figure is read as a year from 1000 to 2199)") !=
        std::string::npos);
}

}  // namespace
}  // namespace factlint::match
