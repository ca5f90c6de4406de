// Tests for ton_reading.cc and the ton setting of scan: a bare "ton" is the tonne
// unless a setting says short or long; "tonne", "short ton", "long ton" never change.
#include "value/ton_reading.h"

#include "value_test_support.h"

using namespace factlint::value;
using namespace factlint::value::testing;

namespace {

std::optional<Value> mass(const std::string& text, Ton ton) {
  ParseContext context;
  context.ton = ton;
  auto m = first_value(Type::Mass, text, context);
  return m ? std::optional<Value>(m->value) : std::nullopt;
}

}  // namespace

TEST_CASE("a bare ton is the metric tonne by default", "[value]") {
  auto v = read(Type::Mass, "80 million tons");
  REQUIRE(v);
  CHECK(same(v->lo, 80e9));
  CHECK(v->original_unit == "t");
  CHECK(v->display == "80 million t");
}

TEST_CASE("the ton setting reads a bare ton as the short or long ton", "[value]") {
  auto short_ton = mass("80 million tons", Ton::Short);
  REQUIRE(short_ton);
  CHECK(same(short_ton->lo, 80e6 * 907.18474));
  CHECK(same(short_ton->precision, 1e6 * 907.18474));
  CHECK(short_ton->original_unit == "short ton");
  CHECK(short_ton->display == "80 million short ton");
  auto long_ton = mass("a 5-ton truck", Ton::Long);
  REQUIRE(long_ton);
  CHECK(same(long_ton->lo, 5 * 1016.0469088));
  CHECK(long_ton->original_unit == "long ton");
}

TEST_CASE("a ton the text names is read as written whatever the setting", "[value]") {
  for (Ton ton : {Ton::Metric, Ton::Short, Ton::Long}) {
    CAPTURE(ton_name(ton));
    CHECK(same(mass("2 tonnes", ton)->lo, 2000));
    CHECK(same(mass("2 metric tons", ton)->lo, 2000));
    CHECK(same(mass("2 short tons", ton)->lo, 2 * 907.18474));
    CHECK(same(mass("2 long tons", ton)->lo, 2 * 1016.0469088));
    CHECK(same(mass("300 kg", ton)->lo, 300));
  }
}

TEST_CASE("as written, a bare ton stays unresolved for the matcher", "[value]") {
  auto v = mass("12 tons", Ton::AsWritten);
  REQUIRE(v);
  CHECK(v->original_unit == "ton");
  CHECK(with_ton(*v, Ton::Short).original_unit == "short ton");
  CHECK(same(with_ton(*v, Ton::Short).lo, 12 * 907.18474));
  CHECK(with_ton(*v, Ton::Metric).display == "12 t");
}

TEST_CASE("ton names are read and written", "[value]") {
  CHECK(ton_from_name("short") == Ton::Short);
  CHECK(ton_from_name("long") == Ton::Long);
  CHECK(ton_from_name("metric") == Ton::Metric);
  CHECK_FALSE(ton_from_name("imperial"));
  CHECK(ton_name(Ton::Long) == "long");
}

TEST_CASE("relative dates resolve at the precision of the publication date, never guessed", "[value]") {
  auto read_at = [](const std::string& text, const char* first_day, Grain grain) {
    ParseContext context;
    context.reference_date = parse_iso_date(first_day);
    context.reference_grain = grain;
    auto m = first_value(Type::Date, text, context);
    return m ? std::optional<Value>(m->value) : std::nullopt;
  };
  SECTION("a year") {
    auto last_year = read_at("it opened last year", "2008-01-01", Grain::Year);
    REQUIRE(last_year);
    CHECK(format_day(last_year->lo, last_year->grain) == "2007");
    CHECK(read_at("two years ago", "2008-01-01", Grain::Year));
    CHECK_FALSE(read_at("it opened last month", "2008-01-01", Grain::Year));
    CHECK_FALSE(read_at("it opened in february", "2008-01-01", Grain::Year));
    CHECK_FALSE(read_at("it opened yesterday", "2008-01-01", Grain::Year));
    CHECK_FALSE(read_at("earlier this year", "2008-01-01", Grain::Year));
    CHECK_FALSE(read_at("it opened last spring", "2008-01-01", Grain::Year));
  }
  SECTION("a month") {
    auto last_month = read_at("it opened last month", "2008-07-01", Grain::Month);
    REQUIRE(last_month);
    CHECK(format_day(last_month->lo, last_month->grain) == "2008-06");
    CHECK(read_at("it opened last february", "2008-07-01", Grain::Month));
    CHECK(read_at("it opened last spring", "2008-07-01", Grain::Month));
    CHECK_FALSE(read_at("it opened on thursday", "2008-07-01", Grain::Month));
    CHECK_FALSE(read_at("it opened yesterday", "2008-07-01", Grain::Month));
  }
  SECTION("a day reads them all") {
    CHECK(read_at("it opened yesterday", "2008-07-14", Grain::Day));
    CHECK(read_at("it opened on thursday", "2008-07-14", Grain::Day));
  }
}
