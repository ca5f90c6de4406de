// The tokens a byte range of a document's normalized text covers.
#pragma once

#include <cstddef>

#include "match/document_index.h"
#include "match/nfa_runner.h"

namespace factlint::match {

// The tokens of the normalized byte range [begin, end): from the first token starting
// at or after `begin` to the first starting at or after `end`.
TokenMatch token_range(const DocumentIndex& index, std::size_t begin, std::size_t end);

}  // namespace factlint::match
