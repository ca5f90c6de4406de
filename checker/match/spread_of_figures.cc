// Spreads of figures, read from the case-folded tokens before a figure.
#include "match/spread_of_figures.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace factlint::match {

namespace {

constexpr std::array<std::string_view, 8> kSpreadVerbs = {"vary",   "varies", "varied",  "varying",
                                                          "differ", "differs", "differed", "differing"};

bool spread_verb(std::string_view w) {
  return std::find(kSpreadVerbs.begin(), kSpreadVerbs.end(), w) != kSpreadVerbs.end();
}

// The "from" of a spread at or before token `t` (within `reach` tokens, not before
// `first`), whose verb stands at most four words before it; -1 when none.
int spread_from(const DocumentIndex& index, int first, int t, int reach) {
  for (int k = t; k >= first && k >= t - reach; --k) {
    if (index.token_text(k) != "from") continue;
    for (int v = k - 1; v >= first && v >= k - 5; --v) {
      if (spread_verb(index.token_text(v))) return k;
    }
    return -1;
  }
  return -1;
}

}  // namespace

bool ends_a_spread(const DocumentIndex& index, int first, int last, int begin, int end) {
  // The whole spread read as one range ("from below 10 to more than 40 million tonnes",
  // its ends hedged): the range opens with the spread's own "from".
  if (index.token_text(begin) == "from" && spread_from(index, first, begin, 0) >= 0) return true;
  // The later end: "to" right before the figure (its hedge between), a spread's "from" before that.
  for (int k = begin - 1; k >= first && k >= begin - 3; --k) {
    if (index.token_text(k) == "to") return spread_from(index, first, k - 1, 5) >= 0;
  }
  // The earlier end: the figure right after the spread's "from", a "to" soon after it.
  const int from = spread_from(index, first, begin - 1, 2);
  if (from < 0) return false;
  for (int k = end; k < last && k <= end + 4; ++k) {
    if (index.token_text(k) == "to") return true;
  }
  return false;
}

}  // namespace factlint::match
