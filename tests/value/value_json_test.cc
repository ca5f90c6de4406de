// Tests for value_json.cc: the canonical JSON of docs/contracts.md#parse-output.
#include "value_test_support.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "value/value_json.h"

using namespace factlint::value;
using namespace factlint::value::testing;

TEST_CASE("a length prints the contract shape in metres rounded to a tenth", "[value]") {
  auto j = to_json(*read(Type::Length, "2,600-mile"));
  CHECK(j["type"] == "length");
  CHECK(j["text"] == "2,600-mile");
  CHECK(j["lo"].get<double>() == 4184294.4);
  CHECK(j["hi"].get<double>() == 4184294.4);
  CHECK(j["lo_inclusive"] == true);
  CHECK(j["hi_inclusive"] == true);
  CHECK(j["approx"] == false);
  CHECK(j["unit"] == "m");
  CHECK(j["display"] == "2,600 mi");
  CHECK(j["original_unit"] == "mi");
  CHECK(j["precision"].get<double>() == 160934.4);
  CHECK_FALSE(j.contains("grain"));
  CHECK_FALSE(j.contains("vague"));
}

TEST_CASE("the design's 2,300-mile example prints 3701491.2 metres", "[value]") {
  auto j = to_json(*read(Type::Length, "2,300-mile"));
  CHECK(j["lo"].get<double>() == 3701491.2);
  CHECK(j["display"] == "2,300 mi");
}

TEST_CASE("open ends print as null", "[value]") {
  auto j = to_json(*read(Type::Count, "over 40"));
  CHECK(j["lo"].get<double>() == 40);
  CHECK(j["hi"].is_null());
  CHECK(j["lo_inclusive"] == false);
  CHECK(j["unit"] == "");
  CHECK(j["display"] == "over 40");
  CHECK_FALSE(j.contains("original_unit"));
  auto below = to_json(*read(Type::Number, "under -3"));
  CHECK(below["lo"].is_null());
}

TEST_CASE("counts and numbers print exactly the base keys plus precision", "[value]") {
  auto j = to_json(*read(Type::Count, "forty-two"));
  CHECK(j["lo"].get<double>() == 42);
  CHECK(j["hi"].get<double>() == 42);
  CHECK(j["precision"].get<double>() == 1);
  auto half = to_json(*read(Type::Number, "about half"));
  CHECK(half["approx"] == true);
  CHECK(half["lo"].get<double>() == 0.5);
  CHECK_FALSE(half.contains("precision"));
  std::size_t keys = 0;
  for (auto it = half.begin(); it != half.end(); ++it) ++keys;
  CHECK(keys == 9);
}

TEST_CASE("vague values say so", "[value]") {
  auto j = to_json(*read(Type::Count, "dozens of"));
  CHECK(j["vague"] == true);
  CHECK(j["approx"] == true);
}

TEST_CASE("temporal values print ISO strings at their grain", "[value]") {
  auto year = to_json(*read(Type::YearRange, "from 1961 to 1989"));
  CHECK(year["type"] == "year-range");
  CHECK(year["lo"] == "1961");
  CHECK(year["hi"] == "1989");
  CHECK(year["grain"] == "year");
  CHECK(year["display"] == "1961-1989");
  auto month = to_json(*read(Type::Date, "last february", "2022-09-20"));
  CHECK(month["lo"] == "2022-02");
  CHECK(month["hi"] == "2022-02");
  CHECK(month["grain"] == "month");
  CHECK(month["display"] == "2022-02");
  CHECK(month["text"] == "last february");
  auto day = to_json(*read(Type::Date, "sept. 16, 2022"));
  CHECK(day["lo"] == "2022-09-16");
  CHECK(day["grain"] == "day");
  auto single = to_json(*read(Type::Year, "1960"));
  CHECK(single["lo"] == "1960");
  CHECK(single["hi"] == "1960");
  CHECK(single["unit"] == "");
  CHECK_FALSE(single.contains("precision"));
}

TEST_CASE("money and percentages keep full amounts", "[value]") {
  auto money = to_json(*read(Type::Money, "$240bn"));
  CHECK(money["lo"].get<double>() == 2.4e11);
  CHECK(money["unit"] == "USD");
  CHECK(money["original_unit"] == "USD");
  auto pct = to_json(*read(Type::Percent, "26.5 per cent"));
  CHECK(pct["lo"].get<double>() == 26.5);
  CHECK(pct["unit"] == "%");
  CHECK(pct["display"] == "26.5%");
}

TEST_CASE("ordinals print their rank and display", "[value]") {
  auto j = to_json(*read(Type::Ordinal, "10th-largest"));
  CHECK(j["type"] == "ordinal");
  CHECK(j["lo"].get<double>() == 10);
  CHECK(j["display"] == "10th");
  CHECK(j["unit"] == "");
}

// significant() prints with std::to_chars and reads back with std::from_chars (issue 10:
// printf and strtod cost 2% of a check); it must give exactly what "%.12g" and strtod
// gave, for ends of every size and sign, subnormals and conversions' binary noise.
TEST_CASE("twelve significant digits are the same double printf and strtod gave", "[value]") {
  auto by_printf = [](double v) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.12g", v);
    return std::strtod(buf, nullptr);
  };
  std::vector<double> ends = {0.0, -0.0, 1.0, -1.0, 0.02, 4184294.4, 2600 * 1609.344, 0.1 + 0.2, 1e21, 1e-7,
                              123456789012345.0, 999999999999.5, 9999999999995.0, 1.5e308, 4.9e-324, 2.2250738585072014e-308,
                              -3.7e-310, 0.000123456789012345, 5e-5, 12.0 / 7.0};
  std::uint64_t state = 0x9e3779b97f4a7c15ULL;
  for (int i = 0; i < 20000; ++i) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    double v;
    std::uint64_t bits = state;
    std::memcpy(&v, &bits, sizeof v);
    if (std::isfinite(v)) ends.push_back(v);
    ends.push_back(static_cast<double>(state % 100000000) / std::pow(10.0, static_cast<int>(state % 13)));
  }
  for (double v : ends) {
    const double expected = by_printf(v);
    const double got = significant(v);
    INFO(v);
    CHECK(std::memcmp(&expected, &got, sizeof got) == 0);
  }
}
