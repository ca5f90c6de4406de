// A thing called by its kind with "the"; see definite_kind.h.
#include "match/definite_kind.h"

namespace factlint::match {

namespace {

bool named(const DocumentIndex& index, int e) {
  return static_cast<std::size_t>(e) < index.entity_mentions.size() && index.entity_mentions[static_cast<std::size_t>(e)] > 0;
}

}  // namespace

int meant_by_kind(const DocumentIndex& index, const std::vector<int>& of_kind, const std::function<bool(int)>& ignored) {
  int only_named = -1, only = -1, named_count = 0, count = 0;
  for (int e : of_kind) {
    if (ignored(e)) continue;
    ++count;
    only = e;
    if (named(index, e)) {
      ++named_count;
      only_named = e;
    }
  }
  if (named_count == 1) return only_named;
  return named_count == 0 && count == 1 ? only : -1;
}

std::vector<int> definite_kind_mentions(const DocumentIndex& index,
                                        const std::map<std::string, std::vector<int>, std::less<>>& kind_entities,
                                        const std::function<bool(int)>& ignored, std::size_t entities) {
  std::vector<int> out(entities, 0);
  const int n = static_cast<int>(index.tokens.size());
  for (int t = 0; t + 1 < n; ++t) {
    if (index.token_text(t) != "the" || index.entity_forward.count(t + 1) > 0) continue;
    if (t + 2 < n && index.token_text(t + 2) == "of") continue;
    auto kind = kind_entities.find(index.token_text(t + 1));
    if (kind == kind_entities.end()) continue;
    const int e = meant_by_kind(index, kind->second, ignored);
    if (e >= 0 && static_cast<std::size_t>(e) < out.size()) ++out[static_cast<std::size_t>(e)];
  }
  return out;
}

}  // namespace factlint::match
