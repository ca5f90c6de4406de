// Tests for quantity_reader.cc: lengths, areas, masses, volumes, energy, power,
// speed and percentages in every spelling, converted to canonical units.
#include <tuple>

#include "value_test_support.h"

using namespace factlint::value;
using namespace factlint::value::testing;

namespace {

constexpr double kMile = 1609.344;

}  // namespace

TEST_CASE("lengths read in metric and imperial spellings and convert to metres", "[value]") {
  const Row rows[] = {
      {"2,600-mile", nullptr, 2600 * kMile, 2600 * kMile},
      {"2,600 miles", nullptr, 2600 * kMile, 2600 * kMile},
      {"2,600 mi", nullptr, 2600 * kMile, 2600 * kMile},
      {"a 2,300-mile border", "2,300-mile", 2300 * kMile, 2300 * kMile},
      {"4,300-kilometer", nullptr, 4.3e6, 4.3e6},
      {"4,300-kilometre", nullptr, 4.3e6, 4.3e6},
      {"4,300 kilometres", nullptr, 4.3e6, 4.3e6},
      {"4,300 kilometers", nullptr, 4.3e6, 4.3e6},
      {"4,300 km", nullptr, 4.3e6, 4.3e6},
      {"4,300km", nullptr, 4.3e6, 4.3e6},
      {"4,300 kms", nullptr, 4.3e6, 4.3e6},
      {"4,209.3 km", nullptr, 4209300, 4209300},
      {"the 4,209-kilometre border", "4,209-kilometre", 4209000, 4209000},
      {"1 mile", nullptr, kMile, kMile},
      {"one mile", nullptr, kMile, kMile},
      {"forty-two kilometres", nullptr, 42000, 42000},
      {"5 m", nullptr, 5, 5},
      {"5m", nullptr, 5, 5},
      {"100 metres", nullptr, 100, 100},
      {"100 meters", nullptr, 100, 100},
      {"100-meter", nullptr, 100, 100},
      {"30 cm", nullptr, 0.3, 0.3},
      {"8 mm", nullptr, 0.008, 0.008},
      {"10 feet", nullptr, 3.048, 3.048},
      {"1 foot", nullptr, 0.3048, 0.3048},
      {"10-foot", nullptr, 3.048, 3.048},
      {"10 ft", nullptr, 3.048, 3.048},
      {"100 yards", nullptr, 91.44, 91.44},
      {"12 inches", nullptr, 0.3048, 0.3048},
      {"200 nautical miles", nullptr, 370400, 370400},
      {"1.5 million km", nullptr, 1.5e9, 1.5e9},
      {"about 2,600 miles", nullptr, 2600 * kMile, 2600 * kMile, true, true, true},
      {"roughly 2,600-mile", nullptr, 2600 * kMile, 2600 * kMile, true, true, true},
      {"more than 4,000 km", nullptr, 4e6, kInf, false, true, false},
      {"over 4,000 kilometres", nullptr, 4e6, kInf, false, true, false},
      {"up to 50 km", nullptr, 0, 5e4, true, true, false},
      {"nearly 4,300 km", nullptr, 4.171e6, 4.3e6, true, true, true},
      {"3-5 km", nullptr, 3000, 5000},
      {"3 to 5 km", nullptr, 3000, 5000},
      {"3 km to 5 km", nullptr, 3000, 5000},
      {"between 3 and 5 km", nullptr, 3000, 5000},
      {"between 3 km and 5 km", nullptr, 3000, 5000},
      {"4,000 km or so", nullptr, 4e6, 4e6, true, true, true},
      {"50 km or more", nullptr, 5e4, kInf, true, true, false},
  };
  for (const Row& row : rows) check_row(Type::Length, row, "m");
}

TEST_CASE("a length keeps its unit as written and the precision of its figure", "[value]") {
  auto v = read(Type::Length, "a 2,600-mile border");
  REQUIRE(v);
  CHECK(v->lo == 2600 * kMile);
  CHECK(v->original_unit == "mi");
  CHECK(v->display == "2,600 mi");
  CHECK(v->precision == Approx(100 * kMile));
  auto km = read(Type::Length, "4,184 kilometres");
  REQUIRE(km);
  CHECK(km->display == "4,184 km");
  CHECK(km->precision == Approx(1000));
  auto decimal = read(Type::Length, "4,209.3 km");
  CHECK(decimal->display == "4,209.3 km");
  CHECK(decimal->precision == Approx(100));
}

// A blind writer's "a sunshield 21.2 by 14.2 metres" gave only the second side.
TEST_CASE("the first side of a size takes the unit of the second", "[value]") {
  for (const auto& [text, first, second] : {std::tuple{"21.2 by 14.2 metres", 21.2, 14.2},
                                            std::tuple{"70 x 46 feet", 70 * 0.3048, 46 * 0.3048},
                                            std::tuple{"a 6 \u00d7 4 m room", 6.0, 4.0}}) {
    CAPTURE(text);
    auto found = scan_values(Type::Length, text, {});
    REQUIRE(found.size() == 2);
    CHECK(found[0].value.lo == Approx(first));
    CHECK(found[1].value.lo == Approx(second));
  }
  // No unit on the second side: no length at all.
  CHECK(scan_values(Type::Length, "3 by 5", {}).empty());
}

TEST_CASE("a dual-unit parenthetical is one reading checked against itself", "[value]") {
  SECTION("agreeing figures keep the more precise one") {
    auto v = read(Type::Length, "a 2,600-mile (4184 kilometers) border");
    REQUIRE(v);
    CHECK(v->text == "2,600-mile (4184 kilometers)");
    CHECK(v->lo == 4184000);
    CHECK(v->hi == 4184000);
    CHECK(v->display == "2,600 mi (4,184 km)");
    CHECK(v->original_unit == "km");
    CHECK(v->precision == Approx(1000));
  }
  SECTION("the metric figure first works the same way") {
    auto v = read(Type::Length, "4,184 km (2,600 miles)");
    REQUIRE(v);
    CHECK(v->text == "4,184 km (2,600 miles)");
    CHECK(v->lo == 4184000);
  }
  SECTION("disagreeing figures keep the first as written") {
    auto v = read(Type::Length, "2,300-mile (4,184 km) border");
    REQUIRE(v);
    CHECK(v->text == "2,300-mile (4,184 km)");
    CHECK(v->lo == 2300 * kMile);
    CHECK(v->original_unit == "mi");
  }
  SECTION("a hedge outside the brackets still hedges the finer figure") {
    auto v = read(Type::Length, "about 2,600 miles (4,184 km)");
    REQUIRE(v);
    CHECK(v->text == "about 2,600 miles (4,184 km)");
    CHECK(v->lo == 4184000);
    CHECK(v->approx);
  }
  SECTION("a bound outside the brackets is kept as written") {
    auto v = read(Type::Length, "over 4,000 km (2,485 miles)");
    REQUIRE(v);
    CHECK(v->text == "over 4,000 km (2,485 miles)");
    CHECK(v->lo == 4e6);
    CHECK(v->hi == kInf);
  }
  SECTION("rounder figures on both sides agree within their rounding") {
    auto v = read(Type::Length, "2,600 miles (4,200 km)");
    REQUIRE(v);
    CHECK(v->lo == 4.2e6);
    auto route = read(Type::Length, "a 3,480-mile (5,600-kilometer) shipping route");
    REQUIRE(route);
    CHECK(route->text == "3,480-mile (5,600-kilometer)");
    CHECK(route->lo == Approx(3480 * kMile));
  }
  SECTION("the figure in brackets is not read again on its own") {
    auto matches = scan_values(Type::Length, "a 2,600-mile (4184 kilometers) border", {});
    REQUIRE(matches.size() == 2);
    CHECK(matches[0].value.text == "2,600-mile (4184 kilometers)");
    CHECK(matches[1].value.text == "2,600-mile");
    CHECK(matches[0].begin == matches[1].begin);
  }
}

TEST_CASE("areas, masses and volumes convert to m2, kg and m3", "[value]") {
  struct Case {
    Type type;
    const char* text;
    double canonical;
    const char* unit;
  };
  const Case cases[] = {
      {Type::Area, "100 sq km", 1e8, "m2"},
      {Type::Area, "100 square kilometres", 1e8, "m2"},
      {Type::Area, "100 square kilometers", 1e8, "m2"},
      {Type::Area, "100 km2", 1e8, "m2"},
      {Type::Area, "1 square mile", 2589988.110336, "m2"},
      {Type::Area, "a 10-square-mile park", 25899881.10336, "m2"},
      {Type::Area, "17.1 million square kilometres", 1.71e13, "m2"},
      {Type::Area, "50 hectares", 5e5, "m2"},
      {Type::Area, "50 ha", 5e5, "m2"},
      {Type::Area, "640 acres", 640 * 4046.8564224, "m2"},
      {Type::Area, "3,000 square feet", 3000 * 0.09290304, "m2"},
      {Type::Area, "3,000 sq ft", 3000 * 0.09290304, "m2"},
      {Type::Area, "20 square metres", 20, "m2"},
      {Type::Mass, "5 kg", 5, "kg"},
      // A ship's deadweight is tonnes it can carry (it was no mass).
      {Type::Mass, "3,000 dwt", 3e6, "kg"},
      {Type::Mass, "a 3,000-dwt barge", 3e6, "kg"},
      {Type::Mass, "3,000 deadweight tonnes", 3e6, "kg"},
      {Type::Mass, "3,000 deadweight tons", 3e6, "kg"},
      {Type::Mass, "5 kilograms", 5, "kg"},
      {Type::Mass, "5 kilogrammes", 5, "kg"},
      {Type::Mass, "100 million tonnes", 1e11, "kg"},
      {Type::Mass, "100 metric tons", 1e5, "kg"},
      {Type::Mass, "2 tons", 2000, "kg"},  // metric unless the text says short or long tons
      {Type::Mass, "2 short tons", 2 * 907.18474, "kg"},
      {Type::Mass, "10 pounds", 4.5359237, "kg"},
      {Type::Mass, "10 lbs", 4.5359237, "kg"},
      {Type::Mass, "500 grams", 0.5, "kg"},
      {Type::Mass, "16 ounces", 16 * 0.028349523125, "kg"},
      {Type::Mass, "a 3-ton truck", 3000, "kg"},
      {Type::Volume, "38 billion cubic meters", 38e9, "m3"},
      {Type::Volume, "38 bcm", 38e9, "m3"},
      {Type::Volume, "5 litres", 0.005, "m3"},
      {Type::Volume, "5 liters", 0.005, "m3"},
      {Type::Volume, "1 million barrels", 158987.294928, "m3"},
      {Type::Volume, "10 gallons", 0.03785411784, "m3"},
      {Type::Volume, "100 cubic metres", 100, "m3"},
      {Type::Volume, "100 cubic feet", 2.8316846592, "m3"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    auto v = read(c.type, c.text);
    REQUIRE(v);
    CHECK(v->lo == Approx(c.canonical));
    CHECK(v->hi == Approx(c.canonical));
    CHECK(v->unit == c.unit);
  }
}

TEST_CASE("energy, power and speed convert to J, W and m/s", "[value]") {
  struct Case {
    Type type;
    const char* text;
    double canonical;
    const char* unit;
  };
  const Case cases[] = {
      {Type::Energy, "5 kwh", 1.8e7, "J"},
      {Type::Energy, "5 kilowatt-hours", 1.8e7, "J"},
      {Type::Energy, "5 kilowatt hours", 1.8e7, "J"},
      {Type::Energy, "1 twh", 3.6e15, "J"},
      {Type::Energy, "100 terawatt-hours", 3.6e17, "J"},
      {Type::Energy, "2,000 calories", 8368, "J"},
      {Type::Energy, "2,000 kcal", 8.368e6, "J"},
      {Type::Energy, "10 joules", 10, "J"},
      {Type::Energy, "3 gj", 3e9, "J"},
      {Type::Energy, "1 million btu", 1.05505585262e9, "J"},
      {Type::Power, "1,000 mw", 1e9, "W"},
      {Type::Power, "1,000 megawatts", 1e9, "W"},
      {Type::Power, "a 1,000-megawatt plant", 1e9, "W"},
      {Type::Power, "22.5 gw", 2.25e10, "W"},
      {Type::Power, "22.5 gigawatts", 2.25e10, "W"},
      {Type::Power, "60 watts", 60, "W"},
      {Type::Power, "300 horsepower", 300 * 745.69987158227022, "W"},
      {Type::Power, "5 kw", 5000, "W"},
      {Type::Speed, "100 km/h", 100000.0 / 3600, "m/s"},
      {Type::Speed, "100 kph", 100000.0 / 3600, "m/s"},
      {Type::Speed, "100 kilometres per hour", 100000.0 / 3600, "m/s"},
      {Type::Speed, "100 kilometers an hour", 100000.0 / 3600, "m/s"},
      {Type::Speed, "60 mph", 60 * 0.44704, "m/s"},
      {Type::Speed, "60 miles per hour", 60 * 0.44704, "m/s"},
      {Type::Speed, "60 miles an hour", 60 * 0.44704, "m/s"},
      {Type::Speed, "30 knots", 30 * 1852.0 / 3600, "m/s"},
      {Type::Speed, "340 m/s", 340, "m/s"},
      {Type::Speed, "340 metres per second", 340, "m/s"},
      {Type::Speed, "7.7 km/s", 7700, "m/s"},
      {Type::Speed, "7.7 kilometres per second", 7700, "m/s"},
      {Type::Speed, "7.7 km a second", 7700, "m/s"},
      {Type::Speed, "about 4.8 miles per second", 4.8 * 1609.344, "m/s"},
      {Type::Speed, "1,100 feet per second", 1100 * 0.3048, "m/s"},
      {Type::Speed, "90 km an hour", 90000.0 / 3600, "m/s"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    auto v = read(c.type, c.text);
    REQUIRE(v);
    CHECK(v->lo == Approx(c.canonical));
    CHECK(v->unit == c.unit);
  }
}

TEST_CASE("percentages read with the sign or the word, in both spellings", "[value]") {
  const Row rows[] = {
      {"26%", nullptr, 26, 26},
      {"26 %", nullptr, 26, 26},
      {"26 percent", nullptr, 26, 26},
      {"26 per cent", nullptr, 26, 26},
      {"26 pct", nullptr, 26, 26},
      {"a 26-percent stake", "26-percent", 26, 26},
      {"twenty-six percent", nullptr, 26, 26},
      {"2.5%", nullptr, 2.5, 2.5},
      {"-3.2%", nullptr, -3.2, -3.2},
      {"about 26%", nullptr, 26, 26, true, true, true},
      {"more than 26 per cent", nullptr, 26, kInf, false, true, false},
      {"under 5%", nullptr, 0, 5, true, false, false},
      {"20-30%", nullptr, 20, 30},
      {"20% to 30%", nullptr, 20, 30},
      {"between 20 and 30 percent", nullptr, 20, 30},
      {"rose by 26% in 2022", "26%", 26, 26},
      {"(26%)", "26%", 26, 26},
  };
  for (const Row& row : rows) check_row(Type::Percent, row, "%");
  CHECK(read(Type::Percent, "26%")->display == "26%");
}

TEST_CASE("a figure without a unit of the type is no quantity", "[value]") {
  for (const char* text : {"2,600", "2,600 people", "5 kg", "the mile", "miles away",
                           "5 minutes", "a 26-year-old", "26", "in 5 min"}) {
    CAPTURE(text);
    CHECK_FALSE(read(Type::Length, text));
  }
  CHECK_FALSE(read(Type::Percent, "26"));
  CHECK_FALSE(read(Type::Percent, "percent"));
  CHECK_FALSE(read(Type::Mass, "5 km"));
  CHECK_FALSE(read(Type::Area, "5 km"));
  CHECK_FALSE(read(Type::Speed, "5 km"));
}

// Before: "97.6 billion kilowatt-hours" read as a power of 97.6 billion kW, the
// "-hours" left over (a blind rule writer's report, session 9): a value is read whole.
TEST_CASE("a unit that is the start of a longer unit of another type is not read", "[value]") {
  CHECK_FALSE(read(Type::Power, "97.6 billion kilowatt-hours"));
  CHECK_FALSE(read(Type::Power, "97.6 billion kilowatt hours"));
  CHECK_FALSE(read(Type::Length, "a top speed of 320 km/h"));
  REQUIRE(read(Type::Energy, "97.6 billion kilowatt-hours"));
  CHECK(read(Type::Power, "22,500 megawatts of capacity"));
  CHECK(read(Type::Length, "the 4,209-kilometre-long border"));
  CHECK(read(Type::Speed, "a top speed of 320 km/h"));
}

// Before: "80 km/day" and "40 tonnes per day" read as a length and a mass, the rate's
// divisor left over (a newcomer's top-speed rule read "80 km/h" as 80 km, session 9).
TEST_CASE("a quantity divided by something is a rate, not the quantity", "[value]") {
  CHECK_FALSE(read(Type::Length, "it covers 80 km/day"));
  CHECK_FALSE(read(Type::Mass, "40 tonnes per day"));
  CHECK_FALSE(read(Type::Mass, "a rail of 60 kg/m"));
  CHECK_FALSE(read(Type::DataSize, "4 GB/s of bandwidth"));
  CHECK(read(Type::Length, "2,600 km/1,616 miles"));  // a '/' between two readings
  CHECK(read(Type::Percent, "growth of 5% per year"));  // a share may be per anything
  CHECK(read(Type::Flow, "38 bcm per year"));
}

// Before: "32 TB per table" and "20 kg per passenger" read nothing, as "40 tonnes per
// day" does (a blind writer's database limits, session 12). "Per" a thing, spelled
// out, is one thing's own size; per a span of time, a unit or a head of a population,
// a rate still (docs/rules.md "Quantities").
TEST_CASE("a quantity per a thing is that thing's size, per time or per head a rate", "[value]") {
  CHECK(read(Type::DataSize, "postgresql limits: 32 tb per table"));  // normalized text
  CHECK(read(Type::DataSize, "up to 1 gb per field"));
  CHECK(read(Type::Mass, "20 kg per passenger"));
  CHECK(read(Type::Length, "a limit of 12 m per vehicle"));
  CHECK(read(Type::Length, "5 km per the survey"));  // "per" as "according to"
  CHECK_FALSE(read(Type::Mass, "40 tonnes per hour"));
  CHECK_FALSE(read(Type::Length, "2 m per second"));
  CHECK_FALSE(read(Type::Mass, "12 tonnes per capita"));
  CHECK_FALSE(read(Type::Mass, "300 kg per person"));
  CHECK_FALSE(read(Type::Mass, "60 kg per metre"));  // a unit: kg/m
  CHECK_FALSE(read(Type::Mass, "5 tonnes per cent"));
  CHECK_FALSE(read(Type::DataSize, "32 tb/table"));  // a slash writes a rate
}

// Before: "2,900 cubic metres of water per second" read no flow (the substance
// stands between the volume and its time, rhine, session 13).
TEST_CASE("a volume of a substance per span of time is a flow", "[value]") {
  CHECK(read(Type::Flow, "2,900 cubic metres of water per second"));
  CHECK(read(Type::Flow, "2 million barrels of oil a day"));
  CHECK(read(Type::Flow, "2 million barrels of crude per day"));
  CHECK_FALSE(read(Type::Flow, "2,900 cubic metres of water"));
  CHECK_FALSE(read(Type::Flow, "2,900 cubic metres of the river per second"));  // one word of substance
}

// A year's amount is an amount: the volume of an annual capacity, a year's tonnage
// (the china-russia brief's pipeline capacity is a volume, session 3).
TEST_CASE("an amount per year is still the amount", "[value]") {
  CHECK(read(Type::Volume, "38 bcm a year"));
  CHECK(read(Type::Volume, "38 bcm/y"));
  CHECK(read(Type::Mass, "30 million tonnes per year"));
  CHECK_FALSE(read(Type::Volume, "1.2 million barrels per day"));
}

TEST_CASE("'over' after a verb of spreading is where, not how much", "[value]") {
  // "sprawls over 843 acres" read as more than 843 acres (a blind writer's report).
  for (const char* sentence : {"the park sprawls over 843 acres", "a reservoir that stretches over 843 acres",
                               "the estate extends over 843 acres"}) {
    CAPTURE(sentence);
    auto m = first_value(Type::Area, sentence, {});
    REQUIRE(m);
    CHECK(m->value.text == "843 acres");
    CHECK(m->value.lo == m->value.hi);
  }
  // Elsewhere "over" is a hedge, as writers mean it.
  auto hedged = first_value(Type::Area, "the park covers over 843 acres", {});
  REQUIRE(hedged);
  CHECK(hedged->value.text == "over 843 acres");
  CHECK(hedged->value.hi > hedged->value.lo);
}

TEST_CASE("a word of counting between a figure and its unit keeps the unit", "[value]") {
  for (const char* text : {"438 consecutive days", "879 cumulative days", "six straight months",
                           "90 additional days", "two full years"}) {
    CAPTURE(text);
    CHECK(read(Type::Duration, text));
  }
  auto v = read(Type::Duration, "438 consecutive days");
  REQUIRE(v);
  CHECK(v->lo == 438);
  // The word must be one of counting: "438 sunny days" is no duration of 438 days.
  CHECK_FALSE(read(Type::Duration, "438 sunny days"));
}

TEST_CASE("'add up to' is a sum, 'up to' alone a limit", "[value]") {
  auto sum = read(Type::Duration, "her three missions add up to 675 days");
  REQUIRE(sum);
  CHECK(sum->lo == 675);
  CHECK(sum->hi == 675);
  auto limit = read(Type::Duration, "stays of up to 675 days");
  REQUIRE(limit);
  CHECK(limit->lo == 0);
  CHECK(limit->hi == 675);
}

TEST_CASE("'up' of a verb before 'to' is no limit", "[value]") {
  // A blind writer's "the budget was revised up to EUR 4.48 billion" read as 0 to 4.48 billion.
  for (const char* text : {"the budget was revised up to 820 days", "the wait went up to 820 days",
                           "the programme was scaled up to 820 days", "stays were pushed up to 820 days"}) {
    INFO(text);
    auto level = read(Type::Duration, text);
    REQUIRE(level);
    CHECK(level->lo == 820);
    CHECK(level->hi == 820);
  }
  auto limit = read(Type::Duration, "the budget allows up to 820 days");
  REQUIRE(limit);
  CHECK(limit->lo == 0);
}

TEST_CASE("'raised up to' in the passive is a level, in the active a limit", "[value]") {
  // A blind writer's "(revised | raised) up to" (session 24): "was raised up to" tells
  // the level reached; "can raise up to" and "raised up to", with no auxiliary, a limit.
  for (const char* text : {"the cap was raised up to 820 days", "stays were officially raised up to 820 days",
                           "the limit has been lifted up to 820 days"}) {
    INFO(text);
    auto level = read(Type::Duration, text);
    REQUIRE(level);
    CHECK(level->lo == 820);
    CHECK(level->hi == 820);
  }
  for (const char* text : {"the fund can raise up to 820 days", "they raised up to 820 days"}) {
    INFO(text);
    auto limit = read(Type::Duration, text);
    REQUIRE(limit);
    CHECK(limit->lo == 0);
  }
}

TEST_CASE("a basis point is a hundredth of a percent", "[value]") {
  // A blind writer's fund costs "4.4 basis points" read as no percentage at all.
  struct Row {
    const char* text;
    double percent;
  };
  const Row rows[] = {{"4.4 basis points", 0.044}, {"one basis point", 0.01}, {"25 bp", 0.25},
                      {"a 50bps cut", 0.5},        {"4.4 basis-point", 0.044}};
  for (const Row& row : rows) {
    CAPTURE(row.text);
    auto v = read(Type::Percent, row.text);
    REQUIRE(v);
    CHECK(same(v->lo, row.percent));
    CHECK(v->unit == "%");
  }
  // The same share however written: 4.4 basis points and 0.044% agree.
  CHECK(same(read(Type::Percent, "4.4 basis points")->lo, read(Type::Percent, "0.044%")->lo));
  // "BP" the company, or "bp" before a figure, is no unit.
  CHECK_FALSE(read(Type::Percent, "bp 5"));
}
