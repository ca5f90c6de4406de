// The words that open a compared figure after a first one ("up from 3.1%", "against 4%
// a year earlier", "versus", "vs"): one list for the token-level cue model
// (match/cue_finder.h, CueWords::compare_openers) and the text-level reading of a
// compared figure's unit (match/compared_unit.h).
#pragma once

#include <array>
#include <string_view>

namespace factlint::match {

inline constexpr std::array<std::string_view, 4> kCompareOpeners = {"from", "against", "versus", "vs"};

}  // namespace factlint::match
