// Tests for the change words before "from" in amount_reader.cc: "rose from 5 to 7
// million" is the level reached (7 million), not the range 5-7 million; "from 5 to 7"
// without a change word stays a range.
#include "value_test_support.h"

using namespace factlint::value;
using namespace factlint::value::testing;

TEST_CASE("a change from one level to another reads the level reached", "[value]") {
  struct Case {
    Type type;
    const char* text;
    double reached;
  };
  const Case cases[] = {
      {Type::Percent, "seagrass cover shrank from 41% to 19% in a decade", 19},
      {Type::Percent, "the share climbed steadily from 12.5% to 30%", 30},
      {Type::Count, "membership swelled from 2,400 to 3,150", 3150},
      {Type::Count, "the fleet was cut from 48 to 31 aircraft", 31},
      {Type::Count, "visitors rose from 1.1 million to 1.6 million", 1.6e6},
      {Type::Money, "fares went from $2.75 to $2.90", 2.90},
      {Type::Length, "the runway was lengthened from 2,100 m to 2,800 m", 2800},
      {Type::Length, "the queue has grown from 3 km to 5 km", 5000},
      // The change word before the thing changed (a blind writer's "raised the price").
      {Type::Money, "the museum raised the ticket price from €15 to €19", 19},
      {Type::Count, "the airline cut its cabin crew from 900 to 650", 650},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    auto v = read(c.type, c.text);
    REQUIRE(v);
    CHECK(same(v->lo, c.reached));
    CHECK(same(v->hi, c.reached));
  }
}

TEST_CASE("from one figure to another without a change word is a range", "[value]") {
  auto range = read(Type::Count, "each class has from 18 to 24 pupils");
  REQUIRE(range);
  CHECK(same(range->lo, 18));
  CHECK(same(range->hi, 24));
  // A change word in another clause, or more than four words back, is not the range's.
  auto school = read(Type::Count, "the school, which grew, has from 18 to 24 pupils in a class");
  REQUIRE(school);
  CHECK(same(school->lo, 18));
  auto far = read(Type::Count, "prices rose and the smallest flats in the new blocks have from 2 to 3 rooms");
  REQUIRE(far);
  CHECK(same(far->lo, 2));
  auto rates = read(Type::Percent, "rates range from 3% to 7%");
  REQUIRE(rates);
  CHECK(same(rates->lo, 3));
  CHECK(same(rates->hi, 7));
}

TEST_CASE("a change whose second figure leaves its scale unsaid is not read as that figure", "[value]") {
  auto v = read(Type::Count, "sales grew from 5 million to 7 over the decade");
  REQUIRE(v);
  CHECK_FALSE(same(v->lo, 7));
}

// Before: "from 31,000 in 1990 to 12,400 in 2023" read "1990 to 12,400" as a range of
// counts, so the later figure of the change was lost (a blind writer's report, session
// 19). For every year after "in", whatever figure follows "to".
TEST_CASE("a year after 'in' opens no range with the figure after 'to'", "[value][feedback20]") {
  for (int year = 1800; year <= 2100; year += 7) {
    for (const char* later : {"12,400", "3.5 million", "950", "64"}) {
      const std::string text = "in " + std::to_string(year) + " to " + later + " in 2023";
      CAPTURE(text);
      auto v = read(Type::Count, text);
      REQUIRE(v);
      CHECK(same(v->lo, year));
      CHECK(same(v->hi, year));
    }
  }
  // Two years are a span still, a year-like figure with no "in" before it a range, and
  // a figure with a separator no year.
  auto span = read(Type::Count, "in 1990 to 1995");
  REQUIRE(span);
  CHECK(same(span->hi, 1995));
  auto range = read(Type::Count, "between 1990 to 2400 seats");
  REQUIRE(range);
  CHECK(same(range->hi, 2400));
  auto grouped = read(Type::Count, "in 1,990 to 2,400 homes");
  REQUIRE(grouped);
  CHECK(same(grouped->hi, 2400));
}
