// A near miss of a sentence that stated its fact but left a second figure of the fact's
// type unread (a list, the other end of a change): the audit lists it with the others,
// and says so in the fact's header (docs/rules.md "Finding what your rules miss"). Its
// reason opens with these words; both sides read them from here.
#pragma once

#include <string_view>

#include "match/matcher.h"

namespace factlint::match {

inline constexpr std::string_view kLeftUnreadOpening = "the sentence gave a statement";

inline bool left_a_figure_unread(const NearMiss& m) { return m.reason.starts_with(kLeftUnreadOpening); }

}  // namespace factlint::match
