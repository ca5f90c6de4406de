// "a mile and a half", "two hours and a half": half of the unit after it is added, and
// a bare article counts one of the unit when the half follows (value/quantity_reader.cc).
#include "value_test_support.h"

#include <string>

using namespace factlint::value;
using namespace factlint::value::testing;

TEST_CASE("a unit and a half adds half of the unit", "[value]") {
  struct Case {
    Type type;
    const char* input;
    const char* text;
    double lo;
  };
  const Case cases[] = {
      {Type::Length, "the path is a metre and a half wide", "a metre and a half", 1.5},
      {Type::Length, "a mile and a half of beach", "a mile and a half", 1.5 * 1609.344},
      {Type::Length, "it runs three kilometres and a half", "three kilometres and a half", 3500},
      {Type::Mass, "a tonne and a half of grain", "a tonne and a half", 1500},
      {Type::Duration, "an hour and a half later", "an hour and a half", 1.5 / 24},
      {Type::Duration, "after two years and a half", "two years and a half", 2.5 * 365.2425},
  };
  for (const Case& c : cases) {
    CAPTURE(c.input);
    auto v = read(c.type, c.input);
    REQUIRE(v);
    CHECK(v->text == c.text);
    CHECK(v->lo == Approx(c.lo));
    CHECK(v->display.find(".5") != std::string::npos);
  }
}

TEST_CASE("a bare article with no half is still no quantity, and a half of another thing is no half", "[value]") {
  CHECK_FALSE(read(Type::Length, "a mile of beach"));
  CHECK_FALSE(read(Type::Mass, "a ton of questions"));
  // Never 10.5 km: the half is of a marathon (the figure is then left unread whole).
  auto marathon = read(Type::Length, "she ran 10 km and a half marathon");
  CHECK((!marathon || marathon->lo == 10000));
}
