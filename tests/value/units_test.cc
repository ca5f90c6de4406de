// Tests for units.cc: unit names as writers and rule authors spell them.
#include <catch2/catch.hpp>

#include <algorithm>

#include "value/units.h"

using namespace factlint::value;

TEST_CASE("units are found by any spelling and carry their factor", "[value]") {
  struct Case {
    Type type;
    const char* name;
    const char* symbol;
    const char* canonical;
    double factor;
  };
  const Case cases[] = {
      {Type::Length, "km", "km", "m", 1000},
      {Type::Length, "kilometres", "km", "m", 1000},
      {Type::Length, "kilometers", "km", "m", 1000},
      {Type::Length, "Kilometre", "km", "m", 1000},
      {Type::Length, "KM", "km", "m", 1000},
      {Type::Length, "miles", "mi", "m", 1609.344},
      {Type::Length, "mile", "mi", "m", 1609.344},
      {Type::Length, "mi", "mi", "m", 1609.344},
      {Type::Length, "feet", "ft", "m", 0.3048},
      {Type::Length, "nautical miles", "nmi", "m", 1852},
      {Type::Length, "metres", "m", "m", 1},
      {Type::Area, "sq mi", "sq mi", "m2", 2589988.110336},
      {Type::Area, "square kilometres", "km2", "m2", 1e6},
      {Type::Area, "hectares", "ha", "m2", 1e4},
      {Type::Area, "acres", "acre", "m2", 4046.8564224},
      {Type::Mass, "tonnes", "t", "kg", 1000},
      {Type::Mass, "pounds", "lb", "kg", 0.45359237},
      {Type::Mass, "kg", "kg", "kg", 1},
      {Type::Volume, "litres", "l", "m3", 0.001},
      {Type::Volume, "barrels", "bbl", "m3", 0.158987294928},
      {Type::Volume, "bcm", "bcm", "m3", 1e9},
      {Type::Energy, "kWh", "kWh", "J", 3.6e6},
      {Type::Energy, "terawatt-hours", "TWh", "J", 3.6e15},
      {Type::Power, "MW", "MW", "W", 1e6},
      {Type::Power, "gigawatts", "GW", "W", 1e9},
      {Type::Speed, "km/h", "km/h", "m/s", 1000.0 / 3600.0},
      {Type::Speed, "mph", "mph", "m/s", 0.44704},
      {Type::Speed, "knots", "kn", "m/s", 1852.0 / 3600.0},
      {Type::Money, "USD", "USD", "USD", 1},
      {Type::Money, "yuan", "CNY", "CNY", 1},
      {Type::Money, "renminbi", "CNY", "CNY", 1},
      {Type::Money, "roubles", "RUB", "RUB", 1},
      {Type::Money, "rubles", "RUB", "RUB", 1},
      {Type::Money, "euros", "EUR", "EUR", 1},
      {Type::Money, "€", "EUR", "EUR", 1},
      {Type::Money, "$", "$", "$", 1},  // the bare dollar: the settings say which (currency_reading.h)
      {Type::Money, "us$", "USD", "USD", 1},
      {Type::Money, "us$", "USD", "USD", 1},
      {Type::Money, "£", "GBP", "GBP", 1},
      {Type::Percent, "per cent", "%", "%", 1},
      {Type::Percent, "%", "%", "%", 1},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    auto unit = find_unit(c.type, c.name);
    REQUIRE(unit);
    CHECK(unit->symbol == c.symbol);
    CHECK(unit->canonical == c.canonical);
    CHECK(unit->factor == Approx(c.factor));
  }
}

TEST_CASE("a unit of another type is not found", "[value]") {
  CHECK_FALSE(find_unit(Type::Length, "kg"));
  CHECK_FALSE(find_unit(Type::Mass, "km"));
  CHECK_FALSE(find_unit(Type::Length, "kilometrez"));
  CHECK_FALSE(find_unit(Type::Count, "km"));
  CHECK_FALSE(find_unit(Type::Money, "km"));
  CHECK_FALSE(find_unit(Type::Length, ""));
}

TEST_CASE("unit names list every spelling of a type once, sorted", "[value]") {
  auto names = unit_names(Type::Length);
  CHECK(std::is_sorted(names.begin(), names.end()));
  CHECK(std::adjacent_find(names.begin(), names.end()) == names.end());
  for (const char* name : {"km", "kilometres", "kilometers", "miles", "mi", "feet"}) {
    CAPTURE(name);
    CHECK(std::find(names.begin(), names.end(), name) != names.end());
  }
  CHECK(std::find(names.begin(), names.end(), "kg") == names.end());
  CHECK(unit_names(Type::Count).empty());
}

// A unit's symbol is what a report displays ("76 Gt", "20 megatonnes"); a reader who
// copies it into a rule's known value or a `values` bound must get the same unit back.
TEST_CASE("every unit's displayed symbol reads back as that unit", "[value]") {
  for (Type type : {Type::Length, Type::Area, Type::Mass, Type::Volume, Type::Energy, Type::Power, Type::Speed,
                    Type::Temperature, Type::Duration, Type::Flow, Type::DataSize, Type::Percent, Type::Money}) {
    const std::vector<std::string> names = unit_names(type);
    REQUIRE_FALSE(names.empty());  // a loop over no spellings would prove nothing
    for (const std::string& name : names) {
      auto unit = find_unit(type, name);
      REQUIRE(unit);
      auto again = find_unit(type, unit->symbol);
      INFO(name << " -> " << unit->symbol);
      REQUIRE(again);
      CHECK(again->factor == unit->factor);
      CHECK(again->offset == unit->offset);
    }
  }
}

TEST_CASE("emissions' gigatonnes and rivers' cubic feet a second", "[value]") {
  CHECK(find_unit(Type::Mass, "gigatonnes")->factor == 1e12);
  CHECK(find_unit(Type::Mass, "Gt")->factor == 1e12);
  CHECK(find_unit(Type::Mass, "petagrams")->factor == 1e12);
  CHECK(find_unit(Type::Mass, "megatonnes")->factor == 1e9);
  CHECK_FALSE(find_unit(Type::Mass, "MT"));  // a metric ton in trade reports, a megatonne in science
  CHECK(find_unit(Type::Flow, "cubic metres a second")->factor == 86400);
  CHECK(find_unit(Type::Flow, "cfs")->factor == Approx(86400 * 0.028316846592));
}
