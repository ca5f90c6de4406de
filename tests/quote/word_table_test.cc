// Tests for quotation words as ids (checker/quote/word_table.cc) and the comparison
// on ids (shingle_index.h, word_diff.h, quote_comparator.h): the same answers as on
// the words themselves (issue 10).
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "quote/quote_comparator.h"
#include "quote/quote_words.h"
#include "quote/shingle_index.h"
#include "quote/word_diff.h"
#include "quote/word_table.h"

using namespace factlint::quote;

namespace {

std::vector<std::string> w(const char* text) { return quote_words(text).words; }

std::vector<WordTable::Id> ids_of(WordTable& table, const std::vector<std::string>& words) {
  std::vector<WordTable::Id> out;
  for (const std::string& word : words) out.push_back(table.id(word));
  return out;
}

}  // namespace

TEST_CASE("a word table names each distinct word once", "[quote]") {
  WordTable table;
  const WordTable::Id tide = table.id("tide");
  const WordTable::Id turns = table.id("turns");
  CHECK(tide != turns);
  CHECK(table.id("tide") == tide);
  CHECK(table.id(std::string("ti") + "de") == tide);
  CHECK(table.size() == 2);
  // Names stay valid as the table grows (its keys view into the words).
  for (int i = 0; i < 5000; ++i) table.id("word" + std::to_string(i));
  CHECK(table.text(tide) == "tide");
  CHECK(table.text(turns) == "turns");
  CHECK(table.id("turns") == turns);
  Wording wording{{turns, tide, turns}, &table};
  CHECK(wording.words() == std::vector<std::string>{"turns", "tide", "turns"});
}

TEST_CASE("ids give the candidate pairs the words give", "[quote]") {
  std::vector<std::vector<std::string>> words = {
      w("the lighthouse keeper rowed out at dusk"), w("the lighthouse keeper stayed ashore"),
      w("an unrelated remark about rain"),          w("rowed out at dusk"),
      w("dusk"),                                    w("keeper"),
      w("rain")};
  // A shingle shared by more than kMaxPostings lists proposes no pair, with ids too.
  for (std::size_t i = 0; i < kMaxPostings; ++i) words.push_back(w("common phrase here"));
  words.push_back(w("a common phrase"));
  const std::set<std::string> singles = {"dusk", "keeper"};

  WordTable table;
  std::vector<std::vector<WordTable::Id>> ids;
  for (const auto& list : words) ids.push_back(ids_of(table, list));
  std::vector<WordTable::Id> single_ids;
  for (const std::string& s : singles) single_ids.push_back(table.id(s));

  const auto expected = candidate_pairs(words, singles);
  CHECK(candidate_pairs(ids, single_ids) == expected);
  CHECK(std::find(expected.begin(), expected.end(), std::make_pair(std::size_t{0}, std::size_t{4})) != expected.end());
  CHECK(std::find(expected.begin(), expected.end(), std::make_pair(std::size_t{0}, std::size_t{5})) != expected.end());
  CHECK(std::find(expected.begin(), expected.end(), std::make_pair(std::size_t{2}, std::size_t{6})) == expected.end());

  // A caller's own count of what is too common, as an incremental run gives it.
  auto too_common_text = [](const std::string& s) { return s == "lighthouse\x1fkeeper"; };
  auto too_common_id = [&](std::uint64_t s) {
    return (s >> 32) == table.id("lighthouse") && static_cast<WordTable::Id>(s) == table.id("keeper");
  };
  const auto fewer = candidate_pairs(words, singles, too_common_text);
  CHECK(fewer != expected);
  CHECK(candidate_pairs(ids, single_ids, too_common_id) == fewer);
}

TEST_CASE("ids of spelling keys count common words as the words do", "[quote]") {
  const std::vector<std::pair<const char*, const char*>> wordings = {
      {"we will hold the line", "we shall hold the line"},
      {"the boats are old but they still float", "the boats still float"},
      {"a b c d e", "e d c b a"},
      {"never", "never again"},
      {"one two", "three four"},
  };
  for (const auto& [x, y] : wordings) {
    WordTable table;
    const auto a = w(x), b = w(y);
    const auto ia = ids_of(table, a), ib = ids_of(table, b);
    CAPTURE(x, y);
    CHECK(common_words(ia, ib) == common_words(a, b));
    CHECK(common_words(ib, ia) == common_words(b, a));
    for (bool one_word : {false, true}) CHECK(similar_wordings(ia, ib, one_word) == similar_wordings(a, b, one_word));
  }
  WordTable table;
  CHECK(common_words(ids_of(table, w("we will hold the line")), ids_of(table, w("we shall hold the line"))) == 4);
}
