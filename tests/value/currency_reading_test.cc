// Tests for currency_reading.cc and the dollar and yen settings of scan: a bare "$"
// is the US dollar and a bare "¥" the yen unless a setting says another dollar or the
// yuan; "US$", "A$", "USD", "yen", "yuan" and "RMB" never change.
#include "value/currency_reading.h"

#include "value_test_support.h"

using namespace factlint::value;
using namespace factlint::value::testing;

namespace {

// `text` is normalized text, as the readers take it: lower case.
std::optional<Value> money(const std::string& text, const std::string& dollar, const std::string& yen = "JPY") {
  ParseContext context;
  context.dollar = dollar;
  context.yen = yen;
  auto m = first_value(Type::Money, text, context);
  return m ? std::optional<Value>(m->value) : std::nullopt;
}

}  // namespace

TEST_CASE("a bare dollar and yen are the US dollar and the yen by default", "[value]") {
  auto dollars = read(Type::Money, "$102 million");
  REQUIRE(dollars);
  CHECK(dollars->unit == "USD");
  CHECK(dollars->original_unit == "USD");
  CHECK(dollars->display == "USD 102 million");
  CHECK(read(Type::Money, "102 million dollars")->unit == "USD");
  CHECK(read(Type::Money, "43 cents")->unit == "USD");
  CHECK(read(Type::Money, "$60 a barrel")->unit == "USD/bbl");
  CHECK(read(Type::Money, "$60 a barrel")->display == "60 USD/bbl");
  auto yen = read(Type::Money, "¥203.9 billion");
  REQUIRE(yen);
  CHECK(yen->unit == "JPY");
  CHECK(yen->display == "JPY 203.9 billion");
}

TEST_CASE("the dollar setting reads a bare dollar, dollars and cents as that dollar", "[value]") {
  auto v = money("$102 million", "AUD");
  REQUIRE(v);
  CHECK(same(v->lo, 102e6));
  CHECK(v->unit == "AUD");
  CHECK(v->original_unit == "AUD");
  CHECK(v->display == "AUD 102 million");
  CHECK(money("about $5-6 billion", "CAD")->display == "about CAD 5-6 billion");
  CHECK(money("two billion dollars", "NZD")->unit == "NZD");
  CHECK(money("43 cents", "HKD")->unit == "HKD");
  CHECK(money("$60 a barrel", "SGD")->unit == "SGD/bbl");
  CHECK(money("$60 a barrel", "SGD")->display == "60 SGD/bbl");
  CHECK(money("-$5 million", "AUD")->unit == "AUD");
}

TEST_CASE("a currency the text names is read as written whatever the setting", "[value]") {
  for (const std::string dollar : {"USD", "AUD", "CAD"}) {
    CAPTURE(dollar);
    CHECK(money("us$102 million", dollar)->unit == "USD");
    CHECK(money("usd 102 million", dollar)->unit == "USD");
    CHECK(money("102 million us dollars", dollar)->unit == "USD");
    CHECK(money("a$102 million", dollar)->unit == "AUD");
    CHECK(money("102 million australian dollars", dollar)->unit == "AUD");
    CHECK(money("c$5", dollar)->unit == "CAD");
    CHECK(money("5 us cents", dollar)->unit == "USD");
    CHECK(money("€5m", dollar)->unit == "EUR");
  }
  for (const std::string yen : {"JPY", "CNY"}) {
    CAPTURE(yen);
    CHECK(money("203.9 billion yen", "USD", yen)->unit == "JPY");
    CHECK(money("203.9 billion yuan", "USD", yen)->unit == "CNY");
    CHECK(money("rmb 5 billion", "USD", yen)->unit == "CNY");
    CHECK(money("cn¥5 billion", "USD", yen)->unit == "CNY");
  }
}

TEST_CASE("the yen setting reads a bare yen sign as the yuan", "[value]") {
  auto v = money("¥203.9 billion", "USD", "CNY");
  REQUIRE(v);
  CHECK(same(v->lo, 203.9e9));
  CHECK(v->unit == "CNY");
  CHECK(v->display == "CNY 203.9 billion");
  CHECK(money("$5 and ¥5", "AUD", "CNY")->unit == "AUD");  // each sign by its own setting
}

TEST_CASE("cents after a dollar amount are that dollar's", "[value]") {
  auto bare = money("$20 and 43 cents", "AUD");
  REQUIRE(bare);
  CHECK(same(bare->lo, 20.43));
  CHECK(bare->unit == "AUD");
  auto us = money("us$20 and 43 cents", "AUD");
  REQUIRE(us);
  CHECK(same(us->lo, 20.43));
  CHECK(us->unit == "USD");
  auto australian = money("a$20 and 43 cents", "USD");
  REQUIRE(australian);
  CHECK(same(australian->lo, 20.43));
  CHECK(australian->unit == "AUD");
}

TEST_CASE("as written, a bare sign stays unresolved for the matcher", "[value]") {
  auto v = money("$102 million", "", "");
  REQUIRE(v);
  CHECK(v->unit == "$");
  CHECK(with_currencies(*v, "AUD", "").unit == "AUD");
  CHECK(with_currencies(*v, "AUD", "").display == "AUD 102 million");
  CHECK(with_currencies(*v, "", "CNY").unit == "$");  // the yen setting leaves a dollar alone
  auto rate = money("$60 a barrel", "", "");
  REQUIRE(rate);
  CHECK(with_currencies(*rate, "CAD", "").unit == "CAD/bbl");
  auto yen = money("¥5 billion", "", "");
  REQUIRE(yen);
  CHECK(yen->unit == "¥");
  CHECK(with_currencies(*yen, "USD", "CNY").unit == "CNY");
  Value length = *read(Type::Length, "5 km");
  CHECK(with_currencies(length, "AUD", "CNY") == length);
}

TEST_CASE("the codes a bare dollar and yen may be read as", "[value]") {
  for (const char* code : {"USD", "AUD", "CAD", "NZD", "HKD", "SGD", "TWD"}) {
    CAPTURE(code);
    CHECK(is_dollar_code(code));
  }
  CHECK_FALSE(is_dollar_code("EUR"));
  CHECK_FALSE(is_dollar_code("MXN"));  // "mx$" is a peso
  CHECK_FALSE(is_dollar_code("usd"));
  CHECK_FALSE(is_dollar_code("$"));
  CHECK(yen_codes() == std::vector<std::string>{"CNY", "JPY"});
  CHECK_FALSE(is_yen_code("KRW"));
}
