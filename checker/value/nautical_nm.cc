// "nm": nautical miles, unless the sentence is about the very small (nautical_nm.h).
#include "value/nautical_nm.h"

#include <algorithm>
#include <array>
#include <utility>

#include "value/text_cursor.h"

namespace factlint::value::detail {

namespace {

// How far either side of the figure its sentence is looked at, at most.
constexpr std::size_t kReach = 160;

// Words (their beginnings) that say a text measures the very small: light and its
// wavelengths, chips and their process nodes, particles, films and coatings. Next to
// one of them "nm" is the nanometre.
constexpr std::array<std::string_view, 24> kSmall = {
    "wavelength", "light",    "laser",      "chip",      "process",  "node",     "transistor", "semiconductor",
    "lithograph", "nanomet",  "particle",   "molecul",   "atom",     "virus",    "film",       "coating",
    "pixel",      "silicon",  "ultraviolet", "infrared", "euv",      "spectr",   "microscop",  "nanoparticle"};

// Whether a word of kSmall begins a word of `text` within [begin, end).
bool speaks_of_the_small(std::string_view text, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end; ++i) {
    if (!is_letter(text[i]) || (i > 0 && is_letter(text[i - 1]))) continue;
    for (std::string_view word : kSmall) {
      if (text.compare(i, word.size(), word) == 0) return true;
    }
  }
  return false;
}

// The limits of the sentence around [from, to): back to a full stop before a space
// (or a line break), forward to one, at most kReach bytes either way.
std::pair<std::size_t, std::size_t> sentence_around(std::string_view text, std::size_t from, std::size_t to) {
  std::size_t begin = from > kReach ? from - kReach : 0;
  for (std::size_t i = from; i > begin; --i) {
    const char c = text[i - 1];
    if (c == '\n' || ((c == '.' || c == '!' || c == '?') && i < text.size() && text[i] == ' ')) {
      begin = i;
      break;
    }
  }
  std::size_t end = std::min(text.size(), to + kReach);
  for (std::size_t i = to; i < end; ++i) {
    const char c = text[i];
    if (c == '\n' || ((c == '.' || c == '!' || c == '?') && (i + 1 >= text.size() || text[i + 1] == ' '))) {
      end = i;
      break;
    }
  }
  return {begin, end};
}

}  // namespace

std::optional<UnitMatch> nautical_nm(std::string_view text, std::size_t figure, std::size_t pos) {
  const auto end = match_word(text, pos, "nm");
  if (!end) return std::nullopt;
  const auto [begin, stop] = sentence_around(text, figure, *end);
  if (speaks_of_the_small(text, begin, stop)) return std::nullopt;
  static const std::optional<UnitInfo> nautical = find_unit(Type::Length, "nmi");
  if (!nautical) return std::nullopt;
  return UnitMatch{*nautical, *end};
}

}  // namespace factlint::value::detail
