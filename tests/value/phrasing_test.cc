// Phrasings from style guides (AP, Chicago, The Economist, Guardian) and from news
// and analysis articles beyond the seed corpus, read across all value types.
#include "value_test_support.h"

#include "value/value.h"

using namespace factlint::value;
using namespace factlint::value::testing;

namespace {

struct Phrase {
  Type type;
  const char* sentence;
  const char* text;  // the phrase read from the sentence
  double lo;
  double hi;
  const char* unit;
};

}  // namespace

TEST_CASE("phrasings from style guides and articles read as a careful editor would", "[value]") {
  const double mile = 1609.344;
  const Phrase phrases[] = {
      // AP: figures for 10 and above, "No. 1", "$1.2 billion", "3%", "Sept. 16".
      {Type::Count, "the company employs 1,200 people", "1,200", 1200, 1200, ""},
      {Type::Count, "nine people were hurt", "nine", 9, 9, ""},
      {Type::Ordinal, "the no. 1 seed", "no. 1", 1, 1, ""},
      {Type::Money, "a $1.2 billion deal", "$1.2 billion", 1.2e9, 1.2e9, "USD"},
      {Type::Money, "it will cost $4 million", "$4 million", 4e6, 4e6, "USD"},
      {Type::Percent, "inflation rose 3% in june", "3%", 3, 3, "%"},
      {Type::Percent, "a 3 percent rise", "3 percent", 3, 3, "%"},
      {Type::Percent, "a 0.6 percentage-point rise", nullptr, 0, 0, "%"},
      // Chicago: spelled-out whole numbers and round multiples.
      {Type::Count, "she bought twenty-one books", "twenty-one", 21, 21, ""},
      {Type::Count, "some two hundred people attended", "some two hundred", 200, 200, ""},
      {Type::Count, "the population reached 2.5 million", "2.5 million", 2.5e6, 2.5e6, ""},
      {Type::Count, "fifteen hundred workers", "fifteen hundred", 1500, 1500, ""},
      // The Economist and the Guardian: "bn", "per cent", "£".
      {Type::Money, "a £3bn fund", "£3bn", 3e9, 3e9, "GBP"},
      {Type::Money, "exports worth $240bn", "$240bn", 2.4e11, 2.4e11, "USD"},
      {Type::Percent, "unemployment fell to 4.2 per cent", "4.2 per cent", 4.2, 4.2, "%"},
      {Type::Money, "a €750bn recovery fund", "€750bn", 7.5e11, 7.5e11, "EUR"},
      // News on China and Russia.
      {Type::Money, "bilateral trade hit a record $190bn last year", "$190bn", 1.9e11, 1.9e11, "USD"},
      {Type::Money, "trade reached 1.2 trillion yuan", "1.2 trillion yuan", 1.2e12, 1.2e12, "CNY"},
      {Type::Money, "a 400 billion dollar gas deal", "400 billion dollar", 4e11, 4e11, "USD"},
      {Type::Volume, "the pipeline carries 38 billion cubic metres of gas a year",
       "38 billion cubic metres", 38e9, 38e9, "m3"},
      {Type::Length, "the 4,209-kilometre border", "4,209-kilometre", 4209000, 4209000, "m"},
      {Type::Length, "the 2,615-mile frontier", "2,615-mile", 2615 * mile, 2615 * mile, "m"},
      {Type::Length, "the 3,000 km power of siberia pipeline", "3,000 km", 3e6, 3e6, "m"},
      {Type::Length, "a 2,600-mile-long border", "2,600-mile", 2600 * mile, 2600 * mile, "m"},
      {Type::Ordinal, "russia was only china's sixth-largest trade partner", "sixth-largest", 6, 6, ""},
      {Type::Ordinal, "china is russia's biggest trading partner", "biggest", 1, 1, ""},
      {Type::Count, "putin and xi have met more than 40 times", "more than 40", 40, kInf, ""},
      {Type::Count, "they have met some 40 times", "some 40", 40, 40, ""},
      {Type::Count, "the leaders have met nearly 40 times", "nearly 40", 38.8, 40, ""},
      {Type::YearRange, "the decades from 1961 to 1989 known as the sino-soviet split",
       "from 1961 to 1989", 1961, 1989, ""},
      {Type::Year, "since the sino-soviet split in 1960", "1960", 1960, 1960, ""},
      {Type::Area, "russia covers 17.1 million square kilometres", "17.1 million square kilometres",
       1.71e13, 1.71e13, "m2"},
      {Type::Area, "china's 9.6 million sq km", "9.6 million sq km", 9.6e12, 9.6e12, "m2"},
      {Type::Power, "the 1,200-megawatt reactor", "1,200-megawatt", 1.2e9, 1.2e9, "W"},
      {Type::Mass, "russia shipped 100 million tonnes of oil", "100 million tonnes", 1e11, 1e11, "kg"},
      {Type::Energy, "consumption of 8,000 twh", "8,000 twh", 8000 * 3.6e15, 8000 * 3.6e15, "J"},
      {Type::Speed, "a hypersonic missile flying at 6,000 mph", "6,000 mph", 6000 * 0.44704,
       6000 * 0.44704, "m/s"},
  };
  for (const Phrase& p : phrases) {
    CAPTURE(p.sentence);
    auto v = read(p.type, p.sentence);
    if (!p.text) {
      // "percentage-point" is a difference, not a share: no percent reading.
      CHECK_FALSE(v);
      continue;
    }
    REQUIRE(v);
    CHECK(v->text == p.text);
    if (is_temporal(p.type)) {
      CHECK(v->lo == days_from_civil({static_cast<int>(p.lo), 1, 1}));
      CHECK(v->hi == days_from_civil({static_cast<int>(p.hi), 12, 31}));
    } else {
      CHECK(v->lo == Approx(p.lo));
      CHECK(v->hi == Approx(p.hi));
    }
    CHECK(v->unit == p.unit);
  }
}

TEST_CASE("dates in news copy read against the article's date", "[value]") {
  struct Case {
    const char* sentence;
    const char* reference;
    const char* text;
    const char* display;
  };
  const Case cases[] = {
      {"putin met xi in samarkand, uzbekistan, sept. 16, 2022.", "2022-09-20", "sept. 16, 2022",
       "2022-09-16"},
      {"mr. putin said last week that china had questions", "2022-09-20", "last week",
       "2022-09-12/2022-09-18"},
      {"shared worldviews last february, messrs. xi and putin declared", "2022-09-20",
       "last february", "2022-02"},
      {"since russia invaded ukraine in february - underscores", "2022-09-20", "february",
       "2022-02"},
      {"on thursday, a public panel discussed", "2023-11-17", "thursday", "2023-11-16"},
      {"as of february 2023, u.s. intelligence", "2023-04-15", "february 2023", "2023-02"},
      {"29 march 2024 china and russia", "2024-03-29", "29 march 2024", "2024-03-29"},
      {"as of early 2024, the pipeline", "2024-03-29", "early 2024", "2024-01/2024-04"},
      {"the white house said on tuesday", "2024-03-29", "tuesday", "2024-03-26"},
      {"the talks, held earlier this month, ended", "2024-03-29", "earlier this month",
       "2024-03-01/2024-03-29"},
      {"the summit in the third quarter of 2023", "2024-03-29", "third quarter of 2023",
       "2023-07/2023-09"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.sentence);
    auto v = read(Type::Date, c.sentence, c.reference);
    REQUIRE(v);
    CHECK(v->text == c.text);
    CHECK(v->display == c.display);
  }
}
