// "as if" and "as though" open a clause about what is not so: a default veto, like
// the words of forecasts (lang/keywords.h kDefaultVetoPhrases; docs/rules.md "Cues",
// step 4). Before, "as if growth of 6 per cent a year was guaranteed" stated 6% growth
// (session 22, kenya). Sentences written for these tests, found in no corpus.
#include <catch2/catch.hpp>

#include <string>

#include "support/rule_reader.h"

using namespace factlint;

namespace {

const char* const kRules = R"(
entity Varna: port = "Varna", "the port"

fact port_traffic(port: port) -> boxes: count {
  cue traffic | handled
}
fact port_growth(port: port) -> growth: percent {
  cue growth | grew
}
)";

struct Fixture : testing::RuleReader {
  Fixture() : RuleReader(kRules) {}
};

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("a figure in an 'as if' clause is no statement", "[match][veto][session22]") {
  Fixture f;
  CHECK(f.read("Varna's owners borrowed as if growth of 9 per cent was certain.") == Lines{});
  CHECK(f.read("At Varna the planners acted as though traffic of 800,000 boxes was assured.") == Lines{});
}

TEST_CASE("the same figures stated as facts are read", "[match][veto][session22]") {
  Fixture f;
  CHECK(f.read("Varna's owners borrowed after growth of 9 per cent in 2023.") ==
        Lines{"port_growth(Varna) = 9%"});
  CHECK(f.read("At Varna traffic of 800,000 boxes was handled in 2023, as it had been the year before.") ==
        Lines{"port_traffic(Varna) = 800,000"});
}
