// Tests for report/value_format.h: values are written as their display text.
#include "report/value_format.h"

#include <catch2/catch.hpp>

TEST_CASE("a value is written as its display text, padded like a string", "[report]") {
  factlint::value::Value v;
  v.display = "2,600 mi (4,184 km)";
  CHECK(fmt::format("says '{}'", v) == "says '2,600 mi (4,184 km)'");
  v.display = "10th";
  CHECK(fmt::format("[{:>6}]", v) == "[  10th]");
}
