// Tokens of normalized text: the unit patterns, aliases and value readings align on.
// Part of match/: documents, aliases and pattern words all go through tokenize().
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace factlint::match {

// One token: a byte range [begin, end) of the tokenized text.
struct Token {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// Splits normalized text (doc::normalize output) into tokens:
// - words: runs of letters, digits and marks, keeping an apostrophe between word
//   characters ("don't"), a period between word characters ("2.5", "u.s", "example.com"),
//   a comma followed by exactly three digits inside a number ("2,600"), an underscore
//   between word characters ("max_connections", "work_mem": an identifier is one word),
//   and the final period of a dotted abbreviation ("u.s.", "e.g.");
// - "'s" after a word is a token of its own ("china's" -> "china", "'s");
// - a hyphen between word characters separates words and is not a token
//   ("number-one" -> "number", "one"; "sino-soviet" -> "sino", "soviet");
// - quotation marks ('"', and a "'" that is not part of a word) are not tokens, so
//   patterns read through quoted words;
// - every other character that is not a space is a one-character punctuation token.
// Invalid UTF-8 bytes are punctuation tokens. Linear in the text length.
// Example: "russia's 2,600-mile border (the \"u.s.\")." ->
//   russia | 's | 2,600 | mile | border | ( | the | u.s. | ) | .
std::vector<Token> tokenize(std::string_view text);

// The texts of the tokens of `text`, for aliases and pattern words.
std::vector<std::string_view> token_texts(std::string_view text);

}  // namespace factlint::match
