// How far one word is from another in typing mistakes: for "did you mean" in
// diagnostics and for the value readers' misspelt scale words ("312 milion").
#pragma once

#include <cstddef>
#include <string_view>

namespace factlint::source {

// Edits from `a` to `b`, case aside: insertions, deletions, substitutions and swaps of
// two neighbours ("scoep" is one swap from "scope": the commonest typo counts as one).
std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace factlint::source
