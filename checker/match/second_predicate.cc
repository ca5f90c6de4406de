// A figure that closes a predicate before another one; see second_predicate.h.
#include "match/second_predicate.h"

#include "match/compared_mention.h"

namespace factlint::match {

bool second_predicate_between(const DocumentIndex& index, int from, int to) {
  bool joined = false;
  for (int t = from; t < to; ++t) {
    const std::string_view w = index.token_text(t);
    if (w == "and") {
      joined = true;
    } else if (clause_verb(w)) {
      return joined;
    }
  }
  return false;
}

}  // namespace factlint::match
