// Tests for count_reader.cc, number_reader.cc and amount_reader.cc: figures,
// number words, fractions, qualifiers, ranges and vague quantities.
#include <cmath>

#include "value/hedge_words.h"
#include "value_test_support.h"

#include <algorithm>

using namespace factlint::value;
using namespace factlint::value::testing;

TEST_CASE("figures in digits read as exact counts", "[value]") {
  const Row rows[] = {
      {"42", nullptr, 42, 42},
      {"0", nullptr, 0, 0},
      {"2,600", nullptr, 2600, 2600},
      {"1,000,000", nullptr, 1e6, 1e6},
      {"12,345,678", nullptr, 12345678, 12345678},
      {"they met 40 times", "40", 40, 40},
      {"the 3 leaders", "3", 3, 3},
      {"1.5 million people", "1.5 million", 1.5e6, 1.5e6},
      {"2 billion", nullptr, 2e9, 2e9},
      {"3 trillion", nullptr, 3e12, 3e12},
      {"40 thousand", nullptr, 40000, 40000},
      {"12bn", nullptr, 12e9, 12e9},
      {"12 bn", nullptr, 12e9, 12e9},
      {"5k", nullptr, 5000, 5000},
      {"2.5 mln", nullptr, 2.5e6, 2.5e6},
      {"1 tn", nullptr, 1e12, 1e12},
      {"1,200.", "1,200", 1200, 1200},
      {"(300)", "300", 300, 300},
      {"300,000 troops", "300,000", 3e5, 3e5},
      {"in 2014, when", "2014", 2014, 2014},
      {"1.5m people", "1.5m", 1.5e6, 1.5e6},
      {"3bn users", "3bn", 3e9, 3e9},
      // "MPs" are members of parliament: no speed unit takes the figure (normalized
      // text has no case, so "mps" cannot be metres per second either).
      {"a house of 120 MPs", "120", 120, 120},
  };
  for (const Row& row : rows) check_row(Type::Count, row, "");
}

TEST_CASE("a figure cut by a decimal comma is no count", "[value]") {
  // "1,2345" is no grouped figure: reading "1" would be reading part of it.
  CHECK_FALSE(read(Type::Count, "1,2345"));
  CHECK_FALSE(read(Type::Count, "fifty-third"));
}

// Before: "63 bytes" was no count (a data size), so a fact counting the characters or
// bytes of a limit could not read its commonest phrasing (a blind rule writer's report).
TEST_CASE("bytes and bits without a scale are counted; scaled sizes are not", "[value]") {
  const Row rows[] = {
      {"names are limited to 63 bytes", "63", 63, 63},
      {"a 64-bit key", "64", 64, 64},
      {"one byte", "one", 1, 1},
  };
  for (const Row& row : rows) check_row(Type::Count, row, "");
  CHECK_FALSE(read(Type::Count, "a 64 mb buffer"));  // documents are read case-folded
  CHECK_FALSE(read(Type::Count, "2 kb of text"));
}

TEST_CASE("number words read up to the trillions", "[value]") {
  const Row rows[] = {
      {"one", nullptr, 1, 1},
      {"zero", nullptr, 0, 0},
      {"seven", nullptr, 7, 7},
      {"eleven", nullptr, 11, 11},
      {"nineteen", nullptr, 19, 19},
      {"forty", nullptr, 40, 40},
      {"forty-two", nullptr, 42, 42},
      {"forty two", nullptr, 42, 42},
      {"ninety-nine", nullptr, 99, 99},
      {"a hundred", nullptr, 100, 100},
      {"one hundred", nullptr, 100, 100},
      {"two hundred and forty", nullptr, 240, 240},
      {"two hundred forty", nullptr, 240, 240},
      {"three hundred and sixty-five", nullptr, 365, 365},
      {"fifteen hundred", nullptr, 1500, 1500},
      {"a thousand", nullptr, 1000, 1000},
      {"two thousand and twelve", nullptr, 2012, 2012},
      {"one million", nullptr, 1e6, 1e6},
      {"a million", nullptr, 1e6, 1e6},
      {"forty-two million", nullptr, 42e6, 42e6},
      {"two billion", nullptr, 2e9, 2e9},
      {"three million four hundred thousand", nullptr, 3.4e6, 3.4e6},
      {"a dozen", nullptr, 12, 12},
      {"dozen", nullptr, 12, 12},
      {"two dozen", nullptr, 24, 24},
      {"a dozen times", "a dozen", 12, 12},
      {"half a million people", "half a million", 5e5, 5e5},
      {"half a dozen", nullptr, 6, 6},
      {"a quarter of a million", nullptr, 250000, 250000},
      {"more than half a million", nullptr, 5e5, kInf, false, true, false},
      {"they met twenty-one times", "twenty-one", 21, 21},
      {"one two", "one", 1, 1},
      {"twenty thirty", "twenty", 20, 20},
      {"seven and", "seven", 7, 7},
      {"two hundred and", "two hundred", 200, 200},
  };
  for (const Row& row : rows) check_row(Type::Count, row, "");
}

TEST_CASE("fractions and shares read as numbers", "[value]") {
  const Row rows[] = {
      {"half", nullptr, 0.5, 0.5},
      {"a half", nullptr, 0.5, 0.5},
      {"one half", nullptr, 0.5, 0.5},
      {"a quarter", nullptr, 0.25, 0.25},
      {"one-quarter", nullptr, 0.25, 0.25},
      {"three quarters", nullptr, 0.75, 0.75},
      {"three-quarters", nullptr, 0.75, 0.75},
      {"a third", nullptr, 1.0 / 3, 1.0 / 3},
      {"one-third", nullptr, 1.0 / 3, 1.0 / 3},
      {"two-thirds", nullptr, 2.0 / 3, 2.0 / 3},
      {"two thirds", nullptr, 2.0 / 3, 2.0 / 3},
      {"a fifth", nullptr, 0.2, 0.2},
      {"four-fifths", nullptr, 0.8, 0.8},
      {"about half", nullptr, 0.5, 0.5, true, true, true},
      {"roughly a third", nullptr, 1.0 / 3, 1.0 / 3, true, true, true},
      {"nearly two-thirds", nullptr, 2.0 / 3, 2.0 / 3, true, true, true},
      {"more than half", nullptr, 0.5, kInf, false, true, false},
      {"less than a quarter", nullptr, -kInf, 0.25, true, false, false},
      {"1.5", nullptr, 1.5, 1.5},
      {"-3.25", nullptr, -3.25, -3.25},
      {"0.007", nullptr, 0.007, 0.007},
      {"under -3", nullptr, -kInf, -3, true, false, false},
  };
  for (const Row& row : rows) check_row(Type::Number, row, "");
}

TEST_CASE("fractions are not counts, and bare ordinal words are not fractions", "[value]") {
  CHECK_FALSE(read(Type::Count, "half"));
  CHECK_FALSE(read(Type::Count, "two-thirds"));
  CHECK_FALSE(read(Type::Count, "1.5"));
  CHECK_FALSE(read(Type::Count, "-3"));
  // Decimals that happen to be whole are no count either: a release, a measure.
  CHECK_FALSE(read(Type::Count, "4.0"));
  CHECK_FALSE(read(Type::Count, "12.00"));
  CHECK(read(Type::Count, "4.0 million"));
  CHECK(read(Type::Number, "4.0"));
  CHECK_FALSE(read(Type::Number, "the third man"));
  CHECK_FALSE(read(Type::Number, "the first quarter"));
  CHECK_FALSE(read(Type::Number, "a big deal"));
}

TEST_CASE("qualifiers turn a figure into an open or approximate interval", "[value]") {
  const Row rows[] = {
      {"over 40", nullptr, 40, kInf, false, true, false},
      {"more than 40", nullptr, 40, kInf, false, true, false},
      {"above 40", nullptr, 40, kInf, false, true, false},
      {"greater than 40", nullptr, 40, kInf, false, true, false},
      {"in excess of 40", nullptr, 40, kInf, false, true, false},
      {"upwards of 40", nullptr, 40, kInf, false, true, false},
      {"well over 40", nullptr, 40, kInf, false, true, false},
      {"just over 40", nullptr, 40, kInf, false, true, true},
      {"at least 40", nullptr, 40, kInf, true, true, false},
      {"no fewer than 40", nullptr, 40, kInf, true, true, false},
      {"no less than 40", nullptr, 40, kInf, true, true, false},
      {"a minimum of 40", nullptr, 40, kInf, true, true, false},
      {"under 40", nullptr, 0, 40, true, false, false},
      {"fewer than 40", nullptr, 0, 40, true, false, false},
      {"less than 40", nullptr, 0, 40, true, false, false},
      {"below 40", nullptr, 0, 40, true, false, false},
      {"just under 40", nullptr, 0, 40, true, false, true},
      {"up to 40", nullptr, 0, 40, true, true, false},
      {"at most 40", nullptr, 0, 40, true, true, false},
      {"no more than 40", nullptr, 0, 40, true, true, false},
      {"as many as 40", nullptr, 0, 40, true, true, false},
      {"a maximum of 40", nullptr, 0, 40, true, true, false},
      {"nearly 40", nullptr, 38.8, 40, true, true, true},
      {"almost 40", nullptr, 38.8, 40, true, true, true},
      {"about 40", nullptr, 40, 40, true, true, true},
      {"around 40", nullptr, 40, 40, true, true, true},
      {"roughly 40", nullptr, 40, 40, true, true, true},
      {"some 40", nullptr, 40, 40, true, true, true},
      {"approximately 40", nullptr, 40, 40, true, true, true},
      {"approx. 40", nullptr, 40, 40, true, true, true},
      {"an estimated 40", nullptr, 40, 40, true, true, true},
      {"close to 40", nullptr, 40, 40, true, true, true},
      {"40 or so", nullptr, 40, 40, true, true, true},
      {"40 or more", nullptr, 40, kInf, true, true, false},
      {"40 or fewer", nullptr, 0, 40, true, true, false},
      {"20-odd", nullptr, 20, 30, true, false, true},
      {"300-odd", nullptr, 300, 400, true, false, true},
      {"40-plus", nullptr, 40, kInf, true, true, false},
      {"40+", nullptr, 40, kInf, true, true, false},
      {"over forty", nullptr, 40, kInf, false, true, false},
      {"nearly forty-two", nullptr, 40.74, 42, true, true, true},
      {"more than 1.5 million", nullptr, 1.5e6, kInf, false, true, false},
      {"about a dozen", nullptr, 12, 12, true, true, true},
      {"some 300,000 troops", "some 300,000", 3e5, 3e5, true, true, true},
      {"about 3 to 5", nullptr, 3, 5, true, true, true},
  };
  for (const Row& row : rows) check_row(Type::Count, row, "");
}

TEST_CASE("ranges read as closed intervals", "[value]") {
  const Row rows[] = {
      {"between 3 and 5", nullptr, 3, 5},
      {"between three and five", nullptr, 3, 5},
      {"3-5", nullptr, 3, 5},
      {"3 to 5", nullptr, 3, 5},
      {"3 - 5", nullptr, 3, 5},
      {"from 3 to 5", nullptr, 3, 5},
      {"three or four", nullptr, 3, 4},
      {"10,000-20,000", nullptr, 1e4, 2e4},
      {"3-5 million", nullptr, 3e6, 5e6},
      {"between 3 and 5 million", nullptr, 3e6, 5e6},
      {"20 to 30 times", "20 to 30", 20, 30},
      {"5-3", "5", 5, 5},
      {"between 5 and 3", "5", 5, 5},
  };
  for (const Row& row : rows) check_row(Type::Count, row, "");
}

TEST_CASE("vague quantities are marked vague rather than given a number", "[value]") {
  for (const char* text : {"several", "a few", "a couple of", "a handful of", "dozens of",
                           "dozens", "scores of", "hundreds of", "thousands of",
                           "tens of thousands of", "hundreds of thousands of", "millions of",
                           "billions of", "many", "numerous", "countless"}) {
    CAPTURE(text);
    auto v = read(Type::Count, text);
    REQUIRE(v);
    CHECK(v->vague);
    CHECK(v->approx);
    CHECK(v->text == text);
    CHECK(v->lo <= v->hi);
  }
  auto v = read(Type::Count, "they met dozens of times");
  REQUIRE(v);
  CHECK(v->text == "dozens of");
  CHECK_FALSE(read(Type::Count, "42")->vague);
}

TEST_CASE("precision is the place of the last non-zero digit as written, from 100 up", "[value]") {
  struct Case {
    const char* text;
    double precision;
  };
  const Case cases[] = {
      {"2,600", 100},   {"4,184", 1},    {"40", 1},       {"0", 1},
      {"1.5", 0.1},     {"3.25", 0.01},  {"1.5 million", 1e5}, {"2 billion", 1e9},
      {"forty-two", 1}, {"forty", 1},   {"240bn", 1e10},  {"2,000,000", 1e6},
      {"7", 1},         {"4,209.3", 0.1}, {"100", 100},    {"101", 1},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    auto v = read(Type::Number, c.text);
    REQUIRE(v);
    CHECK(v->precision == Approx(c.precision));
  }
  CHECK(read(Type::Number, "half")->precision == 0);
}

TEST_CASE("a count reads only whole tokens", "[value]") {
  for (const char* text : {"10th", "1960s", "covid-19", "mp3", "x42", "abc", "", " ", "g7",
                           "the u.s.", "twentyish"}) {
    CAPTURE(text);
    CHECK_FALSE(read(Type::Count, text));
  }
}

TEST_CASE("a spelled-out number has no readings inside it", "[value]") {
  auto matches = scan_values(Type::Count, "two hundred and forty", {});
  REQUIRE(matches.size() == 1);
  CHECK(matches[0].value.text == "two hundred and forty");
  auto dashed = scan_values(Type::Count, "forty-two", {});
  REQUIRE(dashed.size() == 1);
  CHECK(dashed[0].value.lo == 42);
}

TEST_CASE("a share or a sum of money is no count", "[value]") {
  for (const char* text : {"26%", "26 %", "26 percent", "26 per cent", "26-per-cent", "$240bn",
                           "$5", "€5m", "us$5", "usd 2bn", "usd2bn", "plus usd 2bn", "eur 3.7 billion", "us$ 40"}) {
    CAPTURE(text);
    CHECK_FALSE(read(Type::Count, text));
    CHECK_FALSE(read(Type::Number, text));
  }
  CHECK(read(Type::Count, "26 people")->lo == 26);
  // A code-like word that is no currency leaves the figure a count.
  CHECK(read(Type::Count, "ships 26")->lo == 26);
}

TEST_CASE("two years joined by a dash are a span of time, not a count", "[value]") {
  // A term of office: "(ceo 2016-2022)" beside a cue is no count of anything.
  for (const char* text : {"2016-2022", "(ceo 2016-2022)", "1998-2001"}) {
    CAPTURE(text);
    for (const auto& m : scan_values(Type::Count, text, {})) CHECK(m.value.lo == m.value.hi);
  }
  // Other ranges stay ranges.
  for (const char* text : {"1500-2000", "2022-2016 people", "3-5"}) {
    CAPTURE(text);
    auto found = scan_values(Type::Count, text, {});
    REQUIRE_FALSE(found.empty());
  }
  CHECK(read(Type::Count, "1200-1900")->hi == 1900);
}

TEST_CASE("a figure joined by a hyphen to a participle counts what it names", "[value]") {
  // "a four-engined jet" has four engines, "the seven-pointed star" seven points: counts
  // (the matcher gives them only to a cue that names the participle's noun:
  // tests/match/attributive_figure_test.cc).
  CHECK(read(Type::Count, "four-engined")->lo == 4);
  CHECK(read(Type::Count, "a seven-pointed star")->lo == 7);
  CHECK(read(Type::Count, "4-legged")->lo == 4);
  CHECK(read(Type::Count, "seven-hundred")->lo == 700);
  CHECK(read(Type::Count, "a 130-ship fleet")->lo == 130);
}

TEST_CASE("a day of the month is a part of a date, not a count", "[value]") {
  // "delivered its last A380 on 16 December 2021" stated no 16 deliveries. (Readers
  // see the normalized, lower-case text.)
  auto counts_16 = [](const char* text) {
    for (const auto& m : scan_values(Type::Count, text, {})) {
      if (m.value.lo == 16) return true;
    }
    return false;
  };
  for (const char* text : {"on 16 december 2021", "16 december", "the 16 of march", "on december 16, 2021",
                           "by september 16", "16 may 2021", "may 16, 2021", "16 sept 2020"}) {
    CAPTURE(text);
    CHECK_FALSE(counts_16(text));
  }
  // "may" without a year is the verb; a figure of three digits is no day; a month
  // elsewhere in the sentence changes nothing.
  for (const char* text : {"16 may leave", "116 december", "16 aircraft in december", "in december, 16 jets"}) {
    CAPTURE(text);
    CHECK((counts_16(text) || read(Type::Count, text)));
  }
  CHECK(read(Type::Count, "16 may leave")->lo == 16);
  CHECK(read(Type::Count, "116 december")->lo == 116);
}

TEST_CASE("a day before an abbreviated month is a date's day without a year too", "[value]") {
  // A table header "stock, 16 Dec (units)" counts no 16 of anything.
  for (const char* text : {"stock, 16 dec (units)", "on 16 sept", "16 oct.", "closing price, 16 feb"}) {
    CAPTURE(text);
    CHECK_FALSE(read(Type::Count, text));
  }
  // "mar" and "may" are words of their own; a figure no day can be is a count.
  CHECK(read(Type::Count, "16 mar the view")->lo == 16);
  CHECK(read(Type::Count, "16 may leave")->lo == 16);
  CHECK(read(Type::Count, "46 dec")->lo == 46);
}

TEST_CASE("a figure followed by its unit is a measure, not a count", "[value]") {
  // Read as a count, each would be the figure without its unit: "two years of
  // residence" is no population, "the 365-euro pass" no count of anything.
  for (const char* text : {"two years", "365-euro", "365 euros", "50 bcm", "3,000 km", "86 million tonnes",
                           "20 degrees", "12 hectares", "5 days", "40 kilowatts",
                           // "m" after a space is metres beside a count, not a million (a blind
                           // writer's "each segment is 1.32 m across" was read as 1.32 million)
                           "1.32 m", "6.5 m wide", "40 m"}) {
    CAPTURE(text);
    CHECK(scan_values(Type::Count, text, {}).empty());
    CHECK(scan_values(Type::Number, text, {}).empty());
  }
  // What follows a count but is no unit leaves it a count.
  for (const char* text : {"26 people", "3,200 soldiers", "2 million inhabitants", "17 regions", "40 in all"}) {
    CAPTURE(text);
    auto found = scan_values(Type::Count, text, {});
    REQUIRE(found.size() == 1);
    CHECK(found[0].value.lo > 0);
  }
}

TEST_CASE("the one of 'one of' picks a member and counts nothing", "[value]") {
  CHECK(scan_values(Type::Count, "one of its nine federal states", {}).size() == 1);  // nine, not one
  CHECK(scan_values(Type::Count, "one of its nine federal states", {})[0].value.lo == 9);
  CHECK(scan_values(Type::Count, "one of the largest", {}).empty());
  auto found = scan_values(Type::Count, "one person in five", {});
  REQUIRE_FALSE(found.empty());
  CHECK(found[0].value.lo == 1);
}

TEST_CASE("a decimal figure with a scale word is a whole count", "[value]") {
  // 4.1 x 10^6 is not exactly 4,100,000 in binary floating point; the count is.
  for (const char* text : {"4.1 million", "8.2 million", "8.3 million", "2.03 million", "0.7 million", "1.1 billion"}) {
    CAPTURE(text);
    auto found = scan_values(Type::Count, text, {});
    REQUIRE(found.size() == 1);
    CHECK(found[0].value.lo == std::round(found[0].value.lo));
    CHECK(found[0].value.lo > 0);
  }
  CHECK(scan_values(Type::Count, "4.1 million", {})[0].value.lo == 4100000);
}

TEST_CASE("a figure written without separators is shown without them", "[value]") {
  // A port, build number or error code: "8080" is never shown as "8,080".
  CHECK(read(Type::Count, "port 8080")->display == "8080");
  CHECK(read(Type::Number, "error 40401")->display == "40401");
  CHECK(read(Type::Count, "8,080 people")->display == "8,080");
  CHECK(read(Type::Count, "8080 people")->display == "8080");
  CHECK(read(Type::Count, "800 people")->display == "800");
}

TEST_CASE("a time of day is no count", "[value]") {
  for (const char* text : {"at 7 a.m.", "by 9 p.m. on friday", "at 11:45", "at 6 o'clock", "from 10 am"}) {
    CAPTURE(text);
    CHECK(scan_values(Type::Count, text, {}).empty());
  }
  CHECK(read(Type::Count, "7 amateurs")->lo == 7);
  CHECK(read(Type::Count, "7 pm2 units")->lo == 7);
}

TEST_CASE("nights and a span of time left unsaid are no counts", "[value]") {
  // "in one night", "for a week or two": spans of time, not things counted.
  for (const char* text : {"two boats sank in one night", "three nights", "for a month or two the ferry waits",
                           "a day or three later"}) {
    CAPTURE(text);
    auto found = scan_values(Type::Count, text, {});
    for (const auto& m : found) CHECK(m.value.lo != 1);
    CHECK(std::none_of(found.begin(), found.end(), [](const auto& m) { return m.value.lo == 3; }));
  }
  CHECK(scan_values(Type::Count, "two boats sank in one night", {}).size() == 1);  // two boats
  CHECK(scan_values(Type::Count, "for a month or two the ferry waits", {}).empty());
  CHECK(read(Type::Count, "a crew of nine or ten")->lo == 9);
}

TEST_CASE("two digits after an apostrophe are a year, not a count", "[value]") {
  for (const char* text : {"the route they took back in '61", "the class of '99", "'07 was dry"}) {
    CAPTURE(text);
    CHECK(scan_values(Type::Count, text, {}).empty());
  }
  // An apostrophe inside a word is no such mark: "o'clock" aside, "rock'n'roll 45s" counts.
  CHECK(read(Type::Count, "the band's 45 singles")->lo == 45);
}

TEST_CASE("a verb of crossing a level makes the figure after it a bound", "[value]") {
  // Issue 8: "the fund passed 20,000 billion kroner" is a level crossed during the
  // year, never the value at its end (docs/rules.md "Thresholds").
  const Row money[] = {
      {"the hoard passed 7,500 billion kroner in june", "7,500 billion kroner", 7.5e12, kInf, false},
      {"its reserves topped $90 billion", "$90 billion", 9e10, kInf, false},
      {"sales surpassed eur 3 billion last year", "eur 3 billion", 3e9, kInf, false},
      {"the index broke through $40 for the first time", "$40", 40, kInf, false},
      {"the takings crossed the $1 million mark", "$1 million", 1e6, kInf, false},
      {"the takings reached $1 million", "$1 million", 1e6, 1e6},
  };
  for (const Row& row : money) {
    CAPTURE(row.input);
    auto v = read(Type::Money, row.input);
    REQUIRE(v);
    CHECK(v->text == std::string(row.text));
    CHECK(same(v->lo, row.lo));
    CHECK(same(v->hi, row.hi));
    CHECK(v->lo_inclusive == row.lo_inclusive);
  }
  // A count is read as written after every such verb: "passed" and "crossed" also
  // count ways travelled and things done, and "topped 3 charts" counts charts.
  const Row counts[] = {
      {"the petition passed 10,000 signatures", "10,000", 1e4, 1e4},
      {"the ferry passed 12 lighthouses", "12", 12, 12},
      {"the assembly passed 340 bills", "340", 340, 340},
      {"her songs topped 3 charts", "3", 3, 3},
      {"membership crossed the 5,000 mark", "5,000", 5000, 5000},
  };
  for (const Row& row : counts) check_row(Type::Count, row, "");
  // A round count of millions, written with its scale word, is a milestone crossed.
  const Row milestones[] = {
      {"the town's population passed four million", "four million", 4e6, kInf, false},
      {"ridership topped 2 billion last year", "2 billion", 2e9, kInf, false},
      {"downloads crossed 1.5 million", "1.5 million", 1.5e6, kInf, false},
      {"the census passed 4,812,345 residents", "4,812,345", 4812345, 4812345},
      {"the population reached four million", "four million", 4e6, 4e6},
  };
  for (const Row& row : milestones) check_row(Type::Count, row, "");
  const Row shares[] = {
      {"turnout passed 60 percent", "60 percent", 60, kInf, false},
      {"inflation fell below 3%", "below 3%", 0, 3, true, false},
  };
  for (const Row& row : shares) check_row(Type::Percent, row, "%");
  // A way travelled is a length, not a level crossed; an adjective is no verb.
  const Row lengths[] = {
      {"the caravan crossed 640 km of desert", "640 km", 640e3, 640e3},
      {"the snow-topped 4,900 m summit", "4,900 m", 4900, 4900},
      {"the climbers topped 7,000 metres", "7,000 metres", 7000, kInf, false},
  };
  for (const Row& row : lengths) check_row(Type::Length, row, "m");
}

// The look-arounds of the matcher skip the words of value/hedge_words.h because the
// reader takes them as hedges: a word added there that the reader does not know would
// let a figure's holder be found across a word that changes the figure.
TEST_CASE("every shared approximate hedge is read as one by the amount reader", "[value]") {
  for (std::string_view hedge : kApproximateHedges) {
    const std::string text = std::string(hedge) + " 40 bridges";
    INFO(text);
    auto v = read(Type::Count, text);
    REQUIRE(v);
    CHECK(v->approx);
    // "nearly" and "almost" reach a little below their figure (nearly_short_test.cc).
    CHECK(v->lo <= 40);
    CHECK(v->lo >= 38.8);
    CHECK(v->hi == 40);
  }
}
