// Rule files that try to make the matcher or the rule checks do unbounded work are
// refused with a located error, and do not take long to refuse (docs/limits.md).
#include <catch2/catch.hpp>

#include <string>

#include "lang/parse.h"

using namespace factlint;

namespace {

struct Outcome {
  bool parsed = false;
  std::string errors;    // rendered errors
  std::string warnings;  // rendered warnings
};

Outcome check(const std::string& text) {
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules_text("rules/t.facts", text, sink);
  Outcome out;
  out.parsed = rules.has_value();
  for (const auto& d : sink.sorted()) {
    (d.severity == source::Severity::Error ? out.errors : out.warnings) += source::render(d);
  }
  return out;
}

const std::string kEntities = "entity China = \"China\"\nentity Russia = \"Russia\"\n";

std::string fact_with(const std::string& option) {
  return kEntities + "fact border(a: entity, b: entity) -> length: length {\n"
                     "  pattern {length} border between {a} and {b}\n  " +
         option + "\n  example \"a 10 km border between China and Russia\" => a=China b=Russia length=\"10 km\"\n}\n";
}

}  // namespace

TEST_CASE("a window past the limit is a located error, not a crash in the matcher", "[lang][limits]") {
  Outcome o = check(fact_with("window 2147483647"));
  CHECK_FALSE(o.parsed);
  CHECK(o.errors.find("rules/t.facts:5:10: error: 'window 2147483647' is out of range") != std::string::npos);
  CHECK(check(fact_with("window 10")).parsed);
  CHECK_FALSE(check(fact_with("window 11")).parsed);
}

TEST_CASE("a priority past the limit is a located error", "[lang][limits]") {
  Outcome o = check(fact_with("priority 99999999999"));
  CHECK_FALSE(o.parsed);
  CHECK(o.errors.find("rules/t.facts:5:12: error: 'priority 2147483647' is out of range") != std::string::npos);
  CHECK(check(fact_with("priority -1000")).parsed);
}

TEST_CASE("macros that double at each level are refused before any expansion", "[lang][limits]") {
  // 40 levels would be 2^40 nodes: without the limit this never finishes.
  std::string text = kEntities + "macro m0 = word\n";
  for (int i = 1; i <= 40; ++i) {
    text += "macro m" + std::to_string(i) + " = @m" + std::to_string(i - 1) + " @m" + std::to_string(i - 1) + "\n";
  }
  text += "fact f(a: entity) -> n: count {\n  pattern @m40 {a} {n}\n}\n";
  Outcome o = check(text);
  CHECK_FALSE(o.parsed);
  // Only the first macro past the limit is reported, not the 25 that use it.
  CHECK(o.errors.find("macro 'm15' expands to 98303 pattern nodes, more than 50000") != std::string::npos);
  CHECK(o.errors.find("'m16'") == std::string::npos);
  CHECK(o.errors.find("pattern expands") == std::string::npos);
}

TEST_CASE("a pattern that uses a macro many times is measured too", "[lang][limits]") {
  std::string text = kEntities + "macro m0 = word\n";
  for (int i = 1; i <= 14; ++i) {
    text += "macro m" + std::to_string(i) + " = @m" + std::to_string(i - 1) + " @m" + std::to_string(i - 1) + "\n";
  }
  // m14 is 49150 nodes, under the limit; two uses of it are not.
  text += "fact f(a: entity) -> n: count {\n  pattern @m14 @m14 {a} {n}\n}\n";
  Outcome o = check(text);
  CHECK_FALSE(o.parsed);
  CHECK(o.errors.find("error: pattern expands to 98305 nodes once its macros are expanded, more than 50000") !=
        std::string::npos);
  CHECK(o.errors.find("macro 'm14'") == std::string::npos);
}

TEST_CASE("blank aliases are errors and one-letter aliases warnings", "[lang][limits]") {
  Outcome blank = check("entity China = \"\", \" \"\n");
  CHECK_FALSE(blank.parsed);
  CHECK(blank.errors.find("alias of entity 'China' is blank") != std::string::npos);
  Outcome letter = check("entity China = \"C\"\n");
  CHECK(letter.parsed);
  CHECK(letter.warnings.find("alias 'C' of entity 'China' is a single character") != std::string::npos);
}

TEST_CASE("a tolerance of 100% or more is warned about", "[lang][limits]") {
  Outcome o = check(fact_with("compare within 1000000%"));
  CHECK(o.parsed);
  CHECK(o.warnings.find("'within 1000000%' is so wide") != std::string::npos);
}
