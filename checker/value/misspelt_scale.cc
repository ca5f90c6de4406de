// Scale words one typing mistake away.
#include "value/misspelt_scale.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "source/edit_distance.h"

namespace factlint::value {
namespace {

constexpr std::array<std::string_view, 8> kScales{
    "thousand", "million", "billion", "trillion", "thousands", "millions", "billions", "trillions"};
// Real words one edit from a scale word that keep its first and last letters.
constexpr std::array<std::string_view, 2> kWords{"minion", "minions"};

std::string lower(std::string_view word) {
  std::string out(word);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

bool same_ends(std::string_view a, std::string_view b) {
  return a.size() >= 4 && a.substr(0, 2) == b.substr(0, 2) && a.substr(a.size() - 2) == b.substr(b.size() - 2);
}

}  // namespace

std::optional<std::string_view> misspelt_scale(std::string_view word) {
  if (word.size() < 6) return std::nullopt;
  const std::string w = lower(word);
  if (std::find(kWords.begin(), kWords.end(), w) != kWords.end()) return std::nullopt;
  for (std::string_view scale : kScales) {
    if (w == scale) return std::nullopt;
  }
  for (std::string_view scale : kScales) {
    if (same_ends(w, scale) && source::edit_distance(w, scale) == 1) return scale;
  }
  return std::nullopt;
}

std::string misspelling_note(std::string_view unread) {
  while (!unread.empty() && !std::isalpha(static_cast<unsigned char>(unread.front()))) unread.remove_prefix(1);
  const auto scale = misspelt_scale(unread);
  return scale ? " (a misspelt '" + std::string(*scale) + "'?)" : "";
}

}  // namespace factlint::value
