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

// Before: "in front of the Metro" made the Metro what the next sentence's "It" means,
// and the kiosk's opening day became the Metro's (a false conflict).
TEST_CASE("a name that only places another thing is no pronoun's antecedent", "[match][roles]") {
  RuleReader r(kRailways);
  CHECK(r.read("A glass kiosk stands in front of the Metro. It opened on 3 May 2021.").empty());
  CHECK(r.read("The kiosk stands next to the Harbour Line. It opened on 3 May 2021.").empty());
  // The name as the subject still is.
  CHECK(r.read("The Metro runs next to the river. It opened on 3 May 1921.") == Lines{"opened(Metro) = 1921-05-03"});
}

namespace {

const char* const kOrgans = R"(
entity Great: organ = "Grand Organ"
fact pipes(organ: organ) -> pipes: count {
  cue pipes | pipe
}
)";

}  // namespace

// Before: the town hall's 7,300 pipes became the Grand Organ's, named in the sentence
// before (a false conflict).
TEST_CASE("a sentence about another thing of the role's kind takes no entity from before", "[match][roles]") {
  RuleReader r(kOrgans);
  CHECK(r.read("The Grand Organ has 9,100 pipes. The city's other big organ, in the town hall, has 7,300 pipes.") ==
        Lines{"pipes(Great) = 9,100"});
  CHECK(r.read("The Grand Organ has 9,100 pipes. Another organ, in the town hall, has 7,300 pipes.") ==
        Lines{"pipes(Great) = 9,100"});
  // A comparison with the others is still about the thing before.
  CHECK(r.read("The Grand Organ was restored last year. Like the other organ builders' work, it has 9,100 pipes.") ==
        Lines{"pipes(Great) = 9,100"});
}
