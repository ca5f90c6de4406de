// A figure restated after ", or" (match/restated_figure.h).
#include "match/restated_figure.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace factlint::match {

namespace {

bool digit_first(std::string_view w) { return !w.empty() && w.front() >= '0' && w.front() <= '9'; }

// Words that may stand between ", or" and the figure it restates with: "or about",
// "or just over", "or an estimated".
bool hedge_word(std::string_view w) {
  static constexpr std::array<std::string_view, 18> kHedges = {
      "about", "around", "roughly", "some",  "nearly", "almost", "approximately", "just", "over",
      "under", "more",   "less",    "than",  "close",  "to",     "an",            "a",    "estimated"};
  return std::find(kHedges.begin(), kHedges.end(), w) != kHedges.end();
}

// Whether a figure opens at token `t` (a currency sign may come first: "$5 billion").
bool figure_at(const DocumentIndex& index, int t, int end) {
  if (t >= end) return false;
  if (digit_first(index.token_text(t))) return true;
  return !index.has_word_char(t) && t + 1 < end && digit_first(index.token_text(t + 1));
}

// The token where the figure before the ", or" at `comma` begins its digits, or -1:
// the nearest one back in the clause, with no comma between ("18% of Norland's
// population, or ...").
int figure_before(const DocumentIndex& index, int comma, TokenMatch clause) {
  for (int t = comma - 1, words = 0; t >= clause.begin && words < 12; --t, ++words) {
    const std::string_view w = index.token_text(t);
    if (w == "," || w == ";") return -1;
    if (digit_first(w)) {
      while (t > clause.begin && digit_first(index.token_text(t - 1))) --t;
      return t;
    }
  }
  return -1;
}

// Whether the figure at `first` is a part "of" a whole the phrase up to `comma` names:
// "18% of Norland's population", "a third of the land".
bool share_of_a_whole(const DocumentIndex& index, int first, int comma) {
  for (int t = first + 1; t < comma && t <= first + 4; ++t) {
    if (index.token_text(t) == "of") return true;
  }
  return false;
}

}  // namespace

bool across_a_restatement(const DocumentIndex& index, TokenMatch cue, int begin, int end, TokenMatch clause) {
  // The ", or" stands between the two, or before both (the third case below).
  const int hi = std::min(std::max(cue.end, end), clause.end);
  for (int k = clause.begin; k + 1 < hi; ++k) {
    if (index.token_text(k) != "," || index.token_text(k + 1) != "or") continue;
    int second = k + 2;
    while (second < clause.end && hedge_word(index.token_text(second))) ++second;
    if (!figure_at(index, second, clause.end)) continue;
    const int first = figure_before(index, k, clause);
    if (first < 0) continue;
    // The cue in the first figure's phrase, the value the second figure.
    if (cue.begin > first && cue.end <= k && begin >= k + 2) return true;
    // The cue in the second figure's phrase, the value the first figure.
    if (cue.begin >= second && end <= k && end > first) return true;
    // The first figure a part "of" a whole ("18% of the population"): the second
    // counts that part, whatever its own noun ("or about 70,000 people").
    if (begin >= k + 2 && begin <= second + 1 && cue.begin >= second && share_of_a_whole(index, first, k)) return true;
  }
  return false;
}

}  // namespace factlint::match
