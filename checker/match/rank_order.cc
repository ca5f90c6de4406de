// Ranks given as an order: the list after "followed by", one place per item.
#include "match/rank_order.h"

#include <algorithm>

namespace factlint::match {

namespace {

constexpr int kMaxItemTokens = 4;

}  // namespace

RankOrderWords rank_order_words(Vocabulary& vocabulary) {
  RankOrderWords out;
  out.followed = vocabulary.intern("followed");
  out.by = vocabulary.intern("by");
  for (const char* w : {",", "and", "then"}) out.separators.push_back(vocabulary.intern(w));
  return out;
}

std::vector<RankFollower> rank_followers(const DocumentIndex& index, const RankOrderWords& words, TokenMatch span,
                                         int clause_end, const std::vector<char>& fits) {
  std::vector<RankFollower> out;
  // "followed by" just after the statement's words: ", followed by", "— followed by".
  int t = span.end;
  while (t < clause_end && t < span.end + 2 && !index.has_word_char(t)) ++t;
  if (t + 1 >= clause_end || index.words[t] != words.followed || index.words[t + 1] != words.by) return out;
  const int followed = t;
  const TypedReadings* ordinals = index.readings_of(value::Type::Ordinal);
  auto separator = [&](int k) {
    return std::find(words.separators.begin(), words.separators.end(), index.words[k]) != words.separators.end();
  };
  int places = 0;
  t = followed + 2;
  while (t < clause_end) {
    while (t < clause_end && separator(t)) ++t;
    const int item = t;
    while (t < clause_end && !separator(t) && !(!index.has_word_char(t) && index.token_text(t) != "'s")) ++t;
    if (t == item || t - item > kMaxItemTokens) break;
    for (int k = item; ordinals && k < t; ++k) {
      if (ordinals->forward.count(k) > 0) return out;
    }
    ++places;
    for (int k = item; k < t; ++k) {
      if (index.entity_forward.count(k) == 0) continue;
      const TokenEdge& e = *index.entity_forward.begin(k);
      if (e.to <= t && (fits.empty() || fits[static_cast<std::size_t>(e.payload)])) {
        out.push_back({e.payload, {k, e.to}, places, {followed, e.to}});
      }
      break;
    }
    // The item ends at a separator, or the list ends here ("." or ";" or a parenthesis).
    if (t >= clause_end || !separator(t)) break;
  }
  return out;
}

}  // namespace factlint::match
