// Figures as science and finance write them (session 25): scientific notation ("3.2 × 10^6
// km"), a figure with its uncertainty ("5 ± 0.2 km"), a money range with a sign of more
// than one byte on both ends ("£2.3m-£2.5m") and a figure that counts digits ("a
// six-figure sum"). Before, each was read as a part of it: "6 km", "0.2 km", "£2.3m", 6.
#include <string>

#include "value_test_support.h"

using namespace factlint::value;
using namespace factlint::value::testing;

TEST_CASE("scientific notation is read whole, never its mantissa or exponent alone", "[value]") {
  check_row(Type::Length, {"the probe flew 3.2 × 10^6 km", "3.2 × 10^6 km", 3.2e9, 3.2e9}, "m");
  check_row(Type::Number, {"a ratio of 1.5 x 10^-4", "1.5 x 10^-4", 1.5e-4, 1.5e-4}, "");
  check_row(Type::Count, {"some 10^6 cells", "some 10^6", 1e6, 1e6, true, true, true}, "");
  check_row(Type::Count, {"about 2 x 10^9 stars", "about 2 x 10^9", 2e9, 2e9, true, true, true}, "");
  // A size is still two sides: "3 x 10 m" has no power of ten.
  check_row(Type::Length, {"a 3 x 10 m room", "3", 3, 3}, "m");
  // Where the power is unread, neither figure is a value: "10^" without digits after.
  auto exponent_only = read(Type::Count, "a rate of 10^ 6");
  CHECK((!exponent_only || exponent_only->lo != 6));
}

TEST_CASE("a figure with its uncertainty is the interval they span", "[value]") {
  check_row(Type::Length, {"a depth of 5 ± 0.2 km", "5 ± 0.2 km", 4800, 5200}, "m");
  check_row(Type::Length, {"5 km +/- 200 m", nullptr, 4800, 5200}, "m");
  check_row(Type::Temperature, {"held at 25 ± 2 degrees", "25 ± 2 degrees", 23, 27}, "°C");
  check_row(Type::Count, {"120 plus or minus 5", nullptr, 115, 125}, "");
  // The uncertainty alone is never the value.
  CHECK_FALSE(read(Type::Length, "± 0.2 km"));
}

TEST_CASE("a money range with a multi-byte sign on both ends is one range", "[value]") {
  check_row(Type::Money, {"a fee of £2.3m-£2.5m", "£2.3m-£2.5m", 2.3e6, 2.5e6}, "GBP");
  check_row(Type::Money, {"€4bn-€5bn", nullptr, 4e9, 5e9}, "EUR");
}

TEST_CASE("a figure hyphened to 'figure' or 'digit' counts digits, no things", "[value]") {
  CHECK_FALSE(read(Type::Count, "she took a six-figure sum"));
  CHECK_FALSE(read(Type::Count, "a 10-digit code"));
  // A figure hyphened to a noun still counts it.
  check_row(Type::Count, {"a 130-ship fleet", "130", 130, 130}, "");
}

TEST_CASE("a figure glued to 'm' before a unit of a measure is a million of it", "[value]") {
  check_row(Type::Mass, {"a harvest of 1.5m tonnes", "1.5m tonnes", 1.5e9, 1.5e9}, "kg");
  check_row(Type::Area, {"2m hectares", nullptr, 2e10, 2e10}, "m2");
  check_row(Type::Length, {"50m miles", nullptr, 50e6 * 1609.344, 50e6 * 1609.344}, "m");
  // "2m sq km" is an area: no length of two metres.
  CHECK_FALSE(read(Type::Length, "a basin of 2m sq km"));
  // Before no unit, or a short one, "m" stays metres.
  check_row(Type::Length, {"a 30m tall mast", "30m", 30, 30}, "m");
  check_row(Type::Length, {"she ran the 100m in 11 s", "100m", 100, 100}, "m");
}

TEST_CASE("'bil' after a figure is a billion, as 'mil' is a million", "[value]") {
  check_row(Type::Money, {"a $1.2 bil deal", "$1.2 bil", 1.2e9, 1.2e9}, "USD");
  check_row(Type::Count, {"1.2 bil users", "1.2 bil", 1.2e9, 1.2e9}, "");
}
