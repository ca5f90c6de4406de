// A fact whose amounts are per something (`-> fee: money per vehicle`): a plain
// amount is that rate, a rate per the same denominator (or its synonym) is itself,
// a rate per anything else is no statement of the fact but a near miss.
#include <string>

#include <catch2/catch.hpp>

#include "doc/loader.h"
#include "lang/parse.h"
#include "match/matcher.h"
#include "source/diagnostic.h"

namespace factlint::match {
namespace {

lang::RuleSet park_rules(const std::string& per) {
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules_text("park.facts", R"(entity Ridge = "Ridge Park"
fact entrance_fee(park: entity) -> fee: money)" + per + R"( {
  pattern the entrance fee at {park} is {fee}
}
)",
                                      sink);
  REQUIRE(rules);
  return std::move(*rules);
}

std::vector<Statement> run(const lang::RuleSet& rules, const std::string& text) {
  source::DiagnosticSink sink;
  return Matcher(rules).run(doc::make_document("doc.txt", text, "txt", sink));
}

TEST_CASE("a plain amount in a fact per vehicle is the rate per vehicle", "[match]") {
  const auto rules = park_rules(" per vehicle");
  auto plain = run(rules, "The entrance fee at Ridge Park is $35.");
  auto written = run(rules, "The entrance fee at Ridge Park is $35 per vehicle.");
  REQUIRE(plain.size() == 1);
  REQUIRE(written.size() == 1);
  CHECK(plain[0].value.unit == "USD/vehicle");
  CHECK(plain[0].value.text == "$35");
  CHECK(written[0].value.unit == "USD/vehicle");
  CHECK(plain[0].value.lo == written[0].value.lo);
  CHECK(plain[0].value.display == written[0].value.display);
}

TEST_CASE("a rate per a synonym of the fact's denominator is its value", "[match]") {
  const auto rules = park_rules(" per person");
  for (const char* text : {"The entrance fee at Ridge Park is $20 per head.", "The entrance fee at Ridge Park is $20 per capita.",
                           "The entrance fee at Ridge Park is $20 per person."}) {
    CAPTURE(text);
    auto found = run(rules, text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].value.unit == "USD/person");
  }
}

TEST_CASE("a rate per something else is no statement of a fact per vehicle, but a near miss", "[match]") {
  const auto rules = park_rules(" per vehicle");
  const std::string text = "The entrance fee at Ridge Park is $30 per person.";
  CHECK(run(rules, text).empty());
  source::DiagnosticSink sink;
  Matcher matcher(rules);
  auto misses = matcher.near_misses(doc::make_document("doc.txt", text, "txt", sink));
  REQUIRE(misses.size() == 1);
  CHECK(misses[0].value_here);
  CHECK(misses[0].reason.find("per person") != std::string::npos);
  CHECK(misses[0].reason.find("per vehicle") != std::string::npos);
}

TEST_CASE("without 'per', a plain amount and a rate are different values", "[match]") {
  const auto rules = park_rules("");
  auto plain = run(rules, "The entrance fee at Ridge Park is $35.");
  auto rate = run(rules, "The entrance fee at Ridge Park is $35 per vehicle.");
  REQUIRE(plain.size() == 1);
  REQUIRE(rate.size() == 1);
  CHECK(plain[0].value.unit == "USD");
  CHECK(rate[0].value.unit == "USD/vehicle");
}

}  // namespace
}  // namespace factlint::match
