// Shared helpers for the value tests: read the first value of a type and compare
// it with a row of an expectation table.
#pragma once

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <optional>
#include <string>

#include "value/civil_date.h"
#include "value/scan.h"

namespace factlint::value::testing {

constexpr double kInf = std::numeric_limits<double>::infinity();

// The leftmost-longest reading of `type` in `text`, resolved against `date` when given.
inline std::optional<Value> read(Type type, const std::string& text, const char* date = nullptr) {
  ParseContext context;
  if (date) context.reference_date = parse_iso_date(date);
  auto match = first_value(type, text, context);
  if (!match) return std::nullopt;
  return match->value;
}

// One expected reading: the input, the text read (nullptr: the whole input), the interval.
struct Row {
  const char* input;
  const char* text;
  double lo;
  double hi;
  bool lo_inclusive = true;
  bool hi_inclusive = true;
  bool approx = false;
};

inline bool same(double actual, double expected) {
  if (std::isinf(expected)) return actual == expected;
  return actual == Approx(expected).epsilon(1e-9).margin(1e-9);
}

// Checks one row; `unit` is the canonical unit expected.
inline void check_row(Type type, const Row& row, const std::string& unit) {
  CAPTURE(row.input);
  auto v = read(type, row.input);
  REQUIRE(v);
  CHECK(v->text == std::string(row.text ? row.text : row.input));
  CHECK(same(v->lo, row.lo));
  CHECK(same(v->hi, row.hi));
  CHECK(v->lo_inclusive == row.lo_inclusive);
  CHECK(v->hi_inclusive == row.hi_inclusive);
  CHECK(v->approx == row.approx);
  CHECK(v->unit == unit);
}

// An ISO date as a day number, for temporal expectations.
inline double day(const char* iso) { return static_cast<double>(days_from_civil(*parse_iso_date(iso))); }

}  // namespace factlint::value::testing
