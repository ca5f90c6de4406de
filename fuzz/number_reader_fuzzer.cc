// Fuzz target: the number reader under every amount, called at each word start
// of normalized text with the options picked by the first input byte; then
// amounts (qualifiers, ranges, vague words) built on it.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "doc/normalizer.h"
#include "fuzz/fuzz_input.h"
#include "value/amount_reader.h"
#include "value/number_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace factlint::value::detail;
  if (size == 0) return 0;
  NumberOptions numbers{(data[0] & 1) != 0, (data[0] & 2) != 0, (data[0] & 4) != 0};
  AmountOptions amounts;
  amounts.non_negative = (data[0] & 8) != 0;
  amounts.vague_words = (data[0] & 16) != 0;
  std::string text = factlint::doc::normalize(factlint::fuzz::as_text(data + 1, size - 1)).text;
  MagnitudeReader magnitude = [&](std::string_view t, std::size_t pos) -> std::optional<Magnitude> {
    std::optional<NumberReading> n = read_number(t, pos, numbers);
    if (!n) return std::nullopt;
    return Magnitude{*n, std::nullopt, n->end};
  };
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    if (pos > 0 && text[pos - 1] != ' ') continue;
    if (std::optional<NumberReading> n = read_number(text, pos, numbers)) {
      if (n->end <= pos || n->end > text.size()) std::abort();
    }
    for (const Amount& amount : read_amounts(text, pos, magnitude, amounts)) {
      if (amount.end <= pos || amount.end > text.size()) std::abort();
    }
  }
  return 0;
}
