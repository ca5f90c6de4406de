// Internal: the words around a reading that belong to its value phrase but that no
// reader took in ("1 point 5" read as "1"). A reading with such a neighbour is a
// prefix of the phrase, so the scanner drops it rather than report a wrong value.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "value/value_type.h"

namespace factlint::value::detail {

// A byte range of normalized text.
struct TextSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// The part of the value phrase right after a reading of `type` ending at `end` that
// the reading left out: " point 5", "/4", "-third" after "fifty", " million" after a
// figure that did not take it, "-07" after the year of "2016-07". nullopt when the
// phrase ends there.
std::optional<TextSpan> unread_after(Type type, std::string_view text, std::size_t end);

// The same before a reading starting at `begin`: "minus " before "1,500", "point "
// before "25", "3/" before "4", "30/11/" before "1985".
std::optional<TextSpan> unread_before(Type type, std::string_view text, std::size_t begin);

// True when a unit of any quantity type, a currency or a scale word starts at `pos`
// ("tonnes", "km", "million"): the figure before it is measured in that unit.
bool unit_or_scale_at(std::string_view text, std::size_t pos);

}  // namespace factlint::value::detail
