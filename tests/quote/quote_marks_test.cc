// Tests for pairing quotation marks (checker/quote/quote_marks.cc).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "quote/quote_marks.h"

using factlint::quote::find_quote_marks;
using factlint::quote::MarkedQuote;

namespace {

std::vector<std::string> texts(const std::string& text) {
  std::vector<std::string> out;
  for (const MarkedQuote& q : find_quote_marks(text)) {
    std::string joined;
    for (const auto& s : q.segments) joined += (joined.empty() ? "" : " | ") + text.substr(s.begin, s.end - s.begin);
    out.push_back((q.nested ? "nested:" : "") + joined);
  }
  return out;
}

}  // namespace

TEST_CASE("curly and straight double quotes pair around the quoted words", "[quote]") {
  CHECK(texts("The mayor said \u201Cthe bridge opens in May.\u201D Then she left.") ==
        std::vector<std::string>{"the bridge opens in May."});
  CHECK(texts("He called it \"a fair deal\" and \"overdue\".") ==
        std::vector<std::string>{"a fair deal", "overdue"});
}

TEST_CASE("apostrophes are not quotation marks", "[quote]") {
  CHECK(texts("The team\u2019s coach didn\u2019t say it; the players\u2019 union did.").empty());
  CHECK(texts("\u201CWe won\u2019t stop,\u201D said the coach.") == std::vector<std::string>{"We won\u2019t stop,"});
}

TEST_CASE("single quotes inside a double quote are nested quotes", "[quote]") {
  CHECK(texts("\u201CShe told me \u2018never again\u2019 that night,\u201D he said.") ==
        std::vector<std::string>{"She told me \u2018never again\u2019 that night,", "nested:never again"});
}

TEST_CASE("a quote reopened at the next paragraph continues over the paragraph break", "[quote]") {
  std::string text = "\u201CThe harbour was empty that winter.\n\n\u201CBy spring the boats came back,\u201D he wrote.";
  auto found = find_quote_marks(text);
  REQUIRE(found.size() == 1);
  CHECK(found[0].segments.size() == 2);
  CHECK(texts(text) == std::vector<std::string>{"The harbour was empty that winter. | By spring the boats came back,"});
}

TEST_CASE("an unclosed curly quote ends at its paragraph, an unclosed straight one is dropped", "[quote]") {
  auto curly = find_quote_marks("She said \u201Cnothing more\n\nNext paragraph.");
  REQUIRE(curly.size() == 1);
  CHECK_FALSE(curly[0].closed);
  CHECK(texts("A 5\" pipe.\n\nNothing here.").empty());
}

TEST_CASE("a single quote opening before a word is a quote at the top level", "[quote]") {
  CHECK(texts("The plan was called \u2018bold\u2019 by its critics.") == std::vector<std::string>{"bold"});
}
