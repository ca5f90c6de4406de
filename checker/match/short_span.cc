// Spans shorter than a year, read from the case-folded tokens: the phrases are short
// and closed, and most sentences hold no opener at all.
#include "match/short_span.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "match/compared_mention.h"
#include "value/number_reader.h"

namespace factlint::match {

namespace {

template <std::size_t N>
bool one_of(const std::array<std::string_view, N>& words, std::string_view w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

constexpr std::array<std::string_view, 4> kOpeners = {"in", "during", "within", "on"};
constexpr std::array<std::string_view, 4> kIndefinite = {"a", "an", "one", "single"};
constexpr std::array<std::string_view, 3> kDefinite = {"the", "its", "their"};
// What makes "the day" or "its month" one span among others, counted: "the first
// week", "its busiest month", "the last quarter", "an average weekday".
constexpr std::array<std::string_view, 21> kSpanAdjectives = {
    "first",   "second",  "third",  "fourth", "fifth",    "last",  "final",   "opening", "busiest", "peak",  "single",
    "previous", "latest", "same",   "average", "typical", "normal", "ordinary", "busy",   "quiet",   "record"};
constexpr std::array<std::string_view, 13> kUnits = {"night",     "day",   "weekday", "week",    "weekend",
                                                     "fortnight", "month", "quarter", "half",    "hour",
                                                     "morning",   "afternoon", "evening"};
constexpr std::array<std::string_view, 9> kPluralUnits = {"nights", "days",     "weeks", "weekends", "fortnights",
                                                          "months", "quarters", "halves", "hours"};

// What makes "a year" any year of its kind, none in particular: "in a good year", "in
// an average year", "in a dry year" (docs/rules.md "Cues", step 4).
constexpr std::array<std::string_view, 13> kGenericYear = {"good",     "bad",  "typical", "average", "normal",
                                                           "ordinary", "wet",  "dry",     "poor",    "busy",
                                                           "quiet",    "strong", "weak"};

bool is_number(std::string_view w) {
  if (w.empty()) return false;
  if (value::detail::small_number_word(w)) return true;
  return std::all_of(w.begin(), w.end(), [](char c) { return (c >= '0' && c <= '9') || c == ','; });
}

// The end of the span phrase opened at `t` (an opener), or -1: "a", "one", "a single"
// or "an average" before a unit, "the", "its" or "their" with at least one adjective
// ("the first week", not "in its day"), a number before a plural unit.
int span_end(const DocumentIndex& index, int t, int last) {
  auto word = [&](int k) { return k < last ? index.token_text(k) : std::string_view{}; };
  int k = t + 1;
  if (is_number(word(k)) && word(k) != "one") return one_of(kPluralUnits, word(k + 1)) ? k + 2 : -1;
  const bool definite = one_of(kDefinite, word(k));
  if (!definite && !one_of(kIndefinite, word(k))) return -1;
  ++k;
  int adjectives = 0;
  bool generic = false;
  for (; adjectives < 2 && (one_of(kSpanAdjectives, word(k)) || one_of(kIndefinite, word(k)) ||
                            one_of(kGenericYear, word(k)));
       ++adjectives) {
    generic = generic || one_of(kGenericYear, word(k));
    ++k;
  }
  if (definite && adjectives == 0) return -1;
  // "close to 100 TWh in a good year" is a typical year's figure, no year's own.
  if (!definite && generic && word(k) == "year") return k + 1;
  return one_of(kUnits, word(k)) ? k + 1 : -1;
}

}  // namespace

std::vector<ShortSpan> short_spans(const DocumentIndex& index, int first, int last, bool rates) {
  std::vector<ShortSpan> out;
  for (int t = first; t < last; ++t) {
    // "every month", "each week": a rate, what one such span holds, no year's total.
    if (const std::string_view w = index.token_text(t);
        rates && (w == "every" || w == "each") && t + 1 < last && one_of(kUnits, index.token_text(t + 1))) {
      out.push_back({{t, t + 2}, t + 1});
      ++t;
      continue;
    }
    // "For the first quarter of 2025, the firm reported ..." names the period of a
    // company's figures, as "in" does, for a fact scoped per year (one of no year takes
    // a quarter's sum: "turnover of $2.6 billion for the fourth quarter"). Only a
    // quarter or a half year: "for a day", "for the first day" or "for the opening
    // night" say how long a thing lasts or what a ticket is for.
    const bool for_the =
        rates && index.token_text(t) == "for" && t + 1 < last && one_of(kDefinite, index.token_text(t + 1));
    if (!one_of(kOpeners, index.token_text(t)) && !for_the) continue;
    const int end = span_end(index, t, last);
    if (end < 0) continue;
    if (for_the && index.token_text(end - 1) != "quarter" && index.token_text(end - 1) != "half") continue;
    out.push_back({{t, end}, end - 1});
    t = end - 1;
  }
  return out;
}

bool accumulates(value::Type type) {
  switch (type) {
    case value::Type::Count:
    case value::Type::Number:
    case value::Type::Money:
    case value::Type::Mass:
    case value::Type::Volume:
    case value::Type::Energy:
    case value::Type::Flow:
      return true;
    default:
      return false;
  }
}

bool opens_clause(const DocumentIndex& index, TokenMatch clause, const ShortSpan& span) {
  int t = clause.begin;
  while (t < span.words.begin && !index.has_word_char(t)) ++t;
  if (t == span.words.begin) return true;
  // "Management guidance for the first quarter of 2024 is 618 million users and 239
  // million subscribers", "Revenue for the third quarter was ...": "for" and its span
  // after the clause's subject, a noun phrase of at most six words with no verb or
  // figure, name the period the whole clause tells of, as a span before it does.
  if (index.token_text(span.words.begin) != "for") return false;
  int words = 0;
  for (int k = t; k < span.words.begin; ++k) {
    const std::string_view w = index.token_text(k);
    if (w == "'s") continue;
    if (!index.has_word_char(k) || ++words > 6 || clause_verb(w) ||
        std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      return false;
    }
  }
  return true;
}

}  // namespace factlint::match
