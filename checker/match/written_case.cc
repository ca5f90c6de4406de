// How a token is written; see written_case.h.
#include "match/written_case.h"

#include <algorithm>

namespace factlint::match {

namespace {

// The token's visible bytes [at, stop), or at == stop when the document keeps none.
std::pair<std::size_t, std::size_t> visible_span(const doc::Document& document, const Token& token) {
  if (document.to_visible.size() <= token.begin || document.visible.empty()) return {0, 0};
  const std::size_t at = document.to_visible[token.begin];
  if (at >= document.visible.size()) return {0, 0};
  return {at, std::min(document.visible.size(), at + (token.end - token.begin))};
}

bool lower(char c) { return c >= 'a' && c <= 'z'; }
bool upper(char c) { return c >= 'A' && c <= 'Z'; }

}  // namespace

bool written_capitalized(const doc::Document& document, const Token& token) {
  const auto [at, stop] = visible_span(document, token);
  if (at == stop) return false;
  const auto c = static_cast<unsigned char>(document.visible[at]);
  if (c < 0x80) return upper(static_cast<char>(c));
  // A multi-byte letter: folded text differs from what readers see.
  const std::size_t length = std::min<std::size_t>(token.end - token.begin, 2);
  return document.visible.compare(at, length, document.normalized, token.begin, length) != 0;
}

bool written_lowercase(const doc::Document& document, const Token& token) {
  const auto [at, stop] = visible_span(document, token);
  return at != stop && lower(document.visible[at]);
}

bool written_in_capitals(const doc::Document& document, const Token& token) {
  const auto [at, stop] = visible_span(document, token);
  return std::none_of(document.visible.begin() + static_cast<std::ptrdiff_t>(at),
                      document.visible.begin() + static_cast<std::ptrdiff_t>(stop), lower);
}

bool written_in_camel_case(const doc::Document& document, const Token& token) {
  const auto [at, stop] = visible_span(document, token);
  bool seen_lower = false;
  for (std::size_t k = at; k < stop; ++k) {
    const char c = document.visible[k];
    if (lower(c)) {
      seen_lower = true;
    } else if (!upper(c)) {
      return false;  // an apostrophe, a digit: "McDonald's" stops at "'"
    } else if (seen_lower) {
      return true;
    }
  }
  return false;
}

}  // namespace factlint::match
