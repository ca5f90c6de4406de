// ASCII case folding for names written in rule files, file extensions and keywords,
// where Unicode case folding (doc/normalizer) would be wrong or wasted.
#pragma once

#include <string>
#include <string_view>

namespace factlint::source {

// `s` with A-Z turned to a-z; every other byte, UTF-8 included, unchanged.
inline std::string ascii_lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

// Whether `s` is non-empty and all ASCII digits ("2024", never "2,024" or "").
inline bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

}  // namespace factlint::source
