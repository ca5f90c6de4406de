// The normalized view matching runs on, with an exact map back to the input.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace factlint::doc {

struct NormalizedText {
  std::string text;
  std::vector<std::uint32_t> to_source;  // size text.size() + 1: input byte offset per output byte
};

// NFKC, case folding, curly quotes and apostrophes to straight, every dash to '-',
// any run of whitespace to one space. Invalid UTF-8 bytes become U+FFFD.
// Example: "Russia’s 2,600‑mile  Border" -> "russia's 2,600-mile border".
NormalizedText normalize(std::string_view text);

}  // namespace factlint::doc
