// The verbs whose particle "over" is before a figure: "handed over 1,313,851 cars" hands
// over the cars, it is no "more than" (docs/rules.md "Quantities"). The amount reader
// reads the figure after such an "over" as itself; the matcher does not take that "over"
// for a preposition opening a phrase of its own. One list, so both agree.
#pragma once

#include <algorithm>
#include <array>
#include <string_view>

namespace factlint::value {

// Only verbs whose "over" is the particle before a figure as a rule: "took over 3
// hours", "won over 50 medals", "won over 60% of the vote" and "signed over 200 bills"
// are hedges as often as not, so "take", "win" and "sign" stay out.
inline constexpr std::array<std::string_view, 8> kOverParticleVerbs = {"hand", "hands", "handed", "handing",
                                                                       "turn", "turns", "turned", "turning"};

inline bool takes_over_as_particle(std::string_view verb) {
  return std::find(kOverParticleVerbs.begin(), kOverParticleVerbs.end(), verb) != kOverParticleVerbs.end();
}

}  // namespace factlint::value
