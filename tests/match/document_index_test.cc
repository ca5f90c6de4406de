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

namespace {

// The displays of `type`'s readings in the index, in order.
std::vector<std::string> displays(const DocumentIndex& index, value::Type type) {
  std::vector<std::string> out;
  const TypedReadings* typed = index.readings_of(type);
  REQUIRE(typed);
  for (const value::ValueMatch& m : typed->readings) out.push_back(m.value.display);
  return out;
}

}  // namespace

// Issue 10: a fact's amounts are read only around its own words (ScanPlan::Need::types);
// years serve every fact and are read in every live sentence. Reading every type in
// every live sentence was most of the cost of a document that states several facts.
TEST_CASE("an amount type is read only where a need naming it is live", "[match][prefilter]") {
  lang::RuleSet rules;
  Vocabulary vocabulary;
  EntityIndex entities(rules, vocabulary);
  const int tesulmi = vocabulary.intern("tesulmi");
  const int frontier = vocabulary.intern("frontier");
  std::vector<std::string> sentences = {"in 2019 the tesulmi rose to 5,000 over 12 km."};
  for (int i = 0; i < 10; ++i) sentences.push_back("officials met again in a quiet hall.");
  sentences.push_back("in 2020 the frontier ran 6,435 km past 300 farms.");
  sentences.push_back("in 2021 some 4,000 people walked 9 km.");  // no need reaches it
  doc::Document document = plain_document(sentences);
  ScanPlan plan;
  plan.everywhere = false;
  plan.needs.push_back({{{tesulmi}}, 0, {value::Type::Count}});
  plan.needs.push_back({{{frontier}}, 0, {value::Type::Length}});
  DocumentIndex index(document, vocabulary, entities, {value::Type::Count, value::Type::Length, value::Type::Year}, plan);
  CHECK(displays(index, value::Type::Count) == std::vector<std::string>{"2019", "5,000"});
  CHECK(displays(index, value::Type::Length) == std::vector<std::string>{"6,435 km"});
  CHECK(displays(index, value::Type::Year) == std::vector<std::string>{"2019", "2020"});

  SECTION("a need naming no type has years read, no amount") {
    plan.needs.push_back({{{vocabulary.intern("people")}}, 0, {}});
    DocumentIndex more(document, vocabulary, entities, {value::Type::Count, value::Type::Length, value::Type::Year}, plan);
    CHECK(displays(more, value::Type::Count) == std::vector<std::string>{"2019", "5,000"});
    CHECK(displays(more, value::Type::Length) == std::vector<std::string>{"6,435 km"});
    CHECK(displays(more, value::Type::Year) == std::vector<std::string>{"2019", "2020", "2021"});
  }
  SECTION("a type no live need names is read nowhere") {
    plan.needs[1].clauses = {{vocabulary.intern("zork")}};
    DocumentIndex none(document, vocabulary, entities, {value::Type::Count, value::Type::Length}, plan);
    CHECK(displays(none, value::Type::Count) == std::vector<std::string>{"2019", "5,000"});
    CHECK(displays(none, value::Type::Length).empty());
  }
}

// The ids of words already seen are kept per thread across documents (issue 10), for
// one state of one vocabulary: another vocabulary, a word added since, or a vocabulary
// moved away gives its own ids, never the kept ones. Words written for this test.
TEST_CASE("word ids kept across documents follow the vocabulary they came from", "[match]") {
  lang::RuleSet rules;
  const std::string text = "the quarnel rose and quarnels climbed while trelm fell";
  const doc::Document document = plain_document({text});
  auto ids_of = [&](Vocabulary& vocabulary, std::string_view word) {
    EntityIndex entities(rules, vocabulary);  // no entity: it adds no word
    DocumentIndex index(document, vocabulary, entities, {});
    for (std::size_t t = 0; t < index.tokens.size(); ++t) {
      if (index.token_text(static_cast<int>(t)) == word) return std::pair{index.words[t], index.stems[t]};
    }
    return std::pair{-2, -2};
  };
  Vocabulary first;
  first.intern("filler");
  const int quarnel = first.intern("quarnel");
  const int quarnel_stem = first.intern_stem(word_stem("quarnel"));
  Vocabulary second;
  const int trelm = second.intern("trelm");
  second.intern_stem(word_stem("climbed"));
  for (int round = 0; round < 3; ++round) {
    CHECK(ids_of(first, "quarnel") == std::pair{quarnel, quarnel_stem});
    CHECK(ids_of(first, "quarnels") == std::pair{kUnknownWord, quarnel_stem});
    CHECK(ids_of(first, "trelm") == std::pair{kUnknownWord, kUnknownWord});
    CHECK(ids_of(second, "quarnel") == std::pair{kUnknownWord, kUnknownWord});
    CHECK(ids_of(second, "trelm").first == trelm);
  }
  // A word added after the first document: the next one finds it.
  CHECK(ids_of(first, "trelm").first == kUnknownWord);
  const int added = first.intern("trelm");
  CHECK(ids_of(first, "trelm").first == added);
  // Moved: the new owner gives the ids, the empty one none.
  Vocabulary moved = std::move(first);
  CHECK(ids_of(moved, "quarnel") == std::pair{quarnel, quarnel_stem});
  CHECK(ids_of(first, "quarnel") == std::pair{kUnknownWord, kUnknownWord});  // NOLINT(bugprone-use-after-move)
}
