// Internal: reads one number at a position of normalized text, in digits or words,
// with its scale and the precision it was written to. The layer under every amount.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace factlint::value::detail {

struct NumberReading {
  double value = 0;
  double precision = 0;   // step the figure was written to, same scale as value; 0 = exact
  std::size_t end = 0;
  double scale = 1;       // the scale word's factor ("million" = 1e6), 1 when none
  double unscaled = 0;    // the figure before the scale word: 1.5 in "1.5 million"
  bool fraction = false;  // "half", "two-thirds"
  bool words = false;     // spelled out: "forty-two"
  bool ungrouped = false; // digits of four or more written without separators: "8080", not "8,080"
};

struct NumberOptions {
  bool fractions = true;     // read "half", "a quarter", "two-thirds", "3/4"
  bool mixed = true;         // read a whole number and a fraction: "four and a half", "2 1/2"
  bool scales = true;        // read "million", "bn", "k" after a figure
  bool money_scales = false; // also "m" and "b" glued to digits ("$5m", "$3b"), and "$5 m"
  bool spaced_m = true;      // with money_scales: "m" after a space too; a count turns it
                             // off, as "1.32 m" beside a count is metres, not a million
  bool signs = true;         // read "-3", "minus 3", "negative three"
};

// Reads a number starting exactly at `pos`; the caller checks word boundaries.
// Examples: "2,600" -> 2600 (precision 100); "1.5 million" -> 1.5e6 (precision 1e5);
// "$240bn" at "240bn" (money) -> 2.4e11; "two hundred and forty" -> 240 (10);
// "forty-two" -> 42 (1); "a dozen" -> 12; "two-thirds" -> 0.667 (exact); "-3.5" -> -3.5;
// "minus 1,500" -> -1500; ".25", "point 25" -> 0.25; "1 point 5" -> 1.5 (0.1);
// "three point two million" -> 3.2e6 (1e5); "3/4" -> 0.75; "four and a half" -> 4.5;
// "3 lakh" -> 3e5; "1.5 crore" -> 1.5e7; "7 bln" -> 7e9.
// Never returns infinity or NaN.
// Returns nullopt when no number starts at `pos` ("a", "the", "10th" gives 10 and
// leaves "th" to the caller's boundary check).
std::optional<NumberReading> read_number(std::string_view text, std::size_t pos,
                                         const NumberOptions& options = {});

// The value of a cardinal number word ("one" .. "ninety", "hundred"): for ordinal and date readers.
std::optional<int> small_number_word(std::string_view word);

// Precision of an integer figure as written: its lowest non-zero digit's place from
// 100 up, 1 below (2600 -> 100, 4184 -> 1, 40 -> 1, 0 -> 1).
double integer_precision(double value);
// The place of the lowest non-zero digit (2600 -> 100, 40 -> 10, 7 -> 1, 0 -> 1).
double digit_place(double value);

}  // namespace factlint::value::detail
