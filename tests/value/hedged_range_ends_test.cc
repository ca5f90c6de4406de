// A written range whose ends are hedged is read whole: "from about 40 to about 60
// tonnes" is about 40-60 t, and "from under 40 to over 60 tonnes" is open on both
// sides. Before, the first end and its hedge were passed over and the second end read
// alone, "over 60 tonnes", a value the sentence does not give (docs/rules.md "One
// principle: the whole phrase or nothing").
#include "value_test_support.h"

using namespace factlint::value;
using namespace factlint::value::testing;

TEST_CASE("a range with hedged ends is read whole", "[value]") {
  // An approximate end makes the range approximate.
  check_row(Type::Mass, {"from about 40 to about 60 tonnes", nullptr, 40000, 60000, true, true, true}, "kg");
  check_row(Type::Mass, {"between roughly 40 and 60 tonnes", nullptr, 40000, 60000, true, true, true}, "kg");
  // An end that reaches beyond its figure leaves the range open on that side.
  check_row(Type::Mass, {"from under 40 to over 60 tonnes", nullptr, 0, kInf, true, true, true}, "kg");
  check_row(Type::Mass, {"from about 40 to more than 60 tonnes", nullptr, 40000, kInf, true, true, true}, "kg");
  check_row(Type::Length, {"from less than 3 to about 5 km", nullptr, 0, 5000, true, true, true}, "m");
  // Unhedged ranges read as before.
  check_row(Type::Mass, {"from 40 to 60 tonnes", nullptr, 40000, 60000}, "kg");
}

TEST_CASE("a hedged range shows its hedges", "[value]") {
  auto v = read(Type::Mass, "from under 40 to over 60 tonnes");
  REQUIRE(v);
  CHECK(v->display == "under 40 to over 60 t");
  auto about = read(Type::Mass, "from about 40 to about 60 tonnes");
  REQUIRE(about);
  CHECK(about->display == "about 40-60 t");
}
