// Imperial volumes (value/units.cc): cubic miles, yards and inches and acre-feet, in
// generated figures, converted exactly from the international foot.
#include "value_test_support.h"

#include <random>
#include <string>

using namespace factlint::value;
using namespace factlint::value::testing;

TEST_CASE("imperial volumes read in every spelling and convert exactly", "[value]") {
  const double mile = 1609.344, yard = 0.9144, inch = 0.0254;
  const std::pair<const char*, double> units[] = {
      {"cubic miles", mile * mile * mile}, {"cu mi", mile * mile * mile}, {"mi3", mile * mile * mile},
      {"cubic yards", yard * yard * yard}, {"cu yd", yard * yard * yard}, {"cubic inches", inch * inch * inch},
      {"acre-feet", 4046.8564224 * 0.3048},  {"acre feet", 4046.8564224 * 0.3048}};
  std::mt19937 rng(55);
  std::uniform_int_distribution<int> figure(1, 9999);
  for (const auto& [unit, factor] : units) {
    const int n = figure(rng);
    const std::string text = "the reservoir holds " + std::to_string(n) + " " + unit + " of water";
    CAPTURE(text);
    auto v = read(Type::Volume, text);
    REQUIRE(v);
    CHECK(v->text == std::to_string(n) + " " + unit);
    CHECK(v->lo == Approx(n * factor));
    CHECK(v->unit == "m3");
  }
}

TEST_CASE("a cubic mile is no length", "[value]") {
  CHECK_FALSE(read(Type::Length, "it holds 5 cubic miles"));
}
