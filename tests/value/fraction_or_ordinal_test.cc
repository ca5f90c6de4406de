// "a third" and "a tenth" are both shares and places in an order: "a third of the
// votes" is a share, "a third runway" a place. A share word with "a" before a noun is
// the ordinal (number_reader.cc ordinal_before_noun), and an ordinal word with "a",
// "an" or "one" before "of" is the share (ordinal_reader.cc is_share). Before, "A
// third ferry strike" read as 33.3% and "a tenth of the budget" as 10th (great-barrier-
// reef, session 21). The sentences are written for these tests and found in no corpus.
#include "value_test_support.h"

using namespace factlint::value;
using namespace factlint::value::testing;

TEST_CASE("a share word before its noun is an ordinal, no percentage", "[value][fraction]") {
  for (const char* text : {"A third ferry strike closed the harbour", "a fifth term in office",
                           "a third runway opened", "a fifth-generation fighter"}) {
    CAPTURE(text);
    CHECK_FALSE(read(Type::Percent, text));
  }
}

TEST_CASE("a share word followed by what a share goes on with is still a share", "[value][fraction]") {
  for (const char* text : {"a third of the votes", "about a third", "a third were sold", "a fifth more than before",
                           "cut by a third in 2019", "a third larger", "a fifth, the council said"}) {
    CAPTURE(text);
    auto v = read(Type::Percent, text);
    REQUIRE(v);
    CHECK((same(v->lo, 100.0 / 3) || same(v->lo, 20.0)));
  }
  // "half" and "quarter" are no ordinals: "a quarter mile" is a share of a mile.
  auto quarter = read(Type::Percent, "a quarter mile");
  REQUIRE(quarter);
  CHECK(same(quarter->lo, 25));
}

TEST_CASE("an ordinal word with 'a' before 'of' is a share, no place", "[value][fraction]") {
  for (const char* text : {"a tenth of the budget", "one fifth of the fleet", "an eighth of the town"}) {
    CAPTURE(text);
    CHECK_FALSE(read(Type::Ordinal, text));
  }
  // "the third of the three" and "a third straight win" are places.
  for (const char* text : {"the third of the three bridges", "a third straight win", "third of the ten"}) {
    CAPTURE(text);
    auto v = read(Type::Ordinal, text);
    REQUIRE(v);
    CHECK(same(v->lo, 3));
  }
}
