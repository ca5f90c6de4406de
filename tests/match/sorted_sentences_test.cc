// Tests for sorted_sentences.h and DocumentIndex::sentences_holding: the prefilter's
// sentence lists narrowed in place and read without copies (issue 10) give what
// std::set_intersection and a merged, sorted copy gave.
#include <algorithm>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "match/document_index.h"
#include "match/entity_index.h"
#include "match/sorted_sentences.h"
#include "match/vocabulary.h"
#include "rule_builders.h"

using namespace factlint;
using namespace factlint::match;
using namespace factlint::match::testing;

namespace {

// Ascending sentence indexes below 40, each once, about one in `one_in`.
std::vector<int> random_list(std::mt19937& random, int one_in) {
  std::vector<int> out;
  for (int s = 0; s < 40; ++s) {
    if (random() % static_cast<unsigned>(one_in) == 0) out.push_back(s);
  }
  return out;
}

}  // namespace

TEST_CASE("keep_common keeps what std::set_intersection gives", "[match][prefilter]") {
  std::mt19937 random(18);
  for (int round = 0; round < 500; ++round) {
    std::vector<int> kept = random_list(random, 1 + round % 4);
    const std::vector<int> other = random_list(random, 1 + round % 5);
    std::vector<int> expected;
    std::set_intersection(kept.begin(), kept.end(), other.begin(), other.end(), std::back_inserter(expected));
    keep_common(kept, other);
    CHECK(kept == expected);
  }
  std::vector<int> none = {1, 2, 3};
  keep_common(none, {});
  CHECK(none.empty());
}

TEST_CASE("sentences_holding gives the index's own list for one id and a merged list for several",
          "[match][prefilter]") {
  lang::RuleSet rules;
  Vocabulary vocabulary;
  EntityIndex entities(rules, vocabulary);
  const int ferry = vocabulary.intern("ferry");
  const int harbour = vocabulary.intern("harbour");
  const int lantern = vocabulary.intern("lantern");
  doc::Document document = plain_document({"the ferry left early.", "a lantern hung in the harbour.",
                                           "nobody spoke of it.", "the ferry came back to the harbour."});
  DocumentIndex index(document, vocabulary, entities, {});
  std::vector<int> buffer = {99, 98};  // whatever a previous call left
  const std::span<const int> one = index.sentences_holding({ferry}, buffer);
  CHECK(std::vector<int>(one.begin(), one.end()) == std::vector<int>{0, 3});
  CHECK(one.data() == index.sentences_with[static_cast<std::size_t>(ferry)].data());  // not copied
  const std::span<const int> two = index.sentences_holding({harbour, lantern, ferry}, buffer);
  CHECK(std::vector<int>(two.begin(), two.end()) == std::vector<int>{0, 1, 3});
  CHECK(index.sentences_holding({vocabulary.intern("gull")}, buffer).empty());
  CHECK(index.sentences_holding({kUnknownWord}, buffer).empty());
}
