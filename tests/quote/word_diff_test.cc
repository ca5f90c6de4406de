// Tests for word diffs and cuts (checker/quote/word_diff.cc) and shingle matching.
#include <catch2/catch.hpp>

#include "quote/quote_words.h"
#include "quote/shingle_index.h"
#include "quote/word_diff.h"

using namespace factlint::quote;

namespace {
std::vector<std::string> w(const char* text) { return quote_words(text).words; }
}  // namespace

TEST_CASE("a replaced word reads as a replacement", "[quote]") {
  CHECK(describe_changes(word_diff(w("we will hold the line"), w("we shall hold the line"))) == "'will' -> 'shall'");
  CHECK(describe_changes(word_diff(w("the plan is sound"), w("the plan is not sound"))) == "+'not'");
  CHECK(describe_changes(word_diff(w("a very old boat"), w("a old boat"))) == "-'very'");
}

TEST_CASE("a cut part says what was left out", "[quote]") {
  auto cut = find_cut(w("i will never back a plan that closes the school"), w("back a plan that closes the school"), {});
  REQUIRE(cut);
  CHECK(cut->before == "i will never");
  CHECK(cut->after.empty());
  auto elided = find_cut(w("the boats are old but they still float"), w("the boats ... still float"),
                         quote_words("the boats ... still float").gaps);
  REQUIRE(elided);
  CHECK(elided->elided == "are old but they");
  CHECK_FALSE(find_cut(w("the boats are old"), w("the ships are old"), {}));
}

TEST_CASE("quotes sharing two consecutive words become candidates, others do not", "[quote]") {
  std::vector<std::vector<std::string>> words = {w("the harbour will reopen in spring"), w("the harbour will stay shut"),
                                                 w("a different matter entirely"), w("reopen in spring")};
  auto pairs = candidate_pairs(words);
  CHECK(pairs == std::vector<std::pair<std::size_t, std::size_t>>{{0, 1}, {0, 3}});
}

// The report keeps the last quotation's joined words (issue 10): with and without it
// each text gives the same words, repeated, interleaved or differing only in case.
TEST_CASE("the last joined words are each text's own words", "[quote]") {
  const std::vector<std::string> texts = {"The ferry runs at dawn … [every] Tuesday.",
                                          "The ferry runs at dawn … [every] Tuesday.",
                                          "THE FERRY RUNS AT DAWN",
                                          "",
                                          "The ferry runs at dawn … [every] Tuesday.",
                                          "We’ll wait — no longer.",
                                          ""};
  LastJoinedWords last;
  for (const std::string& text : texts) {
    CAPTURE(text);
    CHECK(last.of(text) == joined(quote_words(text).words));
  }
}
