// Tests for document_index.cc: the per-token ids the index gives, read once per
// distinct word (issue 10), are those of each token's own text.
#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "match/document_index.h"
#include "match/entity_index.h"
#include "match/vocabulary.h"
#include "match/word_forms.h"
#include "rule_builders.h"

using namespace factlint;
using namespace factlint::match;
using namespace factlint::match::testing;

TEST_CASE("each token's word, stem and spelling are its own text's", "[match]") {
  lang::RuleSet rules;
  Vocabulary vocabulary;
  EntityIndex entities(rules, vocabulary);
  for (const char* w : {"rose", "trade", "the", "5"}) vocabulary.intern(w);
  for (const char* stem : {"rise", "export"}) vocabulary.intern_stem(stem);
  const std::vector<std::string> pool = {"rose", "rises", "Trade", "trade", "the", "exports", "exported", "5",
                                         "risen", "tea", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j"};
  std::mt19937 random(12);
  for (int round = 0; round < 50; ++round) {
    std::string text;
    // Enough distinct words to make the table grow several times.
    for (int i = 0; i < 400; ++i) {
      text += pool[random() % pool.size()];
      if (random() % 3 == 0) text += std::to_string(random() % 300);
      text += i % 9 == 8 ? ". " : " ";
    }
    doc::Document document = plain_document({text});
    DocumentIndex index(document, vocabulary, entities, {});
    const std::size_t n = index.tokens.size();
    REQUIRE(index.words.size() == n);
    REQUIRE(index.stems.size() == n);
    REQUIRE(index.spellings.size() == n);
    std::vector<std::string> seen;  // the spellings in order of first occurrence
    for (std::size_t t = 0; t < n; ++t) {
      const std::string w(index.token_text(static_cast<int>(t)));
      CAPTURE(w);
      CHECK(index.words[t] == vocabulary.find(w));
      CHECK(index.stems[t] == (has_word_forms(w) ? vocabulary.find_stem(word_stem(w)) : kUnknownWord));
      auto at = std::find(seen.begin(), seen.end(), w);
      if (at == seen.end()) at = seen.insert(seen.end(), w);
      CHECK(index.spellings[t] == static_cast<int>(at - seen.begin()));
    }
    CHECK(index.spelling_count == static_cast<int>(seen.size()));
  }
}
