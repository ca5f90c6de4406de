// The year "the year" names in a story told after it closed (match/closed_year.h).
#include "match/closed_year.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "doc/sentence_at.h"
#include "match/document_layout.h"
#include "match/narrated_year.h"
#include "match/token_range.h"
#include "match/whole_words.h"

namespace factlint::match {

namespace {

// Stories of the year just closed come out in its first quarter: later, "for the
// year" may be the twelve months to the time of writing, or this year so far.
constexpr int kLastLookBackMonth = 3;

// "At year-end", "at the end of the year": the year's end, named without its number.
bool names_the_year_end(std::string_view text) {
  static constexpr std::array<std::string_view, 6> kEnd = {"year-end",        "year end",          "end of the year",
                                                           "close of the year", "turn of the year", "end of the year's"};
  return std::any_of(kEnd.begin(), kEnd.end(), [&](std::string_view p) { return holds_whole_words(text, p); });
}

// "Returned 10.9 per cent for the year": the whole year, named without its number.
bool names_the_whole_year(std::string_view text) {
  static constexpr std::array<std::string_view, 5> kWhole = {"for the year", "over the year", "during the year",
                                                             "for the full year", "for the whole year"};
  return std::any_of(kWhole.begin(), kWhole.end(), [&](std::string_view p) { return holds_whole_words(text, p); });
}

// Common past forms not in "-ed": figures are told with them ("stood at", "made up",
// "rose to", "fell to", "grew", "held").
bool irregular_past(std::string_view w) {
  static constexpr std::array<std::string_view, 16> kPast = {"stood", "made", "rose",  "fell", "grew", "held",
                                                             "came",  "gave", "took",  "lost", "won",  "paid",
                                                             "spent", "sold", "bought", "drew"};
  return std::find(kPast.begin(), kPast.end(), w) != kPast.end();
}

// A word of the future or of a plan: "will", "expects", "aims", "forecast".
bool future_word(std::string_view w) {
  static constexpr std::array<std::string_view, 7> kFuture = {"will",   "would", "shall", "could",
                                                              "should", "might", "ll"};
  if (std::find(kFuture.begin(), kFuture.end(), w) != kFuture.end()) return true;
  for (std::string_view stem : {"expect", "forecast", "project", "aim", "plan", "target", "estimat"}) {
    if (w.starts_with(stem)) return true;
  }
  return false;
}

// Whether the tokens [first, last) tell of the past and of nothing to come.
bool told_in_the_past(const DocumentIndex& index, int first, int last) {
  bool past = false;
  for (int t = first; t < last; ++t) {
    const std::string_view w = index.token_text(t);
    if (future_word(w)) return false;
    past = past || past_word(w) || irregular_past(w);
  }
  return past;
}

// Whether a year or date read in [begin, end) of the normalized text lies outside
// `year` ("At the end of December the fund was worth ..." in March keeps the year just
// closed; "The fund was set up in 1990." names another).
bool names_another_year(const DocumentIndex& index, std::size_t begin, std::size_t end, int year) {
  for (value::Type type : {value::Type::Year, value::Type::Date}) {
    const TypedReadings* readings = index.readings_of(type);
    if (!readings) continue;
    for (auto it = readings->first_at(begin); it != readings->readings.end() && it->begin < end; ++it) {
      if (one_year(*it) != year) return true;
    }
  }
  return false;
}

}  // namespace

int closed_year(const doc::Document& document, const DocumentIndex& index, std::size_t sentence_begin,
                std::size_t sentence_end) {
  const auto published = document.date();
  if (!published || document.date_grain() == value::Grain::Year || published->month == 12) return 0;
  const std::string_view text =
      std::string_view(document.normalized).substr(sentence_begin, sentence_end - sentence_begin);
  if (!names_the_year_end(text) && !(published->month <= kLastLookBackMonth && names_the_whole_year(text))) return 0;
  const TokenMatch tokens = token_range(index, sentence_begin, sentence_end);
  if (!told_in_the_past(index, tokens.begin, tokens.end)) return 0;
  // "The fund was set up in 1990. At the end of the year it held ...": the year is one
  // the paragraph named, not the last one.
  const int closed = published->year - 1;
  const auto& sentences = document.sentences;
  int s = doc::sentence_at(sentences, sentence_begin);
  while (s > 0 && !opens_paragraph(document, s) && !is_heading(document, s - 1)) --s;
  if (s >= 0 && names_another_year(index, sentences[static_cast<std::size_t>(s)].begin, sentence_end, closed)) return 0;
  return closed;
}

}  // namespace factlint::match
