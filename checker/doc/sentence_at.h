// Which sentence holds an offset of Document::normalized.
#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

#include "doc/document.h"

namespace factlint::doc {

// The index of the last sentence that begins at or before `offset`, or -1 when the
// offset lies before the first sentence. Sentences are in order and do not overlap.
inline int sentence_at(const std::vector<Sentence>& sentences, std::size_t offset) {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), offset,
                             [](std::size_t at, const Sentence& s) { return at < s.begin; });
  return static_cast<int>(it - sentences.begin()) - 1;
}

}  // namespace factlint::doc
