// Tests for number_format.cc: figures are formatted as printf formatted them (issue 10
// replaced snprintf by std::to_chars; every value's display must stay byte for byte).
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <random>
#include <string>

#include "value/number_format.h"

using factlint::value::detail::NumberReading;
using factlint::value::detail::format_figure;
using factlint::value::detail::format_number;

namespace {

// What format_number gave when it printed with snprintf into 64 bytes.
std::string printf_digits(double value, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, std::fabs(value));
  return buf;
}

// format_number's output without separators or sign: the digits as printed.
std::string bare(double value, int decimals) {
  std::string out = format_number(value, decimals, false);
  return !out.empty() && out[0] == '-' ? out.substr(1) : out;
}

}  // namespace

TEST_CASE("figures are printed as printf's %.*f printed them", "[value]") {
  std::mt19937_64 random(10);
  std::uniform_real_distribution<double> mantissa(-10.0, 10.0);
  std::uniform_int_distribution<int> exponent(-8, 20);
  for (int i = 0; i < 20000; ++i) {
    const double v = mantissa(random) * std::pow(10.0, exponent(random));
    const int decimals = i % 9;
    CAPTURE(v, decimals);
    REQUIRE(bare(v, decimals) == printf_digits(v, decimals));
  }
  // Halves, where rounding could differ, and figures longer than the old 64-byte buffer.
  for (double v : {0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1e15 + 0.5, 1e22, 1e300, 1.7976931348623157e308}) {
    for (int decimals : {0, 1, 2, 3, 10}) {
      CAPTURE(v, decimals);
      CHECK(bare(v, decimals) == printf_digits(v, decimals));
    }
  }
  CHECK(format_number(-2600, 0) == "-2,600");
  CHECK(format_number(1234567.891, 2) == "1,234,567.89");
}

TEST_CASE("fractions are printed as printf's %.3g printed them", "[value]") {
  for (double v : {0.5, 1.0 / 3, 2.0 / 3, 0.25, 0.125, 1e-5, 12345.678, 0.0}) {
    NumberReading n;
    n.value = v;
    n.fraction = true;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3g", v);
    CAPTURE(v);
    CHECK(format_figure(n) == buf);
  }
}
