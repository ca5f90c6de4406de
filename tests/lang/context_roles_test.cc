// `resolve a, b from context`: roles a pattern may leave for the matcher to resolve.
#include <catch2/catch.hpp>

#include "lang/dump.h"
#include "lang/parse.h"

using namespace factlint;

namespace {

struct Parsed {
  std::string dump;
  std::string errors;
};

Parsed parse(const std::string& body) {
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules_text(
      "ctx.facts",
      "entity A = \"Aland\"\nentity B = \"Borduria\"\n"
      "fact border(a: entity, b: entity) -> length: length symmetric {\n" +
          body + "\n  example \"the 40 km border between Aland and Borduria\"\n}\n",
      sink);
  Parsed out;
  for (const auto& d : sink.sorted()) {
    if (d.severity == source::Severity::Error) out.errors += source::render(d);
  }
  if (rules) out.dump = lang::dump(*rules);
  return out;
}

}  // namespace

TEST_CASE("roles resolved from context may be left out of a pattern", "[lang]") {
  Parsed p = parse("  pattern the countries 's {length} border\n  resolve a, b from context");
  CHECK(p.errors.empty());
  CHECK(p.dump.find("  resolve a, b from context\n") != std::string::npos);
}

TEST_CASE("without resolve, a pattern leaving roles out is an error", "[lang]") {
  Parsed p = parse("  pattern the countries 's {length} border");
  CHECK(p.errors.find("pattern does not capture 'a' and 'b'") != std::string::npos);
}

TEST_CASE("only entity roles can be resolved from context", "[lang]") {
  Parsed p = parse("  pattern {a} {b} {length} border\n  resolve lenght from context");
  CHECK(p.errors ==
        "ctx.facts:5:11: error: only entity roles can be resolved from context; 'lenght' is not an entity role "
        "of fact 'border'\n"
        "  resolve lenght from context\n"
        "          ^~~~~~\n");
}

TEST_CASE("resolve must say where the roles come from", "[lang]") {
  Parsed p = parse("  pattern {a} {b} {length} border\n  resolve a, b");
  CHECK(p.errors.find("ctx.facts:5:15: error: expected 'from'") != std::string::npos);
}
