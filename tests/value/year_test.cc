// Tests for year_reader.cc: years, decades and year ranges (grain year).
#include "value_test_support.h"

#include "value/named_year.h"
#include "value/value.h"

using namespace factlint::value;
using namespace factlint::value::testing;

namespace {

struct YearRow {
  const char* input;
  const char* text;  // nullptr: the whole input
  int first;
  int last;
  bool approx = false;
};

void check_years(Type type, const YearRow& row) {
  CAPTURE(row.input);
  auto v = read(type, row.input);
  REQUIRE(v);
  CHECK(v->text == std::string(row.text ? row.text : row.input));
  CHECK(v->lo == days_from_civil({row.first, 1, 1}));
  CHECK(v->hi == days_from_civil({row.last, 12, 31}));
  CHECK(v->grain == Grain::Year);
  CHECK(v->approx == row.approx);
  CHECK(v->type == type);
}

}  // namespace

TEST_CASE("a year spans its whole calendar year", "[value]") {
  const YearRow rows[] = {
      {"1960", nullptr, 1960, 1960},
      {"in 1960", "1960", 1960, 1960},
      {"since the sino-soviet split in 1960,", "1960", 1960, 1960},
      {"2014's annexation", "2014", 2014, 2014},
      {"the 2000s", nullptr, 2000, 2009},
      {"the 1960s", nullptr, 1960, 1969},
      {"1960s", nullptr, 1960, 1969},
      {"the 1960's", nullptr, 1960, 1969},
      {"the early 1990s", nullptr, 1990, 1993, true},
      {"the mid-1990s", nullptr, 1994, 1996, true},
      {"late 1990s", nullptr, 1997, 1999, true},
      {"(1999)", "1999", 1999, 1999},
      {"fiscal 2023", "2023", 2023, 2023},
      {"1066", nullptr, 1066, 1066},
      {"the '90s", nullptr, 1990, 1999},
      {"in the '60s", "the '60s", 1960, 1969},
      {"the mid-'90s", nullptr, 1994, 1996, true},
      {"the '00s", nullptr, 2000, 2009},
      {"2199", nullptr, 2199, 2199},
  };
  for (const YearRow& row : rows) check_years(Type::Year, row);
  auto v = read(Type::Year, "1960");
  CHECK(v->display == "1960");
  CHECK(read(Type::Year, "the 2000s")->display == "2000s");
}

TEST_CASE("year ranges read with every separator writers use", "[value]") {
  const YearRow rows[] = {
      {"from 1961 to 1989", nullptr, 1961, 1989},
      {"from 1961 until 1989", nullptr, 1961, 1989},
      {"from 1961 through 1989", nullptr, 1961, 1989},
      {"from 1961-1989", nullptr, 1961, 1989},
      {"1961-1989", nullptr, 1961, 1989},
      {"1961 - 1989", nullptr, 1961, 1989},
      {"1961 to 1989", nullptr, 1961, 1989},
      {"1961-89", nullptr, 1961, 1989},
      {"2022-23", nullptr, 2022, 2023},
      {"1998-2002", nullptr, 1998, 2002},
      {"2022/23", nullptr, 2022, 2023},
      {"between 1961 and 1989", nullptr, 1961, 1989},
      {"between 1961-1989", nullptr, 1961, 1989},
      {"the split of 1960-1989 reshaped asia", "1960-1989", 1960, 1989},
      {"1975", nullptr, 1975, 1975},
      {"the 1960s", nullptr, 1960, 1969},
  };
  for (const YearRow& row : rows) check_years(Type::YearRange, row);
  CHECK(read(Type::YearRange, "from 1961 to 1989")->display == "1961-1989");
  CHECK(read(Type::YearRange, "1961-89")->display == "1961-1989");
}

TEST_CASE("a year range offers its inner phrases for patterns that name the preposition", "[value]") {
  auto matches = scan_values(Type::YearRange, "from 1961 to 1989", {});
  REQUIRE(matches.size() >= 3);
  CHECK(matches[0].value.text == "from 1961 to 1989");
  CHECK(matches[1].value.text == "1961 to 1989");
  CHECK(matches[2].value.text == "1961");
}

TEST_CASE("a year is never read out of a span of years or a month", "[value]") {
  // "1961-1989" names a span and "1999-01" a month: either is read whole or not at all.
  CHECK_FALSE(read(Type::Year, "1961-1989"));
  CHECK_FALSE(read(Type::Year, "1999-01"));
  CHECK_FALSE(read(Type::YearRange, "1999-01"));
  CHECK_FALSE(read(Type::Year, "11/30/1985"));
  // Ends in the wrong order are no range, and no year either.
  CHECK_FALSE(read(Type::YearRange, "1989-1961"));
}

TEST_CASE("a fiscal year is the calendar year it ends in", "[value]") {
  // Readers see normalized text, lowercased: "FY2022" arrives as "fy2022".
  const YearRow rows[] = {
      {"fy2022", nullptr, 2022, 2022},
      {"fy 2023", nullptr, 2023, 2023},
      {"in fy22", "fy22", 2022, 2022},
      {"fy2022/23", nullptr, 2023, 2023},
      {"fy 2022-23", nullptr, 2023, 2023},
      {"fiscal year 2022/23", nullptr, 2023, 2023},
      {"financial year 2019-20", nullptr, 2020, 2020},
      {"the 2022/23 fiscal year", "2022/23 fiscal year", 2023, 2023},
      {"its 2021/2022 financial year", "2021/2022 financial year", 2022, 2022},
      {"fiscal 2024", "2024", 2024, 2024},
      {"fiscal year 2021", "2021", 2021, 2021},
      {"fy2024/3", nullptr, 2024, 2024},  // Japanese: the year to March 2024 (a blind writer's report)
      {"fy2024/12", nullptr, 2024, 2024},
  };
  for (const YearRow& row : rows) check_years(Type::Year, row);
  CHECK_FALSE(read(Type::Year, "fy2024/13"));
  // Not a fiscal year: two years apart, no fiscal word, or a word that only starts so.
  CHECK_FALSE(read(Type::Year, "the 2022/24 fiscal year"));
  CHECK_FALSE(read(Type::Year, "fyi"));
  CHECK_FALSE(read(Type::Year, "fy2022x"));
}

TEST_CASE("numbers that are not years are not read as years", "[value]") {
  for (const char* text : {"2,600", "1,960", "$1960", "1960%", "999", "12345", "3000",
                           "1960.5", "#1960", "19600", "0960", "1960s-era"}) {
    CAPTURE(text);
    auto v = read(Type::Year, text);
    if (std::string(text) == "1960s-era") {
      // "1960s-era" still names the decade.
      REQUIRE(v);
      CHECK(v->lo == days_from_civil({1960, 1, 1}));
      continue;
    }
    CHECK_FALSE(v);
  }
}

TEST_CASE("a bare split year is the two years it spans, and names the year it ends", "[value]") {
  // "2019/20" without a fiscal word: one twelve-month year across two, read as both
  // (true whichever it is), never as the first alone.
  const YearRow rows[] = {
      {"2022/23", nullptr, 2022, 2023},
      {"in 2019/2020", "2019/2020", 2019, 2020},
  };
  for (const YearRow& row : rows) check_years(Type::Year, row);
  REQUIRE(read(Type::Year, "2022/23"));
  CHECK(read(Type::Year, "2022/23")->display == "2022/23");
  CHECK(named_year(*read(Type::Year, "2022/23")) == 2023);
  CHECK(named_year(*read(Type::Year, "the 2022/23 fiscal year")) == 2023);
  CHECK(named_year(*read(Type::Year, "1975")) == 1975);
  // Not one year: two years apart, a decade, a date of a slash form.
  CHECK_FALSE(read(Type::Year, "2022/24"));
  CHECK_FALSE(named_year(*read(Type::Year, "the 1960s")));
  CHECK(read(Type::Date, "2019/05/20")->display == "2019-05-20");
}

TEST_CASE("a split year may be written with a hyphen", "[value]") {
  // Two blind rule writers' "2018-19" and "the 2023-24 school year" read nothing.
  const YearRow rows[] = {
      {"2018-19", nullptr, 2018, 2019},
      {"the 2023-24 school year", "2023-24", 2023, 2024},
      {"in 1999-2000", "1999-2000", 1999, 2000},
  };
  for (const YearRow& row : rows) check_years(Type::Year, row);
  CHECK(named_year(*read(Type::Year, "2018-19")) == 2019);
  // Years not in a row are a range, no year; a date keeps its hyphens.
  CHECK_FALSE(read(Type::Year, "1939-45"));
  CHECK(read(Type::Date, "2010-11-05")->display == "2010-11-05");
  CHECK(read(Type::YearRange, "1939-45"));
}

TEST_CASE("a negated 'until' is the time something happened, not a span up to it", "[value]") {
  // A blind writer's "the first deposit was not made until May 1996" read as "up to May 1996".
  for (const char* text : {"not until 1996", "the first deposit was not made until 1996", "it didn't open until 1996",
                           "the line will never reopen until 1996"}) {
    CAPTURE(text);
    auto range = read(Type::YearRange, text);
    REQUIRE(range);
    CHECK(range->display == "1996");
    auto date = read(Type::Date, text);
    REQUIRE(date);
    CHECK(date->display == "1996");
  }
  CHECK(read(Type::Date, "was not made until may 1996")->display == "1996-05");
  // Without a negation, or past a comma, "until" opens a span.
  CHECK(read(Type::YearRange, "until 1996")->display == "../1996");
  CHECK(read(Type::YearRange, "it was not closed, until 1996")->display == "../1996");
  CHECK(read(Type::Date, "not through 1996")->display == "../1996");
}
