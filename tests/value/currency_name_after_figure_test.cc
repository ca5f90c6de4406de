// Tests for money_reader.cc: a currency's name follows its figure ("34,000 won"); only
// symbols, ISO codes and local abbreviations stand before it. "won 34 stages" is the
// verb and a count, never 34 Korean won.
#include "value_test_support.h"

#include <random>
#include <string>

using namespace factlint::value;
using namespace factlint::value::testing;

namespace {

// Currency names of three letters that are also English words or look like codes.
constexpr const char* kNames[] = {"won", "yen", "lei", "leu"};

}  // namespace

TEST_CASE("a currency name before a figure is no money, and the figure is a count", "[value]") {
  std::mt19937 rng(23);
  std::uniform_int_distribution<int> figure(1, 9999);
  for (const char* name : kNames) {
    for (int i = 0; i < 20; ++i) {
      const int n = figure(rng);
      const std::string text = std::string("the team ") + name + " " + std::to_string(n) + " races";
      CAPTURE(text);
      CHECK_FALSE(read(Type::Money, text));
      auto count = read(Type::Count, text);
      REQUIRE(count);
      CHECK(count->lo == n);
    }
  }
}

TEST_CASE("a currency name after its figure is still money", "[value]") {
  CHECK(read(Type::Money, "it cost 34,000 won")->unit == "KRW");
  CHECK(read(Type::Money, "it cost 34,000 won")->lo == 34000);
  CHECK(read(Type::Money, "a fare of 500 yen")->unit == "JPY");
  CHECK(read(Type::Money, "a fare of 20 lei")->unit == "RON");
}

TEST_CASE("codes, symbols and local abbreviations still stand before the figure", "[value]") {
  const std::pair<const char*, const char*> rows[] = {
      {"krw 34 billion", "KRW"}, {"₩34 billion", "KRW"}, {"jpy 5 billion", "JPY"},
      {"rmb 5 billion", "CNY"},  {"ksh 5 billion", "KES"}, {"tsh 5 billion", "TZS"},
      {"ush 5 billion", "UGX"},  {"shs 5 billion", "KES"}, {"usd 5", "USD"}};
  for (const auto& [text, currency] : rows) {
    CAPTURE(text);
    auto money = read(Type::Money, text);
    REQUIRE(money);
    CHECK(money->unit == currency);
    CHECK(money->text == text);
  }
}

TEST_CASE("the verb 'won' before a figure reads the count", "[value]") {
  for (const char* text : {"kim won 34 stages", "she has won 4 titles", "they won 2 medals"}) {
    CAPTURE(text);
    auto count = read(Type::Count, text);
    REQUIRE(count);
    CHECK(count->text.find("won") == std::string::npos);
  }
}
