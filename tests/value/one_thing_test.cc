// "has a single outlet", "its sole outflow": one thing is the count 1; "a single
// ticket costs $5", "the only terminal with a rail link", "in a single day" count
// nothing. Generated sentences, in no corpus.
#include "value_test_support.h"

#include <random>
#include <string>

using namespace factlint::value;
using namespace factlint::value::testing;

namespace {

const char* const kNouns[] = {"outlet", "runway", "terminal", "bridge", "ferry", "spillway", "exit", "reactor"};

void check_one(const std::string& text, const std::string& read_text) {
  CAPTURE(text);
  auto v = read(Type::Count, text);
  REQUIRE(v);
  CHECK(v->text == read_text);
  CHECK(v->lo == 1);
  CHECK(v->hi == 1);
  CHECK_FALSE(v->vague);
}

}  // namespace

TEST_CASE("a single thing had, or a possessive's sole one, is a count of 1", "[value]") {
  std::mt19937 rng(1124);
  std::uniform_int_distribution<int> pick(0, 7), verb(0, 3), adj(0, 2), owner(0, 4), word(0, 3);
  const char* verbs[] = {"has", "had", "have", "has"};
  const char* after_a[] = {"single", "sole", "lone"};
  const char* owners[] = {"its", "their", "his", "her", "our"};
  const char* after_owner[] = {"sole", "only", "lone", "single"};
  for (int i = 0; i < 60; ++i) {
    const std::string noun = kNouns[pick(rng)];
    const std::string a = std::string("a ") + after_a[adj(rng)];
    check_one(std::string("the site ") + verbs[verb(rng)] + " " + a + " " + noun + " today", a);
    const std::string own = std::string(owners[owner(rng)]) + " " + after_owner[word(rng)];
    check_one("the Tarn, " + own + " " + noun + ", runs north", own);
  }
}

TEST_CASE("one of a kind, a span of time or a hyphenated word is no count of 1", "[value]") {
  for (const char* text : {"a single ticket costs little", "the only terminal with a rail link",
                           "it was built in a single day", "with a single day's notice", "a single-track line",
                           "its only-child policy", "the sole reason", "their single season in the league",
                           "never dealing with a single loose tile", "it does not have a single exit",
                           "they never had a single loss"}) {
    CAPTURE(text);
    CHECK_FALSE(read(Type::Count, text));
  }
}
