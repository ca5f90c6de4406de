// ASCII case folding for names written in rule files, file extensions and keywords,
// where Unicode case folding (doc/normalizer) would be wrong or wasted.
#pragma once

#include <string>

namespace factlint::source {

// `s` with A-Z turned to a-z; every other byte, UTF-8 included, unchanged.
inline std::string ascii_lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

}  // namespace factlint::source
