// "the year": a year the text has just named; see the_year.h.
#include "match/the_year.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

#include "match/document_layout.h"
#include "value/named_year.h"

namespace factlint::match {

namespace {

// Whether "year" at token `t` is "the year" pointing back: after "for the", "in the",
// "during the", "over the", "that" or "the same", and before a word that leaves it
// alone (not "before", "to", "ahead", a figure ...).
bool points_back(const DocumentIndex& index, int t, int first, int last) {
  if (index.token_text(t) != "year" || t - 1 < first) return false;
  const std::string_view one = index.token_text(t - 1), two = t - 2 >= first ? index.token_text(t - 2) : "";
  static constexpr std::array<std::string_view, 5> kFrames = {"for", "in", "during", "over", "across"};
  const bool framed = (one == "the" && std::find(kFrames.begin(), kFrames.end(), two) != kFrames.end()) ||
                      one == "that" || (one == "same" && (two == "the" || two == "that"));
  if (!framed) return false;
  if (t + 1 >= last) return true;
  const std::string_view next = index.token_text(t + 1);
  if (!next.empty() && std::isdigit(static_cast<unsigned char>(next.front()))) return false;
  static constexpr std::array<std::string_view, 14> kOnward = {"before", "after", "earlier", "later", "ahead",
                                                               "to",     "ending", "ended",  "since", "until",
                                                               "of",     "as",     "round",  "through"};
  return std::find(kOnward.begin(), kOnward.end(), next) == kOnward.end();
}

}  // namespace

int year_just_named(const doc::Document& document, const DocumentIndex& index, int s, int first, int last) {
  if (s <= 0 || opens_paragraph(document, s) || is_heading(document, s - 1)) return 0;
  bool said = false;
  for (int t = first; t < last && !said; ++t) said = points_back(index, t, first, last);
  const TypedReadings* years = index.readings_of(value::Type::Year);
  if (!said || !years) return 0;
  const auto [from, to] = index.sentence_tokens[static_cast<std::size_t>(s - 1)];
  if (from >= to) return 0;
  const std::size_t begin = index.tokens[static_cast<std::size_t>(from)].begin;
  const std::size_t end = index.tokens[static_cast<std::size_t>(to - 1)].end;
  int year = 0;
  for (auto y = years->first_at(begin); y != years->readings.end() && y->end <= end; ++y) {
    const auto named = value::named_year(y->value);
    if (!named) continue;
    if (year != 0 && *named != year) return 0;  // several years: which one is unsaid
    year = *named;
  }
  return year;
}

}  // namespace factlint::match
