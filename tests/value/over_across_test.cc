// "over" + figure after a count or a verb of racing or spreading spreads the count
// across a span ("21 stages over 3,405 km" is 3,405 km): the figure, not "more than".
// Elsewhere "over" is still a lower bound ("drew over 3,000 visitors"). Generated
// sentences, in no corpus.
#include "value_test_support.h"

#include <random>
#include <string>

using namespace factlint::value;
using namespace factlint::value::testing;

namespace {

const char* const kNouns[] = {"stages", "concerts", "legs", "matches", "fans", "trains", "rounds", "species"};
const char* const kLowerBound[] = {"drew", "attracted", "has", "covers", "with", "employs", "cost", "saw"};

}  // namespace

TEST_CASE("over after a count is the span the count spreads across", "[value]") {
  std::mt19937 rng(8124);
  std::uniform_int_distribution<int> count(2, 400), km(100, 9999), pick(0, 7);
  for (int i = 0; i < 80; ++i) {
    const int n = count(rng), d = km(rng);
    const std::string text = "the race ran " + std::to_string(n) + " " + kNouns[pick(rng)] + " over " +
                             std::to_string(d) + " km that year";
    CAPTURE(text);
    auto v = read(Type::Length, text);
    REQUIRE(v);
    CHECK(v->lo == Approx(d * 1000.0));
    CHECK(v->hi == Approx(d * 1000.0));
    CHECK(v->lo_inclusive);
  }
}

TEST_CASE("over after other words is still a lower bound", "[value]") {
  std::mt19937 rng(8125);
  std::uniform_int_distribution<int> figure(100, 9999), pick(0, 7);
  for (int i = 0; i < 80; ++i) {
    const int d = figure(rng);
    const std::string text = std::string("the festival ") + kLowerBound[pick(rng)] + " over " + std::to_string(d) +
                             " visitors last year";
    CAPTURE(text);
    auto v = read(Type::Count, text);
    REQUIRE(v);
    CHECK(v->lo == Approx(d));
    CHECK_FALSE(v->lo_inclusive);
    CHECK(std::isinf(v->hi));
  }
  // A figure before a word that is no plural noun, or a span of time before "over":
  // the reading that holds "over" is still a lower bound.
  for (const char* text : {"in 2019 over 3,000 visitors came", "aged 18 and over 3,000 people",
                           "in the past 5 years over 3,000 people moved here", "it rose 3 times over 3,000 in all"}) {
    CAPTURE(text);
    bool found = false;
    for (const ValueMatch& m : scan(Type::Count, text, ParseContext{}).matches) {
      if (!m.value.text.starts_with("over")) continue;
      found = true;
      CHECK_FALSE(m.value.lo_inclusive);
      CHECK(std::isinf(m.value.hi));
    }
    CHECK(found);
  }
}

TEST_CASE("over after a verb of racing is the distance raced", "[value]") {
  for (const char* text : {"the Tour was raced over 3,405 km", "a race over 42 km", "the stages are spread over 2,100 km",
                           "the riders raced over six stages"}) {
    CAPTURE(text);
    auto v = read(std::string(text).ends_with("stages") ? Type::Count : Type::Length, text);
    REQUIRE(v);
    CHECK(v->lo == v->hi);
    CHECK(v->lo_inclusive);
  }
}
