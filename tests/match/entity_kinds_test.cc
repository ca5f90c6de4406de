// Entity kinds: a role typed `country` only takes entities declared `: country`,
// in captures and when roles are resolved from context.
#include <string>

#include <catch2/catch.hpp>

#include "lang/parse.h"
#include "match/matcher.h"
#include "source/diagnostic.h"

namespace factlint::match {
namespace {

const char* const kRules = R"fl(
entity China: country  = "China", "Beijing"
entity Russia: country = "Russia", "Moscow"
entity Xi: person      = "Xi"
entity Putin: person   = "Putin"

fact border_length(a: country, b: country) -> length: length symmetric {
  pattern {a} ... {b} ... {length} border
  pattern the countries 's? ... {length} border
  resolve a, b from context
  example "China and Russia share a 4,209 km border" => a=China b=Russia length="4,209 km"
}

fact meetings(a: person, b: person) -> count: count symmetric {
  pattern {a} and {b} have met {count} times
  example "Xi and Putin have met 40 times" => a=Xi b=Putin count=40
}
)fl";

std::vector<Statement> run(const std::string& text) {
  source::DiagnosticSink sink;
  std::optional<lang::RuleSet> rules = lang::parse_rules_text("rules/k.facts", kRules, sink);
  for (const auto& d : sink.diagnostics()) UNSCOPED_INFO(d.message);
  REQUIRE(rules);
  Matcher matcher(*rules);
  return matcher.run_text(text);
}

}  // namespace

TEST_CASE("a role of a kind never captures an entity of another kind", "[match]") {
  CHECK(run("Xi told Putin about the 2,300-mile border.").empty());
  auto found = run("Beijing and Moscow patrol a 4,209 km border.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].key == "border_length(China, Russia)");
}

TEST_CASE("a kind-typed role takes the entity of its kind even when another is nearer", "[match]") {
  auto found = run("China, Xi said, and Russia, Putin said, guard a 4,209 km border.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].key == "border_length(China, Russia)");
}

TEST_CASE("context resolution skips entities of another kind", "[match]") {
  auto found = run("China and Russia grew closer. Xi and Putin met often. The countries' 4,209 km border is calm.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].key == "border_length(China, Russia)");
  CHECK(found[0].role_texts == std::vector<std::string>{"", ""});
}

TEST_CASE("far from any naming sentence, context falls back to the document's most-named pair", "[match]") {
  std::string text =
      "China and Russia signed a deal. China praised it. Russia agreed. Xi and Putin smiled. One. Two. Three. "
      "The countries' 4,209 km border is calm.";
  auto found = run(text);
  REQUIRE(found.size() == 1);
  CHECK(found[0].key == "border_length(China, Russia)");
}

TEST_CASE("context never invents a key when the document names too few entities", "[match]") {
  CHECK(run("China is large. One. Two. Three. Four. The countries' 4,209 km border is calm.").empty());
}

}  // namespace factlint::match
