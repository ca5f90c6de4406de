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
// any run of whitespace to one space (not trimmed). Soft hyphens and zero-width
// characters vanish; each invalid UTF-8 byte becomes one U+FFFD. Every output byte
// maps to the start of the input character (grapheme cluster) it came from, and a
// space to the first character of its whitespace run.
// Examples: "Russia’s 2,600‑mile  Border" -> "russia's 2,600-mile border";
// "“No limits”" -> "\"no limits\""; "ﬁve １０th" -> "five 10th"; "5′ 10″" -> "5' 10\"".
NormalizedText normalize(std::string_view text);

// Runs of ASCII whitespace become one space, with none at either end; nothing else
// changes. For quoting original text on one line ("a\n  b" -> "a b").
std::string collapse_whitespace(std::string_view raw);

}  // namespace factlint::doc
