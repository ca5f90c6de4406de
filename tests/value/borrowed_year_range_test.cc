// A date range whose first date borrows its year, and its month, from the second:
// "from 19 march to 18 september 2021", "march 19 - september 18, 2021", "between 3
// and 9 may 2019" read whole, from the first day to the last (value/date_reader.cc
// read_borrowed_span). Before, only the second date was read, so a fact's `range
// start` took the end (FEEDBACK-session-22.md, iceland).
#include <random>
#include <string>

#include "value_test_support.h"

using namespace factlint::value;
using namespace factlint::value::testing;

namespace {

const char* const kMonths[] = {"january", "february", "march", "april", "may", "june", "july",
                               "august", "september", "october", "november", "december"};

// The date range read in `sentence`, against a publication date in another year.
std::optional<Value> range_in(const std::string& sentence) { return read(Type::Date, sentence, "2024-06-30"); }

}  // namespace

TEST_CASE("random ranges whose first date borrows the second's year read from the first day to the last",
          "[value]") {
  std::mt19937_64 rng(2021);
  std::uniform_int_distribution<long> days(days_from_civil({1950, 1, 1}), days_from_civil({2040, 12, 31}));
  std::uniform_int_distribution<long> length(1, 300);
  int cases = 0;
  for (int i = 0; i < 1500; ++i) {
    const CivilDate a = civil_from_days(days(rng));
    const CivilDate b = civil_from_days(days_from_civil(a) + length(rng));
    const std::string am = kMonths[a.month - 1], bm = kMonths[b.month - 1];
    const std::string ad = std::to_string(a.day), bd = std::to_string(b.day), by = std::to_string(b.year);
    const std::string nth = ad + (a.day % 10 == 1 && a.day != 11   ? "st"
                                  : a.day % 10 == 2 && a.day != 12 ? "nd"
                                  : a.day % 10 == 3 && a.day != 13 ? "rd"
                                                                   : "th");
    std::vector<std::string> phrases = {
        ad + " " + am + " to " + bd + " " + bm + " " + by,
        ad + " " + am + " until " + bd + " " + bm + " " + by,
        ad + " " + am + " - " + bd + " " + bm + " " + by,
        am + " " + ad + " - " + bm + " " + bd + ", " + by,
        am + " " + ad + " to " + bm + " " + bd + ", " + by,
        nth + " of " + am + " to " + bd + " " + bm + " " + by,
    };
    // The month borrowed too: "19 to 25 march 2021".
    if (a.year == b.year && a.month == b.month) phrases.push_back(ad + " to " + bd + " " + bm + " " + by);
    for (const std::string& phrase : phrases) {
      const std::string sentence = "the eruption lasted from " + phrase + " in the valley";
      CAPTURE(sentence);
      auto v = range_in(sentence);
      REQUIRE(v);
      CHECK(v->text == phrase);
      CHECK(v->lo == static_cast<double>(days_from_civil(a)));
      CHECK(v->hi == static_cast<double>(days_from_civil(b)));
      CHECK(v->grain == Grain::Day);
      ++cases;
    }
  }
  CHECK(cases > 5000);
}

TEST_CASE("'between 3 and 9 may 2019' borrows the month and the year", "[value]") {
  auto v = range_in("tremors were felt between 3 and 9 may 2019 near the town");
  REQUIRE(v);
  CHECK(v->text == "3 and 9 may 2019");
  CHECK(v->lo == day("2019-05-03"));
  CHECK(v->hi == day("2019-05-09"));
  auto december = range_in("the road closed from 19 december to 3 january 2022");
  REQUIRE(december);
  CHECK(december->lo == day("2021-12-19"));
  CHECK(december->hi == day("2022-01-03"));
}

TEST_CASE("a range borrows no year the second date does not write", "[value]") {
  // Both without a year: each is the publication year's, read alone as before.
  auto v = range_in("the road closed from 19 march to 18 september");
  REQUIRE(v);
  CHECK(v->lo == day("2024-03-19"));
  // A first date with its own year is read as it writes it.
  auto own = range_in("from 19 march 2020 to 18 september 2021");
  REQUIRE(own);
  CHECK(own->lo == day("2020-03-19"));
  CHECK(own->hi == day("2021-09-18"));
  // A lone day in words, or one not before the second, is no borrowed range.
  CHECK(range_in("between three and nine may 2019")->text.find("three") == std::string::npos);
  CHECK(range_in("from 12 to 9 may 2019")->text == "9 may 2019");
  // A figure that is no day: "from 40 to 9 may 2019".
  CHECK(range_in("from 40 to 9 may 2019")->text == "9 may 2019");
}
