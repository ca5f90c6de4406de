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

namespace factlint::match {
namespace {

lang::RuleSet rules_of(const std::string& text) {
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules_text("bounds.facts", text, sink);
  INFO(sink.error_count());
  REQUIRE(rules);
  return std::move(*rules);
}

std::vector<Statement> run(const lang::RuleSet& rules, const std::string& text) {
  source::DiagnosticSink sink;
  return Matcher(rules).run(doc::make_document("doc.txt", text, "txt", sink));
}

int errors_of(const std::string& text, std::string* rendered = nullptr) {
  source::DiagnosticSink sink;
  lang::parse_rules_text("bounds.facts", text, sink);
  if (rendered) {
    for (const auto& d : sink.diagnostics()) *rendered += d.message + "\n";
  }
  return sink.error_count();
}

const char* kPopulation = R"(entity Harbourton = "Harbourton"
fact population(city: entity) -> people: count {
  cue residents
  values 100,000 to 50 million
}
)";

TEST_CASE("a cue passes over a figure outside the fact's values and reads the next", "[match][values]") {
  const std::string text = "Residents of Harbourton tend 230 allotments and number 2.1 million.";
  auto found = run(rules_of(kPopulation), text);
  REQUIRE(found.size() == 1);
  CHECK(found[0].value.text == "2.1 million");
  // Without the bounds the nearest figure is read.
  std::string unbounded = kPopulation;
  unbounded.erase(unbounded.find("  values"), std::string("  values 100,000 to 50 million\n").size());
  auto plain = run(rules_of(unbounded), text);
  REQUIRE(plain.size() == 1);
  CHECK(plain[0].value.text == "230");
}

TEST_CASE("a pattern passes over a figure outside the fact's values", "[match][values]") {
  const auto rules = rules_of(R"(entity Harbourton = "Harbourton"
fact boroughs(city: entity) -> count: count {
  pattern {city} ... {count} boroughs
  values below 10
}
)");
  auto found = run(rules, "Harbourton lists 120 parks across 5 boroughs.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].value.text == "5");
  CHECK(run(rules, "Harbourton counts 12 boroughs.").empty());
}

TEST_CASE("a money bound is read in the fact's currency and denominator", "[match][values]") {
  const auto rules = rules_of(R"(entity Harbourton = "Harbourton"
fact minimum_wage(city: entity) -> wage: money per hour {
  cue minimum wage
  values below $50
}
)");
  auto found = run(rules, "Harbourton's minimum wage is $17 an hour.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].value.text == "$17 an hour");
  CHECK(run(rules, "Harbourton's minimum wage is $70 an hour.").empty());
  // Another currency has nothing to compare with: kept.
  CHECK(run(rules, "Harbourton's minimum wage is EUR 70 an hour.").size() == 1);
}

TEST_CASE("a length bound is converted to the canonical unit", "[match][values]") {
  const auto rules = rules_of(R"(entity Glenmore = "Glenmore Canal"
fact canal_length(canal: entity) -> length: length {
  cue long
  values below 500 km
}
)");
  CHECK(run(rules, "The Glenmore Canal is 80 miles long.").size() == 1);
  CHECK(run(rules, "The Glenmore Canal is 400 miles long.").empty());  // 644 km
}

TEST_CASE("explain says which value was passed over", "[match][values]") {
  const lang::RuleSet rules = rules_of(kPopulation);
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
  CHECK(errors_of(head + "  values 100,000 to 50 million\n}\n") == 0);
  CHECK(errors_of(head + "  values above 1000\n}\n") == 0);
  std::string message;
  CHECK(errors_of(head + "  values lots\n}\n", &message) == 1);
  CHECK(message.find("'A to B', 'below B' or 'above A'") != std::string::npos);
  CHECK(errors_of(head + "  values below many\n}\n") == 1);
  CHECK(errors_of(head + "  values 50 million to 100,000\n}\n") == 1);
  message.clear();
  CHECK(errors_of(head + "  values below 10\n  example \"Harbourton has 2.1 million residents\" => city=Harbourton "
                         "people=\"2.1 million\"\n}\n",
                  &message) == 1);
  CHECK(message.find("outside the fact's values") != std::string::npos);
  message.clear();
  CHECK(errors_of("entity A = \"A\"\nfact f(x: entity) -> w: entity {\n  pattern {x} and {w}\n  values below 10\n}\n",
                  &message) >= 1);
  CHECK(message.find("'values' bounds a figure") != std::string::npos);
  CHECK(errors_of("fact f -> l: length {\n  cue long\n  values 5 km to 3 kg\n}\n") == 1);
}

}  // namespace
}  // namespace factlint::match
