// Tests for currency_reading.cc and the dollar, yen, shilling and krone settings of
// scan: a bare "$" is the US dollar, a bare "¥" the yen, a bare "Sh" the Kenyan
// shilling and bare "kroner" the Norwegian krone unless a setting says otherwise;
// "US$", "A$", "USD", "yen", "yuan", "RMB", "KSh", "UGX" and "NOK" never change.
#include "value/currency_reading.h"

#include "value_test_support.h"

using namespace factlint::value;
using namespace factlint::value::testing;

namespace {

// The codes of a bare dollar, yen, shilling and krone ("" keeps the sign as written).
BareCodes codes(const std::string& dollar, const std::string& yen, const std::string& shilling = "",
                const std::string& krone = "") {
  BareCodes out;
  out.dollar = dollar;
  out.yen = yen;
  out.shilling = shilling;
  out.krone = krone;
  return out;
}

// `text` is normalized text, as the readers take it: lower case.
std::optional<Value> money(const std::string& text, const std::string& dollar, const std::string& yen = "JPY") {
  ParseContext context;
  context.dollar = dollar;
  context.yen = yen;
  auto m = first_value(Type::Money, text, context);
  return m ? std::optional<Value>(m->value) : std::nullopt;
}

std::optional<Value> kroner(const std::string& text, const std::string& krone) {
  ParseContext context;
  context.krone = krone;
  auto m = first_value(Type::Money, text, context);
  return m ? std::optional<Value>(m->value) : std::nullopt;
}

std::optional<Value> shillings(const std::string& text, const std::string& shilling) {
  ParseContext context;
  context.shilling = shilling;
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
  CHECK(with_currencies(*v, codes("AUD", "")).unit == "AUD");
  CHECK(with_currencies(*v, codes("AUD", "")).display == "AUD 102 million");
  CHECK(with_currencies(*v, codes("", "CNY")).unit == "$");  // the yen setting leaves a dollar alone
  auto rate = money("$60 a barrel", "", "");
  REQUIRE(rate);
  CHECK(with_currencies(*rate, codes("CAD", "")).unit == "CAD/bbl");
  auto yen = money("¥5 billion", "", "");
  REQUIRE(yen);
  CHECK(yen->unit == "¥");
  CHECK(with_currencies(*yen, codes("USD", "CNY")).unit == "CNY");
  Value length = *read(Type::Length, "5 km");
  CHECK(with_currencies(length, codes("AUD", "CNY")) == length);
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

TEST_CASE("a bare Sh, Shs or shillings is the Kenyan shilling by default", "[value]") {
  for (const char* text : {"sh480 million", "sh 480 million", "sh.480 million", "shs 480 million",
                           "480 million shillings", "sh480m"}) {
    CAPTURE(text);
    auto v = read(Type::Money, text);
    REQUIRE(v);
    CHECK(same(v->lo, 480e6));
    CHECK(v->unit == "KES");
    CHECK(v->original_unit == "KES");
    CHECK(v->display == "KES 480 million");
  }
  CHECK(read(Type::Money, "one shilling")->unit == "KES");
  CHECK(read(Type::Money, "sh75 a litre")->unit == "KES/l");
  CHECK(read(Type::Money, "about sh3-4 billion")->display == "about KES 3-4 billion");
}

TEST_CASE("the shilling setting reads a bare Sh as the Ugandan, Tanzanian or Somali shilling", "[value]") {
  auto v = shillings("shs 2.4 trillion", "UGX");
  REQUIRE(v);
  CHECK(same(v->lo, 2.4e12));
  CHECK(v->unit == "UGX");
  CHECK(v->display == "UGX 2.4 trillion");
  CHECK(shillings("sh 90 billion", "TZS")->unit == "TZS");
  CHECK(shillings("90 billion shillings", "SOS")->unit == "SOS");
  CHECK(shillings("sh75 a litre", "UGX")->unit == "UGX/l");
  // each sign by its own setting
  CHECK(money("$5 and sh5", "AUD")->unit == "AUD");
  CHECK(shillings("$5 and sh5", "UGX")->unit == "USD");
}

TEST_CASE("a shilling the text names is read as written whatever the setting", "[value]") {
  for (const std::string shilling : {"KES", "UGX", "TZS", "SOS"}) {
    CAPTURE(shilling);
    CHECK(shillings("ksh 12 billion", shilling)->unit == "KES");
    CHECK(shillings("kshs.12 billion", shilling)->unit == "KES");
    CHECK(shillings("12 billion kenyan shillings", shilling)->unit == "KES");
    CHECK(shillings("12 billion kenya shillings", shilling)->unit == "KES");
    CHECK(shillings("kenya shillings 12 billion", shilling)->unit == "KES");
    CHECK(shillings("ush 12 billion", shilling)->unit == "UGX");
    CHECK(shillings("ushs 12 billion", shilling)->unit == "UGX");
    CHECK(shillings("12 billion uganda shillings", shilling)->unit == "UGX");
    CHECK(shillings("tsh 12 billion", shilling)->unit == "TZS");
    CHECK(shillings("12 billion tanzania shillings", shilling)->unit == "TZS");
    CHECK(shillings("12 billion somali shillings", shilling)->unit == "SOS");
    CHECK(shillings("ugx 12 billion", shilling)->unit == "UGX");
  }
}

TEST_CASE("Sh is a currency only before a figure, never inside a word", "[value]") {
  for (const char* text : {"7 sh", "7 shs", "wash 7 million", "marsh7", "shanghai 7 million", "she 7 million",
                           "shell 7 million", "the 7 ships"}) {
    CAPTURE(text);
    CHECK_FALSE(read(Type::Money, text));
  }
  // A figure after a currency sign is no count: "Sh 7 million" is money only.
  CHECK_FALSE(read(Type::Count, "sh 7 million"));
  CHECK(read(Type::Count, "wash 7 million"));
}

TEST_CASE("a whole amount closed with /- or /= ends there", "[value]") {
  auto v = read(Type::Money, "sh2,500/-");
  REQUIRE(v);
  CHECK(same(v->lo, 2500));
  CHECK(v->unit == "KES");
  CHECK(v->text == "sh2,500/-");
  CHECK(read(Type::Money, "shs 40,000/= each")->text == "shs 40,000/=");
  CHECK(read(Type::Money, "ksh 300/-")->text == "ksh 300/-");
  CHECK(read(Type::Money, "sh 2.50/-")->text == "sh 2.50");  // not a whole amount
  CHECK(read(Type::Money, "sh 7 million/-")->text == "sh 7 million");
}

TEST_CASE("as written, a bare Sh stays unresolved for the matcher", "[value]") {
  auto v = shillings("sh 5 billion", "");
  REQUIRE(v);
  CHECK(v->unit == "Sh");
  CHECK(with_currencies(*v, codes("AUD", "CNY")).unit == "Sh");  // the dollar and yen leave it alone
  CHECK(with_currencies(*v, codes("", "", "TZS")).unit == "TZS");
  CHECK(with_currencies(*v, codes("", "", "TZS")).display == "TZS 5 billion");
}

TEST_CASE("the bare signs are one table: name, sign, default and codes", "[value]") {
  REQUIRE(bare_currencies().size() == 4);
  CHECK(bare_currencies()[0].name == "dollar");
  CHECK(bare_currencies()[1].name == "yen");
  CHECK(bare_currencies()[2].name == "shilling");
  CHECK(bare_currencies()[3].name == "krone");
  const BareCurrency* shilling = bare_currency("shilling");
  REQUIRE(shilling);
  CHECK(shilling->sign == "Sh");
  CHECK(shilling->default_code == "KES");
  CHECK(shilling->codes() == std::vector<std::string>{"KES", "SOS", "TZS", "UGX"});
  CHECK(shilling->takes("UGX"));
  CHECK_FALSE(shilling->takes("ugx"));
  CHECK_FALSE(shilling->takes("USD"));
  CHECK_FALSE(bare_currency("euro"));
  CHECK(is_bare_sign("Sh"));
  CHECK(is_bare_sign("$"));
  CHECK_FALSE(is_bare_sign("KES"));
  BareCodes defaults;
  for (const BareCurrency& b : bare_currencies()) CHECK(defaults.*b.code == b.default_code);
  BareCodes fact = BareCodes::none();
  fact.shilling = "UGX";
  BareCodes both = overlaid(defaults, fact);
  CHECK(both.dollar == "USD");
  CHECK(both.shilling == "UGX");
}

TEST_CASE("bare kroner, kr and crowns are the Norwegian krone by default", "[value]") {
  // A blind writer's oil-fund rules read nothing in "15,765 billion kroner", "kr 15.8
  // trillion" or "2.22 trillion crowns": only "NOK" and "Norwegian kroner" were money.
  for (const char* text : {"15,765 billion kroner", "kr 15,765 billion", "kr15,765 billion", "kr. 15,765 billion",
                           "15,765 billion kr", "15,765 billion crowns", "15,765 billion krone"}) {
    CAPTURE(text);
    auto v = read(Type::Money, text);
    REQUIRE(v);
    CHECK(same(v->lo, 15765e9));
    CHECK(v->unit == "NOK");
    CHECK(v->display == "NOK 15,765 billion");
  }
  CHECK(read(Type::Money, "kr 40 a litre")->unit == "NOK/l");
}

TEST_CASE("the krone setting reads bare kroner as the Danish, Swedish, Icelandic krone or Czech crowns", "[value]") {
  CHECK(kroner("2.4 billion kroner", "DKK")->unit == "DKK");
  CHECK(kroner("kr 500", "SEK")->unit == "SEK");
  CHECK(kroner("kr 500", "ISK")->display == "ISK 500");
  CHECK(kroner("2 billion crowns", "CZK")->unit == "CZK");
  // Named kroner never change, whatever the setting.
  for (const std::string krone : {"NOK", "DKK", "SEK", "ISK", "CZK"}) {
    CAPTURE(krone);
    CHECK(kroner("12 billion norwegian kroner", krone)->unit == "NOK");
    CHECK(kroner("12 billion danish kroner", krone)->unit == "DKK");
    CHECK(kroner("12 billion danish crowns", krone)->unit == "DKK");
    CHECK(kroner("12 billion kronor", krone)->unit == "SEK");
    CHECK(kroner("12 billion czech crowns", krone)->unit == "CZK");
    CHECK(kroner("nok 12 billion", krone)->unit == "NOK");
  }
  // As written, for the matcher to resolve per fact.
  auto v = kroner("kr 5 billion", "");
  REQUIRE(v);
  CHECK(v->unit == "kr");
  CHECK(with_currencies(*v, codes("USD", "JPY", "KES")).unit == "kr");
  BareCodes danish = BareCodes::none();
  danish.krone = "DKK";
  CHECK(with_currencies(*v, danish).display == "DKK 5 billion");
}

TEST_CASE("kr is a currency only as a word beside a figure", "[value]") {
  for (const char* text : {"krw 500", "the kraken 5 million", "5 krill", "kroon 500"}) {
    CAPTURE(text);
    auto v = read(Type::Money, text);
    CHECK((!v || v->unit != "NOK"));
  }
}
