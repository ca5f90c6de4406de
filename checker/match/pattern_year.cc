// A year a pattern writes as one of its words; see pattern_year.h.
#include "match/pattern_year.h"

#include <algorithm>
#include <charconv>

#include "lang/pattern_words.h"

namespace factlint::match {

namespace {

// The year a word is, written as four digits from 1000 to 2999, or 0.
int as_year(std::string_view word) {
  if (word.size() != 4 || !std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return 0;
  }
  int year = 0;
  std::from_chars(word.data(), word.data() + word.size(), year);
  return year >= 1000 && year < 3000 ? year : 0;
}

}  // namespace

std::vector<int> years_written(const lang::PatternNode& pattern, const lang::RuleSet& rules) {
  std::vector<int> out;
  for (const lang::PatternNode* word : lang::words_of(pattern, rules)) {
    if (const int year = as_year(word->text); year != 0 && std::find(out.begin(), out.end(), year) == out.end()) {
      out.push_back(year);
    }
  }
  return out;
}

int year_matched(const DocumentIndex& index, TokenMatch match, const std::vector<int>& years) {
  if (years.empty()) return 0;
  for (int t = std::max(match.begin, 0); t < match.end && t < static_cast<int>(index.tokens.size()); ++t) {
    const int year = as_year(index.token_text(t));
    if (year != 0 && std::find(years.begin(), years.end(), year) != years.end()) return year;
  }
  return 0;
}

}  // namespace factlint::match
