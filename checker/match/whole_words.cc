// Words in raw sentence text (match/whole_words.h).
#include "match/whole_words.h"

#include <cctype>

namespace factlint::match {

bool raw_word_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '\'' || c == '-' || static_cast<unsigned char>(c) >= 0x80;
}

bool holds_whole_words(std::string_view text, std::string_view phrase) {
  for (std::size_t at = text.find(phrase); at != std::string_view::npos; at = text.find(phrase, at + 1)) {
    const std::size_t end = at + phrase.size();
    if ((at == 0 || !raw_word_char(text[at - 1])) && (end == text.size() || !raw_word_char(text[end]))) return true;
  }
  return false;
}

}  // namespace factlint::match
