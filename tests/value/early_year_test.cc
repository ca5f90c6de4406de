// Years before 1000 (docs/rules.md "Years before 1000"): a year with its era ("AD 930",
// "930 CE", "44 BC") is read everywhere (value/year_reader.cc read_era_year); a bare
// figure only by early_years (value/early_year.h), after a word that leads a year and
// before no noun, for a fact whose `values` ask for it. A blind writer's "The Althing,
// founded in 930" stated nothing (FEEDBACK-session-22.md, iceland).
#include <random>
#include <string>

#include "value/early_year.h"
#include "value_test_support.h"

using namespace factlint::value;
using namespace factlint::value::testing;

namespace {

double year_start(int y) { return static_cast<double>(days_from_civil({y, 1, 1})); }
double year_end(int y) { return static_cast<double>(days_from_civil({y, 12, 31})); }

}  // namespace

TEST_CASE("random years with their era read back as years, AD and BC", "[value]") {
  std::mt19937_64 rng(930);
  std::uniform_int_distribution<int> years(1, 2199);
  int cases = 0;
  for (int i = 0; i < 1500; ++i) {
    const int y = years(rng);
    const std::string n = std::to_string(y);
    for (const std::string& phrase : {"ad " + n, "a.d. " + n, n + " ad", n + " a.d.", n + " ce", n + " c.e."}) {
      for (Type type : {Type::Year, Type::Date}) {
        const std::string sentence = "the assembly first met in " + phrase + " at the plain";
        CAPTURE(sentence);
        auto v = read(type, sentence);
        REQUIRE(v);
        CHECK(v->text == phrase);
        CHECK(v->lo == year_start(y));
        CHECK(v->hi == year_end(y));
        CHECK(v->grain == Grain::Year);
        ++cases;
      }
    }
    if (y <= 3000) {
      for (const std::string& phrase : {n + " bc", n + " bce", n + " b.c."}) {
        const std::string sentence = "the city was sacked in " + phrase + ", the sources say";
        CAPTURE(sentence);
        auto v = read(Type::Year, sentence);
        REQUIRE(v);
        CHECK(v->text == phrase);
        CHECK(v->lo == year_start(1 - y));
        CHECK(v->display == n + " BC");
        ++cases;
      }
    }
  }
  CHECK(cases > 10000);
}

TEST_CASE("a bare figure below 1000 is no year for the year reader; an early century is", "[value]") {
  for (const char* text : {"the althing, founded in 930", "in 930", "930", "it has 930 members", "an ad campaign",
                           "the ad ran 930 times", "930 adverts"}) {
    CAPTURE(text);
    auto v = read(Type::Year, text);
    CHECK_FALSE(v);
  }
  auto century = read(Type::Year, "churches of the 10th century");
  REQUIRE(century);
  CHECK(century->lo == year_start(900));
  CHECK(century->hi == year_end(999));
  CHECK(read(Type::Year, "built in the tenth century")->lo == year_start(900));
  // A year of 1000 or later reads as before, with or without its era.
  CHECK(read(Type::Year, "ad 1066")->text == "ad 1066");
  CHECK(read(Type::Year, "in 1066")->text == "1066");
}

TEST_CASE("early_years reads a bare year after a word that leads one, before no noun", "[value]") {
  auto years = [](const std::string& text) {
    std::vector<std::string> out;
    for (const ValueMatch& m : early_years(Type::Year, text)) {
      out.push_back(m.value.display + (m.value.approx ? "~" : ""));
    }
    return out;
  };
  using V = std::vector<std::string>;
  CHECK(years("the althing, founded in 930, is old") == V{"930"});
  CHECK(years("the island was settled in 874 and the assembly met in 930.") == V{"874", "930"});
  CHECK(years("the parliament dates from the year 930") == V{"930"});
  CHECK(years("settled around 870 by norse farmers") == V{"870~"});
  CHECK(years("a church built c. 950") == V{"950~"});
  CHECK(years("it met yearly since 930 when the chiefs agreed") == V{"930"});
  // Counts, lengths, prices and parts of bigger figures are no years.
  for (const char* text : {"in 930 stores", "since 500 people arrived", "in 930 km", "rose to 930 in may",
                           "in 930,000 homes", "in 1930", "in 93.5% of cases", "in 930-odd towns", "in $930",
                           "in 05", "in 7 cases", "founded 930 companies"}) {
    CAPTURE(text);
    CHECK(years(text).empty());
  }
  CHECK(first_day_of_year_1000() == year_start(1000));
}
