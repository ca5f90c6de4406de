// `clock hours` (value/clock_reading.h): a two-part stopwatch figure, "2:09", is
// hours and minutes for a fact that says so; minutes and seconds otherwise. Three
// parts are always hours, minutes and seconds. Generated times, in no corpus.
#include "value_test_support.h"

#include <cstdio>
#include <random>
#include <string>

#include "value/clock_reading.h"

using namespace factlint::value;
using namespace factlint::value::testing;

namespace {

constexpr double kMinute = 1.0 / 1440;

std::string two(int n) {
  char buf[4];
  std::snprintf(buf, sizeof buf, "%02d", n);
  return buf;
}

}  // namespace

TEST_CASE("under clock hours a two-part figure is hours and minutes", "[value]") {
  std::mt19937 rng(2409);
  std::uniform_int_distribution<int> hours(1, 30), minutes(0, 59), seconds(0, 59);
  for (int i = 0; i < 60; ++i) {
    const int h = hours(rng), m = minutes(rng), s = seconds(rng);
    const std::string hm = std::to_string(h) + ":" + two(m);
    CAPTURE(hm);
    auto v = read(Type::Duration, "she won the marathon in " + hm + " last spring");
    REQUIRE(v);
    REQUIRE(two_part_clock(*v));
    // The default: minutes and seconds.
    CHECK(with_clock(*v, Clock::MinutesSeconds) == *v);
    CHECK(v->lo == Approx((h * 60 + m) / 86400.0));
    const Value as_hours = with_clock(*v, Clock::HoursMinutes);
    CHECK(as_hours.lo == Approx((h * 60 + m) * kMinute));
    CHECK(as_hours.hi == Approx((h * 60 + m) * kMinute));
    CHECK(as_hours.display == std::to_string(h) + " h " + std::to_string(m) + " min");
    CHECK(as_hours.original_unit == "min");
    // Three parts say hours, minutes and seconds whatever the option.
    const std::string hms = hm + ":" + two(s);
    auto full = read(Type::Duration, "she won the marathon in " + hms + " last spring");
    REQUIRE(full);
    CHECK_FALSE(two_part_clock(*full));
    CHECK(with_clock(*full, Clock::HoursMinutes) == *full);
    CHECK(full->lo == Approx((h * 3600 + m * 60 + s) / 86400.0));
  }
}

TEST_CASE("clock hours leaves marks, units and tenths-free words alone", "[value]") {
  for (const char* text : {"he lost 6'17\" on the climb", "a ride of 3 hr 12 min", "a gap of 6 min 17 s",
                           "a 1h 23' 45\" ride", "an 18-month delay"}) {
    CAPTURE(text);
    auto v = read(Type::Duration, text);
    REQUIRE(v);
    CHECK_FALSE(two_part_clock(*v));
    CHECK(with_clock(*v, Clock::HoursMinutes) == *v);
  }
  // Tenths after the seconds keep a figure two-part: "1:58.4" is 1 h 58.4 min.
  auto lap = read(Type::Duration, "a lap of 1:58.4 at the finish");
  REQUIRE(lap);
  CHECK(two_part_clock(*lap));
  CHECK(with_clock(*lap, Clock::HoursMinutes).lo == Approx(118.4 * kMinute));
}

TEST_CASE("clock names", "[value]") {
  CHECK(clock_from_name("hours") == Clock::HoursMinutes);
  CHECK(clock_from_name("minutes") == Clock::MinutesSeconds);
  CHECK_FALSE(clock_from_name("seconds"));
}
