// Word-boundary and literal matching over normalized text.
#include "value/text_cursor.h"

namespace factlint::value::detail {

bool starts_word(std::string_view text, std::size_t pos) {
  if (pos >= text.size() || text[pos] == ' ') return false;
  if (pos == 0) return true;
  const char before = text[pos - 1];
  if (is_word_char(before)) return false;
  // "-3" is minus three: its digits are no reading of their own.
  if (before == '-' && is_digit(text[pos]) && (pos < 2 || !is_word_char(text[pos - 2]))) return false;
  if (pos >= 2 && is_word_char(text[pos - 2])) {
    if (before == '-') return false;
    if ((before == ',' || before == '.') && is_digit(text[pos - 2]) && is_digit(text[pos])) {
      return false;
    }
  }
  return true;
}

std::optional<std::size_t> match_any_word(std::string_view text, std::size_t pos,
                                          std::initializer_list<std::string_view> literals) {
  std::optional<std::size_t> best;
  for (std::string_view literal : literals) {
    auto end = match_word(text, pos, literal);
    if (end && (!best || *end > *best)) best = end;
  }
  return best;
}

}  // namespace factlint::value::detail
