// Property tests: random values (integers, decimals, negatives, fractions, money,
// lengths, dates) written out the many ways writers write them, read back from a
// sentence, must give the value written. Fixed seeds, so a failure reproduces.
#include "value_test_support.h"

#include <cstdio>
#include <functional>
#include <random>
#include <string>
#include <vector>

using namespace factlint::value;
using namespace factlint::value::testing;

namespace {

// Thousands grouped with `separator`: "1,250,000", or the SI style "1 250 000" (thin
// and no-break spaces are plain ones once a document is normalized).
std::string grouped(long long n, char separator = ',') {
  std::string digits = std::to_string(n), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += separator;
    out += digits[i];
  }
  return out;
}

// English words for 0 <= n < 1e12, with or without "and" after the hundreds.
std::string words(long long n, bool with_and) {
  static const char* kSmall[] = {"zero", "one", "two", "three", "four", "five", "six", "seven",
                                 "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
                                 "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
  static const char* kTens[] = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
                                "eighty", "ninety"};
  if (n < 20) return kSmall[n];
  if (n < 100) return std::string(kTens[n / 10]) + (n % 10 ? std::string("-") + kSmall[n % 10] : "");
  if (n < 1000) {
    return words(n / 100, with_and) + " hundred" +
           (n % 100 ? (with_and ? " and " : " ") + words(n % 100, with_and) : "");
  }
  struct Scale {
    long long factor;
    const char* name;
  };
  for (Scale s : {Scale{1000000000LL, "billion"}, Scale{1000000, "million"}, Scale{1000, "thousand"}}) {
    if (n >= s.factor) {
      return words(n / s.factor, with_and) + " " + s.name +
             (n % s.factor ? " " + words(n % s.factor, with_and) : "");
    }
  }
  return "";
}

// A figure and its scale as writers abbreviate it: 2,500,000 -> "2.5 million",
// "2.5m", "2.5 mln", "2.5mn". Only for figures with at most two decimals at the scale.
std::vector<std::string> scaled_forms(long long n, bool money) {
  std::vector<std::string> out;
  struct Scale {
    long long factor;
    std::vector<const char*> spaced;
    std::vector<const char*> glued;
  };
  const Scale scales[] = {
      {1000000000000LL, {"trillion", "tn", "trn"}, {"tn", "trn"}},
      {1000000000LL, {"billion", "bn", "bln"}, {"bn", "bln"}},
      {1000000LL, {"million", "mn", "mln"}, {"mn", "mln"}},
      {1000LL, {"thousand"}, {"k"}},
  };
  for (const Scale& s : scales) {
    if (n < s.factor || (n * 100) % s.factor != 0) continue;
    const long long hundredths = n * 100 / s.factor;
    char figure[40];
    if (hundredths % 100 == 0) std::snprintf(figure, sizeof figure, "%lld", hundredths / 100);
    else if (hundredths % 10 == 0) std::snprintf(figure, sizeof figure, "%lld.%lld", hundredths / 100, hundredths / 10 % 10);
    else std::snprintf(figure, sizeof figure, "%lld.%02lld", hundredths / 100, hundredths % 100);
    for (const char* w : s.spaced) out.push_back(std::string(figure) + " " + w);
    for (const char* w : s.glued) out.push_back(std::string(figure) + w);
    if (money && s.factor == 1000000) out.push_back(std::string(figure) + "m");
    break;
  }
  return out;
}

// A random round-ish whole number: a few significant digits at a random magnitude.
long long random_whole(std::mt19937_64& rng) {
  std::uniform_int_distribution<int> digits(1, 4), magnitude(0, 9);
  const int d = digits(rng);
  std::uniform_int_distribution<long long> head(1, static_cast<long long>(std::pow(10, d)) - 1);
  long long n = head(rng);
  for (int m = magnitude(rng); m > 0 && n < 100000000000LL; --m) n *= 10;
  return n;
}

// Reads `phrase` of `type` inside a sentence and checks it reads whole as [lo, hi].
int check_reads(Type type, const std::string& phrase, double lo, double hi, const std::string& unit) {
  const std::string sentence = "officials said " + phrase + " in the report";
  CAPTURE(type_name(type), sentence);
  auto m = first_value(type, sentence, {});
  REQUIRE(m);
  CHECK(m->value.text == phrase);
  CHECK(m->value.lo == Approx(lo).epsilon(1e-9));
  CHECK(m->value.hi == Approx(hi).epsilon(1e-9));
  CHECK(m->value.unit == unit);
  return 1;
}

}  // namespace

TEST_CASE("random whole numbers read back from digits, separators, words and scales", "[value]") {
  std::mt19937_64 rng(20261129);
  int cases = 0;
  for (int i = 0; i < 2500; ++i) {
    const long long n = random_whole(rng);
    const double v = static_cast<double>(n);
    cases += check_reads(Type::Number, std::to_string(n), v, v, "");
    cases += check_reads(Type::Number, grouped(n), v, v, "");
    cases += check_reads(Type::Count, grouped(n), v, v, "");
    cases += check_reads(Type::Number, grouped(n, ' '), v, v, "");
    cases += check_reads(Type::Count, grouped(n, ' '), v, v, "");
    if (n < 1000000000000LL) cases += check_reads(Type::Number, words(n, i % 2 == 0), v, v, "");
    for (const std::string& form : scaled_forms(n, false)) cases += check_reads(Type::Number, form, v, v, "");
  }
  CHECK(cases > 10000);
}

TEST_CASE("random decimals and negatives read back in digits, points and sign words", "[value]") {
  std::mt19937_64 rng(4217);
  std::uniform_int_distribution<int> whole(0, 99999), places(1, 4);
  int cases = 0;
  for (int i = 0; i < 2000; ++i) {
    const int w = whole(rng) >> (i % 12);
    const int k = places(rng);
    std::uniform_int_distribution<int> frac(1, static_cast<int>(std::pow(10, k)) - 1);
    const int f = frac(rng);
    char digits[16];
    std::snprintf(digits, sizeof digits, "%0*d", k, f);
    const double v = std::stod(std::to_string(w) + "." + digits);
    cases += check_reads(Type::Number, std::to_string(w) + "." + digits, v, v, "");
    cases += check_reads(Type::Number, std::to_string(w) + " point " + digits, v, v, "");
    if (w == 0) {
      cases += check_reads(Type::Number, std::string(".") + digits, v, v, "");
      cases += check_reads(Type::Number, std::string("point ") + digits, v, v, "");
    }
    cases += check_reads(Type::Number, "-" + grouped(w) + "." + digits, -v, -v, "");
    cases += check_reads(Type::Number, "minus " + grouped(w) + "." + digits, -v, -v, "");
    cases += check_reads(Type::Number, "negative " + words(w, false), -w, -w, "");
    cases += check_reads(Type::Percent, "minus " + std::to_string(w) + "." + digits + "%", -v, -v, "%");
  }
  CHECK(cases > 10000);
}

TEST_CASE("random fractions read back as numbers and percentages", "[value]") {
  std::mt19937_64 rng(34);
  std::uniform_int_distribution<int> denominator(2, 64), whole(1, 99);
  int cases = 0;
  for (int i = 0; i < 2000; ++i) {
    const int d = denominator(rng);
    std::uniform_int_distribution<int> numerator(1, d - 1);
    const int n = numerator(rng);
    const double v = static_cast<double>(n) / d;
    const std::string digits = std::to_string(n) + "/" + std::to_string(d);
    cases += check_reads(Type::Number, digits, v, v, "");
    cases += check_reads(Type::Percent, digits, v * 100, v * 100, "%");
    const int w = whole(rng);
    cases += check_reads(Type::Number, std::to_string(w) + " " + digits, w + v, w + v, "");
  }
  struct Word {
    const char* text;
    double value;
  };
  for (Word word : {Word{"half", 0.5}, Word{"a half", 0.5}, Word{"a third", 1.0 / 3},
                    Word{"one-third", 1.0 / 3}, Word{"two-thirds", 2.0 / 3},
                    Word{"a quarter", 0.25}, Word{"three quarters", 0.75},
                    Word{"three-quarters", 0.75}, Word{"a fifth", 0.2}, Word{"four-fifths", 0.8}}) {
    cases += check_reads(Type::Number, word.text, word.value, word.value, "");
    cases += check_reads(Type::Percent, word.text, word.value * 100, word.value * 100, "%");
  }
  CHECK(cases > 6000);
}

TEST_CASE("random amounts of money read back with codes, symbols and names on either side", "[value]") {
  struct Currency {
    const char* before;  // written before the figure ("" for none)
    const char* after;   // written after it
    const char* code;
  };
  const Currency currencies[] = {
      {"$", "", "USD"},       {"us$", "", "USD"},        {"usd ", "", "USD"},
      {"usd", "", "USD"},     {"", " usd", "USD"},       {"", " dollars", "USD"},
      {"", " us$", "USD"},    {"€", "", "EUR"},          {"", "€", "EUR"},
      {"", " €", "EUR"},      {"eur ", "", "EUR"},       {"", " euros", "EUR"},
      {"£", "", "GBP"},       {"gbp ", "", "GBP"},       {"", " pounds", "GBP"},
      {"¥", "", "JPY"},       {"", " yen", "JPY"},       {"", " yuan", "CNY"},
      {"rmb ", "", "CNY"},    {"₹", "", "INR"},          {"rs ", "", "INR"},
      {"", " rupees", "INR"}, {"chf ", "", "CHF"},       {"sek ", "", "SEK"},
      {"", " kronor", "SEK"}, {"r$", "", "BRL"},         {"₩", "", "KRW"},
      {"", " won", "KRW"},    {"hk$", "", "HKD"},        {"a$", "", "AUD"},
      {"zar ", "", "ZAR"},    {"", " rand", "ZAR"},      {"₺", "", "TRY"},
      {"", " naira", "NGN"},  {"mxn ", "", "MXN"},       {"", " swiss francs", "CHF"},
  };
  std::mt19937_64 rng(4711);
  std::uniform_int_distribution<std::size_t> pick(0, std::size(currencies) - 1);
  std::uniform_int_distribution<int> cents(0, 99);
  int cases = 0;
  for (int i = 0; i < 3000; ++i) {
    const Currency& c = currencies[pick(rng)];
    const long long n = random_whole(rng);
    const double v = static_cast<double>(n);
    cases += check_reads(Type::Money, c.before + grouped(n) + c.after, v, v, c.code);
    cases += check_reads(Type::Money, c.before + grouped(n, ' ') + c.after, v, v, c.code);
    if (n < 1000000) {
      const int k = cents(rng);
      char figure[48];
      std::snprintf(figure, sizeof figure, "%s.%02d", grouped(n).c_str(), k);
      cases += check_reads(Type::Money, c.before + std::string(figure) + c.after, v + k / 100.0,
                           v + k / 100.0, c.code);
    }
    // A symbol touching a scale word ("80 million€") is no way writers write money.
    if (c.after[0] != ' ' && c.after[0] != '\0') continue;
    for (const std::string& form : scaled_forms(n, true)) {
      cases += check_reads(Type::Money, c.before + form + c.after, v, v, c.code);
    }
  }
  CHECK(cases > 8000);
}

TEST_CASE("random lengths read back in metric, imperial and compound units", "[value]") {
  struct Unit {
    const char* spelling;
    double metres;
  };
  const Unit units[] = {{"km", 1000},        {"kilometres", 1000}, {"kilometers", 1000},
                        {"m", 1},            {"metres", 1},        {"cm", 0.01},
                        {"mm", 0.001},       {"miles", 1609.344},  {"mi", 1609.344},
                        {"feet", 0.3048},    {"ft", 0.3048},       {"yards", 0.9144},
                        {"inches", 0.0254},  {"nautical miles", 1852}};
  std::mt19937_64 rng(1852);
  std::uniform_int_distribution<std::size_t> pick(0, std::size(units) - 1);
  std::uniform_int_distribution<int> feet(1, 9), inches(1, 11), kilometres(1, 99), metres(1, 999);
  int cases = 0;
  for (int i = 0; i < 3500; ++i) {
    const Unit& u = units[pick(rng)];
    const long long n = random_whole(rng) % 10000000;
    if (n == 0) continue;
    const double v = static_cast<double>(n) * u.metres;
    cases += check_reads(Type::Length, grouped(n) + " " + u.spelling, v, v, "m");
    cases += check_reads(Type::Length, grouped(n, ' ') + " " + u.spelling, v, v, "m");
    if (std::string(u.spelling).find(' ') == std::string::npos) {
      cases += check_reads(Type::Length, grouped(n) + "-" + u.spelling, v, v, "m");
    }
    const int f = feet(rng), in = inches(rng);
    const double height = f * 0.3048 + in * 0.0254;
    cases += check_reads(Type::Length, std::to_string(f) + " feet " + std::to_string(in) + " inches",
                         height, height, "m");
    cases += check_reads(Type::Length, std::to_string(f) + "'" + std::to_string(in) + "\"", height,
                         height, "m");
    const int km = kilometres(rng), m = metres(rng);
    cases += check_reads(Type::Length, std::to_string(km) + " km and " + std::to_string(m) + " m",
                         km * 1000.0 + m, km * 1000.0 + m, "m");
  }
  CHECK(cases > 10000);
}

TEST_CASE("random dates read back in ISO, numeric and written forms", "[value]") {
  static const char* kMonths[] = {"january", "february", "march", "april", "may", "june", "july",
                                  "august", "september", "october", "november", "december"};
  static const char* kShort[] = {"jan.", "feb.", "mar.", "apr.", "may", "jun.", "jul.",
                                 "aug.", "sept.", "oct.", "nov.", "dec."};
  std::mt19937_64 rng(1985);
  std::uniform_int_distribution<long> days(days_from_civil({1900, 1, 1}), days_from_civil({2099, 12, 31}));
  int cases = 0;
  for (int i = 0; i < 2500; ++i) {
    const CivilDate d = civil_from_days(days(rng));
    const double dn = static_cast<double>(days_from_civil(d));
    const std::string y = std::to_string(d.year), m = std::to_string(d.month), dd = std::to_string(d.day);
    auto check_day = [&](const std::string& phrase) {
      const std::string sentence = "it happened on " + phrase + " in the capital";
      CAPTURE(sentence);
      auto r = first_value(Type::Date, sentence, {});
      REQUIRE(r);
      CHECK(r->value.text == phrase);
      CHECK(r->value.lo == dn);
      CHECK(r->value.hi == dn);
      ++cases;
    };
    check_day(to_iso(d));
    check_day(y + "-" + m + "-" + dd);
    check_day(y + "/" + m + "/" + dd);
    check_day(std::string(kMonths[d.month - 1]) + " " + dd + ", " + y);
    check_day(dd + " " + kMonths[d.month - 1] + " " + y);
    check_day(std::string(kShort[d.month - 1]) + " " + dd + ", " + y);
    check_day(dd + "." + m + "." + y);
    // Slashes: the order is told by a day over 12, or by day and month being equal.
    if (d.day > 12 || d.day == d.month) {
      check_day(m + "/" + dd + "/" + y);
      check_day(dd + "/" + m + "/" + y);
    }
    // Year and month: "2016-07" unless the month could be the end of a span of years.
    if (d.month <= d.year % 100) {
      char ym[32];
      std::snprintf(ym, sizeof ym, "%04d-%02d", d.year, d.month);
      const std::string sentence = std::string("figures for ") + ym + " show";
      CAPTURE(sentence);
      auto r = first_value(Type::Date, sentence, {});
      REQUIRE(r);
      CHECK(r->value.lo == static_cast<double>(days_from_civil({d.year, d.month, 1})));
      CHECK(r->value.grain == Grain::Month);
      ++cases;
    }
  }
  CHECK(cases > 15000);
}
