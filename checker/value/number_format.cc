// Numbers back to text for Value::display, keeping the figure as it was written.
#include "value/number_format.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <system_error>

namespace factlint::value::detail {

namespace {

std::string scale_name(double scale) {
  if (scale == 1e3) return "thousand";
  if (scale == 1e6) return "million";
  if (scale == 1e9) return "billion";
  if (scale == 1e12) return "trillion";
  if (scale == 1e2) return "hundred";
  // Scientific notation: "1.5 x 10^-4".
  return "x 10^" + std::to_string(static_cast<int>(std::lround(std::log10(scale))));
}

// Decimals needed to show a figure written to `precision` (0.1 -> 1, 100 -> 0).
int decimals_for(double precision) {
  if (precision <= 0 || precision >= 1) return 0;
  return static_cast<int>(std::lround(-std::log10(precision)));
}

// Decimals that show a figure written exactly ("four and a half", "half a mile",
// precision 0) as it is: 4.5, not 5; at most three.
int exact_decimals(double value) {
  for (int d = 0; d < 3; ++d) {
    const double scaled = value * std::pow(10.0, d);
    if (std::fabs(scaled - std::round(scaled)) < 1e-9 * std::max(1.0, std::fabs(scaled))) return d;
  }
  return 3;
}

int decimals(double value, double precision) {
  return precision <= 0 ? exact_decimals(value) : decimals_for(precision);
}

}  // namespace

std::string format_number(double value, int decimals, bool separators) {
  if (!std::isfinite(value)) return value > 0 ? "inf" : "-inf";
  // std::to_chars with a precision writes what printf's "%.*f" does (the standard says
  // so), without printf's parsing of its format and locale: every amount read is
  // formatted for its display, a few percent of a check (issue 10). The figure is cut
  // at 63 characters, as the 64-byte snprintf buffer this replaced cut it.
  constexpr std::size_t kKept = 63;
  char buf[512];
  const auto [end, error] =
      std::to_chars(buf, buf + sizeof buf, std::fabs(value), std::chars_format::fixed, decimals < 0 ? 6 : decimals);
  if (error != std::errc()) std::snprintf(buf, kKept + 1, "%.*f", decimals, std::fabs(value));
  const std::size_t written = error == std::errc() ? static_cast<std::size_t>(end - buf) : std::strlen(buf);
  std::string digits(buf, std::min(written, kKept));
  const auto point = digits.find('.');
  std::string int_part = digits.substr(0, point);
  std::string out;
  for (std::size_t i = 0; i < int_part.size(); ++i) {
    if (separators && i > 0 && (int_part.size() - i) % 3 == 0) out += ',';
    out += int_part[i];
  }
  if (point != std::string::npos) out += digits.substr(point);
  return value < 0 ? "-" + out : out;
}

std::string format_figure(const NumberReading& number) {
  if (number.fraction) {
    char buf[32];
    const auto [end, error] = std::to_chars(buf, buf + sizeof buf, number.value, std::chars_format::general, 3);
    return error == std::errc() ? std::string(buf, end) : std::string();
  }
  if (number.scale != 1) {
    const double unscaled_precision = number.precision / number.scale;
    return format_number(number.unscaled, decimals(number.unscaled, unscaled_precision)) + " " +
           scale_name(number.scale);
  }
  return format_number(number.value, decimals(number.value, number.precision), !number.ungrouped);
}

}  // namespace factlint::value::detail
