// Adversarial rules over long documents: the matcher's work, counted in NFA steps,
// must grow linearly with the document (no backtracking blow-up). Counts, not timing.
#include <random>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "match/document_index.h"
#include "match/entity_index.h"
#include "match/matcher.h"
#include "match/nfa_runner.h"
#include "match/pattern_compiler.h"
#include "match/vocabulary.h"
#include "rule_builders.h"

namespace factlint::match {
namespace {

using namespace testing;

// Many optional words, nested alternations and gaps: a backtracking matcher would
// explore exponentially many paths per start on text made of these very words.
Node adversarial_pattern() {
  std::vector<Node> items;
  for (int i = 0; i < 8; ++i) items.push_back(opt({word(i % 2 ? "a" : "b")}));
  items.push_back(alt({{word("a"), alt({{word("b")}, {word("a"), opt({word("b")})}, {gap(0, 3)}}), gap(0, 8)},
                       {word("b"), gap(1, 8), alt({{word("a")}, {word("b"), word("a")}})},
                       {opt({word("a")}), opt({word("b")}), gap(0, 4)}}));
  items.push_back(gap(0, 8));
  for (int i = 0; i < 6; ++i) items.push_back(opt({word(i % 2 ? "b" : "a")}));
  items.push_back(cap("e"));
  items.push_back(gap(0, 8));
  items.push_back(alt({{opt({word("a")}), cap("v")}, {word("b"), gap(0, 2), cap("v")}}));
  return seq(std::move(items));
}

lang::RuleSet adversarial_rules() {
  lang::RuleSet rules;
  rules.entities.push_back(entity("X", {"x", "x a"}));
  rules.facts.push_back(fact("f", {"e"}, "v", "count", {adversarial_pattern()}));
  return rules;
}

// `count` tokens drawn mostly from the pattern's own words, in sentences of
// `sentence_length` tokens (0: one sentence).
std::vector<std::string> adversarial_sentences(int count, int sentence_length) {
  std::mt19937 rng(7);
  static const char* kWords[] = {"a", "b", "a", "b", "a", "x", "5", "c"};
  std::vector<std::string> sentences(1);
  for (int i = 0; i < count; ++i) {
    if (sentence_length > 0 && i > 0 && i % sentence_length == 0) sentences.emplace_back();
    if (!sentences.back().empty()) sentences.back() += ' ';
    sentences.back() += kWords[std::uniform_int_distribution<int>(0, 7)(rng)];
  }
  return sentences;
}

std::uint64_t runner_steps(int tokens) {
  lang::RuleSet rules = adversarial_rules();
  Vocabulary vocabulary;
  EntityIndex entities(rules, vocabulary);
  CompiledPattern pattern{compile_pattern(rules.facts[0].patterns[0].root, rules.facts[0], rules, vocabulary, false),
                          compile_pattern(rules.facts[0].patterns[0].root, rules.facts[0], rules, vocabulary, true)};
  doc::Document document = plain_document(adversarial_sentences(tokens, 0));
  DocumentIndex index(document, vocabulary, entities, {value::Type::Count});
  REQUIRE(static_cast<int>(index.tokens.size()) == tokens);
  NfaRunner runner;
  MatchStats stats;
  auto matches = runner.longest_matches(pattern, index, 0, tokens, 0, tokens, stats);
  CHECK(matches.size() > static_cast<std::size_t>(tokens / 50));  // the pattern really matches
  return stats.nfa_steps;
}

TEST_CASE("the NFA runner's steps grow linearly on one long sentence of adversarial text", "[match]") {
  const std::uint64_t small = runner_steps(20000);
  const std::uint64_t large = runner_steps(80000);
  const double ratio = static_cast<double>(large) / static_cast<double>(small);
  INFO("steps for 20k tokens: " << small << ", for 80k tokens: " << large << ", ratio " << ratio);
  CHECK(ratio > 3.5);
  CHECK(ratio < 4.5);
}

std::uint64_t matcher_steps(int tokens, std::size_t& statements) {
  lang::RuleSet rules = adversarial_rules();
  Matcher matcher(rules);
  MatchStats stats;
  statements = matcher.run(plain_document(adversarial_sentences(tokens, 40)), &stats).size();
  return stats.nfa_steps;
}

TEST_CASE("the matcher's steps grow linearly with the document for adversarial rules", "[match]") {
  std::size_t small_statements = 0;
  std::size_t large_statements = 0;
  const std::uint64_t small = matcher_steps(20000, small_statements);
  const std::uint64_t large = matcher_steps(80000, large_statements);
  const double ratio = static_cast<double>(large) / static_cast<double>(small);
  INFO("steps for 20k tokens: " << small << ", for 80k tokens: " << large << ", ratio " << ratio
                                << "; statements " << small_statements << " and " << large_statements);
  CHECK(small_statements > 100);
  CHECK(ratio > 3.5);
  CHECK(ratio < 4.5);
}

}  // namespace
}  // namespace factlint::match
