// Bare compared figures, read in the unit of the figure they are compared with.
#include "match/compared_unit.h"

#include <algorithm>
#include <array>
#include <string>

#include "match/compare_openers.h"
#include "match/document_index.h"
#include "value/hedge_words.h"
#include "value/number_reader.h"

namespace factlint::match {

namespace {

bool has_unit_after_number(value::Type type) {
  switch (type) {
    case value::Type::Length:
    case value::Type::Area:
    case value::Type::Mass:
    case value::Type::Volume:
    case value::Type::Energy:
    case value::Type::Power:
    case value::Type::Speed:
    case value::Type::Flow:
    case value::Type::DataSize:
      return true;
    default:
      return false;
  }
}

// Skips `word` and the space after it at `pos`; false (pos unchanged) when not there.
bool skip_word(std::string_view text, std::size_t& pos, std::string_view word) {
  if (text.substr(pos, word.size()) != word) return false;
  const std::size_t after = pos + word.size();
  if (after < text.size() && text[after] != ' ') return false;
  pos = after < text.size() ? after + 1 : after;
  return true;
}

// Where the compared figure starts after a first figure ending at `pos`: past ", up
// from", "against", "compared with", and a hedge. npos when no comparison opens there.
std::size_t compared_figure_start(std::string_view text, std::size_t pos, std::size_t& hedge) {
  // The first figure's own year may come first: "12.5 million tonnes in 2020, from ...".
  if (std::size_t at = pos + 1; pos < text.size() && text[pos] == ' ' && skip_word(text, at, "in") &&
                                at + 4 <= text.size() &&
                                std::all_of(text.begin() + static_cast<long>(at), text.begin() + static_cast<long>(at + 4),
                                            [](char c) { return c >= '0' && c <= '9'; }) &&
                                (at + 4 == text.size() || text[at + 4] == ' ' || text[at + 4] == ',')) {
    pos = at + 4;
  }
  if (pos < text.size() && text[pos] == ',') ++pos;
  if (pos < text.size() && text[pos] == ' ') ++pos;
  if (!skip_word(text, pos, "up")) skip_word(text, pos, "down");
  bool opened = false;
  for (std::string_view opener : kCompareOpeners) opened = opened || skip_word(text, pos, opener);
  if (!opened && skip_word(text, pos, "compared")) opened = skip_word(text, pos, "with") || skip_word(text, pos, "to");
  if (!opened) return std::string_view::npos;
  hedge = pos;
  // Bounds as well as hedges: the compared figure is read for its unit only.
  static constexpr std::array<std::string_view, 5> kBounds = {"just", "over", "under", "more than", "less than"};
  for (bool again = true; again;) {
    again = false;
    for (std::string_view h : value::kApproximateHedges) {
      if (skip_word(text, pos, h)) again = true;
    }
    for (std::string_view h : kBounds) {
      if (skip_word(text, pos, h)) again = true;
    }
  }
  return pos;
}

// Whether what follows a bare figure ending at `pos` leaves it bare: the end of a
// clause or a date ("the year before", "a year earlier", "in 2022", "last year").
bool ends_bare(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return true;
  if (std::string_view(",.;:)").find(text[pos]) != std::string_view::npos) return true;
  if (text[pos] != ' ') return false;
  ++pos;
  static constexpr std::array<std::string_view, 8> kDateWords = {"the", "a", "one", "two", "three", "in", "last",
                                                                 "previously"};
  const std::size_t end = std::min(text.find(' ', pos), text.size());
  const std::string_view next = text.substr(pos, end - pos);
  return std::find(kDateWords.begin(), kDateWords.end(), next) != kDateWords.end();
}

}  // namespace

std::vector<value::ValueMatch> compared_without_unit(value::Type type, std::string_view text,
                                                     const std::vector<value::ValueMatch>& readings,
                                                     const value::ParseContext& context) {
  std::vector<value::ValueMatch> out;
  if (!has_unit_after_number(type)) return out;
  auto read_at = [&](std::size_t at) {
    auto it = std::lower_bound(readings.begin(), readings.end(), at,
                               [](const value::ValueMatch& m, std::size_t b) { return m.begin < b; });
    return it != readings.end() && it->begin == at;
  };
  for (const value::ValueMatch& first : readings) {
    if (first.end > text.size()) continue;
    // The first figure's unit words, after its number: "long tons" of "210.1 million long tons".
    std::size_t number_at = first.begin;
    while (number_at < first.end && !(text[number_at] >= '0' && text[number_at] <= '9')) ++number_at;
    const auto number = value::detail::read_number(text, number_at);
    if (!number || number->end >= first.end) continue;
    std::string_view unit = text.substr(number->end, first.end - number->end);
    while (!unit.empty() && unit.front() == ' ') unit.remove_prefix(1);
    if (unit.empty() || !(unit.front() >= 'a' && unit.front() <= 'z')) continue;
    std::size_t hedge = 0;
    const std::size_t at = compared_figure_start(text, first.end, hedge);
    if (at == std::string_view::npos || at >= text.size() || read_at(hedge) || read_at(at)) continue;
    const auto bare = value::detail::read_number(text, at);
    if (!bare || bare->end <= at || !ends_bare(text, bare->end)) continue;
    const std::string said = std::string(text.substr(hedge, bare->end - hedge)) + " " + std::string(unit);
    auto reading = value::first_value(type, said, context);
    if (!reading || reading->begin != 0 || reading->end != said.size()) continue;
    reading->begin = hedge;
    reading->end = bare->end;
    out.push_back(std::move(*reading));
  }
  return out;
}

namespace {

// The unit words written after the number of `first` ("long tons" of "210.1 million
// long tons"); empty when its unit comes first ("$5 billion") or it has none.
std::string_view unit_after_number(std::string_view text, const value::ValueMatch& first) {
  if (first.end > text.size()) return {};
  std::size_t number_at = first.begin;
  while (number_at < first.end && !(text[number_at] >= '0' && text[number_at] <= '9')) ++number_at;
  const auto number = value::detail::read_number(text, number_at);
  if (!number || number->end >= first.end) return {};
  std::string_view unit = text.substr(number->end, first.end - number->end);
  while (!unit.empty() && unit.front() == ' ') unit.remove_prefix(1);
  if (unit.empty() || !(unit.front() >= 'a' && unit.front() <= 'z')) return {};
  return unit;
}

}  // namespace

std::vector<value::ValueMatch> listed_without_unit(value::Type type, std::string_view text,
                                                   const std::vector<Token>& tokens, const EdgeTable& names,
                                                   const std::vector<value::ValueMatch>& readings,
                                                   const value::ParseContext& context) {
  std::vector<value::ValueMatch> out;
  if (!has_unit_after_number(type) || tokens.empty()) return out;
  const int n = static_cast<int>(tokens.size());
  auto word = [&](int t) {
    const Token& token = tokens[static_cast<std::size_t>(t)];
    return text.substr(token.begin, token.end - token.begin);
  };
  // The token that begins at byte `at`, or -1.
  auto token_at = [&](std::size_t at) {
    auto it = std::lower_bound(tokens.begin(), tokens.end(), at, [](const Token& t, std::size_t b) { return t.begin < b; });
    return it != tokens.end() && it->begin == at ? static_cast<int>(it - tokens.begin()) : -1;
  };
  auto read_at = [&](std::size_t at) {
    auto it = std::lower_bound(readings.begin(), readings.end(), at,
                               [](const value::ValueMatch& m, std::size_t b) { return m.begin < b; });
    return it != readings.end() && it->begin == at;
  };
  for (const value::ValueMatch& first : readings) {
    const std::string_view unit = unit_after_number(text, first);
    if (unit.empty()) continue;
    // The token after the figure: its end is a token's end, so the next token begins
    // after some spaces.
    std::size_t at = first.end;
    while (at < text.size() && text[at] == ' ') ++at;
    for (int t = token_at(at); t > 0 && t < n;) {
      bool joined = false;
      if (word(t) == ",") joined = ++t < n;
      if (t < n && word(t) == "and") joined = ++t < n;
      if (!joined) break;
      if (names.count(t) == 0 && word(t) == "the" && t + 1 < n) ++t;
      if (names.count(t) == 0) break;
      const int figure = names.begin(t)->to;
      if (figure >= n) break;
      const std::string_view bare = word(figure);
      if (bare.empty() || bare.find_first_not_of("0123456789,.") != std::string_view::npos || bare[0] < '0' ||
          bare[0] > '9') {
        break;
      }
      const int next = figure + 1;
      const bool ends = next >= n || word(next) == "," || word(next) == "." || word(next) == ";" ||
                        word(next) == ")" || word(next) == "and";
      const std::size_t begin = tokens[static_cast<std::size_t>(figure)].begin;
      if (!ends || read_at(begin)) break;
      const std::string said = std::string(bare) + " " + std::string(unit);
      auto reading = value::first_value(type, said, context);
      if (!reading || reading->begin != 0 || reading->end != said.size()) break;
      reading->begin = begin;
      reading->end = tokens[static_cast<std::size_t>(figure)].end;
      out.push_back(std::move(*reading));
      t = next;
    }
  }
  return out;
}

}  // namespace factlint::match
