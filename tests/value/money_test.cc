// Tests for money_reader.cc: currency symbols, codes and names with scales.
#include "value_test_support.h"

using namespace factlint::value;
using namespace factlint::value::testing;

namespace {

struct MoneyRow {
  const char* input;
  const char* text;  // nullptr: the whole input
  double lo;
  double hi;
  const char* currency;
  bool approx = false;
};

}  // namespace

TEST_CASE("money reads symbols, codes and names, in units of the currency", "[value]") {
  const MoneyRow rows[] = {
      {"$240bn", nullptr, 2.4e11, 2.4e11, "USD"},
      {"$240 bn", nullptr, 2.4e11, 2.4e11, "USD"},
      {"$240 billion", nullptr, 2.4e11, 2.4e11, "USD"},
      {"$240b", nullptr, 2.4e11, 2.4e11, "USD"},
      {"us$240 billion", nullptr, 2.4e11, 2.4e11, "USD"},
      {"us$1.5bn", nullptr, 1.5e9, 1.5e9, "USD"},
      {"usd 240 billion", nullptr, 2.4e11, 2.4e11, "USD"},
      {"240 billion us dollars", nullptr, 2.4e11, 2.4e11, "USD"},
      {"240 billion dollars", nullptr, 2.4e11, 2.4e11, "USD"},
      {"240 billion usd", nullptr, 2.4e11, 2.4e11, "USD"},
      {"$5m", nullptr, 5e6, 5e6, "USD"},
      {"$5 m", nullptr, 5e6, 5e6, "USD"},
      {"$5 million", nullptr, 5e6, 5e6, "USD"},
      {"$5k", nullptr, 5e3, 5e3, "USD"},
      {"$1.2tn", nullptr, 1.2e12, 1.2e12, "USD"},
      {"$1.2 trillion", nullptr, 1.2e12, 1.2e12, "USD"},
      {"$99.99", nullptr, 99.99, 99.99, "USD"},
      {"$1,000", nullptr, 1000, 1000, "USD"},
      {"€5m", nullptr, 5e6, 5e6, "EUR"},
      {"€5 billion", nullptr, 5e9, 5e9, "EUR"},
      {"5 billion euros", nullptr, 5e9, 5e9, "EUR"},
      {"eur 5 billion", nullptr, 5e9, 5e9, "EUR"},
      {"£3bn", nullptr, 3e9, 3e9, "GBP"},
      {"£3 billion", nullptr, 3e9, 3e9, "GBP"},
      {"3 billion pounds", nullptr, 3e9, 3e9, "GBP"},
      {"3 billion pounds sterling", nullptr, 3e9, 3e9, "GBP"},
      {"¥100 billion", nullptr, 1e11, 1e11, "JPY"},
      {"100 billion yen", nullptr, 1e11, 1e11, "JPY"},
      {"240 billion yuan", nullptr, 2.4e11, 2.4e11, "CNY"},
      {"240 billion renminbi", nullptr, 2.4e11, 2.4e11, "CNY"},
      {"rmb 240 billion", nullptr, 2.4e11, 2.4e11, "CNY"},
      {"cny 240bn", nullptr, 2.4e11, 2.4e11, "CNY"},
      {"1.2 trillion rubles", nullptr, 1.2e12, 1.2e12, "RUB"},
      {"1.2 trillion roubles", nullptr, 1.2e12, 1.2e12, "RUB"},
      {"rub 1.2 trillion", nullptr, 1.2e12, 1.2e12, "RUB"},
      {"500 million rupees", nullptr, 5e8, 5e8, "INR"},
      // East African shillings as their own writers abbreviate them.
      {"ksh 141 billion", nullptr, 1.41e11, 1.41e11, "KES"},
      {"kshs 141 billion", nullptr, 1.41e11, 1.41e11, "KES"},
      {"ksh.141bn", nullptr, 1.41e11, 1.41e11, "KES"},
      {"kshs.141 billion", nullptr, 1.41e11, 1.41e11, "KES"},  // the dot closes "Kshs"
      {"kshs. 141 billion", nullptr, 1.41e11, 1.41e11, "KES"},
      {"tshs.2.5 trillion", nullptr, 2.5e12, 2.5e12, "TZS"},
      {"141 billion kenyan shillings", nullptr, 1.41e11, 1.41e11, "KES"},
      {"tsh 2.5 trillion", nullptr, 2.5e12, 2.5e12, "TZS"},
      {"ush 40 trillion", nullptr, 4e13, 4e13, "UGX"},
      {"trade worth $190 billion in 2022", "$190 billion", 1.9e11, 1.9e11, "USD"},
      {"about $240bn", nullptr, 2.4e11, 2.4e11, "USD", true},
      {"nearly $200 billion", nullptr, 1.94e11, 2e11, "USD", true},
      {"some 240 billion yuan", nullptr, 2.4e11, 2.4e11, "CNY", true},
      {"$3-5 billion", nullptr, 3e9, 5e9, "USD"},
      {"$3 billion to $5 billion", nullptr, 3e9, 5e9, "USD"},
      {"between $3 and $5 billion", nullptr, 3e9, 5e9, "USD"},
      {"two billion dollars", nullptr, 2e9, 2e9, "USD"},
      {"a $5-billion deal", "$5-billion", 5e9, 5e9, "USD"},
      {"c$1.2-million", nullptr, 1.2e6, 1.2e6, "CAD"},
      {"forty million euros", nullptr, 4e7, 4e7, "EUR"},
  };
  for (const MoneyRow& row : rows) {
    CAPTURE(row.input);
    auto v = read(Type::Money, row.input);
    REQUIRE(v);
    CHECK(v->text == std::string(row.text ? row.text : row.input));
    CHECK(v->lo == Approx(row.lo));
    CHECK(v->hi == Approx(row.hi));
    CHECK(v->unit == row.currency);
    CHECK(v->original_unit == row.currency);
    CHECK(v->approx == row.approx);
  }
}

TEST_CASE("open money bounds read like other amounts", "[value]") {
  auto over = read(Type::Money, "more than $100 billion");
  REQUIRE(over);
  CHECK(over->lo == 1e11);
  CHECK_FALSE(over->lo_inclusive);
  CHECK(over->hi == kInf);
  auto upto = read(Type::Money, "up to €5m");
  REQUIRE(upto);
  CHECK(upto->lo == 0);
  CHECK(upto->hi == 5e6);
}

TEST_CASE("money shows its currency code and figure", "[value]") {
  CHECK(read(Type::Money, "$240bn")->display == "USD 240 billion");
  CHECK(read(Type::Money, "240 billion yuan")->display == "CNY 240 billion");
  CHECK(read(Type::Money, "$99.99")->display == "USD 99.99");
  CHECK(read(Type::Money, "$1,000")->display == "USD 1,000");
  CHECK(read(Type::Money, "$240bn")->precision == Approx(1e10));
}

TEST_CASE("a figure without a currency is no money", "[value]") {
  for (const char* text : {"240 billion", "240", "$", "dollars", "5 km", "the euro",
                           "$ 5 is not money", "usd"}) {
    CAPTURE(text);
    auto v = read(Type::Money, text);
    if (std::string(text) == "$ 5 is not money") {
      // A symbol and a space still bind to the figure ("$ 5" is five dollars).
      REQUIRE(v);
      CHECK(v->lo == 5);
      continue;
    }
    CHECK_FALSE(v);
  }
}

TEST_CASE("different currencies in a parenthetical stay separate readings", "[value]") {
  auto matches = scan_values(Type::Money, "240 billion yuan ($35 billion)", {});
  REQUIRE(matches.size() == 2);
  CHECK(matches[0].value.unit == "CNY");
  CHECK(matches[1].value.unit == "USD");
}

TEST_CASE("pence written as a p touching the figure", "[value]") {
  // "A single fare of 280p": pence, as "280 pence" is (it was no money).
  for (const char* text : {"280p", "a fare of 280p.", "a 50p coin", "2.5p a litre"}) {
    CAPTURE(text);
    auto v = read(Type::Money, text);
    REQUIRE(v);
    CHECK(v->unit.starts_with("GBP"));  // "GBP/l" for the rate
  }
  CHECK(read(Type::Money, "280p")->lo == Approx(2.8));
  CHECK(read(Type::Money, "a 50p coin")->lo == Approx(0.5));
  // A video's lines, a time of day and a word are no pence.
  for (const char* text : {"a 1080p screen", "streams in 720p", "at 5p.m.", "5pm", "the 7pt font", "p5"}) {
    CAPTURE(text);
    CHECK_FALSE(read(Type::Money, text));
  }
}

TEST_CASE("a sign after the currency states a loss, as accounts and tables write one", "[value]") {
  // A blind writer's table cell "-1,637" under "Return (NOK billion)" read as nothing:
  // a sign was read only before the currency ("-$5 million"), never after it.
  const MoneyRow rows[] = {
      {"usd -5 million", nullptr, -5e6, -5e6, "USD"},
      {"$-5 million", nullptr, -5e6, -5e6, "USD"},
      {"nok -1,637 billion", nullptr, -1.637e12, -1.637e12, "NOK"},
      {"€ -12.5bn", nullptr, -1.25e10, -1.25e10, "EUR"},
      {"-$5 million", nullptr, -5e6, -5e6, "USD"},
  };
  for (const MoneyRow& row : rows) {
    CAPTURE(row.input);
    auto v = read(Type::Money, row.input);
    REQUIRE(v);
    CHECK(same(v->lo, row.lo));
    CHECK(same(v->hi, row.hi));
    CHECK(v->unit == row.currency);
  }
  // Two signs never cancel into a gain (only "$-5 million" within reads), and a dash
  // with no figure after it is no sign.
  auto twice = read(Type::Money, "-$-5 million");
  CHECK((!twice || twice->lo < 0));
  CHECK_FALSE(read(Type::Money, "usd - five"));
}
