// Sorted lists of sentence indexes, narrowed in place: the prefilter intersects a
// list per clause of a pattern, for every pattern of every fact in every document,
// and a new vector for each intersection was a fair share of a document's
// allocations (issue 10, bench/README.md "Session 18 (arena)").
#pragma once

#include <span>
#include <vector>

namespace factlint::match {

// Keeps the sentences of `kept` (ascending, each once) that `other` (ascending, each
// once) holds too, in order: std::set_intersection without a second vector.
inline void keep_common(std::vector<int>& kept, std::span<const int> other) {
  std::size_t write = 0;
  std::size_t o = 0;
  for (int s : kept) {
    while (o < other.size() && other[o] < s) ++o;
    if (o == other.size()) break;
    if (other[o] == s) kept[write++] = s;
  }
  kept.resize(write);
}

}  // namespace factlint::match
