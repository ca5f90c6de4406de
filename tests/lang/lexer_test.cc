// Tests for lang/lexer: each scanner alone, on the tokens it takes and the text it
// must leave to others.
#include "lang/lexer.h"

#include <string>

#include <catch2/catch.hpp>

using namespace factlint::lang::lexer;

namespace {

using Scanner = std::size_t (*)(It, It);

// How many bytes of `text` the scanner takes.
std::size_t scan(Scanner scanner, const std::string& text) { return scanner(text.data(), text.data() + text.size()); }

}  // namespace

TEST_CASE("each scanner takes its token and stops where the next one starts", "[lang]") {
  struct Case {
    const char* name;
    Scanner scanner;
    std::string text;
    std::size_t taken;
  };
  const Case cases[] = {
      {"ident", scan_ident, "border_length(a", 13},
      {"ident needs a letter first", scan_ident, "1abc", 0},
      {"type with hyphen", scan_type, "year-range {", 10},
      {"word with apostrophe", scan_word, "'s largest", 2},
      {"hyphenated word", scan_word, "sino-soviet split", 11},
      {"abbreviation", scan_word, "no. 1", 3},
      {"word before a gap", scan_word, "said...", 4},
      {"utf-8 word", scan_word, "\xc3\xbc" "ber x", 5},
      {"punctuation", scan_punctuation, "% of", 1},
      {"not punctuation", scan_punctuation, "(", 0},
      {"quoted", scan_quoted, "\"a \\\"b\\\"\" rest", 9},
      {"unterminated quote", scan_quoted, "\"abc\ndef\"", 0},
      {"unsigned", scan_unsigned, "12 x", 2},
      {"unsigned glued to a name", scan_unsigned, "12abc", 0},
      {"negative integer", scan_integer, "-3 ", 2},
      {"decimal", scan_number, "2.5 km", 3},
      {"number before a dot", scan_number, "3. ", 1},
      {"gap bounds", scan_gap_bounds, "0..3 {v}", 4},
      {"gap bounds missing the upper end", scan_gap_bounds, "0.. ", 0},
      {"unit", scan_unit, "m/s\n", 3},
      {"unit of several words", scan_unit, "square  kilometers # km2\n", 18},
      {"unit ending the item", scan_unit, "sq. mi.; compare", 7},
      {"scope", scan_scope, "per  year\n", 9},
      {"scope of another word", scan_scope, "per yearly", 0},
      {"bare value", scan_bare_value, "Russia of=China", 6},
      {"bare value stops at a brace", scan_bare_value, "10}", 2},
      {"severity", scan_severity, "warning\n", 7},
      {"not a severity", scan_severity, "fatal", 0},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name, c.text);
    CHECK(scan(c.scanner, c.text) == c.taken);
  }
}

TEST_CASE("a scanner never reads past the end it is given", "[lang]") {
  const std::string text = "\"abc\" 0..3 per year";
  CHECK(scan_quoted(text.data(), text.data() + 3) == 0);
  CHECK(scan_gap_bounds(text.data() + 6, text.data() + 9) == 0);
  CHECK(scan_scope(text.data() + 11, text.data() + 17) == 0);
  CHECK(scan_word(text.data(), text.data()) == 0);
}

TEST_CASE("quoted text decodes its escapes and words decode to lower case", "[lang]") {
  const std::string quoted = "\"a \\\"b\\\" \\\\ c\"";
  CHECK(decode_quoted(quoted.data(), quoted.data() + quoted.size()) == "a \"b\" \\ c");
  const std::string word = "Sino-Soviet";
  CHECK(decode_lower(word.data(), word.data() + word.size()) == "sino-soviet");
}
