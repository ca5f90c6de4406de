// A figure that closes one predicate, before "and" and another predicate with a verb of
// its own, is no figure of a cue in that second predicate (match/second_predicate.h;
// docs/rules.md "Cues", step 2). Sentences written for these tests only.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/rule_reader.h"

using factlint::testing::RuleReader;
using Lines = std::vector<std::string>;

namespace {

const char* const kRules = R"(
entity Orle_Canal: canal = "Orle Canal"
fact lease_end(canal: canal) -> year: year {
  cue lease
  plans
}
fact opening(canal: canal) -> day: date {
  cue opened
}
)";

}  // namespace

// Before: the year of the first predicate was nearer the cue than the lease's own.
TEST_CASE("a figure of an earlier predicate joined by 'and' is not the cue's", "[match][cue]") {
  RuleReader r(kRules);
  CHECK(r.read("The Orle Canal company kept its goal of 40 barges a day by 2030 and said the lease, which runs "
               "until 2090, is safe.") == Lines{"lease_end(Orle_Canal) = 2090"});
  CHECK(r.read("Work on the Orle Canal finished on 3 March 1901, and the canal was opened by the mayor and "
               "the bishop of the town on 9 May 1902.") == Lines{"opening(Orle_Canal) = 1902-05-09"});
  // A figure that is the subject both predicates share is still read.
  CHECK(r.read("In 1902 the Orle Canal was opened.") == Lines{"opening(Orle_Canal) = 1902"});
}
