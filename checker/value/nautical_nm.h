// "nm" after a figure of length: the nautical mile of ships' and aircraft's ranges
// ("a range of 8,000 nm", "200 nm offshore"), unless the text around it speaks of the
// very small, where "nm" is the nanometre ("light of 550 nm", "a 5 nm chip process"),
// which factlint does not read as a length (docs/rules.md "Value types", length).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "value/unit_table.h"

namespace factlint::value::detail {

// The nautical mile spelled "nm" at `pos` (a word of its own, right after the figure
// that begins at `figure`), when no word of the very small stands in its sentence;
// nullopt otherwise. `text` is normalized (lowercase).
std::optional<UnitMatch> nautical_nm(std::string_view text, std::size_t figure, std::size_t pos);

}  // namespace factlint::value::detail
