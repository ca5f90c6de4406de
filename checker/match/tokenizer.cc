// Tokenizer for normalized text (see tokenizer.h for the token rules).
#include "match/tokenizer.h"

#include <utf8proc.h>

#include "source/utf8.h"

namespace factlint::match {

namespace {

bool is_word_code_point(char32_t c) {
  if (c < 0x80) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(c))) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return false;
  }
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  // Length in bytes of the word character at `at`, or 0 when there is none.
  std::size_t word_char(std::size_t at) const {
    if (at >= text_.size()) return 0;
    unsigned char b = static_cast<unsigned char>(text_[at]);
    if (b < 0x80) return is_word_code_point(b) ? 1 : 0;
    source::DecodedChar d = source::decode_utf8(text_, at);
    return d.valid && is_word_code_point(d.code_point) ? d.length : 0;
  }

  // End of the word starting at `at` (which holds a word character).
  std::size_t word_end(std::size_t at) const {
    std::size_t i = at;
    std::size_t segment_start = at;  // start of the current run between periods
    bool dotted = false;             // saw an internal period
    while (true) {
      if (std::size_t n = word_char(i)) {
        i += n;
        continue;
      }
      if (i >= text_.size()) break;
      char c = text_[i];
      if (c == '\'' && i > at) {
        // "'s" followed by a non-word character is its own token.
        if (i + 1 < text_.size() && text_[i + 1] == 's' && word_char(i + 2) == 0) break;
        if (word_char(i + 1)) { i += 1; continue; }
        break;
      }
      // A setting or identifier is one word: "maintenance_work_mem" never holds "work_mem".
      if (c == '_' && i > at && word_char(i + 1)) {
        i += 1;
        continue;
      }
      if (c == '.' && i > at) {
        if (word_char(i + 1)) {
          dotted = true;
          i += 1;
          segment_start = i;
          continue;
        }
        // Final period of a dotted abbreviation: "u.s." (the last run is one letter).
        if (dotted && i - segment_start == 1 && !is_digit(text_[segment_start])) i += 1;
        break;
      }
      if (c == ',' && i > at && is_digit(text_[i - 1]) && i + 3 < text_.size() &&
          is_digit(text_[i + 1]) && is_digit(text_[i + 2]) && is_digit(text_[i + 3]) &&
          (i + 4 >= text_.size() || !is_digit(text_[i + 4]))) {
        i += 4;
        continue;
      }
      break;
    }
    return i;
  }

 private:
  std::string_view text_;
};

}  // namespace

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  // Prose averages a token per five or six bytes: one allocation instead of a dozen regrowths.
  tokens.reserve(text.size() / 5 + 1);
  Scanner scan(text);
  std::size_t i = 0;
  bool after_word = false;  // the previous token is a word ending right here
  while (i < text.size()) {
    char c = text[i];
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      ++i;
      continue;
    }
    if (scan.word_char(i)) {
      std::size_t end = scan.word_end(i);
      tokens.push_back({i, end});
      i = end;
      after_word = true;
      continue;
    }
    if (after_word && tokens.back().end != i) after_word = false;
    // "'s" after a word, or alone (as a pattern word is written), is one token.
    if (c == '\'' && (after_word || i == 0) && i + 1 < text.size() && text[i + 1] == 's' && scan.word_char(i + 2) == 0) {
      tokens.push_back({i, i + 2});
      i += 2;
      after_word = false;
      continue;
    }
    // A hyphen joining two words separates them without being a token.
    if (c == '-' && after_word && scan.word_char(i + 1)) {
      ++i;
      continue;
    }
    after_word = false;
    // Quotation marks wrap words without being part of the sentence's wording, so
    // `known as the "sino-soviet split"` reads like `known as the sino-soviet split`.
    if (c == '"' || c == '\'') {
      ++i;
      continue;
    }
    std::size_t n = 1;
    if (static_cast<unsigned char>(c) >= 0x80) n = source::decode_utf8(text, i).length;
    tokens.push_back({i, i + n});
    i += n;
  }
  return tokens;
}

std::vector<std::string_view> token_texts(std::string_view text) {
  std::vector<std::string_view> out;
  for (const Token& t : tokenize(text)) out.push_back(text.substr(t.begin, t.end - t.begin));
  return out;
}

}  // namespace factlint::match
