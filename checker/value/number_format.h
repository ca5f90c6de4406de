// Internal: numbers back to text for Value::display ("2,600", "1.5 million", "0.5").
#pragma once

#include <string>

#include "value/number_reader.h"

namespace factlint::value::detail {

// `value` with `decimals` digits after the point, and thousands separators unless
// `separators` is false.
std::string format_number(double value, int decimals, bool separators = true);
// A figure as a reader saw it, scale word kept: "2,600", "1.5 million", "0.667". Digits
// the reader marked `ungrouped` are shown without separators: a port "8080" stays "8080".
std::string format_figure(const NumberReading& number);

}  // namespace factlint::value::detail
