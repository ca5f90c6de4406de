// Tests for date_reader.cc: calendar dates at every grain and relative dates
// resolved against the publication date.
#include "value_test_support.h"

#include "value/value.h"

using namespace factlint::value;
using namespace factlint::value::testing;

namespace {

struct DateRow {
  const char* input;
  const char* text;  // nullptr: the whole input
  const char* first;
  const char* last;
  Grain grain;
  bool approx = false;
};

void check_date(const DateRow& row, const char* reference) {
  CAPTURE(row.input, reference ? reference : "none");
  auto v = read(Type::Date, row.input, reference);
  REQUIRE(v);
  CHECK(v->text == std::string(row.text ? row.text : row.input));
  CHECK(format_day(v->lo, Grain::Day) == row.first);
  CHECK(format_day(v->hi, Grain::Day) == row.last);
  CHECK(v->grain == row.grain);
  CHECK(v->approx == row.approx);
}

// 2022-09-20 was a Tuesday: the date of one of the seed corpus articles.
constexpr const char* kRef = "2022-09-20";

}  // namespace

TEST_CASE("full dates read in US, UK and ISO order", "[value]") {
  const DateRow rows[] = {
      {"sept. 16, 2022", nullptr, "2022-09-16", "2022-09-16", Grain::Day},
      {"sept 16, 2022", nullptr, "2022-09-16", "2022-09-16", Grain::Day},
      {"sep. 16, 2022", nullptr, "2022-09-16", "2022-09-16", Grain::Day},
      {"september 16, 2022", nullptr, "2022-09-16", "2022-09-16", Grain::Day},
      {"september 16 2022", nullptr, "2022-09-16", "2022-09-16", Grain::Day},
      {"september 16th, 2022", nullptr, "2022-09-16", "2022-09-16", Grain::Day},
      {"16 september 2022", nullptr, "2022-09-16", "2022-09-16", Grain::Day},
      {"16 sept 2022", nullptr, "2022-09-16", "2022-09-16", Grain::Day},
      {"16th of september, 2022", nullptr, "2022-09-16", "2022-09-16", Grain::Day},
      {"16th september 2022", nullptr, "2022-09-16", "2022-09-16", Grain::Day},
      {"2022-09-16", nullptr, "2022-09-16", "2022-09-16", Grain::Day},
      {"2022-02-04", nullptr, "2022-02-04", "2022-02-04", Grain::Day},
      {"jan. 1, 2000", nullptr, "2000-01-01", "2000-01-01", Grain::Day},
      {"dec. 31, 1999", nullptr, "1999-12-31", "1999-12-31", Grain::Day},
      {"feb. 24, 2022", nullptr, "2022-02-24", "2022-02-24", Grain::Day},
      {"feb 29, 2024", nullptr, "2024-02-29", "2024-02-29", Grain::Day},
      {"march 18, 2014", nullptr, "2014-03-18", "2014-03-18", Grain::Day},
      {"aug. 8, 2008", nullptr, "2008-08-08", "2008-08-08", Grain::Day},
      {"nov. 17, 2023", nullptr, "2023-11-17", "2023-11-17", Grain::Day},
      {"on may 9, 1945,", "may 9, 1945", "1945-05-09", "1945-05-09", Grain::Day},
      {"published 24 february 2022.", "24 february 2022", "2022-02-24", "2022-02-24", Grain::Day},
  };
  for (const DateRow& row : rows) check_date(row, nullptr);
}

TEST_CASE("month-year, season, quarter and year dates span their grain", "[value]") {
  const DateRow rows[] = {
      {"february 2022", nullptr, "2022-02-01", "2022-02-28", Grain::Month},
      {"feb. 2022", nullptr, "2022-02-01", "2022-02-28", Grain::Month},
      {"feb 2022", nullptr, "2022-02-01", "2022-02-28", Grain::Month},
      {"february, 2022", nullptr, "2022-02-01", "2022-02-28", Grain::Month},
      {"february of 2022", nullptr, "2022-02-01", "2022-02-28", Grain::Month},
      {"february 2024", nullptr, "2024-02-01", "2024-02-29", Grain::Month},
      {"in march 2014", "march 2014", "2014-03-01", "2014-03-31", Grain::Month},
      {"may 2023", nullptr, "2023-05-01", "2023-05-31", Grain::Month},
      {"december 1991", nullptr, "1991-12-01", "1991-12-31", Grain::Month},
      {"summer 2022", nullptr, "2022-06-01", "2022-08-31", Grain::Month, true},
      {"the summer of 2022", "summer of 2022", "2022-06-01", "2022-08-31", Grain::Month, true},
      {"spring 2023", nullptr, "2023-03-01", "2023-05-31", Grain::Month, true},
      {"autumn 2021", nullptr, "2021-09-01", "2021-11-30", Grain::Month, true},
      {"fall 2021", nullptr, "2021-09-01", "2021-11-30", Grain::Month, true},
      {"winter 2022", nullptr, "2022-12-01", "2023-02-28", Grain::Month, true},
      {"q1 2022", nullptr, "2022-01-01", "2022-03-31", Grain::Month},
      {"q3 2022", nullptr, "2022-07-01", "2022-09-30", Grain::Month},
      {"q4 of 2021", nullptr, "2021-10-01", "2021-12-31", Grain::Month},
      {"the first quarter of 2022", "first quarter of 2022", "2022-01-01", "2022-03-31", Grain::Month},
      {"third quarter of 2022", nullptr, "2022-07-01", "2022-09-30", Grain::Month},
      {"fourth quarter 2021", nullptr, "2021-10-01", "2021-12-31", Grain::Month},
      {"the first half of 2021", "first half of 2021", "2021-01-01", "2021-06-30", Grain::Month},
      {"second half of 2021", nullptr, "2021-07-01", "2021-12-31", Grain::Month},
      {"h1 2023", nullptr, "2023-01-01", "2023-06-30", Grain::Month},
      {"early 2022", nullptr, "2022-01-01", "2022-04-30", Grain::Month, true},
      {"mid-2022", nullptr, "2022-05-01", "2022-08-31", Grain::Month, true},
      {"late 2022", nullptr, "2022-09-01", "2022-12-31", Grain::Month, true},
      {"early february 2022", nullptr, "2022-02-01", "2022-02-10", Grain::Day, true},
      {"late february 2022", nullptr, "2022-02-21", "2022-02-28", Grain::Day, true},
      {"1960", nullptr, "1960-01-01", "1960-12-31", Grain::Year},
      {"in 2014", "2014", "2014-01-01", "2014-12-31", Grain::Year},
      {"the 2000s", nullptr, "2000-01-01", "2009-12-31", Grain::Year},
  };
  for (const DateRow& row : rows) check_date(row, nullptr);
}

TEST_CASE("date ranges span both ends at the finer grain", "[value]") {
  const DateRow rows[] = {
      {"sept. 15-16, 2022", nullptr, "2022-09-15", "2022-09-16", Grain::Day},
      {"september 15-16 2022", nullptr, "2022-09-15", "2022-09-16", Grain::Day},
      {"15-16 september 2022", nullptr, "2022-09-15", "2022-09-16", Grain::Day},
      {"february to april 2022", nullptr, "2022-02-01", "2022-04-30", Grain::Month},
      {"february-march 2022", nullptr, "2022-02-01", "2022-03-31", Grain::Month},
      {"december to february 2022", nullptr, "2021-12-01", "2022-02-28", Grain::Month},
      {"from march 2014 to february 2022", "march 2014 to february 2022", "2014-03-01",
       "2022-02-28", Grain::Month},
      {"march 2014 until february 2022", nullptr, "2014-03-01", "2022-02-28", Grain::Month},
      {"2014-2016", nullptr, "2014-01-01", "2016-12-31", Grain::Year},
      {"between 2014 and 2016", "2014 and 2016", "2014-01-01", "2016-12-31", Grain::Year},
      {"from 1961 to 1989", "1961 to 1989", "1961-01-01", "1989-12-31", Grain::Year},
      {"2014 to february 2022", nullptr, "2014-01-01", "2022-02-28", Grain::Month},
      {"2022-02-04 to 2022-02-10", nullptr, "2022-02-04", "2022-02-10", Grain::Day},
      {"sept. 16, 2022 - oct. 1, 2022", nullptr, "2022-09-16", "2022-10-01", Grain::Day},
      {"q1 2022-q3 2022", nullptr, "2022-01-01", "2022-09-30", Grain::Month},
  };
  for (const DateRow& row : rows) check_date(row, nullptr);
  CHECK(read(Type::Date, "2014-2016")->display == "2014/2016");
  // Ends in the wrong order are not a range, and neither year is read alone from it.
  CHECK_FALSE(read(Type::Date, "2016-2014"));
  CHECK(read(Type::Date, "sept. 16-15, 2022")->text == "2022");
}

TEST_CASE("relative dates resolve against the publication date", "[value]") {
  const DateRow rows[] = {
      {"last month", nullptr, "2022-08-01", "2022-08-31", Grain::Month},
      {"this month", nullptr, "2022-09-01", "2022-09-30", Grain::Month},
      {"next month", nullptr, "2022-10-01", "2022-10-31", Grain::Month},
      {"last year", nullptr, "2021-01-01", "2021-12-31", Grain::Year},
      {"this year", nullptr, "2022-01-01", "2022-12-31", Grain::Year},
      {"next year", nullptr, "2023-01-01", "2023-12-31", Grain::Year},
      {"last february", nullptr, "2022-02-01", "2022-02-28", Grain::Month},
      {"last september", nullptr, "2021-09-01", "2021-09-30", Grain::Month},
      {"last december", nullptr, "2021-12-01", "2021-12-31", Grain::Month},
      {"this february", nullptr, "2022-02-01", "2022-02-28", Grain::Month},
      {"next february", nullptr, "2023-02-01", "2023-02-28", Grain::Month},
      {"in february", "february", "2022-02-01", "2022-02-28", Grain::Month},
      {"in september", "september", "2022-09-01", "2022-09-30", Grain::Month},
      {"in october", "october", "2021-10-01", "2021-10-31", Grain::Month},
      {"since march", "march", "2022-03-01", "2022-03-31", Grain::Month},
      {"in may", "may", "2022-05-01", "2022-05-31", Grain::Month},
      {"on thursday", "thursday", "2022-09-15", "2022-09-15", Grain::Day},
      {"putin said thursday", "thursday", "2022-09-15", "2022-09-15", Grain::Day},
      {"on tuesday", "tuesday", "2022-09-20", "2022-09-20", Grain::Day},
      {"on monday", "monday", "2022-09-19", "2022-09-19", Grain::Day},
      {"on wednesday", "wednesday", "2022-09-14", "2022-09-14", Grain::Day},
      {"last thursday", nullptr, "2022-09-15", "2022-09-15", Grain::Day},
      {"last tuesday", nullptr, "2022-09-13", "2022-09-13", Grain::Day},
      {"next monday", nullptr, "2022-09-26", "2022-09-26", Grain::Day},
      {"next tuesday", nullptr, "2022-09-27", "2022-09-27", Grain::Day},
      {"this thursday", nullptr, "2022-09-22", "2022-09-22", Grain::Day},
      {"this tuesday", nullptr, "2022-09-20", "2022-09-20", Grain::Day},
      {"today", nullptr, "2022-09-20", "2022-09-20", Grain::Day},
      {"yesterday", nullptr, "2022-09-19", "2022-09-19", Grain::Day},
      {"tomorrow", nullptr, "2022-09-21", "2022-09-21", Grain::Day},
      {"last week", nullptr, "2022-09-12", "2022-09-18", Grain::Day},
      {"this week", nullptr, "2022-09-19", "2022-09-25", Grain::Day},
      {"two years ago", nullptr, "2020-01-01", "2020-12-31", Grain::Year, true},
      {"2 years ago", nullptr, "2020-01-01", "2020-12-31", Grain::Year, true},
      {"a year ago", nullptr, "2021-01-01", "2021-12-31", Grain::Year, true},
      {"a decade ago", nullptr, "2012-01-01", "2012-12-31", Grain::Year, true},
      // The most recent century's first year, loosely.
      {"the turn of the century", nullptr, "2000-01-01", "2000-12-31", Grain::Year, true},
      // One date, not the year back and this month's own (a blind writer's two statements).
      {"twenty years ago this month", nullptr, "2002-09-01", "2002-09-30", Grain::Month},
      {"ten years ago today", nullptr, "2012-09-20", "2012-09-20", Grain::Day},
      {"three months ago", nullptr, "2022-06-01", "2022-06-30", Grain::Month, true},
      {"ten months ago", nullptr, "2021-11-01", "2021-11-30", Grain::Month, true},
      {"two weeks ago", nullptr, "2022-09-06", "2022-09-06", Grain::Day, true},
      {"five days ago", nullptr, "2022-09-15", "2022-09-15", Grain::Day},
      {"earlier this month", nullptr, "2022-09-01", "2022-09-20", Grain::Day, true},
      {"earlier this year", nullptr, "2022-01-01", "2022-09-20", Grain::Day, true},
      {"later this year", nullptr, "2022-09-20", "2022-12-31", Grain::Day, true},
      {"september 16", nullptr, "2022-09-16", "2022-09-16", Grain::Day},
      {"sept. 16", nullptr, "2022-09-16", "2022-09-16", Grain::Day},
      {"16 september", nullptr, "2022-09-16", "2022-09-16", Grain::Day},
      {"february 2021", nullptr, "2021-02-01", "2021-02-28", Grain::Month},
  };
  for (const DateRow& row : rows) check_date(row, kRef);
}

TEST_CASE("a season counted from the publication date is the one it names", "[value]") {
  // With the reference Tuesday 2022-09-20, in autumn: spring and summer 2022 have
  // ended, autumn 2022 is under way, winter 2022 (December to February) is to come.
  const DateRow rows[] = {
      {"last spring", nullptr, "2022-03-01", "2022-05-31", Grain::Month, true},
      {"last summer", nullptr, "2022-06-01", "2022-08-31", Grain::Month, true},
      {"last autumn", nullptr, "2021-09-01", "2021-11-30", Grain::Month, true},
      {"last winter", nullptr, "2021-12-01", "2022-02-28", Grain::Month, true},
      {"this summer", nullptr, "2022-06-01", "2022-08-31", Grain::Month, true},
      {"this winter", nullptr, "2022-12-01", "2023-02-28", Grain::Month, true},
      {"next spring", nullptr, "2023-03-01", "2023-05-31", Grain::Month, true},
      {"next autumn", nullptr, "2023-09-01", "2023-11-30", Grain::Month, true},
      {"last fall", nullptr, "2021-09-01", "2021-11-30", Grain::Month, true},
  };
  for (const DateRow& row : rows) check_date(row, kRef);
  // In January the spring before is last year's, and this winter began in December.
  check_date({"last spring", nullptr, "2023-03-01", "2023-05-31", Grain::Month, true}, "2024-01-22");
  check_date({"this winter", nullptr, "2023-12-01", "2024-02-29", Grain::Month, true}, "2024-01-22");
  check_date({"last winter", nullptr, "2022-12-01", "2023-02-28", Grain::Month, true}, "2024-01-22");
  // In April, spring is under way: the last one is a year back.
  check_date({"last spring", nullptr, "2022-03-01", "2022-05-31", Grain::Month, true}, "2023-04-15");
  // "fall" the noun is no season.
  CHECK_FALSE(read(Type::Date, "this fall in prices", kRef));
}

TEST_CASE("relative dates near a year's turn roll the year", "[value]") {
  const DateRow rows[] = {
      {"last month", nullptr, "2021-12-01", "2021-12-31", Grain::Month},
      {"last february", nullptr, "2021-02-01", "2021-02-28", Grain::Month},
      {"in february", "february", "2021-02-01", "2021-02-28", Grain::Month},
      {"in january", "january", "2022-01-01", "2022-01-31", Grain::Month},
      {"last january", nullptr, "2021-01-01", "2021-01-31", Grain::Month},
      {"next month", nullptr, "2022-02-01", "2022-02-28", Grain::Month},
      {"yesterday", nullptr, "2022-01-04", "2022-01-04", Grain::Day},
      {"two months ago", nullptr, "2021-11-01", "2021-11-30", Grain::Month, true},
  };
  for (const DateRow& row : rows) check_date(row, "2022-01-05");
}

TEST_CASE("a part of a month without its year is a third of the month a bare month gives", "[value]") {
  // With the reference Tuesday 2022-09-20: October is last year's, as "in october" is.
  const DateRow rows[] = {
      {"late october", nullptr, "2021-10-21", "2021-10-31", Grain::Day, true},
      {"in late october", "late october", "2021-10-21", "2021-10-31", Grain::Day, true},
      {"late in october", nullptr, "2021-10-21", "2021-10-31", Grain::Day, true},
      {"mid-august", nullptr, "2022-08-11", "2022-08-20", Grain::Day, true},
      {"in mid august", "mid august", "2022-08-11", "2022-08-20", Grain::Day, true},
      {"early in july", nullptr, "2022-07-01", "2022-07-10", Grain::Day, true},
      {"early september", nullptr, "2022-09-01", "2022-09-10", Grain::Day, true},
      {"late february", nullptr, "2022-02-21", "2022-02-28", Grain::Day, true},
  };
  for (const DateRow& row : rows) check_date(row, kRef);
  // A year of its own wins, in every form: "late in october 2018" is 2018's.
  const DateRow written[] = {
      {"late in october 2018", nullptr, "2018-10-21", "2018-10-31", Grain::Day, true},
      {"early in 2019", nullptr, "2019-01-01", "2019-04-30", Grain::Month, true},
  };
  for (const DateRow& row : written) check_date(row, kRef);
  // A day after the month makes another date, read whole or not at all.
  CHECK(read(Type::Date, "late october 16, 2018", kRef)->text != "late october");
  // No publication date, no year: nothing.
  CHECK_FALSE(read(Type::Date, "late october"));
  CHECK_FALSE(read(Type::Date, "in mid-august"));
}

TEST_CASE("a weekday before a written date is part of that date", "[value]") {
  // Not the Wednesday before the publication date (2022-09-14), but the date written.
  const DateRow rows[] = {
      {"wednesday, 3 may 2017", nullptr, "2017-05-03", "2017-05-03", Grain::Day},
      {"wednesday 3 may 2017", nullptr, "2017-05-03", "2017-05-03", Grain::Day},
      {"on thursday, october 18, 2018", "thursday, october 18, 2018", "2018-10-18", "2018-10-18", Grain::Day},
      // Without a year, the publication year, as "3 may" after a weekday is no "may be".
      {"on wednesday, 3 may", "wednesday, 3 may", "2022-05-03", "2022-05-03", Grain::Day},
      {"tuesday, october 18", nullptr, "2022-10-18", "2022-10-18", Grain::Day},
  };
  for (const DateRow& row : rows) check_date(row, kRef);
  CHECK(read(Type::Date, "wednesday, 3 may 2017")->display == "2017-05-03");
  // A weekday before anything else is still the day before the publication date.
  CHECK(read(Type::Date, "on wednesday, the level fell", kRef)->display == "2022-09-14");
}

TEST_CASE("an indefinite or recurring weekday names no day; the month after it is the date", "[value]") {
  // Not the Sunday before the publication date (Tuesday 2022-09-20) but the month said.
  const DateRow rows[] = {
      {"on a sunday morning in august", "august", "2022-08-01", "2022-08-31", Grain::Month},
      {"thieves struck one tuesday in may 2019", "may 2019", "2019-05-01", "2019-05-31", Grain::Month},
      {"every monday since march", "march", "2022-03-01", "2022-03-31", Grain::Month},
  };
  for (const DateRow& row : rows) check_date(row, kRef);
  CHECK_FALSE(read(Type::Date, "on a friday night", kRef));
  CHECK_FALSE(read(Type::Date, "open each saturday", kRef));
  // A weekday of its own is still the most recent one.
  CHECK(read(Type::Date, "on saturday morning in the capital", kRef)->display == "2022-09-17");
}

TEST_CASE("relative dates need a publication date", "[value]") {
  for (const char* text : {"last month", "last february", "on thursday", "this year",
                           "two years ago", "earlier this month", "in february", "yesterday",
                           "the turn of the century",
                           "september 16"}) {
    CAPTURE(text);
    CHECK_FALSE(read(Type::Date, text));
  }
}

// A blind writer's "launched on Christmas Day 2021" was read as the year 2021 only.
TEST_CASE("holidays on a fixed day read as that day of the year given", "[value]") {
  const DateRow rows[] = {
      {"christmas day 2021", nullptr, "2021-12-25", "2021-12-25", Grain::Day},  // text as normalized
      {"christmas eve, 1968", nullptr, "1968-12-24", "1968-12-24", Grain::Day},
      {"new year's day 2000", nullptr, "2000-01-01", "2000-01-01", Grain::Day},
      {"new year's eve of 1999", nullptr, "1999-12-31", "1999-12-31", Grain::Day},
      {"boxing day 2004", nullptr, "2004-12-26", "2004-12-26", Grain::Day},
      {"halloween 2020", nullptr, "2020-10-31", "2020-10-31", Grain::Day},
  };
  for (const DateRow& row : rows) check_date(row, nullptr);
  // Without a year, which year is meant would be a guess; and a holiday is no month.
  CHECK_FALSE(read(Type::Date, "christmas day", kRef));
  CHECK_FALSE(read(Type::Date, "the new plan", kRef));
}

TEST_CASE("words that merely look like dates are not read", "[value]") {
  for (const char* text : {"you may go", "the march began", "may", "a long march", "sept",
                           "the spring", "a fall in prices", "the first quarter",
                           "the second half"}) {
    CAPTURE(text);
    auto v = read(Type::Date, text, kRef);
    INFO((v ? v->text : std::string("(none)")));
    CHECK_FALSE(v);
  }
}

TEST_CASE("an impossible day is not read, nor the month or year after it", "[value]") {
  // The whole phrase or nothing: "2022" alone would silently misread the date.
  for (const char* text : {"february 30, 2022", "february 29, 2021", "32 may 2022", "april 31st 2020",
                           "31 april 2020", "sept. 31, 2020"}) {
    CAPTURE(text);
    auto v = read(Type::Date, text);
    INFO((v ? v->text : std::string("(none)")));
    CHECK_FALSE(v);
    CHECK_FALSE(scan(Type::Date, text, {}).unread.empty());
  }
  // A real day is read whole; its year is still a year of its own for a year fact.
  CHECK(read(Type::Date, "february 29, 2020")->text == "february 29, 2020");
  CHECK(read(Type::Year, "february 30, 2022")->text == "2022");
  CHECK(read(Type::Date, "in may 2022")->text == "may 2022");
}

TEST_CASE("a date phrase is read whole, not also in parts", "[value]") {
  ParseContext context;
  context.reference_date = parse_iso_date(kRef);
  auto matches = scan_values(Type::Date, "earlier this month", context);
  REQUIRE(matches.size() == 1);
  auto full = scan_values(Type::Date, "on sept. 16, 2022, putin said", context);
  REQUIRE(full.size() == 1);
  CHECK(full[0].value.text == "sept. 16, 2022");
}

TEST_CASE("a day of May without its year is read where no verb can follow 'may'", "[value]") {
  // "5 may be" is a figure and a verb; before the end of a sentence or a clause no verb
  // follows, so "may" is the month.
  CHECK(read(Type::Date, "the bridge opens on 6 may.", kRef)->display == "2022-05-06");
  CHECK(read(Type::Date, "on 6 may, the bridge opens", kRef)->display == "2022-05-06");
  CHECK_FALSE(read(Type::Date, "the 6 may be late", kRef));
  CHECK_FALSE(read(Type::Date, "6 may open", kRef));
}
