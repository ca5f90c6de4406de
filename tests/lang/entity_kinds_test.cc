// Entity kinds in the rule language: declared on entities, used as role types.
#include <catch2/catch.hpp>

#include "lang/dump.h"
#include "lang/parse.h"

using namespace factlint;

namespace {

std::string errors_of(const std::string& text) {
  source::DiagnosticSink sink;
  lang::parse_rules_text("k.facts", text, sink);
  std::string out;
  for (const auto& d : sink.sorted()) {
    if (d.severity == source::Severity::Error) out += source::render(d);
  }
  return out;
}

const std::string kEntities =
    "entity China: country = \"China\"\nentity Russia: country = \"Russia\"\nentity Xi: person = \"Xi\"\n";

}  // namespace

TEST_CASE("an entity kind can type a role", "[lang]") {
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules_text(
      "k.facts",
      kEntities + "fact f(a: country, b: country) -> n: count symmetric {\n  pattern {a} {b} {n}\n"
                  "  example \"China Russia 3\" => a=China b=Russia n=3\n}\n",
      sink);
  REQUIRE(rules);
  CHECK(rules->entities[0].kind == "country");
  CHECK(rules->is_entity_type("country"));
  CHECK(rules->is_entity_type("entity"));
  CHECK_FALSE(rules->is_entity_type("length"));
}

TEST_CASE("a misspelt kind is an unknown role type with a suggestion", "[lang]") {
  std::string errors = errors_of(kEntities + "fact f(a: contry) -> n: count {\n  pattern {a} {n}\n}\n");
  CHECK(errors.find("k.facts:4:11: error: unknown role type 'contry'; did you mean 'country'?") != std::string::npos);
}

TEST_CASE("an example entity of the wrong kind is an error", "[lang]") {
  std::string errors = errors_of(kEntities +
                                 "fact f(a: country) -> n: count {\n  pattern {a} {n}\n"
                                 "  example \"Xi 3\" => a=Xi n=3\n}\n");
  CHECK(errors.find("entity 'Xi' is a 'person', but role 'a' takes a 'country'") != std::string::npos);
}

TEST_CASE("a kind cannot be a fact's value", "[lang]") {
  std::string errors = errors_of(kEntities + "fact f -> n: country {\n}\n");
  CHECK(errors.find("must be a value type such as 'ordinal' or 'length', not 'country'") != std::string::npos);
}

// Before: 'kind' was no declaration keyword, so this was a syntax error.
TEST_CASE("a kind declaration gives the kind other nouns", "[lang][kind]") {
  {
    source::DiagnosticSink twice;
    lang::parse_rules_text("k.facts",
                           "entity Harlow: carmaker = \"Harlow Motors\"\n"
                           "kind carmaker = \"automaker\"  # as writers call it\n"
                           "kind carmaker = \"group\"\n",
                           twice);
    // Declared twice: an error, as an entity declared twice is.
    CHECK(twice.error_count() == 1);
  }
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules_text(
      "k.facts", "entity Harlow: carmaker = \"Harlow Motors\"\nkind carmaker = \"Automaker\", \"company\"\n", sink);
  REQUIRE(rules);
  CHECK(rules->kind_nouns("carmaker") == std::vector<std::string>{"carmaker", "automaker", "company"});
  CHECK(rules->kind_nouns("entity").empty());
  CHECK(lang::dump(*rules).find("kind carmaker = \"Automaker\", \"company\"\n") != std::string::npos);
}
