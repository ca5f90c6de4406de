// A figure before a word that adds to a measure ("eight more years") measures that
// unit and counts no things (value/count_reader.cc names_a_unit). The phrases are
// written for these tests.
#include "value_test_support.h"

using namespace factlint::value;
using namespace factlint::value::testing;

// Before: "Now it has eight more years" gave a crew count of 8.
TEST_CASE("a count before a word that adds to a measure counts no things", "[value]") {
  // "eight more years": the years are measured, not eight things counted.
  CHECK_FALSE(read(Type::Count, "eight more years"));
  CHECK_FALSE(read(Type::Count, "two extra days"));
  CHECK_FALSE(read(Type::Count, "three further kilometres"));
  auto people = read(Type::Count, "eight more rowers");
  REQUIRE(people);
  CHECK(people->text == "eight");
}
