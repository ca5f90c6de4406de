// A `range start` fact and a `range end` fact both read one range: each takes its own
// end, so "ran from 26 July to 11 August 2024" states the opening and the closing date
// (a session-24 blind writer lost the closing date: "another statement read it
// first"). A fact of the whole range still leaves nothing to the others. docs/rules.md
// "One end of a range". Sentences written for this test, found in no corpus.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "support/rule_reader.h"

using Lines = std::vector<std::string>;

namespace {

const char* const kEnds = R"(
entity Fair: fair = "Harbour Fair"
fact opened(fair: fair = Fair) -> d: date {
  cue ran | held
  range start
}
fact closed(fair: fair = Fair) -> d: date {
  cue ran | held
  range end
}
)";

const char* const kWholeAndEnd = R"(
entity Fair: fair = "Harbour Fair"
fact dates(fair: fair = Fair) -> d: date {
  cue ran | held
  priority 1
}
fact closed(fair: fair = Fair) -> d: date {
  cue ran | held
  range end
}
)";

}  // namespace

TEST_CASE("a start fact and an end fact share a range", "[match][range]") {
  factlint::testing::RuleReader r(kEnds);
  const Lines got = r.read("The Harbour Fair ran from 26 July to 11 August 2024.");
  CHECK(got.size() == 2);
  CHECK(std::count(got.begin(), got.end(), "opened(Fair) = 2024-07-26") == 1);
  CHECK(std::count(got.begin(), got.end(), "closed(Fair) = 2024-08-11") == 1);
}

TEST_CASE("a fact of the whole range leaves no end to another fact", "[match][range]") {
  factlint::testing::RuleReader r(kWholeAndEnd);
  const Lines got = r.read("The Harbour Fair ran from 26 July to 11 August 2024.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].rfind("dates(Fair) = ", 0) == 0);
}
