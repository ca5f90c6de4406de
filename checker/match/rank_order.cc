// Ranks given as an order: the list after "followed by", one place per item.
#include "match/rank_order.h"

#include <algorithm>
#include <cmath>
#include <string_view>

namespace factlint::match {

namespace {

constexpr int kMaxItemTokens = 4;
constexpr int kMaxQualifierWords = 3;

}  // namespace

RankOrderWords rank_order_words(Vocabulary& vocabulary) {
  RankOrderWords out;
  out.followed = vocabulary.intern("followed");
  out.by = vocabulary.intern("by");
  for (const char* w : {",", "and", "then"}) out.separators.push_back(vocabulary.intern(w));
  return out;
}

namespace {

bool is_followed_by(const DocumentIndex& index, const RankOrderWords& words, int t, int clause_end) {
  return t + 1 < clause_end && index.words[t] == words.followed && index.words[t + 1] == words.by;
}

// Where "followed by" opens the order after the statement's words [span), or -1:
// ", followed by" and "— followed by" just after them, or after a comma that closes a
// few words qualifying them ("largest user by cargo, followed by ...").
int order_start(const DocumentIndex& index, const RankOrderWords& words, TokenMatch span, int clause_end) {
  int t = span.end;
  while (t < clause_end && t < span.end + 2 && !index.has_word_char(t)) ++t;
  if (is_followed_by(index, words, t, clause_end)) return t;
  for (t = span.end; t < clause_end && t <= span.end + kMaxQualifierWords; ++t) {
    if (!index.has_word_char(t)) break;
    if (index.entity_forward.count(t) > 0) return -1;  // another name: no qualifier of the rank
  }
  if (t == span.end || t >= clause_end || index.token_text(t) != ",") return -1;
  return is_followed_by(index, words, t + 1, clause_end) ? t + 1 : -1;
}

// Whether the token at `t` ends a rank's phrase: the clause's end, punctuation,
// "place", "and", "with" ("with Japan in third place", "China second, Japan third").
bool ends_rank(const DocumentIndex& index, int t, int clause_end) {
  if (t >= clause_end || !index.has_word_char(t)) return true;
  const std::string_view w = index.token_text(t);
  return w == "place" || w == "and" || w == "with" || w == "spot" || w == "position";
}

// The names after the statement's words, up to the clause's end, that a rank of
// their own follows within three words: "with Japan in third place", "China was second".
void own_ranks(const DocumentIndex& index, const TypedReadings& ordinals, int from, int clause_end,
               const std::vector<char>& fits, std::vector<RankFollower>& out) {
  auto fitting = [&](int entity) { return fits.empty() || fits[static_cast<std::size_t>(entity)]; };
  for (int k = from; k < clause_end; ++k) {
    if (index.entity_forward.count(k) == 0) continue;
    const TokenEdge& e = *index.name_at(k, fitting);
    const int after = e.to;
    if (after < clause_end && (index.token_text(after) == "'s" || index.token_text(after) == "\u2019s")) continue;
    for (int r = after; r < clause_end && r <= after + kMaxQualifierWords; ++r) {
      if (index.entity_forward.count(r) > 0) break;  // another name comes first
      if (ordinals.forward.count(r) == 0) continue;
      const TokenEdge& o = *ordinals.forward.begin(r);
      const value::Value& rank = ordinals.readings[static_cast<std::size_t>(o.payload)].value;
      if (rank.lo == rank.hi && std::isfinite(rank.lo) && !rank.vague && ends_rank(index, o.to, clause_end) &&
          (fits.empty() || fits[static_cast<std::size_t>(e.payload)])) {
        const bool listed = std::any_of(out.begin(), out.end(), [&](const RankFollower& f) { return f.entity == e.payload; });
        if (!listed) out.push_back({e.payload, {k, e.to}, 0, {k, o.to}, o.payload});
      }
      break;
    }
    k = after - 1;
  }
}

}  // namespace

std::vector<RankFollower> rank_followers(const DocumentIndex& index, const RankOrderWords& words, TokenMatch span,
                                         int clause_end, const std::vector<char>& fits) {
  std::vector<RankFollower> out;
  auto fitting = [&](int entity) { return fits.empty() || fits[static_cast<std::size_t>(entity)]; };
  const TypedReadings* ordinals = index.readings_of(value::Type::Ordinal);
  const int followed = order_start(index, words, span, clause_end);
  if (followed < 0) {
    if (ordinals) own_ranks(index, *ordinals, span.end, clause_end, fits, out);
    return out;
  }
  int t = followed;
  auto separator = [&](int k) {
    return std::find(words.separators.begin(), words.separators.end(), index.words[k]) != words.separators.end();
  };
  int places = 0;
  t = followed + 2;
  int rest = t;  // where names that carry their own rank are looked for
  while (t < clause_end) {
    while (t < clause_end && separator(t)) ++t;
    const int item = t;
    rest = item;
    while (t < clause_end && !separator(t) && !(!index.has_word_char(t) && index.token_text(t) != "'s")) ++t;
    if (t == item || t - item > kMaxItemTokens) break;
    bool ranked_itself = false;
    for (int k = item; ordinals && k < t; ++k) ranked_itself = ranked_itself || ordinals->forward.count(k) > 0;
    if (ranked_itself) break;
    ++places;
    for (int k = item; k < t; ++k) {
      if (index.entity_forward.count(k) == 0) continue;
      const TokenEdge& e = *index.name_at(k, fitting);
      if (e.to <= t && (fits.empty() || fits[static_cast<std::size_t>(e.payload)])) {
        out.push_back({e.payload, {k, e.to}, places, {followed, e.to}});
      }
      break;
    }
    // The item ends at a separator, or the list ends here ("." or ";" or a parenthesis).
    rest = t;
    if (t >= clause_end || !separator(t)) break;
  }
  if (ordinals) own_ranks(index, *ordinals, rest, clause_end, fits, out);
  return out;
}

}  // namespace factlint::match
