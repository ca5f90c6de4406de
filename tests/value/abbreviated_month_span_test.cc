// A span of months written with abbreviated names ("apr-jun 2023", as quarterly reports
// and tables write them) is read whole (date_reader.cc, read_month_span). Before, only
// its year was read: "apr-jun 2023" was 2023, a year where the text says a quarter.
#include "value_test_support.h"

#include "value/value.h"

using namespace factlint::value;
using namespace factlint::value::testing;

TEST_CASE("a span of abbreviated months takes the year after it", "[value]") {
  struct Row {
    const char* input;
    const char* text;
    const char* first;
    const char* last;
  };
  const Row rows[] = {
      {"sales for apr-jun 2023 were flat", "apr-jun 2023", "2023-04-01", "2023-06-30"},
      {"sept-oct 2022", "sept-oct 2022", "2022-09-01", "2022-10-31"},
      // The first month later in the calendar is of the year before.
      {"the dec-feb 2024 season", "dec-feb 2024", "2023-12-01", "2024-02-29"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.input);
    auto v = read(Type::Date, row.input);
    REQUIRE(v);
    CHECK(v->text == std::string(row.text));
    CHECK(format_day(v->lo, Grain::Day) == row.first);
    CHECK(format_day(v->hi, Grain::Day) == row.last);
    CHECK(v->grain == Grain::Month);
  }
}

TEST_CASE("'mar' opens no span of months, being a verb as often", "[value]") {
  auto v = read(Type::Date, "mar-apr 2023");
  REQUIRE(v);
  CHECK(v->text == "2023");
}
