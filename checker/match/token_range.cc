// The tokens a byte range of a document's normalized text covers.
#include "match/token_range.h"

#include <algorithm>

namespace factlint::match {

TokenMatch token_range(const DocumentIndex& index, std::size_t begin, std::size_t end) {
  auto at = [&](std::size_t offset) {
    return static_cast<int>(std::lower_bound(index.tokens.begin(), index.tokens.end(), offset,
                                             [](const Token& t, std::size_t o) { return t.begin < o; }) -
                            index.tokens.begin());
  };
  return TokenMatch{at(begin), at(end)};
}

}  // namespace factlint::match
