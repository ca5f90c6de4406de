// Tests for civil_date.cc: day numbers, weekdays and ISO dates.
#include <catch2/catch.hpp>

#include <random>

#include "value/civil_date.h"

using namespace factlint::value;

TEST_CASE("day numbers count from 1970-01-01", "[value]") {
  CHECK(days_from_civil({1970, 1, 1}) == 0);
  CHECK(days_from_civil({1970, 1, 2}) == 1);
  CHECK(days_from_civil({1969, 12, 31}) == -1);
  CHECK(days_from_civil({2000, 3, 1}) == 11017);
  CHECK(days_from_civil({2022, 9, 20}) == 19255);
}

TEST_CASE("day numbers and civil dates round-trip across four centuries", "[value]") {
  long previous = days_from_civil({1600, 1, 1}) - 1;
  for (int year = 1600; year < 2400; ++year) {
    for (int month = 1; month <= 12; ++month) {
      for (int d = 1; d <= days_in_month(year, month); ++d) {
        const long n = days_from_civil({year, month, d});
        REQUIRE(n == previous + 1);
        REQUIRE(civil_from_days(n) == CivilDate{year, month, d});
        previous = n;
      }
    }
  }
}

TEST_CASE("months have their Gregorian lengths, leap years included", "[value]") {
  CHECK(days_in_month(2022, 2) == 28);
  CHECK(days_in_month(2024, 2) == 29);
  CHECK(days_in_month(1900, 2) == 28);
  CHECK(days_in_month(2000, 2) == 29);
  CHECK(days_in_month(2022, 4) == 30);
  CHECK(days_in_month(2022, 12) == 31);
  CHECK(days_in_month(2022, 13) == 0);
}

TEST_CASE("weekdays run from Monday 0 to Sunday 6", "[value]") {
  CHECK(weekday({1970, 1, 1}) == 3);   // a Thursday
  CHECK(weekday({2022, 9, 20}) == 1);  // a Tuesday
  CHECK(weekday({2022, 9, 18}) == 6);  // a Sunday
  CHECK(weekday({1969, 12, 29}) == 0); // a Monday before the epoch
  CHECK(weekday({2000, 1, 1}) == 5);   // a Saturday
}

TEST_CASE("ISO dates parse strictly and print back", "[value]") {
  CHECK(parse_iso_date("2022-02-04") == CivilDate{2022, 2, 4});
  CHECK(to_iso({2022, 2, 4}) == "2022-02-04");
  CHECK(to_iso({987, 1, 1}) == "0987-01-01");
  for (const char* bad : {"2022-02-30", "2022-13-01", "2022-2-4", "20220204", "2022-02-04x",
                          "abcd-ef-gh", "", "2023-02-29"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_iso_date(bad));
  }
  CHECK(parse_iso_date("2024-02-29"));
}

TEST_CASE("random day numbers survive a round trip through civil dates", "[value]") {
  std::mt19937 rng(7);
  std::uniform_int_distribution<long> days(-800000, 800000);
  for (int i = 0; i < 2000; ++i) {
    const long n = days(rng);
    CAPTURE(n);
    CHECK(days_from_civil(civil_from_days(n)) == n);
  }
}
