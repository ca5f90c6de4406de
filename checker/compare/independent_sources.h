// How many independent sources state a fact key: documents that carry the same
// sentence word for word (a wire story printed by thirty papers, a page copied into
// another folder) are one source, so a copy never makes a single claim "consistent"
// (docs/rules.md#copies-are-one-source).
#pragma once

#include <cstddef>
#include <vector>

#include "compare/finding.h"
#include "match/statement.h"

namespace factlint::compare {

// A sentence this long or longer, repeated with the same value text in two documents,
// is a copy: independent writers do not produce it twice. Shorter ones ("Population:
// 420,000", a table row, "China and Russia share a 4,209 km border.") are what
// independent writers do write alike.
inline constexpr std::size_t kCopiedSentenceWords = 10;

// The documents of `statements`, joined when one repeats another's sentence (and
// value text) of at least kCopiedSentenceWords words: the number of groups.
std::size_t independent_sources(const std::vector<match::Statement>& statements);

// The same over every group of a finding's values.
std::size_t independent_sources(const std::vector<ValueGroup>& groups);

}  // namespace factlint::compare
