// Tests for quote extraction (checker/quote/quote_extractor.cc) and quote words.
#include <catch2/catch.hpp>

#include <string>

#include "quote/quote_extractor.h"
#include "quote_support.h"

using namespace factlint::quote;
using namespace factlint::quote::testing;

TEST_CASE("a quote interrupted by its attribution is one quote of two parts", "[quote]") {
  auto quotes = extract_quotes(document("\u201CWe will rebuild,\u201D the mayor said, \u201Cand we will do it together.\u201D"));
  REQUIRE(quotes.size() == 1);
  CHECK(quotes[0].segments.size() == 2);
  CHECK(joined(quotes[0].words) == "we will rebuild and we will do it together");
  CHECK(quotes[0].interruption.end > quotes[0].interruption.begin);
}

// The interruption holds at most ten words (kMaxInterruptionWords); the count stops
// early on longer text between two quotations (issue 10), so both sides are pinned:
// words of letters, of digits, and words that share a chunk ("so,said") count.
TEST_CASE("an interruption holds at most ten words", "[quote]") {
  auto merged = [](const std::string& between) {
    return extract_quotes(document("\u201CWe will rebuild,\u201D " + between + " \u201Cand we will do it together.\u201D")).size() == 1;
  };
  CHECK(merged("the mayor said,"));
  CHECK(merged("the mayor of the city said on Monday at noon,"));         // ten
  CHECK_FALSE(merged("the mayor of the old city said on Monday at noon,"));  // eleven
  CHECK(merged("the mayor of the city said \u2014 on Monday at noon \u2014,"));
  CHECK_FALSE(merged("the mayor of the city said on Monday at 12 noon,"));
  CHECK(merged("the mayor of the city said on Monday at,noon,"));        // ten, two in one chunk
  CHECK_FALSE(merged("the mayor of the city said on,Monday at,noon,today,"));  // eleven, in fewer chunks
  std::string far = "the mayor said";
  for (int i = 0; i < 2000; ++i) far += " and more";
  CHECK_FALSE(merged(far + ","));
}

TEST_CASE("two quotes separated by a sentence are not merged", "[quote]") {
  auto quotes = extract_quotes(document("\u201CThe vote was close.\u201D Nobody disputed it, and \u201Cthe count was fair.\u201D"));
  CHECK(quotes.size() == 2);
}

TEST_CASE("a partial quote inside a sentence keeps its position in the original file", "[quote]") {
  auto quotes = extract_quotes(document("Title line\nThe council called the budget \u201Ca careful compromise\u201D on Monday."));
  REQUIRE(quotes.size() == 1);
  CHECK(quotes[0].location == factlint::source::Location{2, 32});
  CHECK(quotes[0].text == "a careful compromise");
  CHECK(quotes[0].context == "The council called the budget \u201Ca careful compromise\u201D on Monday.");
}

TEST_CASE("bracketed insertions are kept aside and ellipses leave gaps", "[quote]") {
  QuoteWords w = quote_words("[The fishermen] will not \u2026 give up the NORTH quay.");
  CHECK(joined(w.words) == "will not give up the north quay");
  CHECK(w.insertions == std::vector<std::string>{"[The fishermen]"});
  CHECK(w.gaps == std::vector<std::size_t>{2});
  CHECK(joined(quote_words("... trailing cut ...").words) == "trailing cut");
  CHECK(quote_words("... trailing cut ...").gaps.empty());
}

TEST_CASE("typography and case do not change a quote's words", "[quote]") {
  CHECK(quote_words("\u201CWe\u2019ll stand \u2014 TOGETHER.\u201D").words == quote_words("we'll stand - together").words);
}

TEST_CASE("a quote spanning two paragraphs is one quote", "[quote]") {
  auto quotes = extract_quotes(document("\u201CThe rain came early.\n\n\u201CThen the river rose,\u201D she recalled."));
  REQUIRE(quotes.size() == 1);
  CHECK(quotes[0].spans_paragraphs);
  CHECK(joined(quotes[0].words) == "the rain came early then the river rose");
}
