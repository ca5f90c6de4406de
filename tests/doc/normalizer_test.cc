// Tests for the normalized view and its map back to the input.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include <utf8proc.h>

#include "doc/normalizer.h"

using factlint::doc::normalize;

TEST_CASE("normalization folds quotes dashes spaces compatibility forms and case", "[doc]") {
  struct Case {
    const char* input;
    const char* expected;
  };
  const Case cases[] = {
      {"Russia\u2019s 2,600\u2011mile  Border", "russia's 2,600-mile border"},
      {"\u201CNo limits\u201D", "\"no limits\""},
      {"\u2018quoted\u2019 and \u201Edouble\u201F", "'quoted' and \"double\""},
      {"5\u2032 10\u2033", "5' 10\""},
      {"it`s \u00ABnon\u00BB", "it's \"non\""},
      {"a\u2010b\u2012c\u2013d\u2014e\u2015f\u2212g", "a-b-c-d-e-f-g"},
      {"soft\u00ADhyphen", "softhyphen"},
      {"non\u00A0breaking\u2009thin\u202Fnarrow", "non breaking thin narrow"},
      {"tabs\t\tand\n\nnewlines\r\n", "tabs and newlines "},
      {"\uFB01nance \uFB02ow", "finance flow"},
      {"\uFF11\uFF10th \uFF21BC", "10th abc"},
      {"STRASSE Stra\u00DFe", "strasse strasse"},
      {"e\u0301t\u00E9", "\u00E9t\u00E9"},
      {"bad \xFF byte", "bad \uFFFD byte"},
      {"cut \xE2\x80", "cut \uFFFD\uFFFD"},
      {"zero\u200Bwidth", "zerowidth"},
      {"", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.input);
    CHECK(normalize(c.input).text == c.expected);
  }
}

TEST_CASE("every normalized byte maps to the input character it came from", "[doc]") {
  std::string input = "A\u2019\u2014 \u00A0\uFB01x";
  // bytes: A(0) ’(1-3) —(4-6) ' '(7) NBSP(8-9) ﬁ(10-12) x(13)
  auto n = normalize(input);
  REQUIRE(n.text == "a'- fix");
  REQUIRE(n.to_source.size() == n.text.size() + 1);
  CHECK(n.to_source == std::vector<std::uint32_t>{0, 1, 4, 7, 10, 10, 13, 14});
}

TEST_CASE("a whitespace run maps to its first character and ends at the next word", "[doc]") {
  auto n = normalize("a \n\t b");
  REQUIRE(n.text == "a b");
  CHECK(n.to_source == std::vector<std::uint32_t>{0, 1, 5, 6});
}

TEST_CASE("invalid bytes each become one replacement character mapped to that byte", "[doc]") {
  auto n = normalize("x\x80\x80y");
  REQUIRE(n.text == "x\uFFFD\uFFFDy");
  CHECK(n.to_source[1] == 1);
  CHECK(n.to_source[4] == 2);
  CHECK(n.to_source[7] == 3);
  CHECK(n.to_source.back() == 4);
}

TEST_CASE("combining sequences compose and map to their first character", "[doc]") {
  auto n = normalize("Cafe\u0301!");
  REQUIRE(n.text == "caf\u00E9!");
  CHECK(n.to_source[3] == 3);
  CHECK(n.to_source[4] == 3);
  CHECK(n.to_source[5] == 6);
}

// ASCII takes a fast path (no decoding, no grapheme breaking); next to combining
// marks and other scripts it must give what NFKC + case folding of the whole text
// gives, whitespace runs aside. Random texts from pieces that stress the seams.
TEST_CASE("the ASCII fast path agrees with NFKC and case folding of the whole text", "[doc][property]") {
  const std::vector<std::string> pieces = {"a", "Z", "7", ".", ",", "e", "E", "\xcc\x81" /* combining acute */,
                                           "\xc3\x89" /* É */, "\xe4\xb8\xad" /* 中 */, " ", "  ", "\t", "\n",
                                           "\xef\xbc\xa1" /* fullwidth A */, "\xef\xac\x81" /* fi ligature */, "-",
                                           "x\xcc\x88" /* x + diaeresis */, "Q"};
  std::mt19937 rng(20261129);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int n = 1 + static_cast<int>(rng() % 12);
    for (int k = 0; k < n; ++k) text += pieces[rng() % pieces.size()];
    utf8proc_uint8_t* mapped = nullptr;
    auto options = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE |
                                                  UTF8PROC_CASEFOLD | UTF8PROC_IGNORE);
    utf8proc_ssize_t len = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                        static_cast<utf8proc_ssize_t>(text.size()), &mapped, options);
    REQUIRE(len >= 0);
    std::string whole(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(len));
    std::free(mapped);
    std::string want;
    for (char c : whole) {
      const bool space = c == ' ' || c == '\t' || c == '\n';
      if (space && !want.empty() && want.back() == ' ') continue;
      want += space ? ' ' : c;
    }
    factlint::doc::NormalizedText got = normalize(text);
    INFO("text: " << text);
    CHECK(got.text == want);
    REQUIRE(got.to_source.size() == got.text.size() + 1);
    CHECK(std::is_sorted(got.to_source.begin(), got.to_source.end()));
  }
}

// ASCII runs are written in place (issue 10): each output byte still maps to the byte
// it came from, a whitespace run to its first byte, also across a run's end.
TEST_CASE("ASCII runs map every byte to its source", "[doc]") {
  factlint::doc::NormalizedText got = normalize("Hi  `Yo`\n\tOK \xc3\xa9 \xc3\x89T  a");
  CHECK(got.text == "hi 'yo' ok \xc3\xa9 \xc3\xa9t a");
  const std::vector<std::uint32_t> want = {0, 1, 2, 4, 5, 6, 7, 8, 10, 11, 12, 13, 13, 15, 16, 16, 18, 19, 21, 22};
  CHECK(got.to_source == want);
}
