// Tests for price rates in money_reader.cc: "per month", "/mo", "monthly", and a
// price per user, seat or member, read whole as one rate.
#include "value_test_support.h"

#include <random>
#include <string>
#include <vector>

using namespace factlint::value;
using namespace factlint::value::testing;

TEST_CASE("a price per month reads as one rate however the month is written", "[value]") {
  for (const char* text : {"$29 per month", "$29/mo", "us$29 a month", "$29 monthly", "$29/month", "29 usd per month",
                           "$29 a mo"}) {
    CAPTURE(text);
    auto v = read(Type::Money, text);
    REQUIRE(v);
    CHECK(v->text == text);
    CHECK(v->lo == 29);
    CHECK(v->unit == "USD/mo");
  }
}

TEST_CASE("a price per user, seat or member per month is one rate, thing before time", "[value]") {
  for (const char* text : {"$29 per user per month", "$29/user/month", "$29 per seat per month", "$29/seat/mo",
                           "$29 per member a month", "$29 per month per user", "$29 a user a month",
                           "$29 per user monthly", "$29 per licence per month"}) {
    CAPTURE(text);
    auto v = read(Type::Money, text);
    REQUIRE(v);
    CHECK(v->text == text);
    CHECK(v->lo == 29);
    CHECK(v->unit == "USD/user/mo");
    CHECK(v->display == "29 USD/user/mo");
  }
}

TEST_CASE("years, annual adverbs and '/yr' are one denominator", "[value]") {
  for (const char* text : {"$348 per year", "$348/yr", "$348 a year", "$348 annually", "$348 yearly", "$348/year",
                           "$348 per annum"}) {
    CAPTURE(text);
    auto v = read(Type::Money, text);
    REQUIRE(v);
    CHECK(v->text == text);
    CHECK(v->unit == "USD/yr");
  }
}

TEST_CASE("a price per something factlint cannot read is read in part, so not at all", "[value]") {
  // Two denominators neither of which is a span of time, two spans of time, "per cent"
  // and a noun hyphened to another: no one denominator.
  for (const char* text : {"$29 per widget per gadget", "$29 per hour per day", "$5 per cent", "$5 per e-book",
                           "$5 per half-day", "$5 per two"}) {
    CAPTURE(text);
    auto result = scan(Type::Money, text, {});
    CHECK(result.matches.empty());
    CHECK(result.unread.size() == 1);
  }
}

TEST_CASE("a figure stated a year ago is still no rate, but a price per month after a trial is", "[value]") {
  auto v = read(Type::Money, "$5 a year ago");
  REQUIRE(v);
  CHECK(v->text == "$5");
  CHECK(v->unit == "USD");
  auto after = read(Type::Money, "$29 per month after the trial");
  REQUIRE(after);
  CHECK(after->text == "$29 per month");
  CHECK(after->unit == "USD/mo");
  auto earlier = read(Type::Money, "$1.20 per share a year earlier");
  REQUIRE(earlier);
  CHECK(earlier->text == "$1.20 per share");
  CHECK(earlier->unit == "USD/share");
}

TEST_CASE("random prices read back as the same rate in every spelling", "[value]") {
  struct Currency {
    std::string before, after, code;
  };
  const std::vector<Currency> currencies = {{"$", "", "USD"}, {"us$", "", "USD"}, {"€", "", "EUR"},
                                            {"", " usd", "USD"}, {"", " euros", "EUR"}, {"£", "", "GBP"}};
  const std::vector<std::string> per_user = {" per user per month", "/user/month", " per seat per month",
                                             "/seat/mo", " per member a month", " a user a month",
                                             " per month per seat", "/user/mo", " per user monthly"};
  const std::vector<std::string> flat = {" per month", "/mo", " a month", " monthly", "/month"};
  std::mt19937_64 rng(2929);
  std::uniform_int_distribution<int> cents(100, 99999), pick(0, static_cast<int>(currencies.size()) - 1);
  int cases = 0;
  for (int i = 0; i < 500; ++i) {
    const int c = cents(rng);
    const bool whole = i % 2 == 0;
    const double amount = whole ? c / 100 : c / 100.0;
    char figure[32];
    if (whole) std::snprintf(figure, sizeof figure, "%d", c / 100);
    else std::snprintf(figure, sizeof figure, "%d.%02d", c / 100, c % 100);
    const Currency& cur = currencies[static_cast<std::size_t>(pick(rng))];
    const std::string price = cur.before + figure + cur.after;
    auto check = [&](const std::string& phrase, const std::string& unit) {
      const std::string sentence = "the team plan costs " + phrase + " for teams";
      CAPTURE(sentence);
      auto m = first_value(Type::Money, sentence, {});
      REQUIRE(m);
      CHECK(m->value.text == phrase);
      CHECK(m->value.lo == Approx(amount).epsilon(1e-12));
      CHECK(m->value.unit == unit);
      ++cases;
    };
    for (const std::string& rate : per_user) check(price + rate, cur.code + "/user/mo");
    for (const std::string& rate : flat) check(price + rate, cur.code + "/mo");
  }
  CHECK(cases > 6000);
}

TEST_CASE("any noun after 'per' or '/' is the denominator, as written", "[value]") {
  struct Case {
    const char* text;
    const char* unit;
  };
  for (const Case& c : {Case{"$35 per vehicle", "USD/vehicle"}, Case{"€12/night", "EUR/night"},
                        Case{"$20 per adult", "USD/adult"}, Case{"$29 per widget", "USD/widget"},
                        Case{"$29/widget", "USD/widget"}, Case{"£4 per visitor", "GBP/visitor"},
                        Case{"$15 per person per night", "USD/person/night"},
                        Case{"$40 per room a night", "USD/room/night"}, Case{"$9 per car per day", "USD/car/d"}}) {
    CAPTURE(c.text);
    auto v = read(Type::Money, c.text);
    REQUIRE(v);
    CHECK(v->text == c.text);
    CHECK(v->unit == c.unit);
  }
}

TEST_CASE("a plural after 'per' is its singular only when the table knows the singular", "[value]") {
  // "per persons" is rare, but its singular is sure; "per adults" is kept as written,
  // because cutting an "s" is no rule ("per bus").
  for (const char* text : {"$20 per persons", "$20 per people", "$20 per head", "$20 per capita"}) {
    CAPTURE(text);
    auto v = read(Type::Money, text);
    REQUIRE(v);
    CHECK(v->unit == "USD/person");
  }
  CHECK(read(Type::Money, "$20 per seats")->unit == "USD/user");
  CHECK(read(Type::Money, "$20 per adults")->unit == "USD/adults");
  CHECK(read(Type::Money, "$2 per bus")->unit == "USD/bus");
}

TEST_CASE("'per' that means 'according to' leaves a plain amount", "[value]") {
  for (const char* text : {"a fine of $5 per the agreement", "$5 per its filing", "$300 per our records"}) {
    CAPTURE(text);
    auto result = scan(Type::Money, text, {});
    REQUIRE(result.matches.size() == 1);
    CHECK(result.unread.empty());
    CHECK(result.matches[0].value.unit == "USD");
  }
}

TEST_CASE("after 'a', 'an' or 'each' only the table's denominators are read", "[value]") {
  // "$35 a vehicle" reads as $35 (as before); "$500 each to the fund" is $500.
  auto article = read(Type::Money, "$35 a vehicle");
  REQUIRE(article);
  CHECK(article->text == "$35");
  CHECK(article->unit == "USD");
  auto each = read(Type::Money, "they paid $500 each to the fund");
  REQUIRE(each);
  CHECK(each->unit == "USD");
  CHECK(read(Type::Money, "$35 a head")->unit == "USD/person");
}

TEST_CASE("random prices per random nouns read back as one rate in every spelling", "[value]") {
  const std::vector<std::string> nouns = {"vehicle", "adult", "child", "ticket", "visitor", "climber",
                                          "client", "passenger", "room", "bottle", "tourist", "permit"};
  const std::vector<std::pair<std::string, std::string>> currencies = {
      {"$", "USD"}, {"us$", "USD"}, {"€", "EUR"}, {"£", "GBP"}, {"usd ", "USD"}};
  std::mt19937_64 rng(3535);
  std::uniform_int_distribution<int> cents(100, 9999999);
  std::uniform_int_distribution<std::size_t> noun_of(0, nouns.size() - 1), currency_of(0, currencies.size() - 1);
  int cases = 0;
  for (int i = 0; i < 400; ++i) {
    const int c = cents(rng);
    const std::string noun = nouns[noun_of(rng)];
    const auto& [symbol, code] = currencies[currency_of(rng)];
    char figure[32];
    std::snprintf(figure, sizeof figure, "%d.%02d", c / 100, c % 100);
    const double amount = c / 100.0;
    const std::vector<std::pair<std::string, std::string>> spellings = {
        {symbol + figure + " per " + noun, code + "/" + noun},
        {symbol + figure + "/" + noun, code + "/" + noun},
        {symbol + figure + " per " + noun + " per day", code + "/" + noun + "/d"},
        {symbol + figure + " per day per " + noun, code + "/" + noun + "/d"},
        {symbol + figure + "/" + noun + "/night", code + "/" + noun + "/night"},
        {symbol + figure + " per " + noun + " a year", code + "/" + noun + "/yr"},
    };
    for (const auto& [phrase, unit] : spellings) {
      const std::string sentence = "the park charges " + phrase + ", the ranger said";
      CAPTURE(sentence);
      auto m = first_value(Type::Money, sentence, {});
      REQUIRE(m);
      CHECK(m->value.text == phrase);
      CHECK(m->value.lo == Approx(amount).epsilon(1e-12));
      CHECK(m->value.unit == unit);
      ++cases;
    }
  }
  CHECK(cases == 2400);
}
