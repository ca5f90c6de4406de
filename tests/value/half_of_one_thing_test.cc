// A fraction that shares out no whole is no percentage (quantity_reader.cc,
// number_reader.cc): "half a day" is half of one thing, "three halves" counts the parts
// a whole falls into. Before, a percent fact read 50% and 100% there (session 22,
// kenya: a duration read as a vote share, a heading's "two halves" as growth).
#include <string>

#include "value_test_support.h"

using namespace factlint::value;
using namespace factlint::value::testing;

TEST_CASE("'half a' or 'half an' before a thing is no percentage", "[value][session22]") {
  for (const char* text : {"half a day after the vote", "half an hour", "half a season earlier",
                           "barely half a kilometre"}) {
    CAPTURE(text);
    CHECK_FALSE(read(Type::Percent, text));
  }
}

TEST_CASE("'half a' before the percentage's own unit is half of that unit", "[value][session22]") {
  auto cent = read(Type::Percent, "costs went up half a per cent");
  REQUIRE(cent);
  CHECK(same(cent->lo, 0.5));
  CHECK(cent->unit == "%");
  auto percent = read(Type::Percent, "half a percent");
  REQUIRE(percent);
  CHECK(same(percent->hi, 0.5));
  // Points are a change, no percentage: nothing is read, and never 50%.
  CHECK_FALSE(read(Type::Percent, "rates rose by half a percentage point"));
}

TEST_CASE("a share written with 'half' is still 50%", "[value][session22]") {
  for (const char* text : {"half of the seats", "about half", "she won half the ballots", "one half"}) {
    CAPTURE(text);
    auto v = read(Type::Percent, text);
    REQUIRE(v);
    CHECK(same(v->lo, 50));
  }
  auto thirds = read(Type::Percent, "two-thirds of the members");
  REQUIRE(thirds);
  CHECK(same(thirds->lo, 100.0 * 2 / 3));
}

TEST_CASE("a count of the parts a whole falls into is no share", "[value][session22]") {
  for (const char* text : {"a season of two halves", "a game of four quarters", "cut in three thirds",
                           "five fifths"}) {
    CAPTURE(text);
    CHECK_FALSE(read(Type::Percent, text));
  }
  // As a count it is the number of parts.
  auto parts = read(Type::Count, "a season of two halves");
  REQUIRE(parts);
  CHECK(same(parts->lo, 2));
}
