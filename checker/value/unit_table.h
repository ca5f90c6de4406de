// Internal: the one table of unit spellings behind find_unit and the quantity scanner.
#pragma once

#include <string>
#include <vector>

#include "value/units.h"

namespace factlint::value::detail {

// One way of writing a unit ("kilometres", "sq mi", "us$"), lowercase as in normalized text.
struct UnitSpelling {
  Type type;
  std::string spelling;
  UnitInfo info;
};

// Every spelling of every unit, longest spelling first so a scanner taking the
// first hit that fits takes the longest ("square miles" before "miles").
const std::vector<UnitSpelling>& unit_spellings();

}  // namespace factlint::value::detail

namespace factlint::value::detail {

// The longest unit spelling of `type` at `pos` that ends on a word boundary, and
// where it ends. A space in a spelling also matches '-' ("square-mile").
struct UnitMatch {
  UnitInfo info;
  std::size_t end = 0;
};
std::optional<UnitMatch> match_unit(Type type, std::string_view text, std::size_t pos);

}  // namespace factlint::value::detail
