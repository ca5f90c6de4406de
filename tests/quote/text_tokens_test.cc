// Tests for text_tokens.cc: name_spans gives the tokens attribution reads names from
// exactly as a whole tokenization does, so reading only them finds the same mentions.
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "quote/text_tokens.h"

using factlint::quote::name_spans;
using factlint::quote::TextSpan;
using factlint::quote::Token;
using factlint::quote::tokenize;

namespace {

bool capitalized_word(const Token& t) { return t.word && t.capitalized; }

// What register_mentions relies on (attribution.cc): the spans' tokens are the whole
// tokenization's, every capitalized word is in a span, and a run of names cannot go on
// past a span: the token after it is no capitalized word, nor an "of" before one.
void check_spans(const std::string& text) {
  CAPTURE(text);
  const std::vector<Token> all = tokenize(text, 0, text.size());
  const std::vector<TextSpan> spans = name_spans(text);
  std::vector<bool> covered(all.size(), false);
  std::vector<Token> part;  // one buffer for every span, as register_mentions tokenizes them
  for (std::size_t s = 0; s < spans.size(); ++s) {
    const TextSpan& span = spans[s];
    if (s > 0) CHECK(spans[s - 1].end < span.begin);
    tokenize(text, span.begin, span.end, part);
    CHECK(part.size() == tokenize(text, span.begin, span.end).size());
    std::size_t k = 0;
    while (k < all.size() && all[k].begin < span.begin) ++k;
    for (const Token& t : part) {
      REQUIRE(k < all.size());
      CHECK(t.begin == all[k].begin);
      CHECK(t.end == all[k].end);
      CHECK(t.text == all[k].text);
      CHECK(t.lower == all[k].lower);
      CHECK(t.quote_mark == all[k].quote_mark);
      CHECK(t.word == all[k].word);
      CHECK(t.capitalized == all[k].capitalized);
      CHECK(t.possessive == all[k].possessive);
      covered[k++] = true;
    }
    if (k < all.size()) {
      CHECK(all[k].begin >= span.end);
      CHECK_FALSE(capitalized_word(all[k]));
      if (all[k].lower == "of" && k + 1 < all.size()) CHECK_FALSE(capitalized_word(all[k + 1]));
    }
  }
  for (std::size_t k = 0; k < all.size(); ++k) {
    if (capitalized_word(all[k])) CHECK(covered[k]);
  }
}

}  // namespace

TEST_CASE("name spans hold every capitalized word with the tokens a whole text gives", "[quote]") {
  check_spans("");
  check_spans("   ");
  check_spans("nothing here is a name at all.");
  check_spans("The Secretary of State, Jane Roe, said it. Dr. A. B. Smith's view of the Élodie-Marie case.");
  check_spans("she met o'Brien and Jean-Paul of Ghent, then \u00c9mile Zola\u2019s son; of France.");
  check_spans("x  \t Foreign  Minister\nRoe\r\nsaid: \u201cwe of Oslo\u201d.");
  check_spans("end with of Rome");
  check_spans("a\u00a0B c\u00a0d of\u00a0E");
}

TEST_CASE("name spans on random prose", "[quote]") {
  const std::vector<std::string> words = {"the", "of", "Of", "said", "Roe", "Jane", "Dr.", "Mr.", "minister",
                                          "Minister", "\u00c9lodie", "o'Brien", "Peru\u2019s", "U.S.", "-", ",",
                                          ".", "\u201c", "\u201d", "'", "and", "A.", "x", "Secretary", "\u00e9t\u00e9",
                                          // Capitals of other scripts: were the tokenizer to count
                                          // them, name_spans would have to find them too.
                                          "\u041c\u043e\u0441\u043a\u0432\u0430", "\u0391\u03b8\u03ae\u03bd\u03b1", "\u0141\u00f3d\u017a"};
  const std::vector<std::string> spaces = {" ", "  ", "\n", "\t", "\r\n", "", "\u00a0"};
  std::mt19937 random(12);
  for (int round = 0; round < 500; ++round) {
    std::string text;
    const int n = static_cast<int>(random() % 30);
    for (int i = 0; i < n; ++i) {
      text += words[random() % words.size()];
      text += spaces[random() % spaces.size()];
    }
    check_spans(text);
  }
}
