// "over" as the particle of "hand over" and "turn over": the figure after it is what
// changed hands, not "more than" it. Other verbs keep "over" a hedge. Sentences written
// for this test.
#include "value_test_support.h"

using namespace factlint::value;
using namespace factlint::value::testing;

TEST_CASE("over as the particle of hand over or turn over is the figure itself", "[value]") {
  const Row rows[] = {
      {"the ferry line handed over 2,417 crates to the port", "2,417", 2417, 2417},
      {"last spring the mill hands over 85 looms to its buyer", "85", 85, 85},
      {"she is handing over 310 files this week", "310", 310, 310},
      {"the brothers turned over 62 ledgers to the auditors", "62", 62, 62},
      {"the council will hand over 14 parks to a trust", "14", 14, 14},
  };
  for (const Row& row : rows) check_row(Type::Count, row, "");
  auto money = read(Type::Money, "the bakery turned over £3.2 million in its first year");
  REQUIRE(money);
  CHECK(same(money->lo, 3.2e6));
  CHECK(same(money->hi, 3.2e6));
}

TEST_CASE("over after other verbs stays a hedge", "[value]") {
  // "sold", "won", "took" and "signed" take "over 40" as "more than 40" as often as not.
  for (const char* text : {"the dealer sold over 1.4 million bikes", "the team won over 52 medals",
                           "the reader took over 600 photos", "the mayor signed over 230 permits",
                           "the clinic saw over 900 patients"}) {
    CAPTURE(text);
    auto v = read(Type::Count, text);
    REQUIRE(v);
    CHECK_FALSE(v->lo_inclusive);
    CHECK(std::isinf(v->hi));
  }
}
