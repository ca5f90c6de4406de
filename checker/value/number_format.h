// Internal: numbers back to text for Value::display ("2,600", "1.5 million", "0.5").
#pragma once

#include <string>

#include "value/number_reader.h"

namespace factlint::value::detail {

// `value` with thousands separators and `decimals` digits after the point.
std::string format_number(double value, int decimals);
// A figure as a reader saw it, scale word kept: "2,600", "1.5 million", "0.667".
std::string format_figure(const NumberReading& number);

}  // namespace factlint::value::detail
