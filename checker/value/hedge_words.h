// The words that make a figure approximate without bounding it ("about 40 km",
// "nearly 3 million"). The amount reader reads each as an approximate figure
// (amount_reader.cc's bound table, Bound::Approx); the matcher's look-arounds skip
// them between a figure and what holds or converts it. One list, so a hedge the
// reader learns is one the look-arounds step over (docs/rules.md "Cues": hedges between the fixed words).
#pragma once

#include <algorithm>
#include <array>
#include <string_view>

namespace factlint::value {

inline constexpr std::array<std::string_view, 7> kApproximateHedges = {"about",  "around", "roughly",      "some",
                                                                       "nearly", "almost", "approximately"};

inline bool is_approximate_hedge(std::string_view word) {
  return std::find(kApproximateHedges.begin(), kApproximateHedges.end(), word) != kApproximateHedges.end();
}

}  // namespace factlint::value
