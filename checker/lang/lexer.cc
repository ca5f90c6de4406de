// The rule language's tokens: character classes and one scanner a token kind.
#include "lang/lexer.h"

namespace factlint::lang::lexer {

// Character classes. Bytes >= 0x80 belong to UTF-8 letters, so they are word bytes.

bool is_alpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool is_ident_start(unsigned char c) { return is_alpha(c) || c == '_'; }
bool is_ident_char(unsigned char c) { return is_alpha(c) || is_digit(c) || c == '_'; }
bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }
bool is_word_start(unsigned char c) { return is_alpha(c) || is_digit(c) || c == '\'' || c >= 0x80; }
bool is_word_char(unsigned char c) { return is_word_start(c) || c == '-' || c == '.' || c == '_'; }

std::string ascii_lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

// Scanners: how many bytes at `first` form the token (0: none).

std::size_t scan_ident(It first, It last) {
  if (first == last || !is_ident_start(*first)) return 0;
  It i = first + 1;
  while (i != last && is_ident_char(*i)) ++i;
  return static_cast<std::size_t>(i - first);
}

// Type names may hold hyphens: `year-range`.
std::size_t scan_type(It first, It last) {
  if (first == last || !is_ident_start(*first)) return 0;
  It i = first + 1;
  while (i != last && (is_ident_char(*i) || *i == '-')) ++i;
  return static_cast<std::size_t>(i - first);
}

// A pattern word: letters, digits, apostrophes, hyphens and dots (`'s`, `sino-soviet`,
// `no.`), but a dot that starts `..` ends the word so `said...` is a word and a gap.
std::size_t scan_word(It first, It last) {
  if (first == last || !is_word_start(static_cast<unsigned char>(*first))) return 0;
  It i = first;
  while (i != last && is_word_char(static_cast<unsigned char>(*i))) {
    if (*i == '.' && i + 1 != last && i[1] == '.') break;
    ++i;
  }
  return static_cast<std::size_t>(i - first);
}

// Punctuation the tokenizer keeps as a token of its own and patterns give no
// meaning to: `,`, `:`, `%`, ... A word in a pattern, one character long.
std::size_t scan_punctuation(It first, It last) {
  static constexpr std::string_view kPunctuation = ",:!%$/&+*<>=[]~^-";
  return first != last && kPunctuation.find(*first) != std::string_view::npos ? 1 : 0;
}

// `"text"` on one line; `\"` and `\\` escape. Unterminated text is no token.
std::size_t scan_quoted(It first, It last) {
  if (first == last || *first != '"') return 0;
  for (It i = first + 1; i != last && *i != '\n'; ++i) {
    if (*i == '\\' && i + 1 != last && i[1] != '\n') {
      ++i;
    } else if (*i == '"') {
      return static_cast<std::size_t>(i + 1 - first);
    }
  }
  return 0;
}

std::string decode_quoted(It first, It last) {
  std::string out;
  for (It i = first + 1; i < last - 1; ++i) {
    if (*i == '\\' && i + 1 < last - 1) ++i;
    out += *i;
  }
  return out;
}

std::size_t scan_unsigned(It first, It last) {
  It i = first;
  while (i != last && is_digit(*i)) ++i;
  if (i != last && is_ident_char(*i)) return 0;
  return static_cast<std::size_t>(i - first);
}

std::size_t scan_integer(It first, It last) {
  It i = first;
  if (i != last && *i == '-') ++i;
  std::size_t n = scan_unsigned(i, last);
  return n == 0 ? 0 : static_cast<std::size_t>(i - first) + n;
}

// `3`, `2.5`: the amount in `compare within`.
std::size_t scan_number(It first, It last) {
  It i = first;
  while (i != last && is_digit(*i)) ++i;
  if (i == first) return 0;
  if (i != last && *i == '.' && i + 1 != last && is_digit(i[1])) {
    ++i;
    while (i != last && is_digit(*i)) ++i;
  }
  return static_cast<std::size_t>(i - first);
}

// `0..3`
std::size_t scan_gap_bounds(It first, It last) {
  It i = first;
  while (i != last && is_digit(*i)) ++i;
  if (i == first || last - i < 2 || i[0] != '.' || i[1] != '.') return 0;
  i += 2;
  It digits = i;
  while (i != last && is_digit(*i)) ++i;
  if (i == digits || (i != last && is_word_char(static_cast<unsigned char>(*i)))) return 0;
  return static_cast<std::size_t>(i - first);
}

// A unit after `within N`: `km`, `mi`, `km2`, `m/s`, `USD`.
std::size_t scan_unit(It first, It last) {
  // A unit may be several words ("square kilometers", "sq. mi."): each starts with a
  // letter, and the unit ends with the item (a line break, '#', ';' or '}').
  if (first == last || !is_alpha(*first)) return 0;
  It i = first;
  It end = first;
  for (;;) {
    while (i != last && (is_ident_char(*i) || *i == '/' || *i == '.')) ++i;
    end = i;
    while (i != last && is_blank(*i)) ++i;
    if (i == last || !is_alpha(*i)) break;
  }
  return static_cast<std::size_t>(end - first);
}

// `per year`
std::size_t scan_scope(It first, It last) {
  std::string_view rest(first, static_cast<std::size_t>(last - first));
  if (rest.substr(0, 3) != "per") return 0;
  std::size_t i = 3;
  if (i >= rest.size() || !is_blank(rest[i])) return 0;
  while (i < rest.size() && is_blank(rest[i])) ++i;
  if (rest.substr(i, 4) != "year") return 0;
  i += 4;
  if (i < rest.size() && is_ident_char(rest[i])) return 0;
  return i;
}

// An unquoted value in `role=value`: anything up to a space or a character with a
// meaning of its own.
std::size_t scan_bare_value(It first, It last) {
  It i = first;
  while (i != last && !is_blank(*i) && *i != '\n' && *i != '"' && *i != '#' && *i != '}' && *i != ';' &&
         *i != '{') {
    ++i;
  }
  return static_cast<std::size_t>(i - first);
}

std::size_t scan_severity(It first, It last) {
  std::size_t n = scan_ident(first, last);
  std::string_view w(first, n);
  return w == "error" || w == "warning" || w == "info" ? n : 0;
}

std::size_t scan_ton(It first, It last) {
  std::size_t n = scan_ident(first, last);
  std::string_view w(first, n);
  return w == "metric" || w == "short" || w == "long" ? n : 0;
}

std::size_t scan_side(It first, It last) {
  std::size_t n = scan_ident(first, last);
  std::string_view w(first, n);
  return w == "start" || w == "end" ? n : 0;
}

std::size_t scan_rest(It first, It last) {
  It i = first;
  It end = first;
  while (i != last && *i != '\n' && *i != '#' && *i != ';' && *i != '}') {
    if (!is_blank(*i)) end = i + 1;
    ++i;
  }
  return static_cast<std::size_t>(end - first);
}

// Words, hyphens, digits and slashes up to `symmetric`, `{`, a comment or the end of
// the line. Digits are scanned so that `per 1000` is reported by the checks as no
// denominator, rather than as a syntax error at the digit.
std::size_t scan_denominator(It first, It last) {
  It i = first, end = first;
  while (i != last) {
    It w = i;
    while (w != last && (is_ident_char(static_cast<unsigned char>(*w)) || *w == '-' || *w == '/')) ++w;
    if (w == i || std::string_view(i, static_cast<std::size_t>(w - i)) == "symmetric") break;
    end = w;
    i = w;
    while (i != last && is_blank(*i)) ++i;
  }
  return static_cast<std::size_t>(end - first);
}

std::string decode_lower(It first, It last) { return ascii_lower(std::string(first, last)); }

std::string decode_words(It first, It last) {
  std::string out;
  for (It i = first; i != last; ++i) {
    if (!is_blank(*i)) {
      out += *i;
    } else if (out.empty() || out.back() != ' ') {
      out += ' ';
    }
  }
  return out;
}

}  // namespace factlint::lang::lexer
