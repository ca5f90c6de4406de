// "nearly" and "almost" say a figure falls a little short of the one written: they are
// read as an interval just below it, not as the figure itself (docs/rules.md
// "Numbers"). Sentences written for these tests, found in no corpus.
#include <catch2/catch.hpp>

#include "value_test_support.h"

using factlint::value::Type;
using namespace factlint::value::testing;

TEST_CASE("nearly and almost reach a little below their figure", "[value]") {
  const Row rows[] = {
      {"nearly 500", nullptr, 485, 500, true, true, true},
      {"almost 500", nullptr, 485, 500, true, true, true},
      {"nearly two hundred", nullptr, 194, 200, true, true, true},
  };
  for (const Row& row : rows) check_row(Type::Count, row, "");
  auto heavy = read(Type::Mass, "the crane lifts almost 1,200 tonnes");
  REQUIRE(heavy);
  CHECK(same(heavy->lo, 1164e3));
  CHECK(same(heavy->hi, 1200e3));
  auto cost = read(Type::Money, "the bridge cost nearly $80 million");
  REQUIRE(cost);
  CHECK(same(cost->lo, 77.6e6));
  CHECK(same(cost->hi, 80e6));
}

TEST_CASE("about, a range and a temperature stay as they were under nearly", "[value]") {
  // "about" may fall on either side: no reach below.
  check_row(Type::Count, {"about 500", nullptr, 500, 500, true, true, true}, "");
  // A hedged range is only hedged.
  check_row(Type::Count, {"nearly 400 to 500", nullptr, 400, 500, true, true, true}, "");
  // A share of degrees Celsius means nothing.
  auto cold = read(Type::Temperature, "the night fell to nearly -30 °c");
  REQUIRE(cold);
  CHECK(same(cold->lo, -30));
  CHECK(same(cold->hi, -30));
}
