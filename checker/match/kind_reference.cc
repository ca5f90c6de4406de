// A thing named by its kind; see kind_reference.h.
#include "match/kind_reference.h"

#include <algorithm>
#include <cctype>

namespace factlint::match {

namespace {

// Emphasis marks before a sentence's first word ("**The canal** ...").
bool emphasis(const DocumentIndex& index, int t) { return index.token_text(t) == "*" || index.token_text(t) == "_"; }

}  // namespace

int refers_by_kind(const DocumentIndex& index, const std::vector<int>& determiners, const std::vector<int>& kind_words,
                   int first, int end) {
  if (kind_words.empty()) return -1;
  int t = first;
  while (t < end && emphasis(index, t)) ++t;
  if (t >= end || std::find(determiners.begin(), determiners.end(), index.words[t]) == determiners.end()) return -1;
  for (int k = t + 1; k < end && k <= t + 3; ++k) {
    if (index.entity_forward.count(k) > 0) return -1;  // "The Panama Canal": a name, not a kind
    if (std::find(kind_words.begin(), kind_words.end(), index.words[k]) != kind_words.end()) return k;
    if (index.token_text(k).size() == 1 && !std::isalnum(static_cast<unsigned char>(index.token_text(k)[0]))) {
      return -1;  // punctuation ends the noun phrase
    }
  }
  return -1;
}

}  // namespace factlint::match
