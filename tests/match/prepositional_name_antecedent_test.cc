// A name before a noun in a preposition's object ("shown on the Metro map") is no
// antecedent of the next sentence's pronoun. Sentences written for these tests, found
// in no corpus.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kRailways = R"(
entity Metro: railway = "the Metro", "Metro"
entity Harbour: railway = "Harbour Line"
fact opened(railway: railway) -> day: date {
  cue opened
}
)";

}  // namespace

// Before: "shown on the Metro map" made the Metro what the next sentence's "It" means,
// and the Harbour Line's opening day became the Metro's (a false conflict).
TEST_CASE("a name before a noun in a preposition's object is no pronoun's antecedent", "[match][roles]") {
  RuleReader r(kRailways);
  CHECK(r.read("### Is the Harbour Line part of the Metro?\n\nNot quite, but it is shown on the Metro map in green. "
               "It opened on 3 May 2021.") == Lines{"opened(Harbour) = 2021-05-03"});
  // The name itself, as a verb's object, still is.
  CHECK(r.read("### Is the Harbour Line part of the Metro?\n\nRiders still prefer the Metro. It opened on 3 May "
               "1921.") == Lines{"opened(Metro) = 1921-05-03"});
}
