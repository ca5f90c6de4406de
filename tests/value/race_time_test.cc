// Race times and margins in stopwatch notation (value/race_time.h): "6:17", "3:09:12",
// 6'17", 1h 23' 45". Generated times written each way must read back to the same
// number of seconds; a colon figure that is a time of day is no duration.
#include "value_test_support.h"

#include <cstdio>
#include <random>
#include <string>

using namespace factlint::value;
using namespace factlint::value::testing;

namespace {

constexpr double kSecond = 1.0 / 86400;

std::string two(int n) {
  char buf[4];
  std::snprintf(buf, sizeof buf, "%02d", n);
  return buf;
}

void check_seconds(const std::string& text, const std::string& read_text, double seconds) {
  CAPTURE(text);
  auto v = read(Type::Duration, text);
  REQUIRE(v);
  CHECK(v->text == read_text);
  CHECK(v->lo == Approx(seconds * kSecond));
  CHECK(v->hi == Approx(seconds * kSecond));
}

}  // namespace

TEST_CASE("race times written as a stopwatch shows them read back to their seconds", "[value]") {
  std::mt19937 rng(623);
  std::uniform_int_distribution<int> hours(0, 9), minutes(0, 59), seconds(0, 59);
  for (int i = 0; i < 50; ++i) {
    const int h = hours(rng), m = minutes(rng), s = seconds(rng);
    const std::string ms = std::to_string(m) + ":" + two(s);
    check_seconds("the margin was " + ms + " over the next rider", ms, m * 60 + s);
    const std::string hms = std::to_string(h) + ":" + two(m) + ":" + two(s);
    check_seconds("she finished in " + hms + " flat", hms, h * 3600 + m * 60 + s);
    const std::string marks = std::to_string(m) + "'" + two(s) + "\"";
    check_seconds("he lost " + marks + " on the climb", marks, m * 60 + s);
    const std::string spaced = std::to_string(m) + "' " + std::to_string(s) + "''";
    check_seconds("he lost " + spaced + " on the climb", spaced, m * 60 + s);
    const std::string units = std::to_string(h + 1) + "h " + two(m) + "' " + two(s) + "\"";
    check_seconds("a time of " + units + " overall", units, (h + 1) * 3600 + m * 60 + s);
  }
}

TEST_CASE("tenths of a second follow the last part", "[value]") {
  auto v = read(Type::Duration, "a lap of 1:58.4 at the finish");
  REQUIRE(v);
  CHECK(v->text == "1:58.4");
  CHECK(v->lo == Approx(118.4 * kSecond));
}

TEST_CASE("a colon figure that is a time of day is no duration", "[value]") {
  for (const char* text : {"the ferry leaves at 6:17", "open from 9:30 to noon", "at 6:17 pm sharp",
                           "it starts 6:17 am", "the 14:05 gmt bulletin", "doors close 18:30 local time",
                           "wait until 10:45", "the alarm rang 6:17am"}) {
    CAPTURE(text);
    CHECK_FALSE(read(Type::Duration, text));
  }
  // An hour of 24 or more is no time of day.
  check_seconds("he finished at 26:40 behind", "26:40", 26 * 60 + 40);
}

TEST_CASE("colon figures that are no stopwatch reading stay unread", "[value]") {
  for (const char* text : {"a ratio of 3:1", "chapter 6:175", "a 1,200:30 split", "mark 6:17:05:11"}) {
    CAPTURE(text);
    CHECK_FALSE(read(Type::Duration, text));
  }
}

TEST_CASE("hours, minutes and seconds in words add up", "[value]") {
  check_seconds("a ride of 3 hr 12 min 5 s", "3 hr 12 min 5 s", 3 * 3600 + 12 * 60 + 5);
  check_seconds("a ride of 3 hr 12 min", "3 hr 12 min", 3 * 3600 + 12 * 60);
}
