// Operation counts of a matcher run, so tests can check the matcher stays linear
// by counting work instead of timing it.
#pragma once

#include <cstdint>

namespace factlint::match {

struct MatchStats {
  std::uint64_t nfa_steps = 0;  // thread steps and epsilon moves, over every pass
  std::uint64_t passes = 0;     // reverse (all-starts) passes plus capture passes
  std::uint64_t value_bytes = 0;  // normalized bytes read for values (live sentences, document_index.h)
  // Sentence lists built for a pattern's or cue's clauses (the sentences holding one
  // of its words): none for a fact whose words the document does not all hold.
  std::uint64_t sentence_lists = 0;
};

}  // namespace factlint::match
