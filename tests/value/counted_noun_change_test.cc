// A change from one level to another with the counted noun after the first figure
// ("grows from 90 seats to 110") reads the level reached, as "grows from 90 to 110"
// does. Sentences written for this test.
#include "value_test_support.h"

using namespace factlint::value;
using namespace factlint::value::testing;

TEST_CASE("a noun after the first figure of a change still reads the level reached", "[value]") {
  struct Case {
    const char* text;
    double reached;
  };
  const Case cases[] = {
      {"the orchestra grew from 48 players to 71 by the spring", 71},
      {"the school cut its intake from 240 pupils to 180", 180},
      {"the village shrank from 1,200 houses to 950 houses", 950},
      {"the fleet rose from 9 ferries to 14", 14},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    auto v = read(Type::Count, c.text);
    REQUIRE(v);
    CHECK(same(v->lo, c.reached));
    CHECK(same(v->hi, c.reached));
  }
}

TEST_CASE("a noun between two figures without a change word reads no level", "[value]") {
  // No change word: "from 48 players to 71" is no level reached, and the first figure
  // is read as it was.
  auto v = read(Type::Count, "tickets were sold from 48 booths to 71 towns");
  REQUIRE(v);
  CHECK(same(v->lo, 48));
}
