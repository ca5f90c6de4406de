// A thing named by its kind; see kind_reference.h.
#include "match/kind_reference.h"

#include <algorithm>
#include <cctype>

namespace factlint::match {

namespace {

// Emphasis marks before a sentence's first word ("**The canal** ...").
bool emphasis(const DocumentIndex& index, int t) { return index.token_text(t) == "*" || index.token_text(t) == "_"; }

}  // namespace

bool refers_by_kind(const DocumentIndex& index, const std::vector<int>& determiners, int kind, int first, int end) {
  if (kind < 0) return false;
  int t = first;
  while (t < end && emphasis(index, t)) ++t;
  if (t >= end || std::find(determiners.begin(), determiners.end(), index.words[t]) == determiners.end()) return false;
  for (int k = t + 1; k < end && k <= t + 3; ++k) {
    if (index.entity_forward.count(k) > 0) return false;  // "The Panama Canal": a name, not a kind
    if (index.words[k] == kind) return true;
    if (index.token_text(k).size() == 1 && !std::isalnum(static_cast<unsigned char>(index.token_text(k)[0]))) {
      return false;  // punctuation ends the noun phrase
    }
  }
  return false;
}

}  // namespace factlint::match
