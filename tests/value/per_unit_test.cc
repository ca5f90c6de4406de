// Tests for value/per_unit: the denominator a rule author writes after `per`, and
// amounts read as a fact's whose amounts are per that denominator.
#include "value/per_unit.h"

#include "value_test_support.h"

using namespace factlint::value;
using namespace factlint::value::testing;

TEST_CASE("a rule's denominator is read as the money reader reads it after 'per'", "[value]") {
  CHECK(read_denominator("vehicle") == "vehicle");
  CHECK(read_denominator("Vehicle") == "vehicle");
  CHECK(read_denominator("head") == "person");
  CHECK(read_denominator("persons") == "person");
  CHECK(read_denominator("capita") == "person");
  CHECK(read_denominator("seat per month") == "user/mo");
  CHECK(read_denominator("user/mo") == "user/mo");
  CHECK(read_denominator("  month ") == "mo");
  CHECK(read_denominator("person  per   night") == "person/night");
}

TEST_CASE("words the money reader reads as no denominator are none in a rule either", "[value]") {
  for (const char* written : {"", "cent", "the", "1000", "two", "widget per gadget", "e-book", "x"}) {
    CAPTURE(written);
    CHECK_FALSE(read_denominator(written));
  }
}

TEST_CASE("a plain amount becomes the rate, the same rate stays, another rate is no value", "[value]") {
  auto plain = read(Type::Money, "$35");
  REQUIRE(plain);
  auto as_rate = per_denominator(*plain, "vehicle");
  REQUIRE(as_rate);
  CHECK(as_rate->unit == "USD/vehicle");
  CHECK(as_rate->original_unit == "USD/vehicle");
  CHECK(as_rate->display == "35 USD/vehicle");
  CHECK(as_rate->lo == 35);
  CHECK(as_rate->text == "$35");

  auto written = read(Type::Money, "$35 per vehicle");
  REQUIRE(written);
  CHECK(per_denominator(*written, "vehicle") == written);
  // The rate a plain amount becomes is the rate written out: they compare equal.
  CHECK(as_rate->unit == written->unit);
  CHECK(as_rate->display == written->display);

  auto other = read(Type::Money, "$30 per person");
  REQUIRE(other);
  CHECK_FALSE(per_denominator(*other, "vehicle"));
  auto monthly = read(Type::Money, "$29 per user per month");
  REQUIRE(monthly);
  CHECK_FALSE(per_denominator(*monthly, "mo"));
  CHECK(per_denominator(*monthly, "user/mo"));
}

TEST_CASE("ranges and hedges keep their words when they become a rate", "[value]") {
  auto range = read(Type::Money, "about $3-5 million");
  REQUIRE(range);
  auto as_rate = per_denominator(*range, "climber");
  REQUIRE(as_rate);
  CHECK(as_rate->unit == "USD/climber");
  CHECK(as_rate->lo == 3e6);
  CHECK(as_rate->hi == 5e6);
  CHECK(as_rate->display.find("USD ") == std::string::npos);
  CHECK(as_rate->display.find("USD/climber") != std::string::npos);
}

TEST_CASE("no denominator, or a value of another type, is left as it is", "[value]") {
  auto money = read(Type::Money, "$35");
  REQUIRE(money);
  CHECK(per_denominator(*money, "") == money);
  auto length = read(Type::Length, "35 km");
  REQUIRE(length);
  CHECK(per_denominator(*length, "vehicle") == length);
}
