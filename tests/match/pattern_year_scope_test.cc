// A year a pattern writes as a word is its match's scope, also inside a relative
// clause that would date only its own figures (match/pattern_year.h). Texts are dated
// 2024-03-01. Sentences written for these tests, found in no corpus.
#include <catch2/catch.hpp>

#include <string>

#include "support/rule_reader.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity Corran: bridge = "Corran Bridge"

fact span_rank(bridge: bridge) -> rank: ordinal {
  scope per year
  pattern {bridge} ... 1931 ... {rank} suspension
  pattern {bridge} ... now ... {rank} suspension
}
)";

struct Fixture : testing::ScopedRuleReader {
  Fixture() : ScopedRuleReader(kRules) {}
};

using Lines = std::vector<std::string>;

}  // namespace

// Before: [2024], the relative clause's year dating only its own figures.
TEST_CASE("a year the pattern writes is the scope inside a relative clause", "[match][scope]") {
  Fixture f;
  CHECK(f.read("The Corran Bridge, which opened in 1931, was the longest suspension bridge in the world.") ==
        Lines{"span_rank(Corran) = 1st [1931]"});
  CHECK(f.read("The Corran Bridge, opened in 1931, was the longest suspension bridge of its day.") ==
        Lines{"span_rank(Corran) = 1st [1931]"});
}

TEST_CASE("a pattern that writes no year is scoped as ever", "[match][scope]") {
  Fixture f;
  CHECK(f.read("The Corran Bridge, which opened in 1929, is now the 12th longest suspension bridge.") ==
        Lines{"span_rank(Corran) = 12th [2024]"});
}
