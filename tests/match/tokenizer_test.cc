// Tests for match/tokenizer: the token rules patterns, aliases and values align on.
#include "match/tokenizer.h"

#include <string>

#include <catch2/catch.hpp>

namespace factlint::match {
namespace {

std::string joined(std::string_view text) {
  std::string out;
  for (std::string_view t : token_texts(text)) {
    if (!out.empty()) out += '|';
    out += t;
  }
  return out;
}

TEST_CASE("the tokenizer splits words, possessives, numbers and punctuation", "[match]") {
  struct Case {
    const char* text;
    const char* tokens;
  };
  const Case cases[] = {
      {"russia is china's 10th largest", "russia|is|china|'s|10th|largest"},
      {"a 2,600-mile border", "a|2,600|mile|border"},
      {"2.5 hours", "2.5|hours"},
      {"the u.s. and china", "the|u.s.|and|china"},
      {"in the u.s.", "in|the|u.s."},
      {"number-one partner", "number|one|partner"},
      {"the sino-soviet split", "the|sino|soviet|split"},
      {"don't stop", "don't|stop"},
      {"mr. xi met mr. putin.", "mr|.|xi|met|mr|.|putin|."},
      {"in 1960, 1961 and 1,000,000", "in|1960|,|1961|and|1,000,000"},
      {"1,23 and 12,3456", "1|,|23|and|12|,|3456"},
      {"(known as the \"sino-soviet split\")", "(|known|as|the|sino|soviet|split|)"},
      {"'quoted' words", "quoted|words"},
      {"- a dash - between", "-|a|dash|-|between"},
      {"x -y", "x|-|y"},
      {"russians' view", "russians|view"},
      {"it's", "it|'s"},
      {"'s", "'s"},
      {"'sun", "sun"},
      {"müller's café", "müller|'s|café"},
      {"2.5.", "2.5|."},
      {"the default maintenance_work_mem and work_mem", "the|default|maintenance_work_mem|and|work_mem"},
      {"_private and trailing_ x_", "_|private|and|trailing|_|x|_"},
      {"", ""},
      {"   ", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(joined(c.text) == c.tokens);
  }
}

TEST_CASE("tokens keep their byte ranges in the tokenized text", "[match]") {
  std::string text = "café's 2,600-mile";
  std::vector<Token> tokens = tokenize(text);
  REQUIRE(tokens.size() == 4);
  CHECK(tokens[0].begin == 0);
  CHECK(tokens[0].end == 5);  // "café" is five bytes
  CHECK(tokens[1].begin == 5);
  CHECK(tokens[1].end == 7);
  CHECK(text.substr(tokens[2].begin, tokens[2].end - tokens[2].begin) == "2,600");
  CHECK(text.substr(tokens[3].begin, tokens[3].end - tokens[3].begin) == "mile");
}

}  // namespace
}  // namespace factlint::match
