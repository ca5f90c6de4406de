// "It" opening a sentence means the sentence before's subject, not a thing that
// sentence names only after a preposition: "Orle Mall stands in front of Hall 2. It
// opened in 2015." speaks of the mall (docs/rules.md "Roles resolved from context";
// session 24, changi-airport: "Jewel sits ... in front of Terminal 1 ... It opened in
// April 2019" gave the terminal's opening). Sentences written for these tests only.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kRules = R"(
entity Orle_Mall: mall = "Orle Mall"
entity Hall_2: hall = "Hall 2"
fact hall_opened(hall: hall) -> date: date {
  cue opened
}
fact mall_opened(mall: mall) -> date: date {
  cue opened
}
)";

}  // namespace

TEST_CASE("a subject pronoun means the subject before it, not a preposition's object", "[match][context]") {
  RuleReader r(kRules);
  CHECK(r.read("Orle Mall stands in front of Hall 2, so shoppers can walk across. It opened in May 2015.") ==
        Lines{"mall_opened(Orle_Mall) = 2015-05"});
  CHECK(r.read("Orle Mall links to Hall 2 by a bridge. It opened in May 2015.") ==
        Lines{"mall_opened(Orle_Mall) = 2015-05"});
  // The subject itself fits: as before.
  CHECK(r.read("Hall 2 is next to Orle Mall. It opened in May 1990.") == Lines{"hall_opened(Hall_2) = 1990-05"});
}
