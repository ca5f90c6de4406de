// Dollar conversions in brackets: "3 billion kronor ($290 million)", "€35 million
// (about $38 million)". English texts add them to an amount in another currency; the
// bracket is the same statement as the amount it follows (docs/rules.md "A fact in one
// currency").
#pragma once

#include <string_view>
#include <vector>

#include "value/scan.h"

namespace factlint::match {

// Whether `here` restates `before` in dollars ("$", "US$", "USD", a bare "$" not yet
// resolved) in brackets right after it, with at most a hedge word ("about") between
// the bracket and the figure, and nothing between the figure and ")"; `before` in
// another currency. `text` is the text both readings index.
bool converts_into_dollars(std::string_view text, const value::ValueMatch& before, const value::ValueMatch& here);

// Erases from `matches` (sorted by begin) those `drop` says to, and with each one the
// dollar conversion that follows it in brackets: a fact that passes an amount over
// passes its conversion over too, rather than read the conversion in its place.
template <typename Drop>
void erase_with_conversions(std::string_view text, std::vector<value::ValueMatch>& matches, Drop drop) {
  std::vector<char> erase(matches.size(), 0);
  for (std::size_t i = 0; i < matches.size(); ++i) {
    if (!drop(matches[i])) continue;
    erase[i] = 1;
    // The conversion is among the readings that begin first after it (readings inside
    // it are none; "$290" and "$290 million" begin together).
    std::size_t k = i + 1;
    while (k < matches.size() && matches[k].begin < matches[i].end) ++k;
    for (const std::size_t first = k; k < matches.size() && matches[k].begin == matches[first].begin; ++k) {
      if (!converts_into_dollars(text, matches[i], matches[k])) continue;
      // The conversion and the readings inside it ("$190 million" in "about $190 million").
      for (std::size_t in = k; in < matches.size() && matches[in].begin < matches[k].end; ++in) {
        if (matches[in].end <= matches[k].end) erase[in] = 1;
      }
    }
  }
  std::size_t kept = 0;
  for (std::size_t i = 0; i < matches.size(); ++i) {
    if (erase[i]) continue;
    if (kept != i) matches[kept] = std::move(matches[i]);
    ++kept;
  }
  matches.resize(kept);
}

}  // namespace factlint::match
