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

bool ends_word(std::string_view text, std::size_t pos) {
  return pos >= text.size() || !is_word_char(text[pos]);
}

std::optional<std::size_t> match_text(std::string_view text, std::size_t pos,
                                      std::string_view literal) {
  // The first byte rejects almost every candidate; scanners call this at every word start.
  if (literal.empty()) return pos <= text.size() ? std::optional<std::size_t>(pos) : std::nullopt;
  if (pos >= text.size() || text[pos] != literal[0]) return std::nullopt;
  if (text.size() - pos < literal.size()) return std::nullopt;
  if (text.compare(pos, literal.size(), literal) != 0) return std::nullopt;
  return pos + literal.size();
}

std::optional<std::size_t> match_word(std::string_view text, std::size_t pos,
                                      std::string_view literal) {
  auto end = match_text(text, pos, literal);
  if (!end) return std::nullopt;
  // A literal ending in punctuation ("no.", "sq.") needs no boundary after it.
  if (!literal.empty() && !is_word_char(literal.back())) return end;
  if (!ends_word(text, *end)) return std::nullopt;
  return end;
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

std::string_view letters_at(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return {};
  std::size_t end = pos;
  while (end < text.size() && is_letter(text[end])) ++end;
  return text.substr(pos, end - pos);
}

std::optional<std::size_t> match_space(std::string_view text, std::size_t pos) {
  if (pos < text.size() && text[pos] == ' ') return pos + 1;
  return std::nullopt;
}

}  // namespace factlint::value::detail
