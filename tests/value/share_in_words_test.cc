// Shares written in words as surveys write them: "nine out of ten", "one out of every
// five", "a tenth", "three-tenths", "an eighth" (value/quantity_reader.cc
// share_of_things, value/number_reader.cc kFractions). A blind writer's "Nine out of
// ten homes are heated geothermally" and "about a tenth" stated nothing
// (FEEDBACK-session-22.md, iceland). "a quarter" as a span of time and "a third" as an
// ordinal stay no share.
#include <string>

#include "value_test_support.h"

using namespace factlint::value;
using namespace factlint::value::testing;

namespace {

const char* const kWords[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
const char* const kParts[] = {"", "", "half", "third", "quarter", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"};

void check_share(const std::string& sentence, const std::string& phrase, double percent) {
  CAPTURE(sentence);
  auto v = read(Type::Percent, sentence);
  REQUIRE(v);
  CHECK(v->text == phrase);
  CHECK(same(v->lo, percent));
  CHECK(same(v->hi, percent));
  CHECK(v->unit == "%");
}

}  // namespace

TEST_CASE("'N out of M' is N/M as a percentage, in digits or words, with or without 'every'", "[value]") {
  int cases = 0;
  for (int a = 1; a <= 10; ++a) {
    for (int b = a + 1; b <= 100; ++b) {
      const double share = 100.0 * a / b;
      for (const std::string& middle : {std::string(" out of "), std::string(" out of every ")}) {
        const std::string digits = std::to_string(a) + middle + std::to_string(b);
        check_share("the survey found " + digits + " homes heated so", digits, share);
        ++cases;
        if (b <= 10) {
          const std::string words = std::string(kWords[a]) + middle + kWords[b];
          check_share(words + " homes are heated so", words, share);
          ++cases;
        }
      }
    }
  }
  CHECK(cases > 1900);
  auto hedged = read(Type::Percent, "roughly nine out of ten residents");
  REQUIRE(hedged);
  CHECK(hedged->approx);
}

TEST_CASE("'N out of M' is no share before a span of time or past a count of things", "[value]") {
  CHECK_FALSE(read(Type::Percent, "it rained 3 out of 10 days"));
  CHECK_FALSE(read(Type::Percent, "7 out of 5 is impossible"));
  CHECK_FALSE(read(Type::Percent, "he came 5 out of the blue"));
}

TEST_CASE("a fraction in words up to tenths is a share: 'a tenth', 'three-tenths', 'an eighth'", "[value]") {
  int cases = 0;
  for (int d = 2; d <= 10; ++d) {
    for (int n = 1; n < d && n <= 9; ++n) {
      const std::string part = std::string(kParts[d]) + (n > 1 ? (d == 2 ? "" : "s") : "");
      if (n > 1 && d == 2) continue;
      const double share = 100.0 * n / d;
      const std::string lead = n == 1 ? (d == 8 ? "an" : "a") : kWords[n];
      for (const std::string& phrase : {lead + " " + part, std::string(kWords[n]) + "-" + part}) {
        check_share("we found " + phrase + " of homes are heated so", phrase, share);
        check_share("they make up " + phrase + " of the total", phrase, share);
        cases += 2;
      }
    }
  }
  CHECK(cases > 100);
  auto hedged = read(Type::Percent, "about a tenth of homes");
  REQUIRE(hedged);
  CHECK(hedged->approx);
  CHECK(same(hedged->lo, 10));
}

TEST_CASE("a quarter of time and a fraction word as an ordinal are no share", "[value]") {
  for (const char* text : {"sales rose in the first quarter", "profit doubled from a quarter earlier",
                           "it opened a quarter century ago", "a tenth straight year of growth",
                           "a sixth term in office", "the tenth of june", "an eighth-century church"}) {
    CAPTURE(text);
    CHECK_FALSE(read(Type::Percent, text));
  }
  // A share of a time still reads: "a quarter of the year".
  CHECK(same(read(Type::Percent, "a quarter of the year was dry")->lo, 25));
}
