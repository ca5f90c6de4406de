// "of that year" after a date without its year: the year written last before it in
// its sentence (match/time_frame.h, that_year). Texts are dated 2024-03-01. Sentences
// written for these tests, found in no corpus.
#include <catch2/catch.hpp>

#include <string>

#include "support/rule_reader.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity Corran: bridge = "Corran Bridge"

fact bridge_opened(bridge: bridge) -> opened: date {
  cue opened
}
fact bridge_year(bridge: bridge) -> opened: year {
  cue inaugurated
}
)";

struct Fixture : testing::RuleReader {
  Fixture() : RuleReader(kRules) {}
};

using Lines = std::vector<std::string>;

}  // namespace

// Before: 2024-05-27, the publication year's.
TEST_CASE("a date of that year takes the year written before it in its sentence", "[match][date]") {
  Fixture f;
  CHECK(f.read("The Corran Bridge was completed in April 1931 and opened on May 27 of that year.") ==
        Lines{"bridge_opened(Corran) = 1931-05-27"});
  CHECK(f.read("Work on the Corran Bridge ended in 1931, and it opened on 2 June the same year.") ==
        Lines{"bridge_opened(Corran) = 1931-06-02"});
  CHECK(f.read("The Corran Bridge was finished in 1931 and inaugurated in June of that year.") ==
        Lines{"bridge_year(Corran) = 1931"});
}

TEST_CASE("a date without of that year keeps the publication year", "[match][date]") {
  Fixture f;
  CHECK(f.read("The Corran Bridge, finished in 1931, was widened and opened again on May 27.") ==
        Lines{"bridge_opened(Corran) = 2024-05-27"});
}
