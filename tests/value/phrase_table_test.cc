// Table tests per value category: signs, decimals, fractions, scales, money, compound
// measures, temperatures, durations, flows and dates, each read whole and right.
#include "value_test_support.h"

#include "value/scan.h"

using namespace factlint::value;
using namespace factlint::value::testing;

namespace {

// The scanner reads normalized text, which is lowercase.
std::string lower(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return text;
}

struct Case {
  const char* input;
  double lo;
  double hi;
  const char* unit;
};

void check_cases(Type type, std::initializer_list<Case> cases, const char* date = nullptr) {
  for (const Case& c : cases) {
    const std::string input = lower(c.input);
    CAPTURE(type_name(type), input);
    auto v = read(type, input, date);
    REQUIRE(v);
    CHECK(v->text == input);
    CHECK(v->lo == Approx(c.lo).epsilon(1e-6));
    CHECK(v->hi == Approx(c.hi).epsilon(1e-6));
    CHECK(v->unit == c.unit);
  }
}

// Dates compare as day numbers.
struct DateCase {
  const char* input;
  const char* first;
  const char* last;
};

void check_dates(Type type, std::initializer_list<DateCase> cases, const ParseContext& context = {}) {
  for (const DateCase& c : cases) {
    const std::string input = lower(c.input);
    CAPTURE(type_name(type), input);
    auto m = first_value(type, input, context);
    REQUIRE(m);
    CHECK(m->value.text == input);
    if (c.first) CHECK(m->value.lo == day(c.first));
    else CHECK(m->value.lo == -kInf);
    if (c.last) CHECK(m->value.hi == day(c.last));
    else CHECK(m->value.hi == kInf);
  }
}

}  // namespace

TEST_CASE("signed numbers read in symbols and words", "[value]") {
  check_cases(Type::Number, {{"minus 1,500", -1500, -1500, ""},
                             {"negative forty", -40, -40, ""},
                             {"minus twelve point five", -12.5, -12.5, ""},
                             {"-7.25", -7.25, -7.25, ""},
                             {"negative 0.3", -0.3, -0.3, ""}});
}

TEST_CASE("decimals read with a leading point and the word point", "[value]") {
  check_cases(Type::Number, {{".75", 0.75, 0.75, ""},
                             {"point 4", 0.4, 0.4, ""},
                             {"point zero five", 0.05, 0.05, ""},
                             {"6 point 25", 6.25, 6.25, ""},
                             {"nine point one", 9.1, 9.1, ""},
                             {"four point seven billion", 4.7e9, 4.7e9, ""},
                             {"12 point 5 million", 12.5e6, 12.5e6, ""},
                             // Found by the relative_date fuzzer: a whole part too large for
                             // `long long` was cast to one (undefined behaviour).
                             {"1122222222222222222222 point 5", 1122222222222222222222.5,
                              1122222222222222222222.5, ""}});
}

TEST_CASE("fractions read in digits and words, alone or after a whole number", "[value]") {
  check_cases(Type::Number, {{"5/8", 0.625, 0.625, ""},
                             {"a fifth", 0.2, 0.2, ""},
                             {"three-quarters", 0.75, 0.75, ""},
                             {"2 3/4", 2.75, 2.75, ""},
                             {"seven and a half", 7.5, 7.5, ""},
                             {"one and a half million", 1.5e6, 1.5e6, ""}});
  check_cases(Type::Percent, {{"a quarter", 25, 25, "%"},
                              {"one-fifth", 20, 20, "%"},
                              {"3/4", 75, 75, "%"},
                              {"about two-thirds", 200.0 / 3, 200.0 / 3, "%"}});
}

TEST_CASE("every multiplier form scales the figure before it", "[value]") {
  check_cases(Type::Number, {{"8k", 8e3, 8e3, ""},
                             {"2.5bln", 2.5e9, 2.5e9, ""},
                             {"11 bln", 11e9, 11e9, ""},
                             {"40 mln", 40e6, 40e6, ""},
                             {"6 mn", 6e6, 6e6, ""},
                             {"1.1 tn", 1.1e12, 1.1e12, ""},
                             {"3 trn", 3e12, 3e12, ""},
                             {"two billions", 2e9, 2e9, ""},
                             {"4 lakh", 4e5, 4e5, ""},
                             {"2.3 crore", 2.3e7, 2.3e7, ""},
                             {"five crore", 5e7, 5e7, ""},
                             {"four dozen", 48, 48, ""}});
  check_cases(Type::Count, {{"a pair of", 2, 2, ""}, {"nine hundred and nine", 909, 909, ""}});
}

TEST_CASE("a couple and a few are documented vague intervals", "[value]") {
  auto couple = read(Type::Count, "a couple");
  REQUIRE(couple);
  CHECK(couple->vague);
  CHECK(couple->lo == 2);
  CHECK(couple->hi == 3);
  auto few = read(Type::Count, "a few");
  REQUIRE(few);
  CHECK(few->vague);
  CHECK(few->lo == 2);
  CHECK(few->hi == 5);
}

TEST_CASE("money reads codes and symbols before or after the figure, attached or spaced", "[value]") {
  check_cases(Type::Money, {{"EUR12.50", 12.5, 12.5, "EUR"},
                            {"12.50 EUR", 12.5, 12.5, "EUR"},
                            {"7 €", 7, 7, "EUR"},
                            {"7€", 7, 7, "EUR"},
                            {"CHF 40", 40, 40, "CHF"},
                            {"₩5,000", 5000, 5000, "KRW"},
                            {"900 rand", 900, 900, "ZAR"},
                            {"NZ$ 3 million", 3e6, 3e6, "NZD"},
                            {"Rs. 2 lakh", 2e5, 2e5, "INR"},
                            {"PLN 75", 75, 75, "PLN"},
                            {"60 Norwegian kroner", 60, 60, "NOK"},
                            {"$45 bln", 45e9, 45e9, "USD"},
                            {"-$2 million", -2e6, -2e6, "USD"}});
}

TEST_CASE("money reads minor units, compound amounts and rates", "[value]") {
  check_cases(Type::Money, {{"99 cents", 0.99, 0.99, "USD"},
                            {"30 pence", 0.3, 0.3, "GBP"},
                            {"$7 and 15 cents", 7.15, 7.15, "USD"},
                            {"12 dollars and 5 cents", 12.05, 12.05, "USD"},
                            {"$85 a barrel", 85, 85, "USD/bbl"},
                            {"€300 per tonne", 300, 300, "EUR/t"},
                            {"$72,000 a year", 72000, 72000, "USD/yr"},
                            {"£11 an hour", 11, 11, "GBP/h"}});
  // "a year ago" dates the figure; it is no rate.
  auto ago = read(Type::Money, "$40 a year ago");
  REQUIRE(ago);
  CHECK(ago->unit == "USD");
  CHECK(ago->text == "$40");
}

TEST_CASE("codes that are English words are never read as currencies", "[value]") {
  CHECK_FALSE(read(Type::Money, "try 5 times"));
  CHECK_FALSE(read(Type::Money, "all 40 members"));
  CHECK_FALSE(read(Type::Money, "top 10 firms"));
}

TEST_CASE("compound measures and foot and inch marks add up", "[value]") {
  check_cases(Type::Length, {{"6 feet 2 inches", 1.8796, 1.8796, "m"},
                             {"5 ft 9 in", 1.7526, 1.7526, "m"},
                             {"3 km and 250 m", 3250, 3250, "m"},
                             {"6'2\"", 1.8796, 1.8796, "m"},
                             {"5' 9\"", 1.7526, 1.7526, "m"},
                             {"4 cm", 0.04, 0.04, "m"}});
  check_cases(Type::Duration, {{"2 years and 6 months", 365.2425 * 2.5, 365.2425 * 2.5, "d"},
                               {"1 hour 30 minutes", 1.5 / 24, 1.5 / 24, "d"},
                               // In words too: "two years" alone was read, the months dropped.
                               {"two years and six months", 365.2425 * 2.5, 365.2425 * 2.5, "d"},
                               {"one year and a month", 365.2425 * 13 / 12, 365.2425 * 13 / 12, "d"}});
  check_cases(Type::Length, {{"five feet nine inches", 1.7526, 1.7526, "m"}});
}

TEST_CASE("tons are metric unless the text says short or long tons", "[value]") {
  check_cases(Type::Mass, {{"12 tons", 12000, 12000, "kg"},
                           {"12 metric tons", 12000, 12000, "kg"},
                           {"12 short tons", 12 * 907.18474, 12 * 907.18474, "kg"},
                           {"12 long tons", 12 * 1016.0469088, 12 * 1016.0469088, "kg"}});
}

TEST_CASE("temperatures read in Celsius, Fahrenheit and kelvin", "[value]") {
  check_cases(Type::Temperature, {{"minus 12 degrees Celsius", -12, -12, "°C"},
                                  {"-5°C", -5, -5, "°C"},
                                  {"212 °F", 100, 100, "°C"},
                                  {"32 degrees Fahrenheit", 0, 0, "°C"},
                                  {"273.15 K", 0, 0, "°C"},
                                  {"30 degrees", 30, 30, "°C"}});
}

TEST_CASE("durations read with figures, articles and hyphens", "[value]") {
  check_cases(Type::Duration, {{"a century", 36524.25, 36524.25, "d"},
                               {"half a decade", 1826.2125, 1826.2125, "d"},
                               {"an hour", 1.0 / 24, 1.0 / 24, "d"},
                               {"two weeks", 14, 14, "d"},
                               {"30-year", 30 * 365.2425, 30 * 365.2425, "d"},
                               {"six months", 182.62125, 182.62125, "d"}});
}

TEST_CASE("flow rates read in barrels a day and cubic metres a year", "[value]") {
  const double barrel = 0.158987294928;
  check_cases(Type::Flow, {{"2.1 million barrels per day", 2.1e6 * barrel, 2.1e6 * barrel, "m3/d"},
                           {"500,000 bpd", 5e5 * barrel, 5e5 * barrel, "m3/d"},
                           {"9.5 mb/d", 9.5e6 * barrel, 9.5e6 * barrel, "m3/d"},
                           {"55 bcm a year", 55e9 / 365.2425, 55e9 / 365.2425, "m3/d"}});
}

TEST_CASE("numeric dates read in every order that can be told apart", "[value]") {
  check_dates(Type::Date, {{"2019-3-9", "2019-03-09", "2019-03-09"},
                           {"2019/03/09", "2019-03-09", "2019-03-09"},
                           {"2018-06", "2018-06-01", "2018-06-30"},
                           {"12/31/2001", "2001-12-31", "2001-12-31"},
                           {"31/12/2001", "2001-12-31", "2001-12-31"},
                           {"24.02.2022", "2022-02-24", "2022-02-24"},
                           {"7/7/2005", "2005-07-07", "2005-07-07"},
                           {"10/31/99", "1999-10-31", "1999-10-31"},
                           {"31/10/07", "2007-10-31", "2007-10-31"}});
}

TEST_CASE("a numeric date with day and month both under 13 needs the document's order", "[value]") {
  CHECK_FALSE(first_value(Type::Date, "03/08/2021", {}));
  ParseContext us;
  us.date_order = DateOrder::MonthFirst;
  check_dates(Type::Date, {{"03/08/2021", "2021-03-08", "2021-03-08"}}, us);
  ParseContext uk;
  uk.date_order = DateOrder::DayFirst;
  check_dates(Type::Date, {{"03/08/2021", "2021-08-03", "2021-08-03"}}, uk);
}

TEST_CASE("day words, quarters, halves, seasons and centuries read as spans", "[value]") {
  check_dates(Type::Date, {{"June twenty-first, 2020", "2020-06-21", "2020-06-21"},
                           {"April second 2019", "2019-04-02", "2019-04-02"},
                           {"Q1 2020", "2020-01-01", "2020-03-31"},
                           {"first half of 2017", "2017-01-01", "2017-06-30"},
                           {"winter 2015", "2015-12-01", "2016-02-29"},
                           {"the 18th century", "1700-01-01", "1799-12-31"},
                           {"the nineteenth century", "1800-01-01", "1899-12-31"},
                           {"the 1700s", "1700-01-01", "1799-12-31"}});
  ParseContext context;
  context.reference_date = CivilDate{2021, 11, 5};
  check_dates(Type::Date, {{"October third", "2021-10-03", "2021-10-03"}}, context);
}

TEST_CASE("open date ranges are open on one side", "[value]") {
  check_dates(Type::Date, {{"since 2016", "2016-01-01", nullptr},
                           {"since March 2016", "2016-03-01", nullptr},
                           {"until 2040", nullptr, "2040-12-31"},
                           {"from 2001 onwards", "2001-01-01", nullptr}});
  check_dates(Type::YearRange, {{"since the 1980s", "1980-01-01", nullptr},
                                {"through 2027", nullptr, "2027-12-31"}});
  auto before = first_value(Type::Date, "before 1990", {});
  REQUIRE(before);
  CHECK(before->value.hi == day("1990-01-01"));
  CHECK_FALSE(before->value.hi_inclusive);
}

TEST_CASE("a phrase read only in part gives no reading, and the scan names what is left", "[value]") {
  struct Partial {
    Type type;
    const char* input;
    const char* left;
  };
  for (const Partial& p : {Partial{Type::Count, "fifty-third", "-third"},
                           Partial{Type::Number, "1,5 million", ",5"},
                           Partial{Type::Date, "04/05/2020", "04/05/"},
                           Partial{Type::Year, "2016-07-04", "-07"},
                           Partial{Type::Count, "3/4", "/4"}}) {
    CAPTURE(p.input);
    ScanResult result = scan(p.type, p.input, {});
    CHECK(result.matches.empty());
    REQUIRE(result.unread.size() >= 1);
    const UnreadValue& u = result.unread.front();
    CHECK(std::string(p.input).substr(u.unread_begin, u.unread_end - u.unread_begin) == p.left);
  }
}

TEST_CASE("a document repeating a number phrase reads in linear time and never overflows", "[value]") {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "one hundred ";
  ScanResult result = scan(Type::Number, text, {});
  for (const ValueMatch& m : result.matches) {
    CHECK(std::isfinite(m.value.lo));
    CHECK(std::isfinite(m.value.hi));
  }
  CHECK(result.matches.size() + result.unread.size() > 0);
}

TEST_CASE("a document of numbers joined by dashes and slashes reads in linear time", "[value]") {
  std::string text;
  for (int i = 0; i < 40000; ++i) text += std::to_string(i % 10) + (i % 2 ? "-" : "/");
  for (Type type : {Type::Date, Type::Number, Type::Count}) {
    ScanResult result = scan(type, text, {});
    CHECK(result.matches.size() < text.size());
  }
}

TEST_CASE("a count of quarters or halves is a count, not part of a fraction", "[value]") {
  auto quarters = read(Type::Count, "profits rose for 3 quarters");
  REQUIRE(quarters);
  CHECK(quarters->lo == 3);
  CHECK(quarters->text == "3");
}

TEST_CASE("the word point before a figure cuts it only after another figure", "[value]") {
  auto hurt = read(Type::Count, "at some point 40 people were hurt");
  REQUIRE(hurt);
  CHECK(hurt->lo == 40);
  CHECK_FALSE(first_value(Type::Count, "2 point 5", {}));  // 2.5 is no count, and neither 2 nor 5 is read from it
}
