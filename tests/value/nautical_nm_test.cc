// "nm" after a length: the nautical mile of ranges at sea and in the air, unless its
// sentence is about the very small, where it is the nanometre (value/nautical_nm.h).
#include "value_test_support.h"

using namespace factlint::value;
using namespace factlint::value::testing;

TEST_CASE("nm after a figure is the nautical mile for a range, a distance at sea", "[value]") {
  const Row rows[] = {
      {"8,000 nm", nullptr, 8000 * 1852.0, 8000 * 1852.0},
      {"a ferry range of 2,400 nm", "2,400 nm", 2400 * 1852.0, 2400 * 1852.0},
      {"the 12-nm limit off the coast", "12-nm", 12 * 1852.0, 12 * 1852.0},
      {"about 450nm", nullptr, 450 * 1852.0, 450 * 1852.0, true, true, true},
  };
  for (const Row& row : rows) check_row(Type::Length, row, "m");
  auto v = read(Type::Length, "a cruising range of 3,100 nm with full tanks");
  REQUIRE(v);
  CHECK(v->display == "3,100 nmi");
}

TEST_CASE("nm in a sentence about light, chips or particles is no nautical mile", "[value]") {
  for (const char* text : {"green light has a wavelength of about 530 nm", "the plant makes chips on a 5 nm process",
                           "particles smaller than 100 nm pass the filter", "a film 40 nm thick coats the lens"}) {
    CAPTURE(text);
    CHECK_FALSE(read(Type::Length, text));
  }
}
