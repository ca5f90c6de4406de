// Strict UTF-8 decoding and encoding, shared by everything that walks text by code point:
// the document normalizer and readers, the tokenizer and the display of text in output.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace factlint::source {

struct DecodedChar {
  char32_t code_point = 0;
  std::size_t length = 1;  // bytes consumed; 1 for an invalid byte
  bool valid = true;
};

// Decodes the code point at `offset`. An overlong form, a surrogate, a value past
// U+10FFFF or a truncated sequence is invalid and consumes one byte.
DecodedChar decode_utf8(std::string_view text, std::size_t offset);

// The UTF-8 bytes of a code point (U+FFFD for values that are not scalar values).
std::string encode_utf8(char32_t code_point);

// Byte offset of the first invalid byte, or nullopt when the text is valid UTF-8.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

}  // namespace factlint::source
