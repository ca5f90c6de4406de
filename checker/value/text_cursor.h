// Internal: word-boundary and literal matching over normalized text, the primitives
// every hand-written value scanner is built from (no regex, no backtracking).
#pragma once

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string_view>

namespace factlint::value::detail {

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
// Non-ASCII bytes count as word characters: they belong to letters like "é" or "€".
inline bool is_word_char(char c) {
  return is_digit(c) || is_letter(c) || static_cast<unsigned char>(c) >= 0x80;
}

// True when a reading may begin at `pos`: not inside a word, not inside a number
// ("1,960" has no reading at "960") and not after an in-word hyphen, so
// "forty-two" has no reading "two" and "10th-largest" none "largest".
bool starts_word(std::string_view text, std::size_t pos);
// True when a reading may end at `pos`: end of text or a non-word character next.
inline bool ends_word(std::string_view text, std::size_t pos) {
  return pos >= text.size() || !is_word_char(text[pos]);
}

// The end of `literal` at `pos` with no boundary check (for "-odd", "%", "(").
// Inline, like the others below: the readers call these at every word start, and
// the first byte rejects almost every candidate.
inline std::optional<std::size_t> match_text(std::string_view text, std::size_t pos,
                                             std::string_view literal) {
  if (literal.empty()) return pos <= text.size() ? std::optional<std::size_t>(pos) : std::nullopt;
  if (pos >= text.size() || text[pos] != literal[0]) return std::nullopt;
  if (text.size() - pos < literal.size()) return std::nullopt;
  if (text.compare(pos, literal.size(), literal) != 0) return std::nullopt;
  return pos + literal.size();
}

// The end of `literal` at `pos` if it is there and ends on a word boundary.
inline std::optional<std::size_t> match_word(std::string_view text, std::size_t pos,
                                             std::string_view literal) {
  auto end = match_text(text, pos, literal);
  if (!end) return std::nullopt;
  // A literal ending in punctuation ("no.", "sq.") needs no boundary after it.
  if (!literal.empty() && !is_word_char(literal.back())) return end;
  if (!ends_word(text, *end)) return std::nullopt;
  return end;
}
// Like match_word for the longest of several literals.
std::optional<std::size_t> match_any_word(std::string_view text, std::size_t pos,
                                          std::initializer_list<std::string_view> literals);
// The run of ASCII letters at `pos` (possibly empty).
inline std::string_view letters_at(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return {};
  std::size_t end = pos;
  while (end < text.size() && is_letter(text[end])) ++end;
  return text.substr(pos, end - pos);
}
// The word (letters or digits) that ends one space before `end`: its start, or
// nullopt when there is none.
inline std::optional<std::size_t> word_before(std::string_view text, std::size_t end) {
  if (end < 2 || text[end - 1] != ' ') return std::nullopt;
  std::size_t b = end - 1;
  while (b > 0 && (is_letter(text[b - 1]) || is_digit(text[b - 1]))) --b;
  if (b == end - 1) return std::nullopt;
  return b;
}
// The word that ends one space before `pos` (the start of a word), or "" when none
// comes there: "raised" before "the price", "a" before "sunday".
inline std::string_view previous_word(std::string_view text, std::size_t pos) {
  const std::optional<std::size_t> begin = word_before(text, pos);
  return begin ? text.substr(*begin, pos - 1 - *begin) : std::string_view();
}
// `pos + 1` when a single space is at pos, else nullopt.
inline std::optional<std::size_t> match_space(std::string_view text, std::size_t pos) {
  if (pos < text.size() && text[pos] == ' ') return pos + 1;
  return std::nullopt;
}

}  // namespace factlint::value::detail
