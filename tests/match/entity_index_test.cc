// Tests for match/entity_index: aliases as a token trie.
#include "match/entity_index.h"

#include <catch2/catch.hpp>

#include "match/tokenizer.h"
#include "rule_builders.h"

namespace factlint::match {
namespace {

using namespace testing;

std::vector<int> word_ids(const Vocabulary& vocabulary, std::string_view text) {
  std::vector<int> ids;
  for (std::string_view w : token_texts(text)) ids.push_back(vocabulary.find(w));
  return ids;
}

TEST_CASE("the longest alias at a position names the entity", "[match]") {
  lang::RuleSet rules = china_russia_entities();
  Vocabulary vocabulary;
  EntityIndex index(rules, vocabulary);
  std::vector<int> words = word_ids(vocabulary, "the people's republic of china and mr. xi jinping met xi");
  //                                            0   1     2  3        4  5     6   7  8 9  10      11  12
  auto prc = index.longest_at(words, 1);
  REQUIRE(prc);
  CHECK(rules.entities[prc->entity].name == "China");
  CHECK(prc->end == 6);
  auto china = index.longest_at(words, 5);
  REQUIRE(china);
  CHECK(china->end == 6);
  auto mr_xi = index.longest_at(words, 7);
  REQUIRE(mr_xi);
  CHECK(rules.entities[mr_xi->entity].name == "Xi");
  CHECK(mr_xi->end == 10);  // "mr. xi"; "xi jinping" starts later
  auto xi_jinping = index.longest_at(words, 9);
  REQUIRE(xi_jinping);
  CHECK(xi_jinping->end == 11);
  CHECK_FALSE(index.longest_at(words, 0));   // "the" alone is no alias
  CHECK_FALSE(index.longest_at(words, 11));  // "met"
  CHECK(index.longest_at(words, 12));
  CHECK(index.max_length() == 5);
}

TEST_CASE("an alias shared by two entities names the first one declared", "[match]") {
  lang::RuleSet rules;
  rules.entities.push_back(entity("Georgia_country", {"Georgia", "Tbilisi"}));
  rules.entities.push_back(entity("Georgia_state", {"Georgia", "Atlanta"}));
  rules.entities.push_back(entity("Nothing", {"", "  "}));
  Vocabulary vocabulary;
  EntityIndex index(rules, vocabulary);
  auto hit = index.longest_at(word_ids(vocabulary, "georgia"), 0);
  REQUIRE(hit);
  CHECK(hit->entity == 0);
  auto atlanta = index.longest_at(word_ids(vocabulary, "atlanta"), 0);
  REQUIRE(atlanta);
  CHECK(atlanta->entity == 1);
}

TEST_CASE("aliases are normalized like documents", "[match]") {
  lang::RuleSet rules;
  rules.entities.push_back(entity("US", {"U.S.", "United\u00A0States"}));
  rules.entities.push_back(entity("Split", {"Sino\u2013Soviet split"}));
  Vocabulary vocabulary;
  EntityIndex index(rules, vocabulary);
  CHECK(index.longest_at(word_ids(vocabulary, "u.s."), 0));
  CHECK(index.longest_at(word_ids(vocabulary, "united states"), 0));
  auto split = index.longest_at(word_ids(vocabulary, "sino-soviet split"), 0);
  REQUIRE(split);
  CHECK(split->end == 3);
}

}  // namespace
}  // namespace factlint::match
