// Tests for match/pattern_compiler: NFA size and refusals.
#include "match/pattern_compiler.h"

#include <string>

#include <catch2/catch.hpp>

#include "match/matcher.h"
#include "rule_builders.h"
#include "source/diagnostic.h"

namespace factlint::match {
namespace {

using namespace testing;

TEST_CASE("a compiled pattern's size is linear in the pattern", "[match]") {
  lang::RuleSet rules;
  Vocabulary vocabulary;
  lang::FactDecl f = fact("f", {}, "v", "count", {});
  Program gapped = compile_pattern(seq({word("a"), gap(2, 1000), cap("v")}), f, rules, vocabulary, false);
  CHECK(gapped.valid);
  CHECK(gapped.code.size() <= 2 * 1000 + 10);
  std::vector<std::vector<Node>> alternatives;
  for (int i = 0; i < 200; ++i) alternatives.push_back({word("w" + std::to_string(i)), opt({word("x")})});
  Program wide = compile_pattern(seq({alt(alternatives), cap("v")}), f, rules, vocabulary, false);
  CHECK(wide.valid);
  CHECK(wide.code.size() <= 200 * 4 + 10);
  CHECK(wide.start_states.size() == 200);  // one first word per alternative
  CHECK(wide.slots.size() == 1);
  CHECK(wide.slots[0].type == value::Type::Count);
}

TEST_CASE("recursive or exploding macros compile to a pattern that never matches", "[match]") {
  lang::RuleSet rules;
  lang::MacroDecl loop;
  loop.name = "loop";
  loop.body = seq({word("a"), macro("loop")});
  rules.macros.push_back(loop);
  // m0 = a b; mK = @m(K-1) @m(K-1): @m40 would expand to 2^41 words.
  lang::MacroDecl m0;
  m0.name = "m0";
  m0.body = seq({word("a"), word("b")});
  rules.macros.push_back(m0);
  for (int k = 1; k <= 40; ++k) {
    lang::MacroDecl m;
    m.name = "m" + std::to_string(k);
    m.body = seq({macro("m" + std::to_string(k - 1)), macro("m" + std::to_string(k - 1))});
    rules.macros.push_back(m);
  }
  Vocabulary vocabulary;
  lang::FactDecl f = fact("f", {}, "v", "count", {});
  Program recursive = compile_pattern(seq({macro("loop"), cap("v")}), f, rules, vocabulary, false);
  CHECK_FALSE(recursive.valid);
  Program exploding = compile_pattern(seq({macro("m40"), cap("v")}), f, rules, vocabulary, false);
  CHECK_FALSE(exploding.valid);
  CHECK(exploding.code.size() <= kMaxPatternInstructions + 1);
  Program fine = compile_pattern(seq({macro("m5"), cap("v")}), f, rules, vocabulary, false);
  CHECK(fine.valid);
  CHECK(fine.code.size() == 64 + 2);  // 64 words, the capture, Match
}

TEST_CASE("a matcher reports each pattern it cannot compile to the sink", "[match]") {
  lang::RuleSet rules;
  lang::MacroDecl m0;
  m0.name = "m0";
  m0.body = seq({word("a")});
  rules.macros.push_back(m0);
  for (int k = 1; k <= 30; ++k) {
    lang::MacroDecl m;
    m.name = "m" + std::to_string(k);
    m.body = seq({macro("m" + std::to_string(k - 1)), macro("m" + std::to_string(k - 1))});
    rules.macros.push_back(m);
  }
  rules.facts.push_back(fact("f", {}, "v", "count", {seq({macro("m30"), cap("v")}), seq({macro("m3"), cap("v")})}));
  source::DiagnosticSink sink;
  Matcher matcher(rules, sink);
  REQUIRE(sink.error_count() == 1);
  CHECK(sink.diagnostics()[0].message.find("pattern of fact 'f' cannot be compiled") == 0);
  CHECK(matcher.run_text("a a a a a a a a 5").size() == 1);  // the other pattern still works
}

TEST_CASE("a role of unknown type is refused, not read as a number", "[match]") {
  lang::RuleSet rules;
  Vocabulary vocabulary;
  lang::FactDecl f = fact("f", {}, "v", "lenght", {});
  CHECK_THROWS_WITH(capture_slots(f, rules), "role 'v' has unknown type 'lenght'");
  CHECK_THROWS_AS(compile_pattern(seq({word("a"), cap("v")}), f, rules, vocabulary, false), std::invalid_argument);
}

}  // namespace
}  // namespace factlint::match
