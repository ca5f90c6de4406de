// A whole number and a fraction of a unit ("two and a half miles", "5 1/2 years") is
// read as the sum, in every quantity type, and shown as written to its decimals: a
// mixed number read as its whole part, or shown rounded, was a silent misread.
#include "value_test_support.h"

#include <random>
#include <string>
#include <vector>

using namespace factlint::value;
using namespace factlint::value::testing;

namespace {

struct Unit {
  Type type;
  const char* word;
  const char* shown;   // the unit as display writes it
  double factor;       // canonical units per one
};

struct Fraction {
  const char* words;   // after "and"
  const char* digits;  // after a space
  double value;
  const char* decimals;
};

const std::vector<const char*> kNumberWords{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                            "nine", "ten", "eleven", "twelve"};

}  // namespace

TEST_CASE("a mixed number of a unit reads as the sum, however it is written", "[value][property]") {
  const std::vector<Unit> units{{Type::Length, "km", "km", 1000},         {Type::Length, "miles", "mi", 1609.344},
                                {Type::Duration, "hours", "h", 1.0 / 24}, {Type::Mass, "tonnes", "t", 1000},
                                {Type::Area, "hectares", "ha", 10000},     {Type::Volume, "litres", " l", 0.001}};
  const std::vector<Fraction> fractions{{"a half", "1/2", 0.5, ".5"},
                                        {"a quarter", "1/4", 0.25, ".25"},
                                        {"three quarters", "3/4", 0.75, ".75"}};
  std::mt19937 random(20261130);
  std::uniform_int_distribution<int> whole(1, 999);
  int checked = 0;
  for (int i = 0; i < 600; ++i) {
    const Unit& u = units[static_cast<std::size_t>(i) % units.size()];
    const Fraction& f = fractions[static_cast<std::size_t>(i / 6) % fractions.size()];
    const int n = i < 60 ? i % 12 + 1 : whole(random);
    const double expected = (n + f.value) * u.factor;
    std::vector<std::string> ways{std::to_string(n) + " and " + f.words + " " + u.word,
                                  std::to_string(n) + " " + f.digits + " " + u.word,
                                  "about " + std::to_string(n) + " " + f.digits + " " + u.word};
    if (n < static_cast<int>(kNumberWords.size())) ways.push_back(std::string(kNumberWords[static_cast<std::size_t>(n)]) + " and " + f.words + " " + u.word);
    for (const std::string& text : ways) {
      CAPTURE(text);
      auto v = read(u.type, "it took " + text + " in all");
      REQUIRE(v);
      CHECK(same((v->lo + v->hi) / 2, expected));
      CHECK(v->display.find(f.decimals) != std::string::npos);
      CHECK(v->display.find(u.shown) != std::string::npos);
      ++checked;
    }
  }
  CHECK(checked > 1800);
}

TEST_CASE("an exact figure with a fraction is shown with its decimals, not rounded", "[value]") {
  auto half_mile = read(Type::Length, "half a mile");
  REQUIRE(half_mile);
  CHECK(half_mile->display == "0.5 mi");
  auto tonnes = read(Type::Mass, "one and a half million tonnes");
  REQUIRE(tonnes);
  CHECK(tonnes->display == "1.5 million t");
  CHECK(same(tonnes->lo, 1.5e9));
}

TEST_CASE("a head count takes no mixed number", "[value]") {
  CHECK_FALSE(read(Type::Count, "5 1/2 people"));
  CHECK_FALSE(read(Type::Count, "five and a half people"));
}
