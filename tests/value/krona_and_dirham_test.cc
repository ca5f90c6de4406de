// Tests for the Icelandic and Swedish krona and the UAE dirham as writers spell them
// (value/units.cc, value/money_reader.cc, value/currency_reading.cc): "krónur" and
// "kronur" are Iceland's, "krona" follows the krone setting when it names ISK or SEK,
// "Dh149", "Dhs 26.7bn" and "149 dirhams" are the UAE dirham. Two blind rule writers
// found none of them read (tests/generalization/FEEDBACK-session-22.md).
#include <random>

#include "value/currency_reading.h"
#include "value_test_support.h"

using namespace factlint::value;
using namespace factlint::value::testing;

namespace {

// The first money in `text` (normalized: lower case) with the krone setting `krone`.
std::optional<Value> money(const std::string& text, const std::string& krone = "NOK") {
  ParseContext context;
  context.krone = krone;
  auto m = first_value(Type::Money, text, context);
  return m ? std::optional<Value>(m->value) : std::nullopt;
}

}  // namespace

TEST_CASE("the Icelandic plural krónur, with or without its accent, is ISK under any setting", "[value]") {
  for (const std::string krone : {"NOK", "DKK", "SEK", "ISK", "CZK"}) {
    CAPTURE(krone);
    for (const char* text : {"the bill came to 4,300 billion krónur in all", "4,300 billion kronur",
                             "4,300 billion icelandic krónur", "4,300 billion krónas", "4,300 billion króna"}) {
      CAPTURE(text);
      auto v = money(text, krone);
      REQUIRE(v);
      CHECK(v->unit == "ISK");
      CHECK(v->lo == 4.3e12);
    }
  }
}

TEST_CASE("a bare krona is the krone setting's when it is ISK or SEK, else Swedish", "[value]") {
  CHECK(money("a ticket is 900 krona", "ISK")->unit == "ISK");
  CHECK(money("a ticket is 900 kronas", "ISK")->unit == "ISK");
  CHECK(money("a ticket is 900 krona", "SEK")->unit == "SEK");
  CHECK(money("a ticket is 900 krona", "NOK")->unit == "SEK");
  CHECK(money("a ticket is 900 krona", "DKK")->unit == "SEK");
  CHECK(money("a ticket is 900 krona", "ISK")->display == "ISK 900");
  // "kronor" is Sweden's plural and stays SEK; "kr" and "kroner" are the setting's.
  CHECK(money("a ticket is 900 kronor", "ISK")->unit == "SEK");
  CHECK(money("a ticket is 900 kroner", "ISK")->unit == "ISK");
  // As written, for the matcher to resolve per fact with the fact's option.
  auto v = money("a ticket is 900 krona", "");
  REQUIRE(v);
  CHECK(v->unit == "krona");
  CHECK(is_bare_sign(v->unit));
  BareCodes icelandic = BareCodes::none();
  icelandic.krone = "ISK";
  CHECK(with_currencies(*v, icelandic).unit == "ISK");
  CHECK(with_currencies(*v, BareCodes{}).unit == "SEK");  // the default krone, NOK
  CHECK(with_currencies(*v, BareCodes::none()).unit == "krona");
}

TEST_CASE("the UAE dirham is read as Dh, Dhs, dirham(s) and AED", "[value]") {
  struct Case {
    const char* text;
    const char* read;
    double amount;
  };
  for (const Case& c : {Case{"tickets cost dh149 on weekdays", "dh149", 149},
                        Case{"tickets cost dh 149 on weekdays", "dh 149", 149},
                        Case{"the developer earned dhs 26.7bn last year", "dhs 26.7bn", 26.7e9},
                        Case{"the developer earned dhs26.7 billion", "dhs26.7 billion", 26.7e9},
                        Case{"tickets cost 149 dirhams on weekdays", "149 dirhams", 149},
                        Case{"a single dirham", nullptr, 0},
                        Case{"the tower cost aed 5.5 billion to build", "aed 5.5 billion", 5.5e9},
                        Case{"the tower cost 5.5 billion uae dirhams", "5.5 billion uae dirhams", 5.5e9}}) {
    CAPTURE(c.text);
    auto v = money(c.text);
    if (!c.read) {
      CHECK_FALSE(v);
      continue;
    }
    REQUIRE(v);
    CHECK(v->text == c.read);
    CHECK(v->unit == "AED");
    CHECK(v->lo == Approx(c.amount));
  }
  // "Dh" and "Dhs" only before a figure, as "Sh": "5 dh" is no money. Morocco's is named.
  CHECK_FALSE(money("he scored 5 dh in the match"));
  CHECK_FALSE(money("the dhs were 12 in number"));
  CHECK(money("10 moroccan dirhams")->unit == "MAD");
}

TEST_CASE("random amounts in krónur, kronas and dirhams read back whole", "[value]") {
  struct Currency {
    const char* before;
    const char* after;
    const char* krone;  // the setting
    const char* code;
  };
  const Currency currencies[] = {
      {"", " krónur", "NOK", "ISK"},  {"", " kronur", "SEK", "ISK"},  {"", " krónas", "DKK", "ISK"},
      {"", " krona", "ISK", "ISK"},   {"", " kronas", "ISK", "ISK"},  {"", " krona", "NOK", "SEK"},
      {"", " krona", "SEK", "SEK"},   {"dh", "", "NOK", "AED"},       {"dh ", "", "NOK", "AED"},
      {"dhs ", "", "NOK", "AED"},     {"dhs", "", "NOK", "AED"},      {"", " dirhams", "NOK", "AED"},
      {"aed ", "", "NOK", "AED"},     {"", " uae dirhams", "NOK", "AED"},
  };
  std::mt19937_64 rng(930);
  std::uniform_int_distribution<std::size_t> pick(0, std::size(currencies) - 1);
  std::uniform_int_distribution<long long> whole(1, 999999);
  std::uniform_int_distribution<int> scale(0, 3);
  static const char* kScales[] = {"", " million", " billion", "bn"};
  static const double kFactors[] = {1, 1e6, 1e9, 1e9};
  int cases = 0;
  for (int i = 0; i < 3000; ++i) {
    const Currency& c = currencies[pick(rng)];
    const long long n = whole(rng);
    const int s = scale(rng);
    std::string figure = std::to_string(n);
    if (figure.size() > 3) figure.insert(figure.size() - 3, ",");
    const std::string phrase = c.before + figure + kScales[s] + c.after;
    const std::string sentence = "officials said " + phrase + " in the report";
    CAPTURE(sentence, c.krone);
    auto v = money(sentence, c.krone);
    REQUIRE(v);
    CHECK(v->text == phrase);
    CHECK(v->unit == c.code);
    CHECK(v->lo == Approx(static_cast<double>(n) * kFactors[s]));
    ++cases;
  }
  CHECK(cases == 3000);
}
