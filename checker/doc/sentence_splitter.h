// Sentence segmentation of the normalized text: terminal punctuation with
// abbreviation, initial, decimal and quote handling, plus forced breaks at
// paragraph boundaries and page-furniture lines.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "doc/document.h"

namespace factlint::doc {

// Splits `normalized` into sentences (byte ranges of it, trimmed, in order; ranges
// without a letter or digit are dropped). `to_source` (size normalized.size() + 1)
// maps each byte to `source`, the text that was normalized: capitalisation is read
// there. `breaks` are sorted offsets into `source`; a whitespace run spanning one
// always ends a sentence.
// Examples: "mr. xi met mr. putin on sept. 16, 2022. it was 2.5 hours." is one
// sentence up to "2022." and a second one; "... said. \"next\"" splits after "said.".
std::vector<Sentence> split_sentences(std::string_view normalized, const std::vector<std::uint32_t>& to_source,
                                      std::string_view source, const std::vector<std::size_t>& breaks);

// Cuts every sentence longer than `max_bytes` into parts of at most that size, in
// place: at the last space before the limit, or at a character boundary when a
// word is longer than that. Keeps matching and the quoted sentence bounded.
// Returns the begin of each sentence that was cut (before cutting), in order.
// Example: max_bytes 10, "aaaa bbbb cccc" -> "aaaa bbbb", "cccc".
std::vector<std::size_t> cut_long_sentences(std::vector<Sentence>& sentences, std::string_view normalized,
                                            std::size_t max_bytes);

}  // namespace factlint::doc
