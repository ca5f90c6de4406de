// The year of an event told, to the day or month, in the sentence before (match/narrated_year.h).
#include "match/narrated_year.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>

#include "doc/sentence_at.h"
#include "match/document_layout.h"
#include "match/token_range.h"
#include "value/civil_date.h"

namespace factlint::match {

namespace {

// Whether reading `m` writes its year ("11 september 2008"), not counting it from the
// publication date ("last spring", "in may").
bool writes_a_year(std::string_view text, const value::ValueMatch& m) {
  int digits = 0;
  for (std::size_t i = m.begin; i < m.end && i < text.size(); ++i) {
    digits = text[i] >= '0' && text[i] <= '9' ? digits + 1 : 0;
    if (digits == 4) return true;
  }
  return false;
}

}  // namespace

int one_year(const value::ValueMatch& m) {
  if (!std::isfinite(m.value.lo) || !std::isfinite(m.value.hi)) return 0;
  const int first = value::civil_from_days(static_cast<long>(std::floor(m.value.lo))).year;
  const int last =
      value::civil_from_days(static_cast<long>(std::floor(m.value.hi)) - (m.value.hi_inclusive ? 0 : 1)).year;
  return first == last ? first : 0;
}

bool past_word(std::string_view w) {
  if (w == "was" || w == "were" || w == "had" || w == "did") return true;
  static constexpr std::array<std::string_view, 8> kNotPast = {"hundred", "need",  "speed", "indeed",
                                                               "seed",    "bed",   "red",   "feed"};
  if (w.size() < 5 || !w.ends_with("ed")) return false;
  return std::find(kNotPast.begin(), kNotPast.end(), w) == kNotPast.end();
}

int narrated_year(const doc::Document& document, const DocumentIndex& index, std::size_t sentence_begin,
                  std::size_t clause_begin, std::size_t clause_end) {
  const auto& sentences = document.sentences;
  const int s = doc::sentence_at(sentences, sentence_begin);
  // A fact sheet's label lines are fields of their own: "Opened: 1 July 1981" dates
  // nothing of "Cities served: 400" under it (a blind writer's report).
  if (s <= 0 || s >= static_cast<int>(index.sentence_tokens.size()) || opens_paragraph(document, s) ||
      is_heading(document, s - 1) || is_label_line(document, s - 1) || is_label_line(document, s)) {
    return 0;
  }
  const TokenMatch clause = token_range(index, clause_begin, clause_end);
  bool past = false;
  for (int t = clause.begin; t < clause.end && !past; ++t) past = past_word(index.token_text(t));
  if (!past) return 0;
  const std::size_t begin = sentences[static_cast<std::size_t>(s - 1)].begin;
  const std::size_t end = sentences[static_cast<std::size_t>(s - 1)].end;
  // One day or month, with its year written, and no other year beside it. A year alone
  // ("shut in 2008.") is too often background to what follows.
  int year = 0;
  bool day = false;
  for (value::Type type : {value::Type::Year, value::Type::Date}) {
    const TypedReadings* readings = index.readings_of(type);
    if (!readings) continue;
    for (auto r = readings->first_at(begin); r != readings->readings.end() && r->begin < end; ++r) {
      const int y = one_year(*r);
      if (y == 0 || (year != 0 && y != year)) return 0;
      year = y;
      const bool dated = r->value.grain == value::Grain::Day || r->value.grain == value::Grain::Month;
      if (type == value::Type::Date && dated && writes_a_year(document.normalized, *r)) day = true;
    }
  }
  return day ? year : 0;
}

}  // namespace factlint::match
