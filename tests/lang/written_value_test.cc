// Tests for lang/written_value: one reading of the values rule authors and editors
// write (known values, examples' expected values, decisions).
#include "lang/written_value.h"

#include <catch2/catch.hpp>


namespace factlint::lang {
namespace {

TEST_CASE("a written value is normalized as documents are and read as its type", "[lang]") {
  auto area = read_written_value(value::Type::Area, "3,027 km²", "");
  REQUIRE(area);
  CHECK(area->lo == Approx(3027e6));
  CHECK(area->text == "3,027 km²");
  auto date = read_written_value(value::Type::Date, "the end of 1999", "");
  REQUIRE(date);
  CHECK(date->text == "the end of 1999");
}

TEST_CASE("a written value holding a second figure is no value", "[lang]") {
  CHECK_FALSE(read_written_value(value::Type::Length, "10 km, then 12 km", ""));
  CHECK_FALSE(read_written_value(value::Type::Length, "banana", ""));
  // A misspelt scale is no value, never the smaller figure before it (a newcomer's report).
  CHECK_FALSE(read_written_value(value::Type::Money, "$1.15 bilion", ""));
  CHECK_FALSE(read_written_value(value::Type::Count, "312 milion", ""));
  CHECK(read_written_value(value::Type::Money, "$1.15 billion.", "")->lo == Approx(1.15e9));
}

TEST_CASE("a count may be followed by what it counts, as parse reads it", "[lang]") {
  // Before: "41,500 seats" was refused by decide --canonical though parse read it (a newcomer's report).
  auto seats = read_written_value(value::Type::Count, "41,500 seats", "");
  REQUIRE(seats);
  CHECK(seats->lo == 41500);
  auto stations = read_written_value(value::Type::Count, "eleven stations", "");
  REQUIRE(stations);
  CHECK(stations->lo == 11);
  // Still no value: a misspelt scale, a second figure, a noun after another type.
  CHECK_FALSE(read_written_value(value::Type::Count, "312 milion seats", ""));
  CHECK_FALSE(read_written_value(value::Type::Count, "41,500 seats in 2027", ""));
  CHECK_FALSE(read_written_value(value::Type::Length, "41 km long", ""));
}

TEST_CASE("plain numbers stand for counts, numbers and ordinals, not for quantities", "[lang]") {
  auto rank = read_written_value(value::Type::Ordinal, "6", "");
  REQUIRE(rank);
  CHECK(rank->lo == 6);
  CHECK(read_written_value(value::Type::Count, "1,200", "")->lo == 1200);
  CHECK_FALSE(read_written_value(value::Type::Length, "6", ""));
}

TEST_CASE("an amount of a fact per something is per that, and no other denominator", "[lang]") {
  auto fee = read_written_value(value::Type::Money, "$35", "vehicle");
  REQUIRE(fee);
  CHECK(fee->unit == "USD/vehicle");
  CHECK_FALSE(read_written_value(value::Type::Money, "$30 per person", "vehicle"));
}

}  // namespace
}  // namespace factlint::lang
